"""Coverage of a document: which places at each level below it have an implementing document
(directly or through a chain), and which have none recorded. Like a directive's national
transposition table: per place, the measures taken, or "none recorded".
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from graph.lineage import down
from graph.model import Head
from graph.reports._common import PLACE_LEVELS, code_of, level_rank, place_label
from graph.reports._scan import reporting
from graph.reports.places import PlaceRef, distinct_places, gazetteer_places, place_at, place_of
from graph.store import GraphStore, ReportingStore
from ingest.codes import Level
from ingest.gazetteer import REORGANISED, GazetteerMissing, province_after_2025
from ingest.relations import RelationType

# Where the places a coverage counts came from.
PlacesFrom = Literal["gazetteer", "graph", "list"]
# Edge types followed by default: implementation only (add REVIEWS to count reviews).
COVERAGE_TYPES: tuple[RelationType, ...] = (RelationType.IMPLEMENTS,)


@dataclass(frozen=True, slots=True)
class PlaceCoverage:
    """One place and the implementing documents found there (empty: none recorded)."""

    place: PlaceRef
    documents: tuple[str, ...]

    @property
    def implemented(self) -> bool:
        return bool(self.documents)

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.place.as_dict(),
            "implemented": self.implemented,
            "documents": list(self.documents),
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


def _in_era(ref: PlaceRef, reorganised: bool) -> PlaceRef:
    """`ref` with a pre-2025 province named as the 2025 province it joined, when the places
    counted are those after the reorganisation ("Bắc Giang" → "Bắc Ninh")."""
    if not reorganised or ref.province is None:
        return ref
    after = province_after_2025(ref.province)
    return ref if after is None else PlaceRef(ref.level, after, ref.district, ref.commune)


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
) -> _Expected:
    """The places expected to act below `root`."""
    if places is not None:
        return _Expected([p for p in places if p.inside(root, strict=False)], "list")
    own = place_of(root)
    if not from_graph and (root.level is Level.CENTRAL or (own is not None and own.complete)):
        try:
            on = _era_date(root, implementing, days)
            listed = gazetteer_places(on)
        except GazetteerMissing:
            pass
        else:
            reorganised = on is None or on >= REORGANISED
            inside = [p for p in listed if p.inside(root)]
            return _Expected(inside, "gazetteer", on, reorganised)
    graph_places = [
        p
        for p in distinct_places(place_at(*row) for row in agg.local_places())
        if p.inside(root) or any(p.matches(q) for q in map(place_of, implementing) if q)
    ]
    return _Expected(graph_places, "graph")


def coverage(
    store: GraphStore,
    key: str,
    *,
    places: Sequence[PlaceRef] | None = None,
    from_graph: bool = False,
    types: Collection[RelationType] = COVERAGE_TYPES,
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
        gazetteer's (also the fallback for a local document whose own place is not known).
    types : collection of RelationType, optional
        Edges that make a chain of implementation (default IMPLEMENTS; add REVIEWS to count
        reviews).

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
    expected = _expected_places(agg, root, implementing, days, places, from_graph)
    candidates, reorganised = expected.places, expected.reorganised
    below = _levels_below(root)
    # no districts after 1 July 2025
    levels = tuple(lv for lv in below if not (reorganised and lv is Level.DISTRICT))
    index = _index(candidates)
    found: dict[tuple[Level, tuple[str | None, ...]], list[str]] = {}
    unplaced: list[str] = []
    for node in implementing:
        if node.level not in below:
            continue
        ref = place_of(node)
        target = _assign(_in_era(ref, reorganised), index) if ref is not None else None
        if target is None or target.level not in levels:
            unplaced.append(node.key)
        else:
            found.setdefault((target.level, target.key), []).append(node.key)
    out = []
    for level in levels:
        rows = sorted(
            (p for p in candidates if p.level is level), key=lambda p: [k or "" for k in p.key]
        )
        out.append(
            LevelCoverage(
                level,
                tuple(PlaceCoverage(p, tuple(found.get((p.level, p.key), ()))) for p in rows),
            )
        )
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
        tuple(sorted(r.key for r in lineage.reached if any(h.uncertain for h in r.hops))),
    )
