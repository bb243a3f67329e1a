"""The places a page's first lines name: the place-date line's province or unit, a news
headline's province or district (not a provincial paper's tag, "(Baonghean.vn)": the publisher
names no province, FORMAT.md).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.codes import Level
from ingest.gazetteer import known_name_at
from ingest.host.common import _skip_blank
from ingest.models import Place
from ingest.text import SMALL_LETTERS, shadow_of


def _dated_unit(text: str, dated_at: int | None, level: Level, place: Place) -> str | None:
    """The commune or district the place-date line names, for a document of that level whose
    place at that level the text left unnamed; only a name the gazetteer knows at the level,
    running to the comma."""
    if dated_at is None or level not in (Level.COMMUNE, Level.DISTRICT):
        return None
    if (place.commune if level is Level.COMMUNE else place.district) is not None:
        return None
    known = known_name_at(text, dated_at, level)
    if known is None or text[known[1] : known[1] + 1] != ",":
        return None
    return known[0]


def _dated_province(text: str, dated_at: int | None) -> str | None:
    """The province the place-date line names ("Cà Mau, ngày …"), if its place is one."""
    if dated_at is None:
        return None
    province = known_name_at(text, dated_at, Level.PROVINCE)
    if province is None or text[province[1] : province[1] + 1] != ",":
        return None
    return province[0]


# What follows a province that opens a headline as its subject: a verb in lower case ("Tuyên
# Quang phát động Tết trồng cây …") or a colon or dash ("Quảng Ninh: …").
_HEADLINE_SUBJECT_END = re.compile(rf"[ \t]*[:\-–][ \t]|[ \t]+[{SMALL_LETTERS}]")


def _headline_province(text: str, start: int) -> str | None:
    """The province a page's first line opens with as its subject ("Tuyên Quang phát động Tết
    trồng cây Xuân Ất Tỵ năm 2025"): a provincial item about that province's own bodies. Not
    Hồ Chí Minh, whose name opens the President's and the Youth Union's too."""
    found = _headline_name(text, start, Level.PROVINCE)
    return None if found is None or shadow_of(found[1]) == "ho chi minh" else found[1]


def _headline_district(text: str, start: int) -> str | None:
    """The district a page's first line opens with as its subject ("Hàm Thuận Nam chỉ đạo tổ
    chức Ngày Hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2014", a district Party portal): a
    district's item about its own bodies. Not a name that is a province's too ("Thanh Hóa",
    the province's and its city's)."""
    found = _headline_name(text, start, Level.DISTRICT)
    if found is None or known_name_at(text, found[0], Level.PROVINCE) is not None:
        return None
    return found[1]


def _headline_name(text: str, start: int, level: Level) -> tuple[int, str] | None:
    """Where a place of `level` opens the page's first line as its subject, and its name."""
    at = _skip_blank(text, start)
    known = known_name_at(text, at, level)
    if known is None or not _HEADLINE_SUBJECT_END.match(text, known[1]):
        return None
    return at, known[0]


def dated_place(place: Place, level: Level, dated_province: str | None) -> Place:
    """ "Hải Phòng, ngày 18 tháng 11 năm 2019": where a local document is dated is its
    province when the place is one (a central body dates its documents in Hà Nội)."""
    local = level in (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE)
    if place.province is None and dated_province is not None and local:
        return replace(place, province=dated_province)
    return place
