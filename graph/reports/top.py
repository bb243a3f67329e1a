"""Most cited and most implemented documents, over the whole graph or one level or year."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Literal

from graph.lineage import LEVEL_ORDER
from graph.model import Node
from graph.reports._common import citing_sources, code_of, document_date, place_label
from graph.store import GraphStore
from ingest.codes import Level
from ingest.relations import RelationType

IMPLEMENT_TYPES: tuple[RelationType, ...] = (RelationType.IMPLEMENTS,)
UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class Ranked:
    """A document and its count (distinct citing or implementing documents)."""

    key: str
    code: str
    level: Level
    place: str
    date: str | None
    count: int
    stub: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "code": self.code,
            "level": self.level.value,
            "place": self.place,
            "date": self.date,
            "count": self.count,
            "stub": self.stub,
        }


@dataclass(frozen=True, slots=True)
class Top:
    """The result of `top`: both rankings under the same filter."""

    level: Level | None
    year: int | None
    limit: int
    cited: tuple[Ranked, ...]
    implemented: tuple[Ranked, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "level": self.level.value if self.level else None,
            "year": self.year,
            "limit": self.limit,
            "cited": [r.as_dict() for r in self.cited],
            "implemented": [r.as_dict() for r in self.implemented],
        }


def _rank(nodes: list[Node], counts: dict[str, set[str]], limit: int) -> tuple[Ranked, ...]:
    rows = []
    for n in nodes:
        count = len(counts.get(n.key, ()))
        if count:
            day = document_date(n)
            iso = day.isoformat() if day else None
            rows.append(Ranked(n.key, code_of(n), n.level, place_label(n), iso, count, n.stub))
    rows.sort(key=lambda r: (-r.count, r.code, r.key))
    return tuple(rows[:limit])


def _year(node: Node) -> int | None:
    day = document_date(node)
    return day.year if day else None


def top(
    store: GraphStore,
    *,
    level: Level | None = None,
    year: int | None = None,
    limit: int = 10,
    implement_types: Collection[RelationType] = IMPLEMENT_TYPES,
) -> Top:
    """Return the most cited and the most implemented documents.

    Parameters
    ----------
    store : GraphStore
    level : Level, optional
        Only documents of this level.
    year : int, optional
        Only documents dated in this year (the document's own date, see `document_date`).
    limit : int, optional
        Longest list (default 10; at least 1).
    implement_types : collection of RelationType, optional
        Edge types that count as implementing (default IMPLEMENTS).

    Returns
    -------
    Top
        ``cited``: by distinct documents with an edge of any type to it; ``implemented``: by
        distinct documents with an `implement_types` edge to it. Ties by code. Documents
        with a count of 0 are left out.

    Raises
    ------
    ValueError
        If `limit` < 1.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    edges = list(store.iter_edges())
    cited = citing_sources(edges)
    implemented = citing_sources(edges, implement_types)
    nodes = [
        n
        for n in store.iter_nodes()
        if (level is None or n.level is level) and (year is None or _year(n) == year)
    ]
    return Top(level, year, limit, _rank(nodes, cited, limit), _rank(nodes, implemented, limit))


def top_groups(
    store: GraphStore,
    *,
    by: Literal["level", "year"],
    limit: int = 10,
    implement_types: Collection[RelationType] = IMPLEMENT_TYPES,
) -> dict[str, Top]:
    """Return `top` for each level (central down) or each year (oldest first, then
    "undated"); groups where nothing is cited are left out."""
    edges = list(store.iter_edges())
    cited = citing_sources(edges)
    implemented = citing_sources(edges, implement_types)
    groups: dict[str, list[Node]] = {}
    for n in store.iter_nodes():
        name = n.level.value if by == "level" else str(_year(n) or UNDATED)
        groups.setdefault(name, []).append(n)
    if by == "level":
        order = [lv.value for lv in LEVEL_ORDER]
    else:
        order = sorted(g for g in groups if g != UNDATED) + [UNDATED]
    out = {}
    for name in order:
        nodes = groups.get(name, [])
        result = Top(
            Level(name) if by == "level" else None,
            int(name) if by == "year" and name != UNDATED else None,
            limit,
            _rank(nodes, cited, limit),
            _rank(nodes, implemented, limit),
        )
        if result.cited or result.implemented:
            out[name] = result
    return out
