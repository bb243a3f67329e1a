"""The date of a document's header: its place-date line, a header that lost that line's
shape, an English translation's header, and a legal site's row of the date of issue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ingest.codes import Level
from ingest.context import MONTH_NAME, parse_date
from ingest.gazetteer import known_name_at
from ingest.text import NormalizedText

# "Bắc Giang, ngày 08 tháng 12 năm 2020" (shadow text, so tone marks do not matter)
# (also after a wide gap on the number's line: "Số: 225-KH/TWĐTN      Hà Nội, ngày …"); the
# place starts right after the blanks, so a long run of blanks is tried once, not per blank.
# (Not a citation's code and date: "Thực hiện Công văn số 49/UBND-VHTT, ngày 12/8/2021".)
# A header flattened into one line puts the place right after the number ("Số: 94 /BC-UBND
# Hội An, ngày 28 tháng 7 năm 2015"), a Party number too, in a repost's table row ("Số:
# 30-HD/BTGTW | Hà Nội, ngày 22 tháng 11 năm 2021 |"). A place has no slash or bracket: "giao
# (Kế hoạch số 07-KH/TW, ngày 17/8/2022)" on a line's start cites a plan.
_PLACE_DATE_LINE = re.compile(
    r"(?m)(?:^[ \t]*+|[ \t]{3}|(?<![a-z])so\s*:\s*\d+[a-z]?\s*[/\-–]\s*[^\s,]+[ \t]+"
    # (a number line that opens its line, the gap between its cells collapsed as a web page
    # shows it: "Số 15 – KH/ ĐT Phước Long, ngày 24 tháng 02 năm 2018", a draft's blank "Số
    # /KH-CB Sơn Phú, ngày 10 tháng 01 năm 2021", thptphuoclong's and mnsonphu's pages)
    r"|^[ \t|]*so[ \t]*:?[ \t]*(?:\d+[a-z]?)?(?:[ \t]*[/\-–][ \t]*[^\s,]+)+[ \t]+)(?![ \t])"
    r"(?!(?:thuc\s+hien|can\s+cu|theo)\s)([^\n,/()]{2,40}),\s*ngay(?:\s+|(?=\d))"
)  # (the day may be glued to "ngày": "Ba Đồn, ngày02 tháng 3  năm 2022")
# What every `_PLACE_DATE_LINE` match holds, found by a fast scan for its comma: a header with
# none is not tried at each of its characters.
_PLACE_DATE_COMMA = re.compile(r",\s*ngay(?:\s|\d)")


def _place_date_lines(shadow: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`_PLACE_DATE_LINE.finditer(shadow, start, end)`, the pattern tried only just before
    each ", ngày" (`_PLACE_DATE_COMMA`, found by its comma) instead of at every character.

    A match holds no comma but its last (no part of it takes one), so it starts after the
    comma before that one and ends at the first ", ngày" after its start: every match that
    starts between the two commas ends at that ", ngày", found by a search cut off there and
    matched again where it starts, to take its end as the whole text gives it.
    """
    pos = start
    while (comma := _PLACE_DATE_COMMA.search(shadow, pos, end)) is not None:
        after = max(pos, shadow.rfind(",", pos, comma.start()) + 1)
        cut = _PLACE_DATE_LINE.search(shadow, after, comma.end())
        if cut is None:
            pos = comma.start() + 1  # (a match that starts before this comma ends at it)
            continue
        m = _PLACE_DATE_LINE.match(shadow, cut.start(), end)
        assert m is not None  # (the same start, the text going on)
        yield m
        pos = m.end()
