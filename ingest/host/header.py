"""A document's header above its heading: the issuer's lines, the number line, and a State
act's enacting authority under its title.
"""

from __future__ import annotations

import functools
import re

from ingest.bodies import body_level, header_line_place, places_in
from ingest.codes import LEVEL_RANK, Level
from ingest.find import TYPE_WORD_ALT, TYPE_WORD_START
from ingest.host.common import RELATED_ITEM
from ingest.host.dates import _ENGLISH_MOTTO_WORDS
from ingest.layout import Layout
from ingest.models import Place
from ingest.text import NormalizedText, shadow_of

# The enacting authority of a State act: a line in capitals between its title and its first
# "Căn cứ" ("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH",
# "BỘ TRƯỞNG BỘ TÀI CHÍNH"), or the text's end when a short copy stops there.
# (an English translation's "Pursuant to …" under "THE PRIME MINISTER", vbpl.vn)
_FIRST_BASIS = re.compile(r"(?m)^[ \t\-–•*]*(?:can\s+cu|pursuant\s+to)(?![a-z])")
_AUTHORITY_SCAN = 800
_AUTHORITY_MAX = 80


def _enacting_heading(norm: NormalizedText, body_start: int, heading_start: int) -> bool:
    """Whether the heading found is a decision's enacting word under its bases ("… Căn cứ
    …;\nXét …,\nQUYẾT ĐỊNH\nĐiều 1. …"): a repost that lost the heading over its title ("Số:
    47/2005/QĐ-UBND | Đồng Hới, … / VỀ VIỆC BAN HÀNH QUY ĐỊNH … / ỦY BAN NHÂN DÂN TỈNH QUẢNG
    BÌNH / Căn cứ …"). Its authority line stands above the bases, as if it had no heading."""
    return _FIRST_BASIS.search(norm.shadow, body_start, heading_start) is not None


# A page flattened to one line runs the authority into its first basis clause: "… THÁNG 4 NĂM
# 2025 CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ …" (the capitals' last words before "Căn cứ").
_INLINE_BASIS = re.compile(r"[ \t]Căn cứ[ \t]")
_CAPITAL_WORD = re.compile(r"[^\W\d_]+")


def _flattened_authority(text: str, start: int) -> str | None:
    """The body in capitals right before a flattened page's first "Căn cứ", if it names one."""
    basis = _INLINE_BASIS.search(text, start, min(len(text), start + _AUTHORITY_SCAN))
    if basis is None:
        return None
    words: list[str] = []
    for word in reversed(text[max(start, basis.start() - _AUTHORITY_MAX) : basis.start()].split()):
        if not _CAPITAL_WORD.fullmatch(word) or not word.isupper():
            break
        words.insert(0, word)
    body = " ".join(words)
    return body if words and body_level(body)[0] is not Level.UNKNOWN else None


def _authority_line(norm: NormalizedText, layout: Layout) -> str | None:
    if layout.heading is not None and not _enacting_heading(norm, layout.body_start,
                                                            layout.heading[0]):
        start = layout.heading[1]  # the title block may run on into the authority line
    else:  # a repost that lost its heading: the title, then the authority, under the number
        number = _NUMBER_LINE.search(
            norm.shadow, layout.body_start, min(len(norm.text), layout.body_start + _HEADER_SCAN)
        )
        if number is None and RELATED_ITEM.match(norm.text, layout.body_start):
            # a legal site's lists of related texts before the decision ("- 1Thông tư
            # 09/2005/TT-BCA …", hethongphapluat.vn): its number line stands below them, as
            # the issuer's header reader finds it
            number = _NUMBER_LINE.search(norm.shadow, layout.body_start,
                                         min(len(norm.text), layout.body_start + _LISTED_SCAN))
        if number is not None and number.group("word") is not None:
            return None
        # without a number line (a portal's copy: "Nghị quyết về … / HỘI ĐỒNG NHÂN DÂN XÃ
        # KHÓA XIX KỲ HỌP THỨ 8 / Căn cứ …"), the line right above the first basis
        start = norm.text.find("\n", number.end()) if number else layout.body_start
        if start < 0:
            return None
    basis = _FIRST_BASIS.search(norm.shadow, start, min(len(norm.text), start + _AUTHORITY_SCAN))
    if basis is None and layout.heading is None:
        flattened = _flattened_authority(norm.text, start)
        if flattened is not None:
            return flattened
    if basis is not None:
        stop = basis.start()
    elif len(norm.text) <= start + _AUTHORITY_SCAN:
        stop = len(norm.text)  # an opening pasted down to the authority line, and no further
    else:
        return None
    lines = norm.text[start:stop].split("\n")
    for line in reversed(lines):
        clean = " ".join(line.split()).strip(" |")
        if not clean:
            continue
        letters = [c for c in clean if c.isalpha()]
        if len(clean) > _AUTHORITY_MAX or not letters or not all(c.isupper() for c in letters):
            return None
        if _SESSION_LINE.match(shadow_of(clean)):
            continue  # "KHÓA XVIII – KỲ HỌP THỨ 13": the council's session, under its name
        if _TITLE_LINE_START.match(shadow_of(clean)):
            return None  # "THỰC HIỆN CHIẾN LƯỢC QUỐC GIA …": the title's line, no body
        return clean if body_level(clean)[0] is not Level.UNKNOWN else None
    return None


# What opens a title's line under its heading, never a body's name (shadow): "KẾ HOẠCH HÀNH
# ĐỘNG / THỰC HIỆN CHIẾN LƯỢC QUỐC GIA PHÒNG, CHỐNG TÁC HẠI CỦA THUỐC LÁ …", "VỀ VIỆC …".
_TITLE_LINE_START = re.compile(r"(?:thuc\s+hien|trien\s+khai|ve|v\s*/\s*v|phe\s+duyet)(?![a-z])")


# The session line a council's resolution prints under the council's name.
_SESSION_LINE = re.compile(r"(?:khoa\s+[ivxlc]+\b|ky\s+hop\s+thu|nhiem\s+ky\s+\d)")
# The national motto and the Party's name stand beside the issuer in a header's two columns.
_HEADER_NOISE = re.compile(
    r"cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam|dang\s+cong\s+san\s+viet\s+nam"
    r"|doc\s+lap\s*[-–]\s*tu\s+do\s*[-–]\s*hanh\s+phuc"
    # the same in an English translation's header: "SOCIALIST REPUBLIC OF VIETNAM /
    # Independence – Freedom - Happiness" (en.binhthuan.gov.vn)
    rf"|{_ENGLISH_MOTTO_WORDS}"
    r"|(?m:s[o]\s*:.*$|^[ \t]*[^\n,]{1,40},\s*ngay\s.*$|\S+,\s*ngay\s.*$"  # "Phú Thọ, ngày …"
    # the same in the right-hand column, after the gap beside the issuer's cell: "BAN THƯỜNG
    # TRỰC        Quảng Ninh, ngày     tháng 11 năm 2025"
    r"|(?<=[ \t]{2})[^\s,|][^\n,|]{0,39},\s*ngay\s.*$)"
)
_HEADER_SCAN = 900
# How far down the header under a legal site's numbered list of related documents
# (`host.common.RELATED_ITEM`: "- 1Luật …", "- 11Nghị định 38/2023/NĐ-CP …") is looked for.
_LISTED_SCAN = 4000
# The document's number line: "Số: …", or with its kind ("Nghị quyết số: 653/2019/UBTVQH14");
# not "kèm theo Quyết định số: 59/…", which cites another document.
_NUMBER_LINE = re.compile(  # (a draft leaves its number blank: "Số       -BC/TU")
    rf"(?m)^[ \t|]*(?:(?:(?P<word>{TYPE_WORD_ALT})\s+)?so\s*(?::|\d|/|(?<=[ \t]{{2}})[-/])"
    # an English translation's: "No: 74/TB-UBND" (en.binhthuan.gov.vn), "No. 33/NQ-CP",
    # "Number: 64/2008/NĐ-CP" (stages.own_code reads the number on it)
    r"|no\.?[ \t]*:|no\.[ \t]*(?=\d)|numbers?[ \t]*:)"
)


