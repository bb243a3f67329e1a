"""Coverage of a document: which places at each level below it have an implementing document
(directly or through a chain), and which have none recorded. Like a directive's national
transposition table: per place, the measures taken, or "none recorded".
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from graph.lineage import down
from graph.model import Node
from graph.reports._common import PLACE_LEVELS, code_of, level_rank, place_label
from graph.reports.places import PlaceRef, known_places, place_of
from graph.store import GraphStore
from ingest.codes import Level
from ingest.relations import RelationType

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

    def as_dict(self) -> dict[str, Any]:
        return {
            "level": self.level.value,
            "total": self.total,
            "implemented": self.implemented,
            "missing": len(self.missing),
            "percent": self.percent,
            "places": [p.as_dict() for p in self.places],
        }


@dataclass(frozen=True, slots=True)
class Coverage:
    """The result of `coverage`.

    `unplaced` lists implementing documents at a level below the root whose place is not in
    the list (or matches several places); `places_from` tells where the places came from.
    """

    root: str
    code: str
    level: Level
    place: str
    places_from: Literal["graph", "list"]
    types: tuple[RelationType, ...]
    levels: tuple[LevelCoverage, ...]
    unplaced: tuple[str, ...]
    truncated: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "code": self.code,
            "level": self.level.value,
            "place": self.place,
            "places_from": self.places_from,
            "types": [t.value for t in self.types],
            "levels": [lc.as_dict() for lc in self.levels],
            "unplaced": list(self.unplaced),
            "truncated": self.truncated,
        }


def _levels_below(root: Node) -> tuple[Level, ...]:
    rank = level_rank(root.level)
    if rank is None:
        return PLACE_LEVELS
    return tuple(lv for lv in PLACE_LEVELS if (level_rank(lv) or 0) > rank)


def _assign(ref: PlaceRef, places: Sequence[PlaceRef]) -> PlaceRef | None:
    """The one listed place `ref` is: an exact match, else the only compatible one."""
    exact = [p for p in places if p.level is ref.level and p.key == ref.key]
    if exact:
        return exact[0]
    near = [p for p in places if p.matches(ref)]
    return near[0] if len(near) == 1 else None


def coverage(
    store: GraphStore,
    key: str,
    *,
    places: Sequence[PlaceRef] | None = None,
    types: Collection[RelationType] = COVERAGE_TYPES,
) -> Coverage:
    """Return, per level below `key`, the places with and without an implementing document.

    Parameters
    ----------
    store : GraphStore
    key : str
        A node key (see `graph.lineage.resolve`).
    places : sequence of PlaceRef, optional
        The places expected to act (see `read_places`); None: every place named by a local
        document in the graph. Only places within `key`'s own place count (a provincial
        document is not expected to be implemented in another province).
    types : collection of RelationType, optional
        Edges that make a chain of implementation (default IMPLEMENTS; add REVIEWS to count
        reviews).

    Returns
    -------
    Coverage
        Levels from the top, each with its places sorted by name; percentages per level.

    Raises
    ------
    DocumentNotFound
        If `key` is not in `store`.

    Examples
    --------
    >>> report = coverage(store, "62-KL/TW")  # doctest: +SKIP
    >>> [(lc.level.value, lc.percent) for lc in report.levels]  # doctest: +SKIP
    [('province', 66.7), ('district', 50.0), ('commune', 25.0)]
    """
    lineage = down(store, key, types=tuple(types))  # raises DocumentNotFound
    root = store.node(key)
    assert root is not None
    nodes = store.nodes_by_key(lineage.keys)
    implementing = [nodes[k] for k in sorted(nodes)]
    if places is None:
        candidates = [
            p
            for p in known_places(store.iter_nodes())
            if p.inside(root) or any(p.matches(q) for q in map(place_of, implementing) if q)
        ]
    else:
        candidates = [p for p in places if p.inside(root, strict=False)]
    levels = _levels_below(root)
    found: dict[tuple[Level, tuple[str | None, ...]], list[str]] = {}
    unplaced: list[str] = []
    for node in implementing:
        ref = place_of(node)
        if node.level not in levels:
            continue
        target = _assign(ref, candidates) if ref is not None else None
        if target is None:
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
        "graph" if places is None else "list",
        tuple(types),
        tuple(out),
        tuple(unplaced),
        lineage.truncated,
    )