# A legal site's row of the date of issue: "Ngày ban hành: | 28/11/2016 |", "• Ngày ban hành:
# 22-11-2006", "Ngày ban hành:19/06/2025Ngày hết hiệu lực: …" (shadow text).
# (A site may explain the row on a line between: "Ngày ban hành:\nNgày ban hành là ngày, tháng,
# năm văn bản được thông qua hoặc ký ban hành.\n09/12/2025".)
# (the national legal database's entry shortens it: "Thông tư liên tịch 31/2012/TTLT-BCT-BKHĐT
# / … / Ban hành:10/10/2012 / Hiệu lực:26/11/2012", vbpl.vn; the colon then required)
_ISSUED_ROW = re.compile(
    r"(?m)^[ \t|•*\-]*(?:ngay ban hanh[ \t]*[:|]?|ban hanh[ \t]*:)[ \t|]*"
    r"(?:\n[ \t]*ngay ban hanh la [^\n]{0,120}\n[ \t|]*)?(?=\d)"
)


# A header's number cell and a date cell without a place: "Số: 65/1999/QĐ-UB | ngày 29 tháng
# 06 năm 1999 |"; a telegram's number line gives its hour before the day: "Số: 02/CĐ-TW hồi
# 10 giờ 00 ngày 01/02/2014", "Số: 05/CĐ-TW | Hồi 18 giờ 00 ngày 15 tháng 07 năm 2014 |"
# (shadow text).
_SENT_AT = r"hoi[ \t]+\d{1,2}[ \t]*(?:gio|h)(?:[ \t]*\d{1,2}(?:[ \t]*phut)?)?[ \t|]*"
_NUMBER_CELL_DATE = re.compile(
    rf"(?m)^[ \t|]*so\s*:?[ \t]*(?:[^\n|]{{1,40}}\|[ \t]*(?:{_SENT_AT})?"
    rf"|[^\n|]{{1,40}}?[ \t]{_SENT_AT})ngay\s+(?=\d)"
)
# A date written out in words after a comma, as a header's place-date line has it ("…, ngày
# 29 tháng 10 năm 2013"), not a citation's "ngày 22/02/2013".
WORDED_DATE = re.compile(r",[ \t]*ngay\s+(?=\d{1,2}\s+thang(?:\s|\d))")
_HEADER_DATE_SCAN = 600
# A header's number label, then the place of the place-date line, on one flattened line.
_NUMBER_LABEL_BEFORE = re.compile(r"(?<![a-z])so\s*:\s*[^\s,]+[ \t.]+[^\n,:;]{2,30}$")
_NUMBERED_REACH = 60
# The motto's end, then the place of the place-date line, on one flattened line.
_MOTTO_BEFORE = re.compile(r"(?<![a-z])hanh\s+phuc[\s\-–_]*(?:[^\s,]+[ \t]+){0,3}[^\s,]+$")
# … or the Party's heading, in capitals, where a Party header was flattened: "ĐẢNG ỦY XÃ LA BẰNG *
# Số 09 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày 24 tháng 11 năm 2020 KẾ HOẠCH …"
# (123docz.net, retired blind batch w; "… * Số 93 KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Quảng ngãi, ngày
# 01 tháng 4 năm 2022 …", a provincial plan's copy)
_PARTY_HEADING_BEFORE = re.compile(
    r"(?<![a-z])dang\s+cong\s+san\s+viet\s+nam[ \t]+(?:[^\s,]+[ \t]+){0,3}[^\s,]+$"
)
_PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
_PROVINCE_WORDS = 4  # words a province's name may have before the comma ("Bà Rịa - Vũng Tàu")
# A place-date line that lost its comma, alone on its line and written out in full: "Thanh Bình
# Thịnh ngày 24 tháng 4 năm 2023" (a commune Party committee's letter on its portal).
_PLACE_DATE_NO_COMMA = re.compile(
    r"(?m)^[ \t]*(?P<place>[^\n,/()|:;.\d]{2,40}?)[ \t]+ngay[ \t]*"
    r"(?=\d{1,2}[ \t]+thang[ \t]+\d{1,2}[ \t]+nam[ \t]+\d{4}[ \t.]*$)"
)


def _header_date(norm: NormalizedText, start: int) -> tuple[date, int | None] | None:
    """The date of a header that lost its place-date line's shape, and where its place
    starts (None when it names none)."""
    text, shadow = norm.text, norm.shadow
    end = min(len(text), start + _HEADER_DATE_SCAN)
    cell = _NUMBER_CELL_DATE.search(shadow, start, end)
    if cell is not None and (parsed := parse_date(shadow, cell.end())):
        return parsed[0], None
    for m in WORDED_DATE.finditer(shadow, start, end):
        parsed = parse_date(shadow, m.end())
        if parsed is None:
            continue
        words = list(re.finditer(r"\S+", text[max(start, m.start() - 40) : m.start()]))
        base = max(start, m.start() - 40)
        for w in words[-_PROVINCE_WORDS:]:
            named = known_name_at(text, base + w.start(), Level.PROVINCE)
            if named is not None and named[1] == m.start():
                return parsed[0], base + w.start()  # "… HỒ CHÍ MINH Hà Nội, ngày …"
        if _MOTTO_BEFORE.search(shadow, max(start, m.start() - _NUMBERED_REACH), m.start()):
            # "… Độc lập - Tự do - Hạnh phúc Thụy Dương, ngày 07 tháng 12 năm2010 …": the place
            # right after the motto, whatever unit it names
            return parsed[0], None
        if (heading := _PARTY_HEADING_BEFORE.search(
            shadow, max(start, m.start() - _NUMBERED_REACH), m.start()
        )) is not None and text.startswith(_PARTY_HEADING, heading.start()):
            return parsed[0], None  # (the place right after the Party's heading)
        if _NUMBER_LABEL_BEFORE.search(shadow, max(start, m.start() - _NUMBERED_REACH), m.start()):
            # "… HĐĐ XÃ ĐIỆN TIẾN Số: ...../KH- HĐĐ. Điện Tiến, ngày 20 tháng 1 năm 2013.": the
            # place right after the header's number, whatever unit it names
            return parsed[0], None
    for m in _PLACE_DATE_NO_COMMA.finditer(shadow, start, end):
        place = text[m.start("place") : m.end("place")].split()
        if all(w[:1].isupper() for w in place) and (parsed := parse_date(shadow, m.end())):
            return parsed[0], None  # a place's name, each word capitalised
    return None


# An English translation's place-date line, alone on its line or in its table cell: "Hanoi,
# September 18, 2002" (hethongphapluat.com), "Ha Noi , October 12, 2000" (vbpl.vn), "Hanoi,
# April\n29th 2011" (thuvienphapluat.vn), "Nationwide, January 22, 2013" (global-regulation.com),
# "Hanoi, day 05 month 02 year 2008" (asianlii.org), or the date alone after the number's cell
# ("No: 74/TB-UBND      April 15, 2020", en.binhthuan.gov.vn). Only on a page whose header is
# English: the motto ("Independence - Freedom - Happiness", or the State's name above it, where a
# site dropped the motto: "| Hanoi, May 25, 2024 |", english.luatvietnam.vn) comes first.
_ENGLISH_MOTTO_WORDS = (
    r"socialist\s+republic\s+of\s+viet\s*nam|independence\s*[-–]\s*freedom\s*[-–]\s*happiness"
)
# (a Party document's header prints the Party's name where a State one prints the motto,
# alone in its cell: "CENTRAL\nEXECUTIVE COMMITTEE |\nCOMMUNIST\nPARTY OF VIETNAM |\nNo.
# 18-NQ/TW |\nHanoi, October 25, 2017 |", vanban123.vn's translation of Resolution 18-NQ/TW)
_ENGLISH_MOTTO = re.compile(
    rf"(?m){_ENGLISH_MOTTO_WORDS}|^[ \t|]*communist\s+party\s+of\s+viet\s*nam[ \t|]*$"
)
_ENGLISH_PLACE_DATE = re.compile(
    # (or run on after the motto, where a site flattened the header's cells into one line:
    # "SOCIALIST REPUBLIC OF VIET NAM Independence - Freedom - Happiness Ha Noi , January 10,
    # 2004 |", global-regulation.com; or after the motto's rule: "… Happiness ---------------
    # Hanoi, March 10, 2020 |", english.luatvietnam.vn)
    r"(?m)(?:^|\||[ \t]{4,}|(?<=happiness)|(?<=---))[ \t]*(?:[a-z][a-z.’' ]{1,24}?[ \t]*,[ \t]*)?"
    rf"(?=(?:{MONTH_NAME})\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAME})(?![a-z])|day\s+\d)"
)
_ENGLISH_DATE_END = re.compile(r"[ \t.|]*(?:\n|$)")
# The place-date after the number on its line, one space between: "No: 71/2017/ND-CP Hanoi,
# June 6th, 2017" (scribd.com, a decree's copy whose header's cells ran together).
_ENGLISH_NUMBER_LINE_DATE = re.compile(
    r"(?m)^[ \t|]*(?:no|number)\.?[ \t]*:?[ \t]*\d[^\s|]*[ \t]+"
    # (or no place: "No: 74/TB-UBND April 15, 2020", en.binhthuan.gov.vn's cells run together)
    r"(?:[a-z][a-z.’' ]{1,24}?[ \t]*,[ \t]*)?"
    rf"(?=(?:{MONTH_NAME})\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAME})(?![a-z]))"
)
_ENGLISH_HEADER_SCAN = 1500


# An English legal site's facts row: "Issuing date:14/09/2023" (english.luatvietnam.vn).
_ENGLISH_ISSUED_ROW = re.compile(r"(?m)^[ \t|•*\-]*issuing\s+date[ \t]*[:|]?[ \t|]*(?=\d)")


def _english_header_date(shadow: str, start: int) -> date | None:
    """The date of an English translation's header (`_ENGLISH_PLACE_DATE`, or
    `_ENGLISH_NUMBER_LINE_DATE`) or of its site's facts row (`_ENGLISH_ISSUED_ROW`), or None."""
    end = min(len(shadow), start + _ENGLISH_HEADER_SCAN)
    if "issuing date" in shadow[start:end] and (
        row := _ENGLISH_ISSUED_ROW.search(shadow, start, end)
    ) is not None and (parsed := parse_date(shadow, row.end())) is not None:
        return parsed[0]
    motto = _ENGLISH_MOTTO.search(shadow, start, end)
    if motto is None:
        return None
    # the place-date on its own line first, then one run on after the number
    for place_date in (_ENGLISH_PLACE_DATE, _ENGLISH_NUMBER_LINE_DATE):
        for m in place_date.finditer(shadow, motto.end(), end):
            parsed = parse_date(shadow, m.end())
            if parsed is not None and _ENGLISH_DATE_END.match(shadow, parsed[1]):
                return parsed[0]
    return None


# A row of the national legal database's history of a document: "30/01/1988 Văn bản được
# ban hành 8/HĐBT" (its other rows date its taking effect, amendments and repeal).
_HISTORY_ISSUED_ROW = re.compile(
    r"(?m)^[ \t|]*(?=\d{1,2}/\d{1,2}/\d{4}[ \t|]+van ban duoc ban hanh\b)"
)


def _history_issued_date(shadow: str, end: int) -> date | None:
    """The date of the one history row that says the document was issued, if there is one."""
    return _one_row_date(shadow, end, "van ban duoc ban hanh", _HISTORY_ISSUED_ROW)


def _issued_row_date(shadow: str, end: int) -> date | None:
    """The date the facts rows before `end` give, when they give one only (a site's list of
    several documents gives several: no one of them is the page's)."""
    needle = "ngay ban hanh" if shadow.find("ban hanh:", 0, end) < 0 else "ban hanh:"
    return _one_row_date(shadow, end, needle, _ISSUED_ROW)


def _one_row_date(shadow: str, end: int, needle: str, row: re.Pattern[str]) -> date | None:
    """The one date the `row`s before `end` give (each row holds `needle`: a fast scan first),
    or None when they give none or several."""
    if shadow.find(needle, 0, end) < 0:
        return None
    found = set()
    for m in row.finditer(shadow, 0, end):
        parsed = parse_date(shadow, m.end())
        if parsed is not None:
            found.add(parsed[0])
    return found.pop() if len(found) == 1 else None