# The motto's end, then the number label, on one flattened line (shadow text).
_MOTTO_THEN_NUMBER = re.compile(r"hanh\s+phuc[ \t\-–_]*(?P<number>so\s*:)")
# A document site's number for a page of its preview, before the flattened header: "1. UBND …".
_PREVIEW_PAGE = re.compile(r"(?m)^[ \t]*\d{1,3}\.[ \t]+")
# Where a header's columns meet on one line: a table's bar, or the wide gap the motto leaves.
_HEADER_CELL_BREAK = re.compile(r"\||[ \t]{6,}")
# Dots where a template leaves a name to fill in ("XÃ ..........", "HUYỆN …").
_BLANK_NAME = re.compile(r"\.{3,}|…")
# An issuer's line is short ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU" is 43 characters);
# a longer line of capitals at the top is a title.
_HEADER_LINE_MAX = 60
# The subject line of a title in capitals, on a line of its own under the type word ("VỀ",
# "V/V", "VỀ VIỆC …").
_TITLE_SUBJECT = re.compile(r"(?:ve|v\s*/\s*v)(?![a-z])")
# A portal's section label in capitals above a post: "TIN HOẠT ĐỘNG", "TIN TỨC - SỰ KIỆN",
# "TIN TRONG TỈNH" (news, not a body).
_SECTION_LABEL = re.compile(r"tin(?:\s+[a-z]+){0,3}(?:\s*[-–]\s*su\s+kien)?$")
# A numbered section of the body in capitals ("I. MỤC TIÊU, YÊU CẦU", "II. NỘI DUNG"): the text
# has begun, no issuer's line.
_SECTION_HEADING = re.compile(r"(?:[IVX]{1,4}|\d{1,2})[ \t]*[.\-–)][ \t]*[A-ZĐÂĂÊÔƠƯ]")


def _flattened_under_title(shadow: str, title: re.Match[str], end: int) -> re.Match[str] | None:
    """A flattened header's motto and number below a document site's title that names the
    document by its type word and number ("Quyết định số 22/2011/QĐ-UBND ppsx / Tài liệu hạn
    chế xem trước … / ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI CỘNG HÒA … Hạnh phúc Số: 22/2011/QĐ-UBND
    Hà Nội, ngày …", 123docz.net): the title line is the site's, the header the document's.
    Only where the motto stands whole before the number: columns that interleave it ("CỘNG HÒA
    XÃ HỘI CHỦ NGHĨA VIỆT ỦY BAN NHÂN DÂN HUYỆN NAM CẦN GIỜ", tailieu.vn) leave no issuer's
    line to read."""
    line_end = shadow.find("\n", title.end())
    if line_end < 0 or line_end >= end:
        return None
    flat = _MOTTO_THEN_NUMBER.search(shadow, line_end, end)
    if flat is None or _WHOLE_MOTTO.search(shadow, line_end, flat.start()) is None:
        return None
    return flat


_WHOLE_MOTTO = re.compile(r"cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam")


def _header_lines(norm: NormalizedText, layout: Layout) -> list[str]:
    """The issuer's lines of the header, in capitals ("TỈNH ĐOÀN THANH HÓA", "BCH ĐOÀN
    HUYỆN", "THỌ XUÂN"), with the motto and the number beside them left out.

    With a number line ("Số: …"), the block of capitals right above it; without one, the
    capitals at the very top, before any running text. Empty without a header."""
    start = layout.body_start
    end = min(len(norm.text), start + _HEADER_SCAN)
    if layout.heading is not None:
        end = min(end, layout.heading[0])
    # a bare "Số: …" line is the number line; "Kế hoạch số 30-KH/ĐU ngày … về …" above the
    # header is the page's title, so a line led by a type word counts only when it is alone
    numbers = list(_NUMBER_LINE.finditer(norm.shadow, start, end))
    bare = [m for m in numbers if m.group("word") is None]
    number = bare[0] if bare else numbers[0] if numbers else None
    if number is None and layout.heading is not None and layout.heading[0] > end:
        # a legal site's lists of related documents above the header push it further down:
        # its bare number line, just above the heading, still marks it
        late = _NUMBER_LINE.search(norm.shadow, max(end, layout.heading[0] - _HEADER_SCAN),
                                   layout.heading[0])  # fmt: skip
        if late is not None and late.group("word") is None:
            number, end = late, layout.heading[0]
    elif number is None and layout.heading is None and RELATED_ITEM.match(norm.text, start):
        # the same lists above a header whose heading the site dropped ("- 1Luật tổ chức chính
        # quyền địa phương 2015 … / HỘI ĐỒNG NHÂN DÂN | … / Số: 03/2023/NQ-HĐND | Kiên Giang,
        # ngày …"): the first bare number line below them
        late = _NUMBER_LINE.search(norm.shadow, end, min(len(norm.text), start + _LISTED_SCAN))
        if late is not None and late.group("word") is None:
            number, end = late, late.start()
    flat = None if number is not None else _MOTTO_THEN_NUMBER.search(norm.shadow, start, end)
    if flat is None and number is not None and number.group("word") is not None:
        flat = _flattened_under_title(norm.shadow, number, end)
        number = number if flat is None else None
    if number is not None:
        end = number.start()  # the issuer's column stands above the number
    elif flat is not None:
        # a header flattened into one line under a site's lines ("Xem mẫu / 1. UBND TỈNH NINH
        # THUẬN CỘNG HÒA … SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số : 2917
        # /SGDĐT-VP …"): its number stands right after the motto, mid-line
        number, end = flat, flat.start("number")
    kept = list(norm.text[start:end])
    noise = [_HEADER_NOISE] + ([_PREVIEW_PAGE] if flat is not None else [])
    for pattern in noise:  # (the motto may span two lines)
        for m in pattern.finditer(norm.shadow, start, end):
            kept[m.start() - start : m.end() - start] = " " * (m.end() - m.start())
    block: list[str] = []
    titled = False
    for line in "".join(kept).split("\n"):
        # tables of reposts: "ỦY BAN NHÂN DÂN | …"; a header flattened into one line, its
        # columns where the motto and the place-date stood: "UBND HUYỆN THÁI THỤY PHÒNG GIÁO
        # DỤC & ĐÀO TẠO ------ <motto> Thụy Dương, ngày …"
        for cell in _HEADER_CELL_BREAK.split(line):
            clean = " ".join(cell.split()).strip(" -*_–!()[]")
            letters = [c for c in clean if c.isalpha()]
            if len(clean) > _HEADER_LINE_MAX and number is None:
                return block  # a title in capitals ("ĐỀ CƯƠNG TUYÊN TRUYỀN … CẤP XÃ …")
            # ("XÃ ..........": a template's unit with its name left blank)
            blank = len(letters) >= 2 and _BLANK_NAME.search(clean) is not None
            if number is None and _SECTION_HEADING.match(clean):
                return block  # "I. MỤC TIÊU, YÊU CẦU": the body's first section, no header
            if (len(letters) >= 2 or blank) and all(c.isupper() for c in letters):
                if TYPE_WORD_START.match(shadow_of(clean)):
                    block = []  # "KẾ HOẠCH TỔ CHỨC LỄ HỘI …": a page's title, no issuer
                    titled = True
                    continue
                if titled and not block and _TITLE_SUBJECT.match(shadow_of(clean)):
                    continue  # "NGHỊ QUYẾT LIÊN TỊCH / VỀ / CÔNG TÁC …": the title runs on
                if not block and _SECTION_LABEL.match(shadow_of(clean)):
                    continue  # "TIN HOẠT ĐỘNG / Chương trình hoạt động …": the site's section
                block.append(clean)
            elif letters and number is None:
                return block  # running text: the header, if any, has ended
            elif letters:
                block = []  # a page title above the header: start again
    return block


_ABOVE_HEADING_LINES = 8


def _header_above_heading(norm: NormalizedText, layout: Layout) -> list[str]:
    """The issuer's lines right above a heading, in a text whose header has no number line
    and stands under a site's running text ("Tải bản đầy đủ … / ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW
    / * / ĐẢNG CỘNG SẢN VIỆT NAM / Hà Nội, ngày 08 tháng 01 năm 2021 / BÁO CÁO"): read up
    from the heading over the motto, the place-date line and rules, to running text."""
    if layout.heading is None:
        return []
    text, shadow = norm.text, norm.shadow
    block: list[str] = []
    end = text.rfind("\n", layout.body_start, layout.heading[0])
    for _ in range(_ABOVE_HEADING_LINES):
        if end < layout.body_start:
            break
        start = text.rfind("\n", layout.body_start, end) + 1
        line = text[start:end]
        end = start - 1
        if _HEADER_NOISE.search(shadow, start, start + len(line)):
            # the motto, the Party's name, the place-date line; the issuer's cell beside them
            # where the two columns share the line ("HUYỆN BÁ THƯỚC    Độc lập - Tự do - …")
            line = _beside_noise(line, shadow[start : start + len(line)])
        clean = " ".join(line.split()).strip(" -*_–!()[]|")
        if not clean:
            continue
        letters = [c for c in clean if c.isalpha()]
        if len(letters) < 3 or not all(c.isupper() for c in letters):
            break
        if len(clean) > _HEADER_LINE_MAX or TYPE_WORD_START.match(shadow_of(clean)):
            break
        block.insert(0, clean)
    return block


def _beside_noise(line: str, shadow: str) -> str:
    """`line` with the motto, the Party's name, the number and the place-date line blanked:
    the issuer's cell in capitals a two-column header prints beside them, or nothing (a
    place's name left of the date is no cell: "Hạnh phúcThuỷ Vân, ngày 01 tháng 5 …")."""
    kept = list(line)
    for m in _HEADER_NOISE.finditer(shadow):
        kept[m.start() : m.end()] = " " * (m.end() - m.start())
    rest = "".join(kept)
    return "" if any(c.islower() for c in rest) else rest


