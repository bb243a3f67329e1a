"""A helper the host readers share.
"""

from __future__ import annotations


def _skip_blank(text: str, pos: int) -> int:
    """The first position from `pos` that is not white space (or the text's end)."""
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos
