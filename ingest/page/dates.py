"""Date a report's act from its lead: the date the lead states, the page's own date line, a
sentence's "ngày …", the same day, or the lunar Tết a page names."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from ingest.context import MONTH_NAME, month_number, parse_date
from ingest.find import TYPE_WORD_ALT
from ingest.page.common import (
    _DAY,
    _SENTENCE_SCAN,
    _sentence_end,
)


def _lead_date(shadow: str, start: int, act: int) -> date | None:
    """The full date written last before the act in the lead ("Ngày 19-2-2022, Ban Thường vụ
    …"); the last, as an earlier one may date a document the lead cites ("sau khi tổng kết
    Chỉ thị số 35-CT/TW, ngày 30/5/2019 …, ngày 14/6/2024 vừa qua, Bộ Chính trị đã ban hành")."""
    found = None
    for m in _DAY.finditer(shadow, start, act):
        if _cited_date(shadow, start, m):
            continue  # "Thực hiện Chỉ thị số 35/CT-TTg ngày 1/9/2020 …, UBND tỉnh đã ban hành"
        parsed = parse_date(shadow, m.end())
        if parsed is not None and parsed[1] <= act:
            found = parsed[0]
    return found or _dated_by_page(shadow, start, act)


def _cited_date(shadow: str, start: int, day: re.Match[str]) -> bool:
    """Whether the "ngày" at `day` dates a document cited right before it ("Chỉ thị số
    45-CT/TW, ngày 14/4/2025", "hướng dẫn số 02 ngày 30/10/2015"), not the lead's act."""
    before = max(start, day.start() - _CITED_SCAN)
    return _CITED_BEFORE.search(shadow, before, day.end()) is not None


# A news lead's day and month without a year: "Ngày 20/9, Thủ tướng Chính phủ ban hành …".
_DAY_MONTH = re.compile(r"(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?!\s*[/\-.]?\s*\d)")
# An English lead's: "On October 10, Prime Minister Pham Minh Chinh signed Decision
# No.1166/QD-TTg" under the item's " date 2023-10-10" (en.sggp.org.vn), "on Jan. 5" (shadow).
_ENGLISH_DAY_MONTH = re.compile(
    rf"({MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?![\d\-/])(?!\s*,?\s*\d{{4}})"
)


class _DayMonth(NamedTuple):
    """A lead's day and month without a year, and where they are written."""

    day: int
    month: int
    at: int
    english: bool = False  # written "October 10": an English item's later dates are too


def _day_month_at(shadow: str, pos: int) -> _DayMonth | None:
    """The day and month written at `pos` ("20/9", "October 10"), if any."""
    m = _DAY_MONTH.match(shadow, pos)
    if m is not None:
        return _DayMonth(int(m.group(1)), int(m.group(2)), m.start())
    m = _ENGLISH_DAY_MONTH.match(shadow, pos)
    month = month_number(m.group(1)) if m is not None else None
    return _DayMonth(int(m.group(2)), month, m.start(), True) if m is not None and month else None


# An English full date: "November 27, 2025" (shadow text).
_ENGLISH_FULL_DATE = re.compile(
    rf"(?<![a-z])({MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+((?:19|20)\d\d)(?!\d)"
)
# The page's own date above its lead: "(21/09/2011)", "10:48, 21/07/2018", "cms-publish-date
# 10/11/2019".
_PAGE_DATE = re.compile(
    r"(?<![\d/.\-])(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*((?:19|20)\d\d)(?!\d)"
)
_PAGE_DATE_SCAN = 600
# A stored page's own date line above its text, ISO-written: " date 2025-12-26 HĐND phường …",
# or to the month only: " date 2024-06 Xây dựng Đảng …".
_ISO_PAGE_DATE = re.compile(
    r"(?<![a-z])date[ \t]+((?:19|20)\d\d)-(\d{2})(?:-(\d{2}))?(?![\d\-])"
)


# The item's date stamp in parentheses opening the lead's own line: "(16/07/2014)Chiều …".
_STAMP_OPENS = re.compile(
    r"[ \t]*\((\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*((?:19|20)\d\d)\)"
)
# A session named by its year, right after the words that hold it: "… tổ chức Kỳ họp thường lệ
# cuối năm 2025" (not a later clause's "6 tháng cuối năm 2025").
_NAMED_YEAR = re.compile(r"[^.;,:\n]{0,30}?(?<![a-z])nam\s+((?:19|20)\d\d)(?!\d)")


def _dated_by_named_year(shadow: str, start: int, act: int, name_at: int) -> date | None:
    """A lead's "Chiều 24/12" dated by the year the session's own name gives ("Chiều 24/12,
    HĐND xã Đồng Lương … tổ chức Kỳ họp thường lệ cuối năm 2025", dongluong.thanhhoa.gov.vn).
    None where the name carries no year or the lead no day."""
    year = _NAMED_YEAR.match(shadow, name_at)
    if year is None:
        return None
    day_month = None
    for m in _DAY.finditer(shadow, start, act):
        if not _cited_date(shadow, start, m):
            day_month = _day_month_at(shadow, m.end()) or day_month
    if day_month is None or day_month.english:
        return None
    try:
        return date(int(year.group(1)), day_month.month, day_month.day)
    except ValueError:
        return None


def _dated_by_page(shadow: str, start: int, act: int) -> date | None:
    """A lead's "Ngày 20/9" dated by the page it stands on: the year is the page's own date's,
    or the one before when the day comes later in the year than the page ("Ngày 20/9, Thủ
    tướng … ban hành" under "(21/09/2011)": 2011-09-20). None without a page date above."""
    day_month = None
    for m in _DAY.finditer(shadow, start, act):
        if not _cited_date(shadow, start, m):
            day_month = _day_month_at(shadow, m.end()) or day_month
    if day_month is None:
        return None
    return _dated_day_month(shadow, start, act, day_month)


def _dated_day_month(shadow: str, start: int, act: int, day_month: _DayMonth) -> date | None:
    """The year of a lead's day and month (`_dated_by_page`), from the page's date above the
    lead (`start`), else from the sentence of the act, a later date of the same day, a Tết the
    sentence names, or the item's stamp printed elsewhere (`_dated_by_stamp`)."""
    pages = [p for p in _PAGE_DATE.finditer(shadow, max(0, start - _PAGE_DATE_SCAN), start)
             if not _RANGE_NEXT.match(shadow, p.end())]  # not a headline's "(11/6/1948-…)"
    if not pages and (opening := _STAMP_OPENS.match(shadow, start)) is not None:
        # the item's stamp glued before its lead on one line: "(16/07/2014)Chiều ngày 16/7, …
        # các đại biểu Hội đồng nhân dân tỉnh … biểu quyết thông qua 5 Nghị quyết" (hoabinh.gov.vn)
        pages = [opening]
    if not pages:
        # a listing's post stamp on its own line right under the lead: "Ngày 13/9, UBND Thành
        # phố Hồ Chí Minh đã có văn bản gửi … \n13/09/2024 15:23"
        stamp = _STAMP.search(shadow, act, min(len(shadow), act + _SENTENCE_SCAN))
        if stamp is not None and shadow.count("\n", act, stamp.start()) == 1:
            pages = [stamp]
    # (the ISO line may open the lead's own line: " date 2025-08-12 (GLO)-Ngày 11-8, …")
    iso = None if pages else _ISO_PAGE_DATE.search(shadow, max(0, start - _PAGE_DATE_SCAN),
                                                   day_month.at)  # fmt: skip
    if not pages and iso is None:
        return (_dated_by_sentence(shadow, act, day_month)
                or _dated_by_same_day(shadow, act, day_month)
                or _dated_by_lunar_tet(shadow, act, day_month)
                or _dated_by_stamp(shadow, act, day_month))  # fmt: skip
    try:
        # (a stored page's ISO date line: " date 2025-12-26 …\nNgày 26/12, HĐND phường …"; one
        # to the month, " date 2024-06 … Sáng 26/6, …", stands for the month's last day)
        page = (date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3) or 1)) if iso
                else date(int(pages[-1].group(3)), int(pages[-1].group(2)),
                          int(pages[-1].group(1))))  # fmt: skip
        page_day = page.day if iso is None or iso.group(3) else 31
        day, month = day_month.day, day_month.month
        year = page.year if (month, day) <= (page.month, page_day) else page.year - 1
        return date(year, month, day)
    except ValueError:
        return None


# A document cited right before a date: the date is that document's ("Nghị quyết số
# 18-NQ/TW ngày 25/10/2017", "Chỉ thị 16 ngày 31/3/2020").
_CITED_BEFORE = re.compile(
    rf"(?:\d\s*[-/]\s*[a-z]|(?<![a-z])(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?\d)[^\s,;]*"
    r"\s*,?\s*(?:ngay\s*)?$"
)
_CITED_SCAN = 80
# The lunar new year of a year, which falls in January or February: "tổ chức Tết Bính Ngọ năm
# 2026", "Tết Nguyên đán Giáp Thìn năm 2024".
_TET_OF = re.compile(
    r"(?<![a-z])tet(?![a-z])(?P<season>\s+trung\s+thu|\s+duong\s+lich)?"
    r"(?:[^.;\n]{0,40}?(?<![a-z])nam\s+"
    # ("Tết Nguyên đán 2021", "Tết Nguyên đán Giáp Thìn 2024" too)
    r"|\s+nguyen\s+dan(?:\s+[a-z]{2,5}\s+[a-z]{2,5})?"
    # ("Tết Nguyên đán Nhâm Dần và Lễ hội xuân 2022": the spring festivals of the same days)
    r"(?:\s+va\s+(?:mua\s+)?le\s+hoi\s+xuan)?\s+)(?P<tet>(?:19|20)\d\d)(?!\d)"
)
# When a Tết of a year falls, as (month, day): the lunar new year about 1 February; the
# mid-autumn festival ("Tết Trung thu năm 2022") about mid-September; the solar new year
# ("Tết Dương lịch 2024") on 1 January.
_TET_DAY = {None: (2, 1), "trung thu": (9, 15), "duong lich": (1, 1)}
_NEAR_DAYS = 183
# A date that opens a span of dates: "(11/6/1948 - 11/6/2018)", "19/5/1890-19/5/2025".
_RANGE_NEXT = re.compile(r"\s*[-–]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})(?!\d)")


def _dated_by_sentence(shadow: str, act: int, day_month: _DayMonth) -> date | None:
    """A lead's "Ngày 11/11" dated by a full date its own sentence gives after the act, not a
    cited document's ("…, thời gian thực hiện thí điểm diễn ra từ ngày 15/11/2025"): the
    year that puts the day nearest that date, within half a year. None otherwise."""
    end = _sentence_end(shadow, act, min(len(shadow), act + _SENTENCE_SCAN))
    if not _PAGE_DATE.search(shadow, act, end) and not _TET_OF.search(shadow, act, end):
        # the lead's next sentence on its line may give the year: "Ngày 15-2, UBND tỉnh đã ban
        # hành văn bản số 558 …. Để bảo đảm … sau kỳ nghỉ Tết Nguyên đán 2021, …"
        line_end = shadow.find("\n", act)
        line_end = line_end if line_end >= 0 else len(shadow)
        end = max(end, min(len(shadow), act + _SENTENCE_SCAN, line_end))
    anchors = sorted([*_PAGE_DATE.finditer(shadow, act, end), *_TET_OF.finditer(shadow, act, end)],
                     key=lambda m: m.start())  # fmt: skip
    for m in anchors:
        if m.re is not _TET_OF and (span := _RANGE_NEXT.match(shadow, m.end())):
            m = span  # "(11/6/1948-11/6/2018)": an anniversary's last day, not its first
        if m.re is not _TET_OF and _CITED_BEFORE.search(shadow, max(act, m.start() - _CITED_SCAN),
                                                        m.start()):  # fmt: skip
            continue  # "Nghị quyết số 18-NQ/TW ngày 25/10/2017": the cited one's
        try:
            near = (_tet_day(m) if m.re is _TET_OF  # about when that Tết falls
                    else date(int(m.group(3)), int(m.group(2)), int(m.group(1))))  # fmt: skip
            day, month = day_month.day, day_month.month
            best = min(
                (date(y, month, day) for y in (near.year - 1, near.year, near.year + 1)),
                key=lambda d: abs((d - near).days),
            )
        except ValueError:
            return None
        return best if abs((best - near).days) <= _NEAR_DAYS else None
    return None


_SAME_DAY_SCAN = 1500  # the item's next paragraphs


def _dated_by_same_day(shadow: str, act: int, day_month: _DayMonth) -> date | None:
    """A lead's "Ngày 31/10" dated by a later full date of the same day and month, where the
    item quotes the document ("Ngày 31/10, … ký ban hành Kết luận … (Kết luận số 201-KL/TW).
    … Kết luận nêu: Tại phiên họp ngày 31/10/2025, …"): that date's year. None where no
    later date has the day and month, or two give different years."""
    day, month = day_month.day, day_month.month
    end = min(len(shadow), act + _SAME_DAY_SCAN)
    years = {
        int(m.group(3))
        for m in _PAGE_DATE.finditer(shadow, act, end)
        if (int(m.group(1)), int(m.group(2))) == (day, month)
    }
    if day_month.english:
        # "On November 27, the Chairman … issued a Decision …" and later "… starts from November
        # 27, 2025" (news.laodong.vn)
        years |= {
            int(m.group(3))
            for m in _ENGLISH_FULL_DATE.finditer(shadow, act, end)
            if (int(m.group(2)), month_number(m.group(1))) == (day, month)
        }
    if len(years) != 1:
        return None
    try:
        return date(years.pop(), month, day)
    except ValueError:
        return None


# A Tết named by its lunar year only: "dịp Tết Nguyên đán Quý Tỵ", "Tết Canh Tý" (shadow
# text; the year written after it is `_TET_OF`'s).
_CAN = ("giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy")
_CHI = ("ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui", "than", "dau", "tuat", "hoi")
_TET_LUNAR = re.compile(
    r"(?<![a-z])tet(?:\s+nguyen\s+dan)?\s+"
    rf"(?P<can>{'|'.join(_CAN)})\s+(?P<chi>ty|ti|suu|dan|mao|meo|thin|ngo|mui|than|dau|tuat|hoi)"
    r"(?![a-z])(?!\s+(?:nam\s+)?\d)"
)
_CHI_SPELLINGS = {"ti": "ty", "meo": "mao"}  # "Tị" for "Tỵ", "Mẹo" for "Mão"
_CYCLE_START = 1984  # Giáp Tý: the lunar years named so fall in 1984–2043
_LUNAR_SCAN = 300


def _lunar_year(can: str, chi: str) -> int:
    """The year from 1984 to 2043 a stem and a branch name ("quy", "ty" → 2013, Quý Tỵ; "canh",
    "ty" → 2020, Canh Tý: "Tý" and "Tỵ" fold alike, the stem's parity tells them apart)."""
    stem = _CAN.index(can)
    chi = _CHI_SPELLINGS.get(chi, chi)
    branches = [i for i, name in enumerate(_CHI) if name == chi]
    branch = next(i for i in branches if i % 2 == stem % 2)
    return next(y for y in range(_CYCLE_START, _CYCLE_START + 60)
                if (y - _CYCLE_START) % 10 == stem and (y - _CYCLE_START) % 12 == branch)


def _dated_by_lunar_tet(shadow: str, act: int, day_month: _DayMonth) -> date | None:
    """A lead's "Ngày 12/2" dated by the Tết its sentence names by lunar year ("Ngày 12/2, Thủ
    tướng … Công điện số 231/CĐ-TTg … dịp Tết Nguyên đán Quý Tỵ": 2013): the year that puts
    the day nearest that Tết, within half a year."""
    end = _sentence_end(shadow, act, min(len(shadow), act + _LUNAR_SCAN))
    tet = _TET_LUNAR.search(shadow, act, end)
    if tet is None:
        return None
    try:
        near = date(_lunar_year(tet.group("can"), tet.group("chi")), *_TET_DAY[None])
        day, month = day_month.day, day_month.month
        best = min((date(y, month, day) for y in (near.year - 1, near.year, near.year + 1)),
                   key=lambda d: abs((d - near).days))  # fmt: skip
    except (ValueError, StopIteration):
        return None
    return best if abs((best - near).days) <= _NEAR_DAYS else None


def _tet_day(tet: re.Match[str]) -> date:
    """About when the Tết a `_TET_OF` match names falls in its year."""
    season = tet.group("season")
    month, day = _TET_DAY[" ".join(season.split()) if season else None]
    return date(int(tet.group("tet")), month, day)


