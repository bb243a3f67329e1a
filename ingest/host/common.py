"""What the host readers share (and the own-code stage: `ingest.stages.own_code`)."""

from __future__ import annotations

import re

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


# A legal site's numbered lists of related texts over the document ("- 1Luật Thủy sản 2017",
# "- 5Chỉ thị 11/CT-UBND năm 2020 … do tỉnh Bà Rịa - Vũng Tàu ban hành", hethongphapluat.vn):
# an item's opening, its number glued to the text's name.
RELATED_ITEM = re.compile(r"\s*-[ \t]*\d{1,2}(?=[A-ZĐ])")


def related_lists_end(text: str, start: int) -> int:
    """How far past `start` the site's lists of related texts run (0 where none opens it)."""
    pos = start
    while (m := RELATED_ITEM.match(text, pos)) is not None:
        line_end = text.find("\n", m.end())
        pos = len(text) if line_end < 0 else line_end + 1
    return pos - start
