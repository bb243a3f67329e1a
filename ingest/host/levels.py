"""The level of an issuing body (`level_of_body`), and of a city's body: a province's or a
district's, as the city is run by the Centre or not (`city_level`, `city_before_central`).
"""

from __future__ import annotations

import re
from datetime import date

from ingest.bodies import CENTRAL_CITIES, body_level
from ingest.codes import Level
from ingest.gazetteer import known_name_at
from ingest.models import Place
from ingest.text import NormalizedText, shadow_of

# A bloc's Party committee named in full: "Đảng bộ Khối các cơ quan Trung ương", "Đảng ủy
# Khối Doanh nghiệp tỉnh", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW" (shadow text).
_BLOC_FULL = re.compile(  # (up to the next body: "… các cơ quan tỉnh và Đảng ủy Khối …")
    r"(?<![a-z])dang\s+(?:uy|bo)\s+khoi\s+[a-z]+(?:[ \t]+(?!(?:va|dang)(?![a-z]))[a-z]+){0,5}"
)
_BLOC_SHORT = re.compile(r"(?<![a-z])dang\s+(?:uy|bo)\s+khoi\s*$")


def _bloc_level(body: str, norm: NormalizedText) -> Level:
    """The level of a bloc committee the text shortens to "Đảng ủy Khối" ("Ngày 14/3/2023 Ban
    thường vụ Đảng ủy Khối ban hành Kế hoạch …" under "… trong Đảng bộ Khối các cơ quan Trung
    ương"): the level its full name gives, where the text gives one name only."""
    if _BLOC_SHORT.search(shadow_of(body)) is None:
        return Level.UNKNOWN
    levels = set()
    for m in _BLOC_FULL.finditer(norm.shadow):
        level, _ = body_level(norm.text[m.start() : m.end()])
        if level is not Level.UNKNOWN:
            levels.add(level)
    return levels.pop() if len(levels) == 1 else Level.UNKNOWN


def level_of_body(body: str, norm: NormalizedText | None = None) -> Level:
    """Tell the level of a body from its name ("Ban Thường vụ Huyện ủy" → district)."""
    level, _ = body_level(body)
    if level is not Level.UNKNOWN:
        return level
    if norm is not None and (bloc := _bloc_level(body, norm)) is not Level.UNKNOWN:
        return bloc
    if re.search(r"(?<![a-z])dang uy(?![a-z])", shadow_of(body)) and norm is not None:
        # A bare "Đảng ủy" signing a plan: a commune/ward committee when the text names
        # commune-level units ("UBND phường", "các xã").
        shadow = norm.shadow
        if re.search(
            r"ubnd (?:phuong|xa|thi tran)|(?:phuong|xa|thi tran);|dang uy (?:phuong|xa)", shadow
        ):
            return Level.COMMUNE
    return Level.UNKNOWN


# Units only a centrally-run city has below it, named together: "trên địa bàn 16 quận,
# huyện", "UBND các quận, huyện" (a provincial city has wards and communes only).
_CITY_DISTRICTS = re.compile(r"(?<![a-z])quan\s*[,\-–]\s*huyen(?![a-z])")
# A city that directs departments ("UBND thành phố yêu cầu các sở, ban, ngành", "Chủ tịch Ủy
# ban nhân dân Thành phố yêu cầu Thủ trưởng các sở"): only a province has "sở" (shadow).
_CITY_DIRECTS_DEPARTMENTS = re.compile(
    r"(?<![a-z])(?:thanh\s+pho|tp)\.?\s+(?:(?:da|vua|cung)\s+)?(?:yeu\s+cau|giao|chi\s+dao"
    r"|de\s+nghi)\s+(?:thu\s+truong\s+|giam\s+doc\s+)?cac\s+so(?![a-z])"
)
# Wards and communes named together as the units right below a city: "trên địa bàn 12
# phường, xã" (a provincial city's; the Centre's cities have districts between).
_CITY_WARDS = re.compile(r"(?<![a-z])(?:phuong\s*[,\-–]\s*xa|xa\s*[,\-–]\s*phuong)(?![a-z])")