# The item's own date stamp, wherever the page put it: a date alone on its line, with its hour,
# its weekday or a "posted" word ("12/12/2020 12:20", "Thứ năm - 09/01/2020 09:32", "Đăng ngày
# 11/07/2023", "Cập nhật 17/1/2015, 13:01:04"), or in brackets with its hour ("(16:59
# 25/04/2019)"); an English one, "Dec 14, 2017 / 20:28" (shadow text). Not a cited document's
# date, which fixes no year of the item's own (FORMAT.md: "'ngày 19/6' has no year — the year
# 2020 belongs only to the cited PM directive"; 10 dev labels read so).
_HOUR = r"\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:am|pm))?"
_STAMP_DAY = r"(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})\s*[/\-.]\s*(?P<y>(?:19|20)\d\d)(?!\d)"
_STAMP = re.compile(
    r"(?m)^[ \t|]*(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*[,\-–]?\s*"
    r"|(?:dang|cap\s+nhat|ngay\s+dang|ngay\s+cap\s+nhat|xuat\s+ban)(?:\s+(?:ngay|luc))?\s*:?\s*)?"
    rf"(?:{_HOUR}\s*,?\s*)?{_STAMP_DAY}(?:\s*[,|\-–]?\s*{_HOUR})?[ \t|]*$"
)
_BRACKET_STAMP = re.compile(rf"\(\s*{_HOUR}\s+{_STAMP_DAY}\s*\)")
_ENGLISH_STAMP = re.compile(
    rf"(?m)^[ \t|]*(?P<mon>{MONTH_NAME})\.?\s+(?P<d>\d{{1,2}})\s*,\s*(?P<y>(?:19|20)\d\d)"
    rf"(?:\s*[/|,\-–]?\s*{_HOUR})?[ \t|]*$"
)
_ITEM_SCAN = 1500


def _dated_by_stamp(shadow: str, act: int, day_month: _DayMonth) -> date | None:
    """A day written without its year dated by the item's own stamp (`_STAMP`), printed
    anywhere near the act (under the lead: "Ngày 13/9, …\n13/09/2024 15:23"; in its headline:
    "… (16:59 25/04/2019)"), the stamp nearest the act: its year, or the one before where the
    day comes later in the year than the stamp. None without a stamp."""
    lo, hi = max(0, act - _ITEM_SCAN), min(len(shadow), act + _ITEM_SCAN)
    stamps = []
    for m in (*_STAMP.finditer(shadow, lo, hi), *_BRACKET_STAMP.finditer(shadow, lo, hi),
              *_ENGLISH_STAMP.finditer(shadow, lo, hi)):
        try:
            month = (month_number(m.group("mon")) if m.re is _ENGLISH_STAMP
                     else int(m.group("m")))  # fmt: skip
            if month is None:
                continue
            stamps.append((abs(m.start() - act), date(int(m.group("y")), month, int(m.group("d")))))
        except ValueError:
            continue
    if not stamps:
        return None
    stamp = min(stamps)[1]
    year = stamp.year if (day_month.month, day_month.day) <= (stamp.month, stamp.day) else (
        stamp.year - 1)
    try:
        return date(year, day_month.month, day_month.day)
    except ValueError:
        return None


# A day right after a document's name, written without its year: "quyết định số 1879/QĐ-UBND,
# ngày 11/12, do Chủ tịch UBND tỉnh … ký" (baogiaothong.vn), "Quyết định số 2138/QĐ-BVHTTDL
# ngày 11/6 của Bộ VHTTDL" (cinet.vn), "Directive 07/CT-UBND dated April 16"
# (english.hanoi.gov.vn), "the Plan No. 240/KH-UBND on December 12" (hanoitimes.vn), "đã có
# Công văn ngày 14/01" (shadow text).
_BARE_NUMBER = re.compile(r"\s+(?:so\s*:?\s*)?\d{1,5}[a-z]?(?=\s*,?\s*(?:ngay|dated|on)\s)")
_NAMED_DAY = re.compile(r"\s*,?\s*(?:ngay|dated|on)\s+(?=\d|[a-z]{3})")


def named_day_date(shadow: str, name_end: int, bare_number: bool = False) -> date | None:
    """The date written right after a document's name or number (`_NAMED_DAY`); a day without
    its year takes it from the page's date above the name's line, else as `_dated_day_month`
    finds it; None where no day follows the name. With `bare_number` (a type word, no code
    read), a number may stand between the type word and the date, and a full date is taken too
    ("Kế hoạch 156, ngày 13/9/2023"): a code's own full date is its mention's already."""
    if bare_number and (number := _BARE_NUMBER.match(shadow, name_end)) is not None:
        name_end = number.end()
    m = _NAMED_DAY.match(shadow, name_end)
    if bare_number and m is not None and (full := parse_date(shadow, m.end())) is not None:
        return full[0]  # (written with its year: "vừa ban hành Kế hoạch 156, ngày 13/9/2023")
    day_month = _day_month_at(shadow, m.end()) if m is not None else None
    if day_month is None:
        return None
    line_start = shadow.rfind("\n", 0, name_end) + 1
    return _dated_day_month(shadow, line_start, name_end, day_month)
