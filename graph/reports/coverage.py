"""Coverage of a document: which places at each level below it have an implementing document
(directly or through a chain), and which have none recorded. Like a directive's national
transposition table: per place, the measures taken, or "none recorded".
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from graph.lineage import down, settled
from graph.model import Head
from graph.reports._common import PLACE_LEVELS, code_of, level_rank, place_label
from graph.reports._scan import reporting
from graph.reports.places import (
    PlaceRef,
    distinct_places,
    gazetteer_places,
    new_province,
    place_at,
    place_of,
    province_named,
)
from graph.store import GraphStore, ReportingStore
from ingest.codes import Level
from ingest.gazetteer import (
    REORGANISED,
    GazetteerMissing,
    provinces_before_2025,
    unit_after_2025,
)
from ingest.relations import RelationType

# Where the places a coverage counts came from.
PlacesFrom = Literal["gazetteer", "graph", "list"]
# Edge types followed by default: implementation only (add REVIEWS to count reviews).
COVERAGE_TYPES: tuple[RelationType, ...] = (RelationType.IMPLEMENTS,)


@dataclass(frozen=True, slots=True)
class Formerly:
    """An implementing document issued by a unit of before 1 July 2025, counted for the unit
    it is part of now (a commune merged into a new one, a province into another), or listed
    apart (a district: that level ended). `place` is the unit as the document names it.

    `split_among`: for an old commune whose land was divided among several new communes (the
    dataset counts 468), every one of them, the one it is counted for (where most of it went)
    first; the plan may speak for the others' land too. Empty for a commune taken whole.
    """

    document: str
    place: PlaceRef
    now: PlaceRef | None = None  # the 2025 unit it lies in; None: not known
    split_among: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "before_2025": self.place.as_dict(),
            "now": self.now.as_dict() if self.now else None,
            "split_among": list(self.split_among),
        }


@dataclass(frozen=True, slots=True)
class PlaceCoverage:
    """One place and the implementing documents found there (empty: none recorded).

    `formerly`: those of its documents issued by a unit before the 2025 reorganisation that
    is part of it now (the old communes of a merged commune), each with the old unit."""

    place: PlaceRef
    documents: tuple[str, ...]
    formerly: tuple[Formerly, ...] = ()

    @property
    def implemented(self) -> bool:
        return bool(self.documents)

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.place.as_dict(),
            "implemented": self.implemented,
            "documents": list(self.documents),
            "before_2025": [f.as_dict() for f in self.formerly],
        }


@dataclass(frozen=True, slots=True)
class LevelCoverage:
    """Every place of one level, implemented or not, and the share implemented."""

    level: Level
    places: tuple[PlaceCoverage, ...]

    @property
    def total(self) -> int:
        return len(self.places)

    @property
    def implemented(self) -> int:
        return sum(p.implemented for p in self.places)

    @property
    def percent(self) -> float | None:
        """Share of places implemented, 0-100 to one decimal; None for a level without places."""
        return round(100 * self.implemented / self.total, 1) if self.places else None

    @property
    def missing(self) -> tuple[PlaceRef, ...]:
        return tuple(p.place for p in self.places if not p.implemented)

    def as_dict(self, *, with_missing: bool = True) -> dict[str, Any]:
        """`with_missing` False: list only the places with an implementing document (the
        counts still cover every place)."""
        return {
            "level": self.level.value,
            "total": self.total,
            "implemented": self.implemented,
            "missing": len(self.missing),
            "percent": self.percent,
            "places": [p.as_dict() for p in self.places if with_missing or p.implemented],
        }


@dataclass(frozen=True, slots=True)
class Coverage:
    """The result of `coverage`.

    `unplaced` lists implementing documents at a level below the root whose place is not in
    the list (or matches several places, or is at a level the era has not: a district after
    1 July 2025); `places_from` tells where the places came from (the gazetteer, the graph,
    or a list the caller gave).
    """

    root: str
    code: str
    level: Level
    place: str
    places_from: PlacesFrom
    types: tuple[RelationType, ...]
    levels: tuple[LevelCoverage, ...]
    unplaced: tuple[str, ...]
    truncated: bool
    # gazetteer only: the day whose units are counted (None: today's) and whether they are
    # those after the 2025 reorganisation
    units_on: date | None = None
    reorganised: bool = False
    # implementing documents reached only through an uncertain edge: their text names a code
    # that names several documents and does not say which (`Edge.candidates`)
    uncertain: tuple[str, ...] = ()
    # counting 2025 units: plans of districts (a level that ended on 1 July 2025), each with
    # the province it lies in now
    former_districts: tuple[Formerly, ...] = ()
    # counting pre-2025 units: implementing documents issued from 1 July 2025, whose units
    # (new communes) the count does not hold (`units_on` a later day counts them)
    issued_after: tuple[str, ...] = ()
    # the 2025 province the count was limited to (`coverage(province=…)`), None: all
    within: str | None = None

    @property
    def split(self) -> tuple[Formerly, ...]:
        """Counting 2025 units, the plans of old communes whose land was divided among several
        new communes, each counted for one of them (`Formerly.split_among`): flagged, since
        the plan may carry the document out on the others' land too."""
        return tuple(f for lc in self.levels for p in lc.places for f in p.formerly
                     if f.split_among)  # fmt: skip

    def as_dict(self, *, with_missing: bool = True) -> dict[str, Any]:
        return {
            "root": self.root,
            "code": self.code,
            "level": self.level.value,
            "place": self.place,
            "places_from": self.places_from,
            "types": [t.value for t in self.types],
            "levels": [lc.as_dict(with_missing=with_missing) for lc in self.levels],
            "unplaced": list(self.unplaced),
            "truncated": self.truncated,
            "units_on": self.units_on.isoformat() if self.units_on else None,
            "reorganised": self.reorganised,
            "uncertain": list(self.uncertain),
            "former_districts": [f.as_dict() for f in self.former_districts],
            "issued_after_reorganisation": list(self.issued_after),
            "split_communes": [f.as_dict() for f in self.split],
            "within": self.within,
        }


def _levels_below(root: Head) -> tuple[Level, ...]:
    rank = level_rank(root.level)
    if rank is None:
        return PLACE_LEVELS
    return tuple(lv for lv in PLACE_LEVELS if (level_rank(lv) or 0) > rank)


def _index(places: Sequence[PlaceRef]) -> dict[tuple[Level, str | None], list[PlaceRef]]:
    """Places by level and own folded name (the name at their level)."""
    index: dict[tuple[Level, str | None], list[PlaceRef]] = {}
    for p in places:
        index.setdefault((p.level, p.key[-1]), []).append(p)
    return index


def _assign(
    ref: PlaceRef, index: dict[tuple[Level, str | None], list[PlaceRef]]
) -> PlaceRef | None:
    """The one listed place `ref` is: an exact match, else the only compatible one."""
    same_name = index.get((ref.level, ref.key[-1]), [])
    exact = [p for p in same_name if p.key == ref.key]
    if exact:
        return exact[0]
    near = [p for p in same_name if p.matches(ref)]
    return near[0] if len(near) == 1 else None


def _now(ref: PlaceRef) -> PlaceRef | None:
    """The 2025 unit a place named by a document is part of: a pre-2025 province as the
    province it joined ("Bắc Giang" → "Bắc Ninh"); a commune named with its district (so
    named before 1 July 2025, when districts ended) as the new commune the dataset's
    conversion table puts it in ("An Bá", huyện Sơn Động → xã Sơn Động); a district as its
    province. `ref` itself when it names a 2025 unit; None for a commune named with a
    district that the table does not hold (a misspelling: not matched by name alone, since
    a new commune often bears an old commune's name and not its land)."""
    if ref.level is Level.COMMUNE and ref.district is not None:
        after = unit_after_2025(ref.province, ref.district, ref.commune)
        if after is None or after.commune is None:
            return None
        return PlaceRef(Level.COMMUNE, after.province, None, after.commune)
    district = ref.district if ref.level is Level.DISTRICT else None
    after = unit_after_2025(ref.province, district) if ref.province or district else None
    if after is None:
        return ref
    if ref.level is Level.DISTRICT:
        return PlaceRef(Level.PROVINCE, after.province)
    return PlaceRef(ref.level, after.province, None, ref.commune)


def _split_among(ref: PlaceRef) -> tuple[str, ...]:
    """The new communes an old commune (named with its district) was divided among, the one
    `_now` counts it for first; () for one taken whole, or for any other place."""
    if ref.level is not Level.COMMUNE or ref.district is None:
        return ()
    after = unit_after_2025(ref.province, ref.district, ref.commune)
    return after.among if after is not None else ()


def _kept_name(ref: PlaceRef, day: date | None, reorganised: bool) -> bool:
    """True for a plan a province issued before 1 July 2025 under the name the merged
    province kept (Bắc Ninh's of May 2025): counted over the 2025 units, it spoke for less
    land than the row it is in, and the table says so."""
    return (reorganised and ref.level is Level.PROVINCE and ref.province is not None
            and day is not None and day < REORGANISED
            and len(provinces_before_2025(ref.province)) > 1)  # fmt: skip


def _taken_in(
    target: PlaceRef, day: date | None, candidates: Sequence[PlaceRef]
) -> list[PlaceRef]:
    """Counting the units before 1 July 2025: the other provinces among `candidates` whose
    land a plan of the 2025 province `target`, issued from that day, covers (new Cần Thơ's
    plan of September 2025: Sóc Trăng and Hậu Giang); none for an earlier plan or another
    level."""
    if target.level is not Level.PROVINCE or day is None or day < REORGANISED:
        return []
    name = target.province
    if name is None or new_province(name) != name:  # not a 2025 province's own name
        return []
    return [
        p for p in candidates
        if p.level is Level.PROVINCE and p.key != target.key and new_province(p.province) == name
    ]  # fmt: skip


def _in_province(node: Head, within: str) -> bool:
    """False for a document whose place lies in another 2025 province than `within`; True
    for one whose province is not known (kept: listed as place unknown)."""
    ref = place_of(node)
    now = _now(ref) if ref is not None else None
    name = now.province if now is not None else (ref.province if ref is not None else None)
    return name is None or new_province(name) == within


def _era_date(
    root: Head, implementing: Sequence[Head], days: dict[str, date | None]
) -> date | None:
    """The day whose administrative units count: the root's date, else the earliest
    implementing document's, else None (today's units)."""
    own = days.get(root.key)
    if own is not None:
        return own
    dated = [d for d in (days.get(n.key) for n in implementing) if d is not None]
    return min(dated) if dated else None


@dataclass(frozen=True, slots=True)
class _Expected:
    """The places expected to act, where they came from, and (gazetteer) their day."""

    places: list[PlaceRef]
    source: PlacesFrom
    units_on: date | None = None
    reorganised: bool = False


def _expected_places(
    agg: ReportingStore,
    root: Head,
    implementing: Sequence[Head],
    days: dict[str, date | None],
    places: Sequence[PlaceRef] | None,
    from_graph: bool,
    units_on: date | None,
) -> _Expected:
    """The places expected to act below `root`."""
    if places is not None:
        return _Expected([p for p in places if p.inside(root, strict=False)], "list")
    own = place_of(root)
    if not from_graph and (root.level is Level.CENTRAL or (own is not None and own.complete)):
        try:
            on = units_on or _era_date(root, implementing, days)
            listed = gazetteer_places(on)
        except GazetteerMissing:
            pass
        else:
            reorganised = on is None or on >= REORGANISED
            if reorganised and own is not None and own.province is not None:
                # a plan of Bắc Giang (2024) counted over the 2025 units: Bắc Ninh's
                now = new_province(own.province)
                inside = [p for p in listed if p.province == now]
            else:
                inside = [p for p in listed if p.inside(root)]
            return _Expected(inside, "gazetteer", on, reorganised)
    graph_places = [
        p
        for p in distinct_places(place_at(*row) for row in agg.local_places())
        if (p.inside(root) or any(p.matches(q) for q in map(place_of, implementing) if q))
        and _anchored(p, root)
    ]
    return _Expected(graph_places, "graph")


def _anchored(place: PlaceRef, root: Head) -> bool:
    """Whether a place the graph names can be counted below `root`: it names its province,
    or `root` names a place it lies in (a district's plan: that district's communes). A
    commune or district named without its province ("Đảng uỷ phường Dĩ An", "phường 1") is
    not one place: the same name stands in other provinces. Counted below a central
    document it made a row of its own ("? / ? / Dĩ An"), and a plan there is listed as of a
    place not known instead."""
    if place.province is not None:
        return True
    rank = level_rank(root.level) or 0
    names = (root.place.province, root.place.district, root.place.commune)[:rank]
    return any(n is not None for n in names)


def coverage(
    store: GraphStore,
    key: str,
    *,
    places: Sequence[PlaceRef] | None = None,
    from_graph: bool = False,
    types: Collection[RelationType] = COVERAGE_TYPES,
    units_on: date | None = None,
    province: str | None = None,
) -> Coverage:
    """Return, per level below `key`, the places with and without an implementing document.

    Parameters
    ----------
    store : GraphStore
    key : str
        A node key (see `graph.lineage.resolve`).
    places : sequence of PlaceRef, optional
        The places expected to act (see `read_places`). None: every administrative unit in
        force on the document's date, from the gazetteer (the 63 provinces with their
        districts and communes before 1 July 2025, the 34 provinces and their communes from
        then on); only places within `key`'s own place count (a provincial document is not
        expected to be implemented in another province).
    from_graph : bool
        With `places` None, count the places the graph's local documents name instead of the
        gazetteer's (also the fallback for a local document whose own place is not known):
        those named with their province (or within `key`'s own place); a plan of a commune
        named without its province is listed in `unplaced`.
    types : collection of RelationType, optional
        Edges that make a chain of implementation (default IMPLEMENTS; add REVIEWS to count
        reviews).
    units_on : date, optional
        Count the units in force on this day instead of on the document's date: a 2024
        resolution carried out after 1 July 2025 counted over the 34 provinces and their
        new communes (`date(2025, 7, 1)`). Over the 2025 units, a plan of an old commune
        counts for the new commune it is part of (`PlaceCoverage.formerly` says which), and
        plans of districts are listed apart (`Coverage.former_districts`).
    province : str, optional
        Count only the land of this province as it is after the 2025 reorganisation, named
        by its old or its new name ("Bắc Giang" or "Bắc Ninh": Bắc Ninh with Bắc Giang);
        implementing documents of other provinces are left out.

    Returns
    -------
    Coverage
        Levels from the top, each with its places sorted by name; percentages per level.
        Implementing documents whose place is unknown, or not among the places, are listed in
        `unplaced`, not dropped.

    Raises
    ------
    DocumentNotFound
        If `key` is not in `store`.

    Examples
    --------
    >>> report = coverage(store, "62-KL/TW")  # doctest: +SKIP
    >>> [(lc.level.value, lc.implemented, lc.total) for lc in report.levels]  # doctest: +SKIP
    [('province', 2, 63), ('district', 3, 696), ('commune', 3, 9996)]
    """
    lineage = down(store, key, types=tuple(types))  # raises DocumentNotFound
    agg = reporting(store)
    shown = agg.report_rows([key, *lineage.keys])
    root = shown[key].head
    implementing = [shown[k].head for k in sorted(lineage.keys) if k in shown]
    days = {k: r.day for k, r in shown.items()}
    expected = _expected_places(agg, root, implementing, days, places, from_graph, units_on)
    candidates, reorganised = expected.places, expected.reorganised
    within = province_named(province) if province is not None else None
    below = _levels_below(root)
    # no districts after 1 July 2025
    levels = tuple(lv for lv in below if not (reorganised and lv is Level.DISTRICT))
    index = _index(candidates)
    found: dict[tuple[Level, tuple[str | None, ...]], list[str]] = {}
    formerly: dict[tuple[Level, tuple[str | None, ...]], list[Formerly]] = {}
    unplaced: list[str] = []
    former_districts: list[Formerly] = []
    for node in implementing:
        if node.level not in below:
            continue
        ref = place_of(node)
        now = _now(ref) if ref is not None and reorganised else ref
        if reorganised and ref is not None and now is not None and ref.level is Level.DISTRICT:
            former_districts.append(Formerly(node.key, ref, now))
            continue
        target = _assign(now, index) if now is not None else None
        if target is None or target.level not in levels:
            if within is None or _in_province(node, within):
                unplaced.append(node.key)
            continue
        found.setdefault((target.level, target.key), []).append(node.key)
        if not reorganised:
            for other in _taken_in(target, days.get(node.key), candidates):
                found.setdefault((other.level, other.key), []).append(node.key)
        # counting the 2025 units, a plan that names a unit of before then says which (only
        # then: a place matched by a fuller or other spelling of its name is the same unit)
        if reorganised and ref is not None and now is not None and (
            now.key != ref.key or _kept_name(ref, days.get(node.key), reorganised)
        ):
            formerly.setdefault((target.level, target.key), []).append(
                Formerly(node.key, ref, target, _split_among(ref))
            )
    if within is not None:  # placed over the whole country first: a name alone finds its place
        candidates = [p for p in candidates if new_province(p.province) == within]
        former_districts = [f for f in former_districts
                            if f.now is not None and f.now.province == within]  # fmt: skip
    out = []
    for level in levels:
        rows = sorted(
            (p for p in candidates if p.level is level), key=lambda p: [k or "" for k in p.key]
        )
        out.append(
            LevelCoverage(
                level,
                tuple(
                    PlaceCoverage(p, tuple(found.get((p.level, p.key), ())),
                                  tuple(formerly.get((p.level, p.key), ())))
                    for p in rows
                ),  # fmt: skip
            )
        )
    counted = {k for lc in out for p in lc.places for k in p.documents}
    older_units = not reorganised and expected.source == "gazetteer"
    after = tuple(
        n.key for n in implementing
        if older_units and (within is None or n.key in counted) and n.level in below
        and (days.get(n.key) or date.min) >= REORGANISED
    )  # fmt: skip
    return Coverage(
        root.key,
        code_of(root),
        root.level,
        place_label(root),
        expected.source,
        tuple(types),
        tuple(out),
        tuple(unplaced),
        lineage.truncated,
        expected.units_on,
        reorganised,
        tuple(sorted(lineage.keys - settled(store, lineage))),
        tuple(former_districts),
        after,
        within,
    )
