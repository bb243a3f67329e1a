"""Find the parts of a document: heading, title, opening paragraph, annexes, signature.

Where a reference stands matters as much as its verb (DOMAIN.md §7.3): the title and the
opening sentence state the document's primary edges; the rest of the body only mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.text import NormalizedText

# Document kinds as they stand, in capitals, on the heading line (shadow form → display).
KIND_HEADINGS: dict[str, str] = {
    "ke hoach": "Kế hoạch", "ket luan": "Kết luận", "nghi quyet": "Nghị quyết",
    "quyet dinh": "Quyết định", "chi thi": "Chỉ thị", "thong bao": "Thông báo",
    "thong bao ket luan": "Thông báo kết luận", "huong dan": "Hướng dẫn",
    "bao cao": "Báo cáo", "de an": "Đề án", "chuong trinh": "Chương trình",
    "chuong trinh hanh dong": "Chương trình hành động", "quy dinh": "Quy định",
    "quy che": "Quy chế", "to trinh": "Tờ trình", "cong van": "Công văn",
    "nghi dinh": "Nghị định", "thong tu": "Thông tư", "luat": "Luật", "thong tri": "Thông tri",
    "de cuong": "Đề cương", "phuong an": "Phương án",
    # a code of law and the constitution as vbpl.vn prints them: "BỘ LUẬT / HÌNH SỰ",
    # "HIẾN PHÁP / NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    "bo luat": "Bộ luật", "hien phap": "Hiến pháp",
    # an English translation's heading line: "DECISION", "DECREE", "CIRCULAR", "RESOLUTION"
    # (hethongphapluat.com, vbpl.vn, thuvienphapluat.vn, chinhphu.vn), "ANNOUNCEMENT"
    # (en.binhthuan.gov.vn)
    "decision": "Quyết định", "decree": "Nghị định", "circular": "Thông tư",
    "joint circular": "Thông tư", "resolution": "Nghị quyết", "directive": "Chỉ thị",
    "law": "Luật", "announcement": "Thông báo", "notice": "Thông báo",
    "plan": "Kế hoạch", "instruction": "Hướng dẫn", "guidance": "Hướng dẫn",
    "regulation": "Quy định", "official letter": "Công văn", "official dispatch": "Công văn",
}  # fmt: skip
# A whole line of the shadow that names a kind: the lines `heading_kind` can accept (it then
# checks the capitals), found in one pass instead of a look at every line of a long text.
_HEADING_LINE_BODY = (
    r"[^\S\n]*(?P<kind>"
    + "|".join(
        r"[^\S\n]+".join(map(re.escape, key.split()))
        for key in sorted(KIND_HEADINGS, key=len, reverse=True)
    )
    + r")[^\S\n]*$"
)
_HEADING_LINE = re.compile(rf"^{_HEADING_LINE_BODY}", re.MULTILINE)
# The same line after its line break: the literal "\n" first lets sre jump from one line break
# to the next instead of trying `^` at every character (3x faster on real texts).
_HEADING_LINE_AFTER_BREAK = re.compile(rf"\n(?P<line>{_HEADING_LINE_BODY})", re.MULTILINE)
# A blank line, or a rule line ("-------------------" under a title) ends a paragraph.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*[-_=*~]{3,}[ \t]*(?:\n|$))")
_SEPARATOR_LINE = re.compile(r"^[\s\-_=.]*$")
_RULE_LINE = re.compile(r"[ \t]*[-_=*~]{3,}[ \t]*(?:\n|$)")
_HEADING_SCAN = 4000
_SECTION_START = re.compile(r"\s*(?:[IVX]+[.\-]|\d+[.\-)])\s")


@dataclass(frozen=True, slots=True)
class Layout:
    """Spans (normalized offsets) of the parts of a document."""

    kind: str | None
    heading: tuple[int, int] | None
    title: tuple[int, int] | None
    opening: tuple[int, int] | None
    annexes: tuple[tuple[int, int, str], ...]  # (heading start, heading end, kind)
    body_start: int

    def position(self, offset: int) -> str:
        """Name the part that holds `offset`: title, opening, annex or body."""
        if self.title and self.title[0] <= offset < self.title[1]:
            return "title"
        if self.opening and self.opening[0] <= offset < self.opening[1]:
            return "opening"
        if self.annexes and self.annexes[0][0] <= offset:  # (sorted: the first starts first)
            return "annex"
        return "body"


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    while pos <= end and pos < len(text):
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        spans.append((pos, stop))
        if nl < 0:
            break
        pos = nl + 1
    return spans


def heading_kind(norm: NormalizedText, start: int, end: int) -> str | None:
    """Return the kind named by a heading line in capitals ("KẾ HOẠCH"), else None."""
    line = norm.text[start:end].strip()
    if not line or not line.isupper() or len(line) > 40:
        return None
    key = " ".join(norm.shadow[start:end].split())
    return KIND_HEADINGS.get(key.removeprefix(_DRAFT_WORD))


_HEADING_TITLE_MAX = 200
# A draft's heading: "DỰ THẢO BÁO CÁO CHÍNH TRỊ" is a political report's, as yet a draft (shadow).
_DRAFT_WORD = "du thao "


def _first_text_line(text: str, lines: list[tuple[int, int]]) -> int:
    """The index of the first line with text on it (-1 if none)."""
    return next((i for i, (a, b) in enumerate(lines) if text[a:b].strip()), -1)


def _capitals_end(text: str, lines: list[tuple[int, int]], end: int) -> int:
    """Where a heading or title ending at `end` ends, taking in the `lines` after it that go
    on in capitals (a blank line between them only before the first such line)."""
    title_end = end
    for c, d in lines:
        line = text[c:d].strip()
        if line and line.isupper() and len(line) > 3:
            title_end = d
        elif line or title_end != end:
            break
    return title_end


def _heading_with_title(
    norm: NormalizedText, start: int, end: int
) -> tuple[str, tuple[int, int]] | None:
    """The kind and the heading's span when a line in capitals starts with a kind heading
    and goes on with the title ("THÔNG BÁO TỔ CHỨC RA QUÂN …"), else None."""
    line = norm.text[start:end]
    stripped = line.strip()
    if not stripped or not stripped.isupper() or len(stripped) > _HEADING_TITLE_MAX:
        return None
    lead = len(line) - len(line.lstrip())
    shadow = norm.shadow[start + lead : end]
    if shadow.startswith(_DRAFT_WORD):
        lead += len(_DRAFT_WORD)
        shadow = shadow[len(_DRAFT_WORD) :]
    for key in sorted(KIND_HEADINGS, key=len, reverse=True):
        # ("BÁO CÁO CHÍNH TRỊ": two words of title are enough)
        if shadow.startswith(key + " ") and len(shadow.split()) >= len(key.split()) + 2:
            return KIND_HEADINGS[key], (start + lead, start + lead + len(key))
    return None


def _paragraph_after(text: str, pos: int) -> tuple[int, int] | None:
    """Return the next non-empty paragraph (blank-line separated) at or after `pos`."""
    n = len(text)
    while pos < n:
        while pos < n and text[pos] in " \t\n":
            pos += 1
        if pos >= n:
            return None
        rule = _RULE_LINE.match(text, pos)
        if rule is not None:
            pos = rule.end()
            continue
        brk = _PARAGRAPH_BREAK.search(text, pos)
        end = brk.start() if brk else n
        if not _SEPARATOR_LINE.match(text[pos:end]):
            return pos, end
        pos = end
    return None


# A header's number line ("Số: 55 /KH-UBND") between a page's title and the document's own
# heading.
_NUMBER_LINE = re.compile(r"[ \t|]*s[oố]\s*:", re.IGNORECASE)
# The header's place-date line ("Đông Ba, ngày 01 tháng 6 năm 2022"): below it a heading joined
# to its title is read as below a number line, where a school's or a union's header has none.
_DATE_LINE = re.compile(
    r"[^\n]{0,60}?ng[aà]y\s*\d{1,2}\s+th[aá]ng\s+\d{1,2}\s+n[aă]m\s+\d{4}", re.IGNORECASE
)
_HEADER_LINES = 12


def _heading_below_header(
    norm: NormalizedText, lines: list[tuple[int, int]], kind: str
) -> tuple[int, tuple[int, int]] | None:
    """The document's own heading of `kind` below a header with a number line, when the page
    opens with a title in capitals ("KẾ HOẠCH TỔ CHỨC LỄ HỘI … / UỶ BAN NHÂN DÂN / HUYỆN CẨM
    GIÀNG / Số: 55 /KH-UBND / … / KẾ HOẠCH"): its index among `lines` (counted from the line
    after the page's title) and its span."""
    numbered = False
    filled = 0  # lines with text: a portal's copy may put blank lines between all of them
    for k, (c, d) in enumerate(lines):
        if not norm.text[c:d].strip():
            continue
        filled += 1
        if filled > _HEADER_LINES * 2:
            break
        if _NUMBER_LINE.match(norm.text, c, d):
            numbered = True
        elif numbered and heading_kind(norm, c, d) == kind:
            return k + 1, (c, d)
        elif numbered and (joined := _heading_with_title(norm, c, d)) and joined[0] == kind:
            # "Số : 39/KH -THDT / … / KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG": the heading joined with
            # the title on one line (the whole line stands as the heading)
            return k + 1, (c, d)
    return None


# A text whose lines have no blank lines between (a legal site's copy) is one "paragraph";
# its opening ends where the enacting words or the first article or chapter begin.
_OPENING_MAX = 4000
_OPENING_END = re.compile(
    r":[ \t]*\n|\n[ \t]*(?:Điều|ĐIỀU)[ \t]+1[ \t]*[.:]|\n[ \t]*(?:Chương|CHƯƠNG)[ \t]+I\b"
)


def _long_opening_cut(text: str, opening: tuple[int, int]) -> tuple[int, int]:
    """The opening of a long unbroken text: up to its first line that ends in a colon
    ("QUYẾT ĐỊNH:", "… như sau:") or its first article or chapter, at most _OPENING_MAX."""
    a, b = opening
    end = _OPENING_END.search(text, a, min(b, a + _OPENING_MAX))
    if end is not None:
        return a, end.start() + 1
    cut = text.rfind("\n", a, a + _OPENING_MAX)
    return a, cut if cut > a else a + _OPENING_MAX


# A line ending in a colon with the body's first section right below it ("… như sau:\nI. …").
# (Not where that section states the document's purpose: "I. MỤC ĐÍCH, YÊU CẦU\n- Tiếp tục …
# triển khai thực hiện … Nghị quyết số 57-NQ/TW" restates what the plan carries out.)
_SECTION_AFTER_COLON = re.compile(
    r":[ \t]*\n(?=[ \t]*(?:[IVX]+|[A-Z])[ \t]*[.\-)][ \t]+"
    r"(?!M[ỤU]C[ \t]+(?:Đ[ÍI]CH|TI[ÊE]U)|Y[ÊE]U[ \t]+C[ẦA]U|QUAN[ \t]+ĐI[ỂE]M))",
    re.IGNORECASE,
)
_TITLE_PIECES = 3
_TITLE_PIECE_MAX = 160
_OPENING_WORDS = re.compile(r"\s*(?:Thực|Căn|Triển|Để|Nhằm|Theo|Qua|Trên|Sau|Năm|Ngày|Hội)\b")


# The basis sentence that opens a body ("Thực hiện Kế hoạch số 50/KH-UBND …; UBND xã Tịnh Trà
# ban hành Kế hoạch … như sau:"), on a line of its own below a title in running text.
_BASIS_LINE = re.compile(r"[ \t|]*(?:Thực\s+hiện|Căn\s+cứ|Trên\s+cơ\s+sở|Nhằm|Để)\s")
# A sentence's end at a line's end: a title's lines end on none of these.
_SENTENCE_END_AT_EOL = re.compile(r"[.:;][ \t|]*(?:\n|$)")


def _title_lines(text: str, para: tuple[int, int]) -> tuple[int, int]:
    """The lines of `para` (the paragraph under a heading) that are the title: up to a line
    that opens the body's first section ("I. MỤC TIÊU") or its basis sentence, a line
    after the first that opens with "Thực hiện", "Căn cứ" … and ends a sentence on it or a
    line below. A commune plan printed with no blank line between its parts runs them on:
    "KẾ HOẠCH / Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 / Của Ban Thường
    vụ Tỉnh ủy … / Đến năm 2025, định hướng đến năm 2030 / Thực hiện Kế hoạch số 50/KH-UBND
    …; UBND xã Tịnh Trà ban hành Kế hoạch … như sau: / I. MỤC TIÊU"
    (xatinhtra.sontinh.quangngai.gov.vn): the title is the three lines under the heading."""
    lines = _lines(text, para[0], para[1])
    for k, (c, d) in enumerate(lines[1:], start=1):
        if _SECTION_START.match(text, c, d) or (
            _BASIS_LINE.match(text, c, d)
            and _SENTENCE_END_AT_EOL.search(text, c, para[1]) is not None
        ):
            return para[0], lines[k - 1][1]
    return para


def _title_piece(text: str, para: tuple[int, int]) -> bool:
    piece = text[para[0] : para[1]].strip()
    return (
        0 < len(piece) <= _TITLE_PIECE_MAX
        and piece[-1] not in ".:;!?"
        and not _OPENING_WORDS.match(piece)
        and not _SECTION_START.match(piece)
    )


# A letter's salutation line: "Kính gửi: Thường trực HĐND tỉnh", "Kính gửi:" over a list.
# (its two words may stand on two lines, as a PDF's table cell wraps them: "Kính\ngửi:")
_SALUTATION = re.compile(r"(?m)^[ \t|]*K[íi]nh[ \t]*\n?[ \t]*g[ửu]i\b")
# The salutation with its colon, which only the letter itself writes ("Kính gửi:", "Kính gửi :
# Ban Dân vận các tỉnh ủy"); a speech greets without one ("Kính gửi các đồng chí").
_ADDRESSED = re.compile(_SALUTATION.pattern + r"[ \t]*:")
# The lines of the addressees under it: bullets, blank lines and table bars (and wrapped
# lines, which go on in lower case).
_ADDRESSEE_LINE = re.compile(r"[ \t|]*(?:[-–+•*]|\n|$)")


# A letter's subject right under its number line: "Số: 1394/UBND-VX / Về tiếp tục triển khai
# thực hiện Chỉ thị số 16/CT-TTg …", "V/v triển khai Kế hoạch số …".
_LETTER_SUBJECT = re.compile(r"[ \t|]*(?:V/[vV]|v/v|V\.v|Về)(?=[\s.:])")
_SUBJECT_LINES = 2  # lines under the number line a letter's subject may start on


def _letter_subject(text: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a letter's subject (a document with no heading): the first of `lines`
    (those right under its number line) that opens with "V/v" or "Về", and the lines wrapped
    from it (they go on in lower case)."""
    for k, (a, b) in enumerate(lines):
        if not _LETTER_SUBJECT.match(text, a, b):
            continue
        end = b
        for c, d in lines[k + 1 :]:
            line = text[c:d].lstrip(" \t")
            if not line or not line[0].islower():
                break
            end = d
        return a, end
    return None


def addressed_letter(text: str, start: int, end: int) -> re.Match[str] | None:
    """The salutation line of a letter ("Kính gửi:" at a line's start) between `start` and
    `end`: a text that addresses its recipients is the letter itself, not news of it."""
    return _ADDRESSED.search(text, start, end)


def _letter_opening(
    text: str, body_start: int, opening: tuple[int, int] | None, headless: bool
) -> tuple[int, int] | None:
    """A letter's opening paragraph: the first one after its addressees ("Kính gửi: … / -
    Các Bộ …; / - Chủ tịch … / Để triển khai Quyết định số 217-QĐ/TW …"). A letter has no
    heading, so its first paragraph is its header or the page's title; a document with a
    heading whose opening paragraph is only the salutation opens after it too. None when
    no salutation stands there."""
    if headless:
        scan_end = min(len(text), body_start + _HEADING_SCAN)
        salutation = _SALUTATION.search(text, body_start, scan_end)
    elif opening is not None:
        salutation = _SALUTATION.match(text, opening[0])
    else:
        return None
    if salutation is None:
        return None
    pos = text.find("\n", salutation.end())
    while pos >= 0:
        line = pos + 1
        pos = text.find("\n", line)
        start = text[line : pos if pos >= 0 else len(text)].lstrip(" \t|")
        if not _ADDRESSEE_LINE.match(text, line) and not start[:1].islower():
            return _paragraph_after(text, line)
    return None


def _heading_lines(shadow: str, pos: int) -> list[tuple[tuple[int, int], str]]:
    """The span and kind of each `_HEADING_LINE.finditer(shadow, pos)` match: the line at
    `pos` if it starts there, then the lines after each later line break."""
    found = []
    first = _HEADING_LINE.match(shadow, pos)
    if first is not None:
        found.append((first.span(), first.group("kind")))
        pos = first.end()
    for m in _HEADING_LINE_AFTER_BREAK.finditer(shadow, pos):
        found.append((m.span("line"), m.group("kind")))
    return found


# The heading line of an annex or a form that names no kind of document (shadow text): "PHỤ
# LỤC I", "Phụ lục số 1", "Phụ lục I.12", "Mẫu số 08. Giấy xác nhận nộp tiền ký quỹ", "Mẫu 01",
# "BIỂU MẪU BÁO CÁO …" (the literal line break first: one pass from break to break).
_ANNEX_WORD_LINE = re.compile(r"\n[ \t|]*(?P<word>phu\s+luc|mau|bieu\s+mau)(?![a-z])")
# What follows "Phụ lục"/"Mẫu" on such a line (text): its number, whole ("Phụ lục I.12",
# "Mẫu số 1A", "Phụ lục số 04", "Mẫu số 07/PLIII"), and a separator.
_ANNEX_NUMBER = re.compile(
    r"(?:[ \t]+[sS][ốoỐO])?[ \t]*:?[ \t]*(?:[IVX]+|\d+[a-zA-Z]?)(?:[./-][A-Za-z\d]+)*(?![\w])"
    r"(?:[ \t]*[.:)])?[ \t]*"
)
# A title after the number, not a sentence wrapped there: "Phụ lục I Nghị định này.", "Phụ lục
# IIC và Phụ lục IID kèm theo Thông tư này.", "Mẫu số 05 Phụ lục ban hành kèm theo Thông tư
# này và …", "Mẫu số 04B Chương IV - Biểu mẫu dự thầu …", "Phụ lục II Nghị định số
# 62/2026/NĐ-CP và chuyển hồ sơ …" (a bracket's words aside).
_NOT_A_TITLE = re.compile(
    r"^(?:Phụ|Chương|Mục|Điều|Khoản|và|,)|\bnày\b|kèm theo|\bsố\s*\d|[.;,]$"
)


def _annex_headings(norm: NormalizedText, start: int) -> list[tuple[int, int, str]]:
    """The heading lines of annexes and forms that name no kind (`_ANNEX_WORD_LINE`) after
    `start`: a form's own basis below one ("Mẫu số 03 / THỎA THUẬN LIÊN DANH … / - Căn cứ ___
    [Luật Đấu thầu](2);" in 07/2024/TT-BKHĐT) is the form's, not the host's. A line of a list
    (ending in ";" or ",": "Phụ lục I. Danh mục …;" in an article) heads nothing."""
    text = norm.text
    found = []
    for m in _ANNEX_WORD_LINE.finditer(norm.shadow, start):
        a = m.start("word")
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        line = text[a:b].rstrip()
        if not line or line[-1] in ";,":
            continue
        word = line[: m.end("word") - a]
        if m.group("word") == "bieu mau":
            if word.isupper():
                found.append((a, b, "Biểu mẫu"))
            continue
        if m.group("word") == "phu luc" and word.isupper():
            found.append((a, b, "Phụ lục"))
            continue
        if not word[0].isupper():
            continue
        rest = _ANNEX_NUMBER.match(line, len(word))
        if rest is None:
            continue
        after = line[rest.end() :].split("(", 1)[0].rstrip()
        if after and (not after[0].isupper() or _NOT_A_TITLE.search(after)):
            continue
        found.append((a, b, "Phụ lục" if m.group("word") == "phu luc" else "Mẫu"))
    return found


def find_layout(norm: NormalizedText, *, body_start: int = 0) -> Layout:
    """Locate heading, title, opening paragraph and annex headings of a document."""
    text = norm.text
    kind = heading = title = opening = None
    lines = _lines(text, body_start, min(len(text), body_start + _HEADING_SCAN))
    first_line = _first_text_line(text, lines)
    numbered_at: int | None = None  # the header's number line ("Số: 11-HD/VPTW")
    dated_at: int | None = None  # the header's place-date line
    for i, (a, b) in enumerate(lines):
        found = heading_kind(norm, a, b)
        if numbered_at is None and found is None and _NUMBER_LINE.match(text, a, b):
            numbered_at = i
        if dated_at is None and found is None and _DATE_LINE.match(text, a, b):
            dated_at = i
        anchor = numbered_at if numbered_at is not None else dated_at
        if (found is None and anchor is not None and anchor < i
                and i - anchor <= _HEADER_LINES
                and (joined := _heading_with_title(norm, a, b)) is not None):  # fmt: skip
            # "Số: 11-HD/VPTW / … / HƯỚNG DẪN VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG": below the
            # header's number line, the heading and the title joined on one line
            kind, heading = joined
            title = (a, _capitals_end(text, lines[i + 1 :], b))  # the title may go on
            break
        if found is None and i == first_line:
            # "THÔNG BÁO TỔ CHỨC RA QUÂN TỔNG VỆ SINH …": the heading and the title on the
            # page's first line, both in capitals
            joined = _heading_with_title(norm, a, b)
            if joined is not None:
                kind, heading = joined
                title = (a, b)
                later = _heading_below_header(norm, lines[i + 1 :], kind)
                if later is None:
                    break
                below, (a, b) = later  # the page's title repeats the document's, which follows
                i += below
                found = kind
        if found is None:
            continue
        if i == first_line and (later := _heading_below_header(norm, lines[i + 1 :], found)):
            # "THÔNG BÁO / V/v Tạm dừng họp chợ phiên … / 21/07/2021 08:25 / ỦY BAN NHÂN DÂN /
            # XÃ SƠN VĨ / Số: 07 /TB-UBND / … / THÔNG BÁO / V/v …": a portal repeats the
            # heading above the header; the document's own heading is the one below it
            below, (a, b) = later
            i += below
        kind, heading = found, (a, b)
        # Further lines in capitals continue the heading ("CỦA BAN CHẤP HÀNH … KHÓA XXVII").
        title_end = _capitals_end(text, lines[i + 1 :], b)
        title = (a, title_end)
        if title_end == b:  # title in running text on the next paragraph ("thực hiện …")
            para = _paragraph_after(text, b)
            if para is not None:
                content = text[para[0] : para[1]].rstrip()
                if content and content[-1] not in ".:;" and len(content) < 700:
                    title = (a, _title_lines(text, para)[1])
        break
    subject = None
    if title is None and numbered_at is not None:
        subject = _letter_subject(text, lines[numbered_at + 1 : numbered_at + 1 + _SUBJECT_LINES])
        title = subject
    # The opening paragraph follows the title; without a heading, it is the first paragraph.
    opening = _paragraph_after(text, title[1] if title else body_start)
    for _ in range(_TITLE_PIECES if subject is None else 0):  # a subject ends at its wrap
        # A title printed in pieces with blank lines between ("Công tác tuyên truyền, …," /
        # "mừng Xuân Kỷ Hợi 2019"): a short piece that ends no sentence is still the title.
        if title is None or opening is None or not _title_piece(text, opening):
            break
        title = (title[0], opening[1])
        opening = _paragraph_after(text, opening[1])
    letter = _letter_opening(text, body_start, opening, heading is None)
    if letter is not None:
        opening = letter
    if opening is not None and opening[1] - opening[0] > _OPENING_MAX:
        opening = _long_opening_cut(text, opening)
    if opening is not None and (section := _SECTION_AFTER_COLON.search(text, *opening)):
        # "… báo cáo tình hình … như sau:\nI. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN KẾ HOẠCH\nThực
        # hiện Quyết định số 2699/QĐ-UBND …": a copy without blank lines runs the opening on
        # into the body's first section; the opening ends at its colon
        opening = (opening[0], section.start() + 1)
    if opening is not None and _SECTION_START.match(text, opening[0]):
        opening = None  # the body starts straight with section "I."
    annexes = []
    search_from = title[1] if title else body_start
    for (a, b), annex_kind in _heading_lines(norm.shadow, search_from):
        if heading_kind(norm, a, b) is not None:
            annexes.append((a, b, KIND_HEADINGS[" ".join(annex_kind.split())]))
    annexes.extend(_annex_headings(norm, search_from))
    annexes.sort()
    return Layout(kind, heading, title, opening, tuple(annexes), body_start)