@functools.lru_cache(maxsize=1024)  # a body prints the same header on all its texts
def _header_issuer(lines: tuple[str, ...]) -> tuple[Level, Place]:
    """The level and place of the header's body. A header names the superior body above the
    issuer ("TỈNH ĐOÀN THANH HÓA" over "BCH ĐOÀN HUYỆN THỌ XUÂN") or one body over two lines
    ("ỦY BAN NHÂN DÂN" over "TỈNH NGHỆ AN"): the most local level read from a line, from two
    neighbouring lines or from all of them is the issuer's; higher places fill in its place."""
    readings = [body_level(line) for line in lines]
    readings += [body_level(f"{a} {b}") for a, b in zip(lines, lines[1:], strict=False)]
    readings.append(body_level(" ".join(lines)))
    known = [(lvl, name) for lvl, name in readings if lvl is not Level.UNKNOWN]
    if not known:
        return Level.UNKNOWN, Place()
    level = max((lvl for lvl, _ in known), key=LEVEL_RANK.__getitem__)
    names: dict[Level, str] = {}
    for lvl, name in known:
        if name and lvl not in names:
            names[lvl] = name
    for unit, place_name in places_in(" ".join(lines)):  # a superior body on the issuer's line
        names.setdefault(unit, place_name)
    for line in lines:  # "UBND XÃ PHÚ MẬU": a unit the dataset no longer holds, in capitals
        unknown = header_line_place(line)
        if unknown is not None:
            names.setdefault(*unknown)
    place = Place(names.get(Level.PROVINCE), names.get(Level.DISTRICT), names.get(Level.COMMUNE))
    return level, place.down_to(level)


# A header run into one line: the motto or the Party's name in the middle of a line at the top,
# with the issuer's column before it ("ỦY BAN BẦU CỬ XÃ PHỐ BẢNG TIỂU BAN THÔNG TIN, TUYÊN
# TRUYỀN, KHÁNH TIẾT Số: 01/KH-TBTTKT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - …", a
# PDF's text layer or a page copied cell by cell; shadow text).
_JOINED_MOTTO = re.compile(
    r"[ \t](?:cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam|dang\s+cong\s+san\s+viet\s+nam)"
    r"(?![a-z])"
)
# The number label between the issuer's column and the motto: "Số: 01/KH-TBTTKT", "Số
# /NQ-HĐND" (a draft's blank number), "Luật số: 69/2020/QH14" (shadow text).
_JOINED_NUMBER = re.compile(rf"(?<![a-z])(?:(?:{TYPE_WORD_ALT})\s+)?so(?:\s*[:/\-\d]|[ \t]{{2}})")
# What stands between the issuer's name and the motto: rules, a star, a table's bar.
_JOINED_RULES = " \t-–_*|"


def _joined_header(norm: NormalizedText, layout: Layout) -> list[str]:
    """The issuer's line of a header run into one line, the capitals right before the motto
    (or the number label before it), back to the first word in small letters: "… Tình trạng:
    Đã biết ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- CỘNG HÒA XÃ HỘI …" gives "ỦY BAN NHÂN DÂN TỈNH
    SƠN LA" (a legal site's facts above a flattened header). Empty where no such line names a
    body of a known level."""
    start = layout.body_start
    end = min(len(norm.text), start + _HEADER_SCAN)
    if layout.heading is not None:
        end = min(end, layout.heading[0])
    motto = _JOINED_MOTTO.search(norm.shadow, start, end)
    if motto is None:
        return []
    line_start = norm.text.rfind("\n", start, motto.start()) + 1
    before = norm.text[max(line_start, start) : motto.start()]
    numbers = list(_JOINED_NUMBER.finditer(shadow_of(before)))
    if numbers:
        before = before[: numbers[-1].start()]
    words: list[str] = []
    for word in reversed(before.rstrip(_JOINED_RULES).split()):
        if any(c.islower() for c in word):
            break
        words.insert(0, word)
    while words and not any(c.isalpha() for c in words[0]):
        words.pop(0)  # a date, a time or a page count before the capitals
    issuer = " ".join(words).rstrip(_JOINED_RULES)
    if sum(c.isalpha() for c in issuer) < 3 or body_level(issuer)[0] is Level.UNKNOWN:
        return []
    return [issuer]
