"""A helper the host readers share (and the own-code stage: `ingest.stages.own_code`)."""

from __future__ import annotations


def _skip_blank(text: str, pos: int) -> int:
    """The first position from `pos` that is not a space, tab or line break (or the text's end)."""
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos
