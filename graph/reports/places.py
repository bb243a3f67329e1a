"""Places a report counts: read from a user's CSV (level,province,district,commune) or found
in the graph, compared diacritic-insensitively (đ → d, "Tỉnh"/"huyện" prefixes dropped).
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from graph.errors import GraphError
from graph.model import Head, Node
from graph.reports._common import PLACE_LEVELS, level_rank, name_key, place_key, spelled
from ingest.codes import Level
from ingest.gazetteer import administrative_map, unit_after_2025

# Column names accepted in a places CSV (folded), Vietnamese or English.
_COLUMNS = {
    "level": "level", "cap": "level",
    "province": "province", "tinh": "province", "tinh/thanh pho": "province",
    "district": "district", "huyen": "district", "quan/huyen": "district",
    "commune": "commune", "xa": "commune", "xa/phuong": "commune", "xa/phuong/thi tran": "commune",
}  # fmt: skip
# Level words (folded) a CSV may use.
_LEVEL_WORDS = {
    "province": Level.PROVINCE, "tinh": Level.PROVINCE, "thanh pho": Level.PROVINCE,
    "district": Level.DISTRICT, "huyen": Level.DISTRICT, "quan": Level.DISTRICT,
    "thi xa": Level.DISTRICT,
    "commune": Level.COMMUNE, "xa": Level.COMMUNE, "phuong": Level.COMMUNE,
    "thi tran": Level.COMMUNE, "dac khu": Level.COMMUNE,
}  # fmt: skip
_FIELDS = ("province", "district", "commune")
_LEVEL_VI = {Level.PROVINCE: "tỉnh", Level.DISTRICT: "huyện", Level.COMMUNE: "xã"}


@functools.lru_cache(maxsize=1 << 16)  # a report compares each place many times
def _folded_names(
    level: Level, province: str | None, district: str | None, commune: str | None
) -> tuple[str | None, ...]:
    """`PlaceRef.key` of the place with these fields."""
    rank = level_rank(level) or 0
    return tuple(place_key(n) for n in (province, district, commune)[:rank])


class InvalidPlaces(GraphError):
    """A places CSV that cannot be read (missing column, unknown level, missing name)."""

    status = 422


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """A place at one level: a province, a district of a province, a commune of a district.

    Names above the level may be None (not known); the name at the level never is.
    """

    level: Level
    province: str | None = None
    district: str | None = None
    commune: str | None = None

    @property
    def names(self) -> tuple[str | None, ...]:
        """Names from the province down to the place's own level."""
        rank = level_rank(self.level) or 0
        return (self.province, self.district, self.commune)[:rank]

    @property
    def key(self) -> tuple[str | None, ...]:
        """Folded names, for comparing and grouping."""
        return _folded_names(self.level, self.province, self.district, self.commune)

    @property
    def complete(self) -> bool:
        return all(self.key)

    @property
    def label(self) -> str:
        """Names from the province down, "?" for one not known; a commune known with its
        province and no district is written without one (from 1 July 2025 none has one)."""
        names = spelled(self.province, self.district, self.commune)[: len(self.names)]
        if self.level is Level.COMMUNE and self.district is None and self.province:
            names = (self.province, names[2])
        return " / ".join(n or "?" for n in names)

    def matches(self, other: PlaceRef) -> bool:
        """Same level, same own name, and no known name above contradicts."""
        if self.level is not other.level:
            return False
        mine, theirs = self.key, other.key
        if not mine or mine[-1] is None or mine[-1] != theirs[-1]:
            return False
        return all(a is None or b is None or a == b for a, b in zip(mine, theirs, strict=True))

    def inside(self, node: Head | Node, *, strict: bool = True) -> bool:
        """True if this place lies within `node`'s place (a central node contains all).

        `strict`: a name `node` gives must be known here too (a district whose province is
        unknown is not inside any province); otherwise only contradictions exclude.
        """
        rank = level_rank(node.level)
        if rank is None or rank == 0:
            return True
        outer = [place_key(o) for o in (node.place.province, node.place.district)][:rank]
        mine = self.key
        for i, o in enumerate(outer):
            if o is None or i >= len(mine):
                continue
            if mine[i] is None and not strict:
                continue
            if mine[i] != o:
                return False
        return True

    def as_dict(self) -> dict[str, Any]:
        return {
            "level": self.level.value,
            "province": self.province,
            "district": self.district,
            "commune": self.commune,
            "label": self.label,
        }


def place_of(node: Head | Node) -> PlaceRef | None:
    """The place a local document speaks for; None for central, unknown-level or unnamed."""
    p = node.place
    return place_at(node.level, p.province, p.district, p.commune)


def place_at(
    level: Level, province: str | None, district: str | None, commune: str | None
) -> PlaceRef | None:
    """`place_of` a node of `level` with these names."""
    if level not in PLACE_LEVELS:
        return None
    ref = PlaceRef(level, province, district, commune)
    trimmed = PlaceRef(level, *(list(ref.names) + [None, None, None])[:3])
    return trimmed if trimmed.key[-1] is not None else None


def known_places(nodes: Iterable[Node]) -> list[PlaceRef]:
    """Every distinct place the graph's local documents name, levels from the top.

    A place missing a name above its level (district "Đức Phố", province unknown) is folded
    into the one complete place it matches, if exactly one does.
    """
    return distinct_places(map(place_of, nodes))


def distinct_places(refs: Iterable[PlaceRef | None]) -> list[PlaceRef]:
    """`known_places` of the places `refs` (None: no place), the first spelling of each kept."""
    seen: dict[tuple[Level, tuple[str | None, ...]], PlaceRef] = {}
    for ref in refs:
        if ref is not None:
            seen.setdefault((ref.level, ref.key), ref)
    full = [r for r in seen.values() if r.complete]
    out = list(full)
    for ref in seen.values():
        if ref.complete:
            continue
        if len([f for f in full if f.matches(ref)]) != 1:
            out.append(ref)
    return sorted(out, key=lambda r: (level_rank(r.level) or 9, [k or "" for k in r.key]))


def gazetteer_places(on: date | None) -> tuple[PlaceRef, ...]:
    """Every province, district and commune in force on `on` (None: today), from the
    administrative-units dataset: 63 provinces, ~700 districts and ~10,000 communes before
    1 July 2025; 34 provinces and ~3,300 communes (no districts) from then on.

    Raises
    ------
    ingest.gazetteer.GazetteerMissing
        If the dataset is not installed.
    """
    return _gazetteer_places(administrative_map(on).reorganised)


def gazetteer_point(place: PlaceRef, on: date | None) -> tuple[float, float] | None:
    """The (latitude, longitude) of a gazetteer place's centre on `on`; None if unknown."""
    return administrative_map(on).points.get(place.names)


@functools.cache
def _gazetteer_places(reorganised: bool) -> tuple[PlaceRef, ...]:
    units = administrative_map(date.max if reorganised else date.min)
    return (
        *(PlaceRef(Level.PROVINCE, p) for p in units.provinces),
        *(PlaceRef(Level.DISTRICT, p, d) for p, d in units.districts),
        *(PlaceRef(Level.COMMUNE, p, d, c) for p, d, c in units.communes),
    )


def new_province(name: str | None) -> str | None:
    """The 2025 province whose land holds the province `name` (old or new): "Bắc Giang" and
    "Bắc Ninh" → "Bắc Ninh"; `name` itself when it is no province the dataset knows."""
    after = unit_after_2025(name) if name else None
    return after.province if after is not None else name


def province_named(name: str) -> str:
    """`new_province` of a name a user typed ("tỉnh Bắc Giang", "bac giang"); InvalidPlaces if
    it is no province."""
    after = unit_after_2025(name_key(name) or name)
    if after is None:
        raise InvalidPlaces(
            f"không có tỉnh, thành phố {name!r} (trước hoặc sau 1/7/2025)",
            f"no province {name!r} (before or after 1 July 2025)",
        )
    return after.province


def province_now(province: str | None, district: str | None) -> str | None:
    """The 2025 province a document's place lies in: its province's (`new_province`), else
    that of the one province that had a district of that name; None when not known."""
    if province is not None:
        return new_province(province)
    after = unit_after_2025(None, district) if district is not None else None
    return after.province if after is not None else None


def _level(word: str, row: dict[str, str | None], line: int) -> Level:
    folded = name_key(word) or ""
    if not folded:  # no level: the deepest name given
        names = [f for f in _FIELDS if (row.get(f) or "").strip()]
        if not names:
            raise InvalidPlaces(
                f"tệp địa bàn (CSV) dòng {line}: không có cấp, cũng không có tên địa bàn",
                f"places CSV line {line}: no level and no place name",
            )
        return PLACE_LEVELS[_FIELDS.index(names[-1])]
    level = _LEVEL_WORDS.get(folded)
    if level is None:
        raise InvalidPlaces(
            f"tệp địa bàn (CSV) dòng {line}: không có cấp {word!r} (tỉnh, huyện hoặc xã)",
            f"places CSV line {line}: unknown level {word!r} (province, district or commune)",
        )
    return level


def read_places(text: str) -> list[PlaceRef]:
    """Read a places CSV: header ``level,province,district,commune`` (Vietnamese names).

    Parameters
    ----------
    text : str
        The CSV text (a UTF-8 byte-order mark is ignored). Columns may also be named
        ``cấp,tỉnh,huyện,xã``; levels may be written ``tỉnh``/``huyện``/``xã``; an empty
        level means the deepest name given.

    Returns
    -------
    list of PlaceRef
        In file order, repeats dropped.

    Raises
    ------
    InvalidPlaces
        If a column is missing, a level is unknown, or a row lacks the name of its level.

    Examples
    --------
    >>> [p.label for p in read_places("level,province,district,commune\\n"
    ...                               "district,Bắc Giang,Tân Yên,\\n")]
    ['Bắc Giang / Tân Yên']
    """
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = {h: _COLUMNS.get(name_key(h) or "", "") for h in reader.fieldnames or ()}
    missing = [f for f in _FIELDS if f not in header.values()]
    if missing:
        raise InvalidPlaces(
            f"tệp địa bàn (CSV) cần các cột level,province,district,commune (hoặc cấp,tỉnh,huyện,"
            f"xã); thiếu {missing}",
            f"places CSV needs the columns level,province,district,commune; missing {missing}",
        )
    out: dict[tuple[Level, tuple[str | None, ...]], PlaceRef] = {}
    for line, raw in enumerate(reader, start=2):
        row = {header[k]: (v or "").strip() or None for k, v in raw.items() if header.get(k or "")}
        if not any(row.get(f) for f in (*_FIELDS, "level")):
            continue  # blank line
        level = _level(row.get("level") or "", row, line)
        names = [row.get(f) for f in _FIELDS][: level_rank(level)]
        ref = PlaceRef(level, *(names + [None, None, None])[:3])
        if ref.key[-1] is None:
            raise InvalidPlaces(
                f"tệp địa bàn (CSV) dòng {line}: cấp {_LEVEL_VI.get(level, level.value)} cần có "
                "tên của nó",
                f"places CSV line {line}: a {level.value} needs its own name",
            )
        out.setdefault((ref.level, ref.key), ref)
    return list(out.values())
