"""Soft line breaks: where a hard-wrapped text broke a sentence across lines.

A PDF's text layer, and a portal page copied at a fixed width, end every line at the page's
width ("… Ban Chỉ đạo Trung ương về phát triển Khoa học, Công nghệ,\nĐổi mới sáng tạo và
Chuyển đổi số đã ban hành Kế hoạch số 02-KH/BCĐTW …"). The readers of the page and of its
opening take a line for a unit (a headline, a title, a clause), so such a break cuts the acting
body from its act. `join_soft_breaks` turns the breaks inside a sentence into spaces, one
character for one, so every offset into the text stays valid; a line that ends a sentence, a
line in capitals (a header or a title) and the line before a list item or a clause that opens
its own line ("Căn cứ …", "Điều 2.") keep their break.
"""

from __future__ import annotations

import re

_LINE_MIN = 30  # lines shorter than this say nothing of the width
_BAND = 20  # a filled line ends within this many characters of the width
_MIN_WIDTH = 60  # narrower "widths" are a table's rows or a list's items
_MAX_WIDTH = 130  # wider lines are paragraphs, not a page's width
_FILLED_SHARE = 0.5  # share of the longer lines that must be filled to the width
_SENTENCE_END = ".;:!?|"
# What opens a line of its own: a list item, a clause or a block of a document.
_OWN_LINE = re.compile(
    r"[ \t]*(?:[-–—+•*·▪◦>|]|\d{1,3}[.)](?:\s|$)|[a-zđ][.)]\s|[IVXLC]{1,6}[.\-–)]\s"
    r"|\(\d{1,3}\)|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]|Căn\s+cứ|Nơi\s+nhận|Kính\s+gửi"
    r"|Xét\s|Theo\s+đề\s+nghị|Số\s*:|(?:TM|KT|TL|TUQ)\.|[TK]/[ML]\b"
    r"|\d{1,2}/\d{1,2}/\d{4}\s)"  # a table's row opens with its date
)


def join_soft_breaks(text: str) -> str:
    """`text` with each line break inside a hard-wrapped sentence made a space (same length);
    the text itself when its lines show no page width."""
    if text.count("\n") < 4:
        return text
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    chars: list[str] | None = None
    pos = 0
    for i in range(len(lines) - 1):
        pos += len(lines[i])
        if _soft_break(lines[i], lines[i + 1], width):
            chars = chars if chars is not None else list(text)
            chars[pos] = " "
        pos += 1
    return "".join(chars) if chars is not None else text


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text was wrapped at, when most of its longer lines are filled to it."""
    lengths = sorted(n for n in (len(line.rstrip()) for line in lines) if n >= _LINE_MIN)
    if len(lengths) < 5:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    filled = sum(1 for n in lengths if n >= width - _BAND)
    return width if filled >= _FILLED_SHARE * len(lengths) else None


def _soft_break(line: str, next_line: str, width: int) -> bool:
    """Whether the break between `line` and `next_line` cut a sentence."""
    before, after = line.rstrip(), next_line.strip()
    if not before or not after or before[-1] in _SENTENCE_END:
        return False
    if _capitals(before) or _capitals(after) or _OWN_LINE.match(next_line):
        return False
    if len(before) >= width - _BAND:
        return True  # a line filled to the width
    # a word the break left alone on its line: "Ngày\n19 tháng 6 năm 2025, Ban Chỉ đạo …",
    # "Việc\nban hành Kế hoạch này căn cứ vào …"
    return " " not in before.strip() and (after[0].islower() or after[0].isdigit())


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)
