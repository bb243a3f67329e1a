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

import bisect
import functools
import re

from ingest.chrome import is_stamp
from ingest.layout import KIND_HEADINGS
from ingest.text import SMALL_LETTERS

_LINE_MIN = 30  # lines shorter than this say nothing of the width
_WIDTH_LINES = 3  # longer lines needed to read a width (a headline and a two-line lead)
_BAND = 20  # a filled line ends within this many characters of the width
_MIN_WIDTH = 60  # narrower "widths" are a table's rows or a list's items
_MAX_WIDTH = 130  # wider lines are paragraphs, not a page's width
_FILLED_SHARE = 0.5  # share of the longer lines that must be filled to the width
_WIDTH_SAMPLE = 50_000  # characters the width is read from (a page's width holds throughout)
_OPENING = 5_000  # where a word left alone on its line is looked for (a headline and a lead)
_SENTENCE_END = ".;:!?|"  # (inside a character class in the patterns below)
# What opens a line of its own: a list item, a clause or a block of a document; a bracketed
# line, its bracket closing at a line's end (within three lines): "(Ban hành kèm theo Quyết
# định số … của Ban Thường vụ Tỉnh ủy)" under a title.
_OWN_LINE = re.compile(
    r"[ \t]*(?:[-–—+•*·▪◦>|]|\d{1,3}[.)](?:\s|$)|[a-zđ][.)]\s|[IVXLC]{1,6}[.\-–)]\s"
    r"|\(\d{1,3}\)|\([^()\n]*(?:\n[^()\n]*){0,2}\)[ \t]*(?:\n|$)"
    r"|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]|Căn\s+cứ|Nơi\s+nhận|Kính\s+gửi"
    r"|Xét\s|Theo\s+đề\s+nghị|Số\s*:|(?:TM|KT|TL|TUQ)\.|[TK]/[ML]\b"
    r"|\d{1,2}/\d{1,2}/\d{4}\s)"  # a table's row opens with its date
)


# The Official Gazette's running header at a page's top, with the page number, the blank lines
# around it and the e-signature stamp some pages print above it ("Người ký: Cổng Thông tin điện
# tử Chính phủ / Email: … / Cơ quan: … / Thời gian ký: 12.05.2023 15:52:02 +07:00"):
# "\n\n \n \nCÔNG BÁO/Số 303 + 304/Ngày 18-4-2022 \n7 \n \n \n" (Công báo texts read from their
# PDFs; 1,681 of the real-text corpus's 14,929 fall inside a sentence).
# (read from the Gazette's name back to the line break before the block, and on to the page's
# first text: the name is found with str.find, the block's ends matched only around it)
_GAZETTE_LEAD = re.compile(
    r"\n(?:(?:Người ký|Ký bởi|Email|Cơ quan|Thời gian ký|Ngày ký):[^\n]*\n)*"
    r"(?:[ \t]*\n)*(?:[ \t]*\d{1,4}[ \t]*\n(?:[ \t]*\n)*)?[ \t]*\Z"
)
_GAZETTE_REST = re.compile(r"CÔNG BÁO/Số[^\n]*\n(?:[ \t]*\d{1,4}[ \t]*\n)?(?:[ \t]*\n)*")
_GAZETTE_NAME = "CÔNG BÁO/Số"
_GAZETTE_LEAD_MAX = 400  # the e-signature stamp's lines and the blank lines above the name


def _gazette_headers_joined(text: str) -> str:
    """`text` with each Official Gazette running header that falls inside a sentence made
    spaces (same length): "… của Bộ trưởng Bộ Lao động - Thương \n\nCÔNG BÁO/Số 303 + 304/Ngày
    18-4-2022 \n7 \nbinh và Xã hội sửa đổi, bổ sung … Thông tư số 10/2017/TT-BLĐTBXH" (05/2022/
    TT-BLĐTBXH) is one sentence, whose subject the header cut from its text. (Not where the
    line before ends a sentence, nor before a list item: "… năm 2025 \nCÔNG BÁO/… \na.1) …".)"""
    at = text.find(_GAZETTE_NAME)
    if at < 0:
        return text
    pieces, last = [], 0
    while at >= 0:
        rest = _GAZETTE_REST.match(text, at)
        end = rest.end() if rest is not None else at
        if (rest is not None and text[end : end + 1].islower()
                and not _OWN_LINE.match(text, end)  # fmt: skip
                and (lead := _GAZETTE_LEAD.search(text, max(last, at - _GAZETTE_LEAD_MAX), at))):
            start = lead.start()
            before = text[last:start].rstrip(" \t")
            if before and before[-1] not in _SENTENCE_END:
                pieces += [text[last:start], " " * (end - start)]
                last = end
        at = text.find(_GAZETTE_NAME, at + 1)
    return text if not pieces else "".join(pieces) + text[last:]


def join_soft_breaks(text: str) -> str:
    """`text` with each line break inside a hard-wrapped sentence made a space (same length);
    the text itself when its lines show no page width."""
    text = _gazette_headers_joined(text)
    if _has_fewer_breaks(text, _WIDTH_LINES - 1):
        return _without_width(text)
    width = _wrap_width(text[:_WIDTH_SAMPLE])
    if width is None:
        return _without_width(text)
    first, after_break = _filled_line(width - _BAND)
    filled = [(m.group("line"), m.end()) for m in [first.match(text), *after_break.finditer(text)]
              if m is not None]  # fmt: skip
    found = {newline for line, newline in [*filled, *_goes_on(text, width - _BAND)]
             if _goes_on_to(line, text, newline, width)}  # fmt: skip
    # (a set: a long single word on its line answers both patterns, and a break joined twice
    # would add a character)
    found.update(m.end() for m in _LONE_WORD.finditer(text, 0, _OPENING))
    found.discard(_headline_end(text, width))
    if not found:
        return text
    breaks = sorted(found)
    starts = [0, *(b + 1 for b in breaks)]
    return " ".join(text[a:b] for a, b in zip(starts, [*breaks, len(text)], strict=True))


# The page's first line (past blank lines) and the first word of the next.
_HEADLINE = re.compile(r"\s*(?P<line>[^\n]*)\n[ \t]*(?P<word>\S+)")


def _headline_end(text: str, width: int) -> int:
    """Where the text's first line ends when it is a headline over its lead: the next line
    opens with a capital and its first word would have fitted on the first line, so no
    margin broke it there ("Lào Cai: Ông … giữ chức Giám đốc Sở TT&TT\nTheo Quyết định số
    3888/QĐ-UBND …", unlike "… Ban Thường vụ Thành ủy Thành phố Hồ Chí\nMinh ban hành …"
    at its margin); -1 otherwise."""
    head = _HEADLINE.match(text)
    if head is None or not head["word"][0].isupper():
        return -1
    fits = len(head["line"].rstrip()) + 1 + len(head["word"]) <= width
    return head.end("line") if fits else -1


def _has_fewer_breaks(text: str, n: int) -> bool:
    """`text.count("\\n") < n`, looking no further than the n-th line break."""
    i = -1
    for _ in range(n):
        i = text.find("\n", i + 1)
        if i < 0:
            return True
    return False


def _wrap_width(text: str) -> int | None:
    """The width the text was wrapped at, when most of its longer lines are filled to it."""
    lengths = sorted(map(len, text.split("\n")))
    lengths = lengths[bisect.bisect_left(lengths, _LINE_MIN) :]
    if len(lengths) < _WIDTH_LINES:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    filled = len(lengths) - bisect.bisect_left(lengths, width - _BAND)
    return width if filled >= _FILLED_SHARE * len(lengths) else None


@functools.lru_cache(maxsize=256)
def _filled_line(least: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A line of at least `least` characters that ends no sentence, before a line that goes on
    with it (the match ends at the line break): the pattern for the text's first line, and the
    one for every other line, which opens with the break before the line (the line is the
    group "line").

    The two find the lines `(?m)^…` finds, but sre looks for a line break in C instead of
    trying "^" at every character."""
    line = (
        rf"[^\n]{{{least - 1},}}[^\s{_SENTENCE_END}][ \t]*"
        rf"(?=\n(?!{_OWN_LINE.pattern})[ \t]*\S)"
    )
    return re.compile(rf"(?P<line>{line})"), re.compile(rf"\n(?P<line>{line})")


# A field's label opening a line: a capital, at most four words, a colon ("Số ký hiệu:",
# "Tài liệu đính kèm:").
_LABEL = re.compile(r"\s*[^\W\d_]\w*(?:[ \t]+\w+){0,3}[ \t]*:")


# A kind's heading in capitals opening a line, alone or run into its title ("NGHỊ QUYẾT CỦA BỘ
# CHÍNH TRỊ về đổi mới, …" under a post's stamp, nongdan.vn); a sentence names a kind in
# small letters or with one capital ("kế hoạch", "Kế hoạch số 12").
_HEADING_OPENS = re.compile(
    r"[ \t]*(?:"
    + "|".join(sorted({re.escape(v.upper()).replace(r"\ ", r"[ \t]+")
                       for v in KIND_HEADINGS.values()}, key=len, reverse=True))
    + r")(?:[ \t]+[^\W\d_a-zđ]\S*[ \t]|[ \t]*$)"
)  # fmt: skip
# A date alone on its line, or a post's stamp ("6-12-2021" under a headline, "Ngày đăng
# 12/09/2016 | 17:17 | Lượt xem: …"): a line of its own.
_DATE_ALONE = re.compile(r"[ \t(]*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}[ \t)]*$")


def _heads_itself(line: str) -> bool:
    """Whether `line` stands on its own whatever the line before it: a line in capitals (a
    header's, a title's) or a labelled field, as a document's attribute block lists them
    ("Nghị quyết Về việc phê chuẩn quyết toán … năm 2019\nSố ký hiệu: 06/NQ-HĐND\n…",
    github:easywebhub/daksong_website, content/06-nq-hdnd-dak-song-15-07-2020.md); a kind's
    heading, a date alone or a post's stamp."""
    if line.isupper() or _HEADING_OPENS.match(line) or _DATE_ALONE.match(line):
        return True
    if "xem" in line and is_stamp(line):
        return True
    # (a label holds its colon: most lines have none, and are not matched)
    return ":" in line and _LABEL.match(line) is not None and line.lstrip()[:1].isupper()


def _goes_on_to(line: str, text: str, newline: int, width: int) -> bool:
    """Whether a filled `line` goes on to the line `after` it: a line in small letters unless
    the next heads itself; a line in capitals only to the next line of a title in capitals,
    broken at the page's margin ("… THỰC HIỆN NGHỊ QUYẾT SỐ 96/NQ-CP NGÀY 01/8/2022 CỦA CHÍNH
    PHỦ VÀ\nCHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 23-CTR/TU …", vanban123.vn's Kế hoạch 186/KH-UBND of
    Tuyên Quang at 70 columns): the line no longer than the width (`_OVER_WIDTH`), the next
    line's first word would not have fitted on it
    (not the title's last line over the acting body's, "… TỈNH SƠN LA\nHỘI ĐỒNG NHÂN DÂN TỈNH
    SƠN LA"), not the acting body's line over the bases ("… ĐẾN NĂM
    2030\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ …", Quyết định 568/QĐ-TTg), and neither line set in
    columns or centred (a header's cells side by side, "ỦY BAN NHÂN DÂN      CỘNG HÒA …"; a
    form's title indented to the middle) nor led with dots (a table of contents)."""
    after = _next_line(text, newline)
    if not line.isupper():
        return not _heads_itself(after) and not (
            _SENTENCE_OPENS.match(after) and not _title_case(line)
        )
    word, size = (after.split(maxsplit=1)[0] if after.strip() else ""), len(line.rstrip())
    return (size + 1 + len(word) > width and size <= width + _OVER_WIDTH
            and after.isupper()
            and _BASIS.match(text, newline + 1 + len(after) + 1) is None
            and _COLUMN_GAP.search(line.rstrip()) is None
            and _COLUMN_GAP.search(after.rstrip()) is None)  # fmt: skip


# Words written with a capital only where a sentence starts (a preposition, a conjunction, a
# sentence's adverb, the day's word before its date): a line opening with one opens a sentence,
# and the line before ended one without its full stop (a headline over its lead: "… trong thực
# hiện Pháp lệnh dân chủ ở cơ sở\nVới vị trí và tính chất quan trọng đó, ngày 18-2-1998, Bộ
# Chính trị …", lyluanchinhtri.vn; "… phương hướng, nhiệm vụ trọng tâm năm 2025\nTrên cơ sở
# đánh giá …", kkt-kontum.com).
_SENTENCE_OPENS = re.compile(
    r"[ \t]*(?:Để|Với|Trên[ \t]+cơ[ \t]+sở|Theo[ \t]+đó|Tuy[ \t]+nhiên|Ngoài[ \t]+ra"
    r"|Bên[ \t]+cạnh[ \t]+đó|Đồng[ \t]+thời|Vì[ \t]+vậy|Do[ \t]+đó|Như[ \t]+vậy|Nhằm"
    r"|Ngày[ \t]+\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}[ \t]*,)(?![^\W\d_])"
)


def _title_case(line: str) -> bool:
    """Whether most words of `line` open with a capital (a title set in Title Case, "Hướng Dẫn
    Xếp Hạng Bệnh Viện Do Bộ Y Tế Ban", where "Để", "Với" are capitals inside a sentence)."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) * 2 > len(words)


# (a column's gap, a centred line's indent, a form's or a contents' dot leaders)
# A line in capitals longer than the page's width by more than this was typed on one line, not
# broken at the margin (a title of 99 characters over the acting body's line, on a page read at
# 68 columns: vanban123.vn's Quyết định 2130/2008/QĐ-UBND of Phú Thọ under a portal's chrome).
_OVER_WIDTH = 10
_COLUMN_GAP = re.compile(r"[ \t]{3}|\||\.{4}|…{2}")
_BASIS = re.compile(r"[ \t\-–•*]*(?:Căn[ \t]+cứ|CĂN[ \t]+CỨ)(?!\w)")


def _next_line(text: str, newline: int) -> str:
    end = text.find("\n", newline + 1)
    return text[newline + 1 : end if end >= 0 else len(text)]


# A word the break left alone on its line, before a line that goes on with its sentence: "Ngày
# \n19 tháng 6 năm 2025, Ban Chỉ đạo …", "Việc\nban hành Kế hoạch này căn cứ vào …" (the
# match ends at the line break).
_LONE_WORD = re.compile(
    rf"(?m)^[ \t]*[^\s{_SENTENCE_END}]+[ \t]*"
    rf"(?=\n(?!{_OWN_LINE.pattern})[ \t]*[{SMALL_LETTERS}0-9])"
)

# A line that opens as a line of its own would ("22/12/2024 …", "- 2017", "XII) …") but goes
# on with the line before it: a date after its word "ngày" ("… Nghị định số 46/2013/NĐ-CP
# ngày \n10/5/2013 của Chính phủ …", the Official Gazette's text layer), a range's second year
# ("năm học 2016\n- 2017"), a bracket's close ("Chỉ thị số 35-CT/TW … (khóa\nXII) về …"): the
# next line's start, then the end of the line before.
_GOES_ON_NEXT = re.compile(
    r"\n[ \t]*(?:(?P<date>\d{1,2}/\d{1,2}/\d{4}\s)|(?P<year>[-–][ \t]*\d{4}(?!\d))"
    r"|(?P<close>[IVXLC]{1,6}\)))"
)
_DAY_WORD_END = re.compile(r"(?<![^\W\d_])(?:ngày|Ngày|NGÀY)[ \t]*$")
_YEAR_END = re.compile(r"(?<!\d)\d{4}[ \t]*$")
_OPEN_BRACKET_END = re.compile(r"\([^()\n]*$")


def _goes_on(text: str, least: int) -> list[tuple[str, int]]:
    """(line, the line break after it) for each line of at least `least` characters (a page's
    filled lines) that `_GOES_ON_NEXT`'s line goes on: the next line opens as a line of its
    own would, but goes on with this one. (Found from the next line's start, a line break
    first, so sre jumps from one break to the next.)"""
    out = []
    for m in _GOES_ON_NEXT.finditer(text):
        newline = m.start()
        line = text[text.rfind("\n", 0, newline) + 1 : newline]
        if len(line.rstrip()) < least:
            continue
        end = _DAY_WORD_END if m["date"] else _YEAR_END if m["year"] else _OPEN_BRACKET_END
        if end.search(line):
            out.append((line, newline))
    return out


# A line that ends no sentence before a line that opens with a small letter: a sentence
# broken across the lines. Read where the text is too short to show a width (a title or a
# lead of one sentence, two or three lines: "… Ban Bí thư vừa Ban hành Chỉ thị số 55-CT/TW về
# việc tổ\nchức Tết Bính Ngọ năm 2026."), from a line as long as a page's narrowest width.
# Found from the next line's small letter, which few breaks have (a pattern that reads each
# line to its end and back for the last character cost 0.75 CPU-s on the generated 40 MB).
_SMALL_AFTER_BREAK = re.compile(rf"\n(?=(?!{_OWN_LINE.pattern})[ \t]*[{SMALL_LETTERS}])")


def _long_lines_before_small(text: str) -> list[tuple[str, int]]:
    """Each line at least `_MIN_WIDTH` long (its closing blanks left out) that ends no sentence,
    before a line that opens with a small letter, and the break after it."""
    out = []
    for m in _SMALL_AFTER_BREAK.finditer(text):
        newline = m.start()
        line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip(" \t")
        if len(line) >= _MIN_WIDTH and not line[-1].isspace() and line[-1] not in _SENTENCE_END:
            out.append((line, newline))
    return out


# A field's line: a label, its colon and the value set apart by two spaces or more (a form's; a
# data record's members as `ingest.read` gives them, " tai lieu dinh kem:   /img/…pdf").
_FIELD = re.compile(r"[ \t]*[^\W\d_][\w \t]{0,40}:[ \t]{2,}\S")


def _without_width(text: str) -> str:
    """`text` (which shows no page width) with each break between a long line that ends no
    sentence and a line that opens with a small letter made a space (same length)."""
    found = sorted({newline for line, newline in _long_lines_before_small(text)
                    if not line.isupper()
                    and not _heads_itself(_next_line(text, newline))
                    and not _FIELD.match(text, newline + 1)}
                   | {newline for _, newline in _goes_on(text, _MIN_WIDTH)})  # fmt: skip
    if not found:
        return text
    starts = [0, *(b + 1 for b in found)]
    return " ".join(text[a:b] for a, b in zip(starts, [*found, len(text)], strict=True))