def city_level(level: Level, body: str | None, place: Place,
               norm: NormalizedText | None = None) -> Level:  # fmt: skip
    """ "Ủy ban nhân dân thành phố", "Ban Chấp hành Đảng bộ thành phố" with no name read as a
    town's (district); in a centrally-run city (Cần Thơ, Hồ Chí Minh …), as the text's
    province tells or the districts it names below the city ("quận, huyện"), the city is the
    province."""
    if level is not Level.DISTRICT or not body:
        return level
    _, name = body_level(body)
    city = _CITY_WORDS.search(shadow_of(body))
    if not city or name is not None:
        return level
    if place.district:
        # "UBND thành phố vừa ban hành Quyết định … công nhận 5 xã … thuộc huyện Kiến Thụy":
        # an unnamed city with a rural district below it is run by the Centre (a province's
        # city has wards and communes only); the district is its subject
        return Level.PROVINCE if norm is not None and _names_rural_district(
            norm, place.district) else level
    if place.province is not None:
        return Level.PROVINCE if shadow_of(place.province) in CENTRAL_CITIES else level
    if norm is not None and _CITY_DISTRICTS.search(norm.shadow):
        return Level.PROVINCE  # "HĐND thành phố vừa thông qua Nghị quyết … 16 quận, huyện"
    if norm is not None and _CITY_DIRECTS_DEPARTMENTS.search(norm.shadow):
        return Level.PROVINCE  # "UBND thành phố yêu cầu các sở, ban, ngành …": a province's
    if norm is not None and not place.commune and not _CITY_WARDS.search(norm.shadow) and (
        not _names_a_city(norm)
    ):
        # "Kỳ họp thứ 7 HĐND thành phố … đã thông qua 34 Nghị quyết", no city named anywhere
        # and no units below it: a centrally-run city (province) or a provincial one
        # (district), the text does not say which
        return Level.UNKNOWN
    return level


def _names_rural_district(norm: NormalizedText, district: str) -> bool:
    """Whether the text names `district` as a rural district ("huyện Kiến Thụy") and never as
    a city or town ("thành phố Thanh Hóa", "thị xã …")."""
    name = re.escape(shadow_of(district))
    rural = re.search(rf"(?<![a-z])huyen\s+{name}(?![a-z])", norm.shadow)
    town = re.search(rf"(?<![a-z])(?:thanh\s+pho|tp\.?|thi\s+xa|quan)\s*{name}(?![a-z])",
                     norm.shadow)  # fmt: skip
    return rural is not None and town is None


# A city run by the Centre only from a day (DOMAIN.md §6.2): Huế from 1 January 2025; before,
# a city of Thừa Thiên Huế province, a district-level unit.
CENTRAL_SINCE = {"hue": date(2025, 1, 1)}
# A year written in a text (shadow), the latest of which bounds its date when it has none.
_YEAR = re.compile(r"(?<!\d)(?:19[4-9]\d|20[0-4]\d)(?!\d)")
_YEAR_SCAN = 3000


def city_before_central(
    level: Level, place: Place, body: str | None, day: date | None, norm: NormalizedText
) -> tuple[Level, Place]:
    """A city's body read as a province's where the city was not yet run by the Centre:
    "UBND thành phố Huế đã ban hành Kế hoạch số 3365/KH - UBND …" in an item of 27/12/2014 is
    a district-level city's. The body must name the city as a city (not "Tỉnh ủy" of the
    province around it). The day is the document's, else the latest year the text writes (a
    text names no year after its own)."""
    if level is not Level.PROVINCE or place.province is None or not body:
        return level, place
    city = shadow_of(place.province)
    since = CENTRAL_SINCE.get(city)
    if since is None or not re.search(rf"(?<![a-z])(?:{_CITY_WORDS.pattern})\s*{city}(?![a-z])",
                                      shadow_of(body)):  # fmt: skip
        return level, place
    if day is None:
        years = [int(y) for y in _YEAR.findall(norm.shadow, 0, _YEAR_SCAN)]
        day = date(max(years), 12, 31) if years else None
    if day is None or day >= since:
        return level, place
    return Level.DISTRICT, Place(None, place.province, None)


_CITY_WORDS = re.compile(r"(?<![a-z])(?:thanh pho|thanh uy|thanh doan|tp)(?![a-z])")
# A city's unit word anywhere in a text (shadow): "thành phố Lào Cai", "TP. Huế", "TP.HCM".
_CITY_UNIT = re.compile(r"(?<![a-z])(?:thanh\s+pho|tp)(?![a-z])\.?[ \t]*")


def _names_a_city(norm: NormalizedText) -> bool:
    """Whether the text names a city by its unit word and a name the gazetteer knows, as a
    province ("thành phố Đà Nẵng") or a district-level town ("thành phố Lào Cai")."""
    text = norm.text
    for m in _CITY_UNIT.finditer(norm.shadow):
        if norm.shadow.startswith("hcm", m.end()) or any(
            known_name_at(text, m.end(), level) for level in (Level.PROVINCE, Level.DISTRICT)
        ):
            return True
    return False
