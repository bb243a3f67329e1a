"""Vietnam's administrative units, from the maintained `vietnamadminunits` dataset.

The dataset (MIT, https://github.com/tranngocminhhieu/vietnamadminunits) holds the 63 provinces
with their districts and communes as they were before the 2025 reorganisation and the 34
provinces with their communes after it. Only its JSON data files are read (the package's own
modules pull in geocoding libraries that extraction does not need), once per process.

Names are compared folded (`shadow_of`: lower case, no diacritics, đ → d), so "Thừa Thiên Huế",
"Thừa Thiên - Huế" and "THỪA THIÊN HUẾ" are one name; the name returned is the dataset's.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ingest.codes import Level
from ingest.errors import VbgraphError
from ingest.text import shadow_of

_PACKAGE = "vietnamadminunits"
_MAX_NAME_WORDS = 5
# The 2025 reorganisation (DOMAIN.md §6): 34 provinces and no district level from this day.
REORGANISED = date(2025, 7, 1)


class GazetteerMissing(VbgraphError):
    """The administrative-units dataset is not installed."""


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Folded name → dataset name, per level, and which provinces hold each district."""

    provinces: dict[str, tuple[str, ...]]
    districts: dict[str, tuple[str, ...]]
    communes: dict[str, tuple[str, ...]]
    district_provinces: dict[str, frozenset[str]]
    merged_into: dict[str, str]  # folded pre-2025 province → its 2025 province

    def names(self, level: Level) -> dict[str, tuple[str, ...]]:
        if level is Level.PROVINCE:
            return self.provinces
        if level is Level.DISTRICT:
            return self.districts
        return self.communes


_FOLDED_OUT = re.compile(r"[\s.\-'’ʼ]+")  # "Đắk R’Lấp", "Đăk R'lấp" alike


@functools.lru_cache(maxsize=8192)
def fold_name(name: str) -> str:
    """The comparison key of a place name: folded, without spaces, hyphens or dots
    ("Bà Rịa - Vũng Tàu" → "bariavungtau", the dataset's own keyword spelling).
    (Remembered: the same names are folded over and over, for every candidate place.)"""
    return _FOLDED_OUT.sub("", shadow_of(name))


def _data_dir() -> Path:
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerMissing(
            f"chưa cài gói '{_PACKAGE}' (danh mục đơn vị hành chính); hãy chạy `make install` "
            f"(hoặc `pip install {_PACKAGE}`)",
            f"the '{_PACKAGE}' package is not installed; run `make install` "
            f"(or `pip install {_PACKAGE}`)",
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _table(name: str) -> dict[str, Any]:
    """One of the dataset's JSON files, parsed (not kept: only what is built from it is)."""
    table: dict[str, Any] = json.loads((_data_dir() / name).read_text(encoding="utf-8"))
    return table


@functools.cache
def gazetteer() -> Gazetteer:
    """Load the dataset (once per process)."""
    legacy = _table("parser_legacy.json")
    current = _table("parser_from_2025.json")
    converter = _table("converter_2025.json")
    provinces: dict[str, list[str]] = {}
    for table in (legacy["DICT_PROVINCE"], current["DICT_PROVINCE"]):
        for entry in table.values():
            _add_name(provinces, entry["provinceShort"])
            for keyword in entry["provinceKeywords"]:  # "hochiminh", "bariavungtau"
                if len(keyword) > 3 and not keyword.startswith(("tinh", "thanhpho")):
                    _add_name(provinces, entry["provinceShort"], keyword)
    for alias, name in _MISSING_ALIASES.items():
        _add_name(provinces, name, alias)
    short_of = {key: e["provinceShort"] for key, e in legacy["DICT_PROVINCE"].items()}
    short_of.update({key: e["provinceShort"] for key, e in current["DICT_PROVINCE"].items()})
    districts: dict[str, list[str]] = {}
    district_provinces: dict[str, set[str]] = {}
    for province_key, table in legacy["DICT_PROVINCE_DISTRICT"].items():
        for entry in table.values():
            folded = fold_name(entry["districtShort"])
            _add_name(districts, entry["districtShort"])
            district_provinces.setdefault(folded, set()).add(short_of[province_key])
    communes: dict[str, list[str]] = {}
    for by_district in legacy["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].values():
        for wards in by_district.values():
            for entry in wards.values():
                _add_name(communes, entry.get("wardShort"))
    for wards in current["DICT_PROVINCE_WARD_NO_ACCENTED"].values():
        for entry in wards.values():
            _add_name(communes, entry.get("wardShort"))
    merged_into: dict[str, str] = {}
    for new_key, old_keys in converter["DICT_PROVINCE"].items():
        for old_key in old_keys:
            if old_key in short_of and new_key in short_of:
                merged_into[fold_name(short_of[old_key])] = short_of[new_key]
    return Gazetteer(
        _frozen(provinces),
        _frozen(districts),
        _frozen(communes),
        {k: frozenset(v) for k, v in district_provinces.items()},
        merged_into,
    )


# Names the dataset lacks: the province before it became the city of Huế (January 2025).
# And the city's abbreviation in running text ("TP.HCM", "TP HCM", "TPHCM"; in English news,
# "The HCMC People's Committee, on October 2, issued a directive …", sggp.org.vn).
_MISSING_ALIASES = {
    "thuathienhue": "Thừa Thiên Huế", "hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh",
    "hcmc": "Hồ Chí Minh",
}  # fmt: skip


def _add_name(names: dict[str, list[str]], name: object, key: str | None = None) -> None:
    if isinstance(name, str) and name.strip():  # a few dataset rows have no short name
        spellings = names.setdefault(key or fold_name(name), [])
        if name not in spellings:
            spellings.append(name)


def _frozen(names: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {key: tuple(spellings) for key, spellings in names.items()}


_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)?(?:-[^\W\d_]+)?")


def known_name_at(text: str, pos: int, level: Level) -> tuple[str, int] | None:
    """The longest known place name of `level` that starts at `pos` in `text`.

    Returns the dataset's spelling and the offset where the name ends in `text`, or None.
    The first word must start with a capital letter, as names do in running text ("tỉnh Bắc
    Ninh"), or the whole name stand in capitals ("TỈNH ỦY BẮC NINH"); later ones may be
    typed in lower case ("xã Lơ ku").
    """
    names = gazetteer().names(level)
    words: list[tuple[str, int]] = []
    cursor = pos
    while len(words) < _MAX_NAME_WORDS:
        while cursor < len(text) and text[cursor] in " \t":
            cursor += 1
        if words and text[cursor : cursor + 1] in ("-", "–"):  # "Bà Rịa - Vũng Tàu"
            cursor += 1
            while cursor < len(text) and text[cursor] in " \t":
                cursor += 1
        m = _WORD.match(text, cursor)
        # later words may be typed in lower case ("xã Lơ ku"): only a known name is taken
        if m is None or not (m.group()[0].isupper() or words):
            break
        words.append((m.group(), m.end()))
        cursor = m.end()
    first = text.find(words[0][0], pos) if words else pos
    for n in range(len(words), 0, -1):
        written = " ".join(text[first : words[n - 1][1]].split())
        spellings = names.get(fold_name(written))
        if spellings:
            return _spelling(written, spellings), words[n - 1][1]
    return None


def _spelling(written: str, spellings: tuple[str, ...]) -> str:
    """How to write a known name found written `written`: as the text writes it, unless the
    text writes it in capitals ("BẮC GIANG"): then the dataset's spelling when there is one
    only, else the words title-cased."""
    if not written.isupper():
        return written
    if len(spellings) == 1:
        return spellings[0]
    return " ".join(w[:1].upper() + w[1:].lower() for w in written.split())


def canonical_province(name: str | None) -> str | None:
    """A province name as `_spelling` writes it, or as given when unknown; None for None."""
    if name is None:
        return None
    spellings = gazetteer().provinces.get(fold_name(name))
    return _spelling(name, spellings) if spellings else name


@dataclass(frozen=True, slots=True)
class AdministrativeMap:
    """Every unit of one era, each as its names from the province down (dataset spellings),
    and the centre of each (for pictures). From 1 July 2025 there are no districts: the
    tuple is empty and a commune's district is None.
    """

    reorganised: bool
    provinces: tuple[str, ...]
    districts: tuple[tuple[str, str], ...]
    communes: tuple[tuple[str, str | None, str], ...]
    # (latitude, longitude) of each unit's centre, keyed by its names from the province down
    points: dict[tuple[str | None, ...], tuple[float, float]]


def administrative_map(on: date | None) -> AdministrativeMap:
    """The units in force on `on`: the 63 provinces with their districts and communes before
    1 July 2025, the 34 provinces and their communes from then on (None: today's)."""
    return _map(on is None or on >= REORGANISED)


@functools.cache
def _map(reorganised: bool) -> AdministrativeMap:
    points: dict[tuple[str | None, ...], tuple[float, float]] = {}
    if reorganised:
        current = _table("parser_from_2025.json")
        short = {key: e["provinceShort"] for key, e in current["DICT_PROVINCE"].items()}
        for key, e in current["DICT_PROVINCE"].items():
            _add_point(points, (short[key],), e.get("provinceLat"), e.get("provinceLon"))
        communes: list[tuple[str, str | None, str]] = []
        for pk, wards in current["DICT_PROVINCE_WARD_NO_ACCENTED"].items():
            for e in wards.values():
                if _named(e.get("wardShort")):
                    communes.append((short[pk], None, e["wardShort"]))
                    _add_point(points, communes[-1], e.get("wardLat"), e.get("wardLon"))
        return AdministrativeMap(True, tuple(short.values()), (), tuple(communes), points)
    legacy = _table("parser_legacy.json")
    short = {key: e["provinceShort"] for key, e in legacy["DICT_PROVINCE"].items()}
    for key, e in legacy["DICT_PROVINCE"].items():
        _add_point(points, (short[key],), e.get("provinceLat"), e.get("provinceLon"))
    district_of: dict[tuple[str, str], str] = {}
    for pk, table in legacy["DICT_PROVINCE_DISTRICT"].items():
        for dk, e in table.items():
            if _named(e.get("districtShort")):
                district_of[(pk, dk)] = e["districtShort"]
                names = (short[pk], e["districtShort"])
                _add_point(points, names, e.get("districtLat"), e.get("districtLon"))
    communes_old: list[tuple[str, str | None, str]] = []
    for pk, by_district in legacy["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].items():
        for dk, wards in by_district.items():
            for e in wards.values():
                if _named(e.get("wardShort")) and (pk, dk) in district_of:
                    communes_old.append((short[pk], district_of[(pk, dk)], e["wardShort"]))
                    _add_point(points, communes_old[-1], e.get("wardLat"), e.get("wardLon"))
    districts = tuple((short[pk], name) for (pk, _), name in district_of.items())
    return AdministrativeMap(False, tuple(short.values()), districts, tuple(communes_old), points)


def _add_point(
    points: dict[tuple[str | None, ...], tuple[float, float]],
    names: tuple[str | None, ...],
    lat: object,
    lon: object,
) -> None:
    """Record a unit's centre when the dataset gives a real one (a few rows hold NaN)."""
    if isinstance(lat, int | float) and isinstance(lon, int | float) and lat == lat and lon == lon:
        points[names] = (float(lat), float(lon))


def _named(name: object) -> bool:
    """A real name (a few dataset rows hold NaN or nothing)."""
    return isinstance(name, str) and bool(name.strip())


# A unit numbered rather than named ("Quận 3", "Phường 12"): a document's place keeps the number
# alone (FORMAT.md: "HỘI ĐỒNG NHÂN DÂN QUẬN 2" → district "2"); districts are numbered only in
# Hồ Chí Minh City, wards there and in a few towns (the dataset: "Quận 10", "Phường 12").
_NUMBER = re.compile(r"\d{1,2}")
_NUMBERED_UNIT = {Level.DISTRICT: "Quận", Level.COMMUNE: "Phường"}


def unit_name(level: Level, name: str | None) -> str | None:
    """A unit's name as the dataset and a reader spell it: a numbered district or ward with
    its word ("12" at commune level → "Phường 12", "3" at district level → "Quận 3");
    any other name as given.

    >>> unit_name(Level.COMMUNE, "12"), unit_name(Level.COMMUNE, "Tân Túc")
    ('Phường 12', 'Tân Túc')
    """
    word = _NUMBERED_UNIT.get(level)
    if name is None or word is None or not _NUMBER.fullmatch(name.strip()):
        return name
    return f"{word} {int(name)}"


@dataclass(frozen=True, slots=True)
class Successor:
    """Where a unit of before 1 July 2025 lies from then on (dataset spellings).

    `commune` is None for a province or a district (the district level ended); an old commune
    split between several new ones (`divided`) is given as the one the dataset names its
    default (where most of it went), and `among` names them all, that one first.
    """

    province: str
    commune: str | None = None
    divided: bool = False
    among: tuple[str, ...] = ()


def unit_after_2025(
    province: str | None, district: str | None = None, commune: str | None = None
) -> Successor | None:
    """The 2025 unit a pre-2025 province, district or commune became part of, from the
    dataset's conversion table ("Bắc Giang", "Sơn Động", "An Bá" → "Bắc Ninh", "Sơn Động").

    A district or commune whose province is not given is looked up by its district when only
    one province had a district of that name. None when the names are not a pre-2025 unit
    (a misspelling, or a unit founded on 1 July 2025).
    """
    table = _succession()
    district, commune = unit_name(Level.DISTRICT, district), unit_name(Level.COMMUNE, commune)
    if province is None and district is not None:
        province = district_province(district, None)
    if province is None:
        return None
    old = fold_name(province)
    if old not in table.provinces:  # "TP HCM", "Thừa Thiên - Huế": the dataset's spelling
        old = next((fold_name(n) for n in gazetteer().provinces.get(old, ())
                    if fold_name(n) in table.provinces), old)  # fmt: skip
    if district is None or commune is None:
        after = table.provinces.get(old)
        if after is None or (district is not None and (old, fold_name(district)) not in
                             table.districts):  # fmt: skip
            return None
        return Successor(after)
    return table.communes.get((old, fold_name(district), fold_name(commune)))


def district_province(district: str, province: str | None) -> str | None:
    """The pre-2025 province of the district named `district`, the province written beside it
    (or the citing text's) being `province`: that province when it had a district of that
    name; else the one pre-2025 province that did among the lands the 2025 province `province`
    holds ("Hải Hậu" in "Ninh Bình" after 1 July 2025: "Nam Định"); with no province, the one
    province that had a district of that name ("Hải Hậu": "Nam Định"; "Châu Thành", in seven
    provinces: None). `province` (or None) when the names do not tell."""
    held = gazetteer().district_provinces.get(fold_name(district), frozenset())
    if province is None:
        return next(iter(held)) if len(held) == 1 else None
    if fold_name(province) in provinces_holding(district):
        return province
    olds = [p for p in provinces_before_2025(province) if p in held]
    return olds[0] if len(olds) == 1 else province


@functools.lru_cache(maxsize=4096)  # (names read from texts: bounded)
def provinces_holding(district: str) -> frozenset[str]:
    """The pre-2025 provinces that had a district named `district`, folded (`fold_name`):
    the one test of "this province holds that district" every reader of places uses."""
    held = gazetteer().district_provinces.get(fold_name(district), frozenset())
    return frozenset(fold_name(p) for p in held)


def provinces_before_2025(name: str) -> tuple[str, ...]:
    """The pre-2025 provinces whose land the 2025 province `name` holds, itself first when
    it kept its name ("Bắc Ninh" → ("Bắc Ninh", "Bắc Giang")); () for no 2025 province."""
    return _succession().merged.get(fold_name(name), ())


@dataclass(frozen=True, slots=True)
class _Succession:
    provinces: dict[str, str]  # folded old province → new province
    merged: dict[str, tuple[str, ...]]  # folded new province → its old provinces
    districts: frozenset[tuple[str, str]]  # folded (old province, district)
    communes: dict[tuple[str, str, str], Successor]  # folded old names → new commune


@functools.cache
def _succession() -> _Succession:
    legacy = _table("parser_legacy.json")
    current = _table("parser_from_2025.json")
    converter = _table("converter_2025.json")
    old_short = {k: e["provinceShort"] for k, e in legacy["DICT_PROVINCE"].items()}
    new_short = {k: e["provinceShort"] for k, e in current["DICT_PROVINCE"].items()}
    provinces = dict(gazetteer().merged_into)  # the converter's old -> new provinces
    if "hue" in provinces:  # the province before it became the city (January 2025)
        provinces.setdefault(fold_name("Thừa Thiên Huế"), provinces["hue"])
    district_of = {
        (pk, dk): e["districtShort"]
        for pk, table in legacy["DICT_PROVINCE_DISTRICT"].items()
        for dk, e in table.items()
        if _named(e.get("districtShort"))
    }
    wards = legacy["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"]

    def old_names(old_key: str) -> tuple[str, str, str] | None:
        pk, dk, wk = (old_key.split("_") + ["", ""])[:3]
        entry = wards.get(pk, {}).get(dk, {}).get(wk)
        if entry is None or (pk, dk) not in district_of or not _named(entry.get("wardShort")):
            return None
        return (fold_name(old_short[pk]), fold_name(district_of[(pk, dk)]),
                fold_name(entry["wardShort"]))  # fmt: skip

    def new_name(pk: str, wk: str) -> str | None:
        entry = current["DICT_PROVINCE_WARD_NO_ACCENTED"].get(pk, {}).get(wk)
        return entry["wardShort"] if entry and _named(entry.get("wardShort")) else None

    communes: dict[tuple[str, str, str], Successor] = {}
    for pk, by_new in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for wk, old_keys in by_new.items():
            name = new_name(pk, wk)
            for old_key in old_keys:
                names = old_names(old_key)
                if name and names:
                    communes.setdefault(names, Successor(new_short[pk], name))
    for pk, by_old in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, parts in by_old.items():
            names = old_names(old_key)
            default = next((p for p in parts if p.get("isDefaultNewWard")), parts[0] if parts
                           else None)  # fmt: skip
            name = new_name(pk, default["newWardKey"]) if default else None
            among = [n for n in (new_name(pk, p["newWardKey"]) for p in parts) if n]
            if names and name:
                among.sort(key=lambda n: n != name)  # the default first
                split = len(parts) > 1
                among = list(dict.fromkeys(among)) if split else []
                communes[names] = Successor(new_short[pk], name, split, tuple(among))
    districts = frozenset((fold_name(old_short[pk]), fold_name(d)) for (pk, _), d in
                          district_of.items())  # fmt: skip
    merged: dict[str, list[str]] = {}
    for n, olds in converter["DICT_PROVINCE"].items():
        if n in new_short:
            olds_named = [old_short[o] for o in olds if o in old_short]
            olds_named.sort(key=lambda o: fold_name(o) != fold_name(new_short[n]))  # itself 1st
            merged[fold_name(new_short[n])] = olds_named
    frozen = {k: tuple(v) for k, v in merged.items()}
    return _Succession(provinces, frozen, districts, communes)
