"""What the host readers share (and the own-code stage: `ingest.stages.own_code`)."""

from __future__ import annotations

# The type words an English title line opens with (shadow text), for the own code
# (stages.own_code), the kind it names (stages.host_document) and the body it gives
# (host.facts): one list for the one line all three read.
ENGLISH_TITLE_WORDS = (
    r"decision|decree|joint\s+circular|circular|resolution|directive|law|ordinance|plan"
    r"|instruction|notice|announcement|official\s+(?:letter|dispatch)"
)


def _skip_blank(text: str, pos: int) -> int:
    """The first position from `pos` that is not a space, tab or line break (or the text's end)."""
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos
