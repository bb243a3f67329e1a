"""What the extraction stages share: a reference as drafted (_Draft), sentence bounds and
blank-line skips over a text, and a statement's span in its lead."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ingest.codes import DocumentCode
from ingest.context import WRAPPED_LINE, CitationTail
from ingest.text import NormalizedText

_SENTENCE_MAX = 600


@dataclass(slots=True)
class _Draft:
    """A reference while it is being built; spans index the normalized text."""

    start: int
    end: int
    mention: str  # code | short | self
    code: DocumentCode | None
    lead_start: int  # where the type word (or the code) starts
    type_word: str | None  # shadow form
    tail: CitationTail
    number: str | None = None  # for short forms
    flags: list[str] = field(default_factory=list)
    parent: int | None = None
    coordinated_with: int | None = None  # index of the previous reference in a list
    # A reference that stood in an older one's subject clause ("Chỉ thị 19/CT-TTg ngày
    # 16/7/2021 về … và Kế hoạch 16/KH-HĐTĐKT ngày 31/8/2021"): it is that one's sibling
    sibling_of: int | None = None
    alias: bool = False
    resolves_to: str | None = None
    alternatives: list[str] = field(default_factory=list)
    date: date | None = None
    issuing_body: str | None = None
    term: str | None = None


# The English number word before a code: "Resolution No. 18-NQ/TU", "Plan No. 142-KH/QU".
_ENGLISH_NUMBER_WORD = re.compile(r"(?<![A-Za-z])No\.$")


def _sentence(norm: NormalizedText, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): it ends at a line break or at .;!? before
    whitespace, looking at most _SENTENCE_MAX characters either way."""
    text = norm.text
    n = len(text)
    limit = max(0, start - _SENTENCE_MAX)
    a = text.rfind("\n", limit, start)
    while a >= 0 and WRAPPED_LINE.match(text, a):  # a PDF's wrapped line goes on
        a = text.rfind("\n", limit, a)
    a += 1
    for c in ".;!?":
        i = text.rfind(c, max(limit, a - 1), start)
        while i >= 0 and not text[i + 1].isspace():
            i = text.rfind(c, max(limit, a - 1), i)
        if i >= 0:
            a = i + 1
    a = max(a, limit)
    limit = min(n, end + _SENTENCE_MAX)
    b = text.find("\n", end, limit)
    while b >= 0 and WRAPPED_LINE.match(text, b):
        b = text.find("\n", b + 1, limit)
    if b < 0:
        b = limit
    for c in ".;!?":
        i = text.find(c, end, b)
        while i >= 0 and not (i + 1 >= n or text[i + 1].isspace()):
            i = text.find(c, i + 1, b)
        if i >= 0:
            b = i
    if b < n and text[b] in ".;!?":
        b += 1
    while a < b and text[a].isspace():
        a += 1
    return a, b

# A consolidated text's lead, where its own number is not found: "Thông tư số 121/2020/TT-BTC …
# có hiệu lực thi hành kể từ ngày 15 tháng 2 năm 2021 được sửa đổi, bổ sung bởi:" (only
# consolidated texts write it so, with the colon: 117 of the 134 in the real-text corpus, no
# other text). The look-behind follows "sua" (the same test as before it): a pattern that opens
# with a literal is searched for by a fast scan for it, one that opens with a look-behind is
# tried at every character.
_CONSOLIDATED_LEAD = re.compile(r"sua(?<![a-z]sua)\s+doi,?\s+bo\s+sung\s+boi\s*:")
# The same in English: "Circular No. 21/2021/TT-BLDTBXH … which comes into force from February
# 01, 2022 is amended by:" (thuvienphapluat.vn's translation of 2007/VBHN-BLĐTBXH); searched
# only where its literal stands in the opening (" by:"), the pattern opening with words.
_CONSOLIDATED_LEAD_ENGLISH = re.compile(
    r"(?:amended(?:\s+and\s+supplemented)?|supplemented)\s+by\s*:"
)
_CONSOLIDATED_SCAN = 3000


def _consolidated_lead(shadow: str) -> re.Match[str] | None:
    """The "… được sửa đổi, bổ sung bởi:" of a consolidated text's lead, in its opening."""
    end = min(len(shadow), _CONSOLIDATED_SCAN)
    found = _CONSOLIDATED_LEAD.search(shadow, 0, end)
    if found is None and shadow.find(" by", 0, end) >= 0:
        found = _CONSOLIDATED_LEAD_ENGLISH.search(shadow, 0, end)
    return found


def _skip_inline_blank(text: str, pos: int) -> int:
    """The first position from `pos` that is not a space or tab: unlike
    `ingest.host.common._skip_blank`, a line break stops it."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _statement(norm: NormalizedText, pos: int) -> tuple[int, int]:
    """The sentence around `pos`, cut at full stops, colons and blank lines only: a lead
    such as "Thực hiện A …; B …, ngày 13/5/2011, UBND huyện ban hành Kế hoạch …" holds
    semicolons and line breaks of wrapped text."""
    text = norm.text
    floor = max(0, pos - _SENTENCE_MAX)
    stop = text.rfind(". ", floor, pos)
    while stop >= 0 and _ENGLISH_NUMBER_WORD.search(text, max(0, stop - 3), stop + 1):
        stop = text.rfind(". ", floor, stop)  # "Plan No. 100/KH-UBND": no stop (English)
    a = max(stop, text.rfind(".\n", floor, pos),
            text.rfind("\n\n", floor, pos), text.rfind(":\n", floor, pos))  # fmt: skip
    a = a + 2 if a >= 0 else floor
    ceiling = min(len(text), pos + _SENTENCE_MAX)
    stop = text.find(". ", pos, ceiling)
    while stop >= 0 and _ENGLISH_NUMBER_WORD.search(text, max(0, stop - 3), stop + 1):
        stop = text.find(". ", stop + 1, ceiling)
    found = (stop, text.find(".\n", pos, ceiling),
             text.find("\n\n", pos, ceiling), text.find(":", pos, ceiling))  # fmt: skip
    ends = [i for i in found if i >= 0]
    b = min(ends) + 1 if ends else ceiling
    while a < b and text[a].isspace():
        a += 1
    return a, b
