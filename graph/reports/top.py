"""Most cited and most implemented documents, over the whole graph or one level or year."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Literal

from graph.lineage import LEVEL_ORDER
from graph.reports._common import code_of, place_label
from graph.reports._scan import UNDATED, reporting
from graph.store import GraphStore, RankGroup, ReportingStore, ReportRow
from ingest.codes import Level
from ingest.relations import RelationType

IMPLEMENT_TYPES: tuple[RelationType, ...] = (RelationType.IMPLEMENTS,)
# A ranking's rows (group, key, count) and its uncertain citers by key.
_Rows = tuple[list[tuple[str, str, int]], dict[str, int]]


@dataclass(frozen=True, slots=True)
class Ranked:
    """A document and its count (distinct citing or implementing documents).

    `uncertain`: how many of them only may mean this document (an undated mention of a code
    naming several documents, `Edge.candidates`: the one plan is counted for each of them).
    """

    key: str
    code: str
    level: Level
    place: str
    date: str | None
    count: int
    stub: bool
    uncertain: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "code": self.code,
            "level": self.level.value,
            "place": self.place,
            "date": self.date,
            "count": self.count,
            "stub": self.stub,
            "uncertain": self.uncertain,
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


def _rank(
    rows: list[tuple[str, str, int]],
    unsure: dict[str, int],
    *,
    info: dict[str, ReportRow],
    limit: int,
) -> tuple[Ranked, ...]:
    out = []
    for _, key, count in rows:
        if key not in info:  # removed by a write since it was ranked
            continue
        h, day = info[key].head, info[key].day
        iso = day.isoformat() if day else None
        doubt = min(unsure.get(key, 0), count)
        out.append(Ranked(key, code_of(h), h.level, place_label(h), iso, count, h.stub, doubt))
    # the documents that surely cite it first: an undated plan naming a code of several
    # documents is counted for each of them, and ranked 35-CT/TW of 2024 (17, 10 of them
    # uncertain) above documents cited by 16 texts that name them
    out.sort(key=lambda r: (r.uncertain - r.count, -r.count, r.code, r.key))
    return tuple(out[:limit])


# How far a ranking reads past its limit, at most, to find the documents surely cited most
# (`_ranked`): this many times the limit.
_FURTHEST = 64


def _ranked(
    agg: ReportingStore,
    *,
    types: Collection[RelationType] | None,
    level: Level | None,
    year: int | None,
    by: RankGroup | None,
    limit: int,
) -> _Rows:
    """The rows of a ranking by distinct citers (`ReportingStore.ranked`, the counts kept on
    write) and their uncertain citers, read far enough down that each group's `limit`
    documents with the most certain citers (count less uncertain) are among them: a node
    further down has no more citers in all than the last one read, so no more certain ones.
    Reads twice as far each time, `_FURTHEST` times the limit at most."""
    ask = limit
    while True:
        rows = agg.ranked(types=types, level=level, year=year, by=by, limit=ask)
        unsure = agg.uncertain_citers({k for _, k, _ in rows}, types)
        if ask >= limit * _FURTHEST or _complete(rows, unsure, ask, limit):
            return rows, unsure
        ask *= 2


def _complete(
    rows: list[tuple[str, str, int]], unsure: dict[str, int], ask: int, limit: int
) -> bool:
    """Whether every group of `rows` (read `ask` deep) holds its `limit` best by certain
    citers: it is shorter than `ask` (all of it read), or its limit-th best certain count
    is no less than the last count read."""
    groups: dict[str, list[int]] = {}
    for group, _, count in rows:
        groups.setdefault(group, []).append(count)
    for group, counts in groups.items():
        if len(counts) < ask:
            continue
        certain = sorted(
            (c - min(unsure.get(k, 0), c) for g, k, c in rows if g == group), reverse=True
        )
        # (a node read later with as many certain citers has no more in all, and the store
        # gave those of one count in code order: it ranks after)
        if certain[limit - 1] < min(counts):
            return False
    return True


def _both(
    store: GraphStore,
    *,
    level: Level | None,
    year: int | None,
    by: RankGroup | None,
    limit: int,
    implement_types: Collection[RelationType],
) -> tuple[_Rows, _Rows, dict[str, ReportRow]]:
    """Both rankings' rows, each with its uncertain citers (`Ranked.uncertain`), and what a
    report shows of the nodes in them."""
    agg = reporting(store)
    cited = _ranked(agg, types=None, level=level, year=year, by=by, limit=limit)
    types = tuple(implement_types)
    implemented = _ranked(agg, types=types, level=level, year=year, by=by, limit=limit)
    info = agg.report_rows({key for _, key, _ in cited[0] + implemented[0]})
    return cited, implemented, info


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
        distinct documents with an `implement_types` edge to it; those that surely mean it
        first (`Ranked.uncertain` not counted: an undated plan naming a code of several
        documents counts for each, not more for one), then all. Ties by code. Documents
        with a count of 0 are left out.

    Raises
    ------
    ValueError
        If `limit` < 1.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    cited, implemented, info = _both(
        store, level=level, year=year, by=None, limit=limit, implement_types=implement_types
    )
    return Top(level, year, limit, _rank(*cited, info=info, limit=limit),
               _rank(*implemented, info=info, limit=limit))  # fmt: skip


def top_groups(
    store: GraphStore,
    *,
    by: Literal["level", "year"],
    limit: int = 10,
    implement_types: Collection[RelationType] = IMPLEMENT_TYPES,
) -> dict[str, Top]:
    """Return `top` for each level (central down) or each year (oldest first, then
    "undated"); groups where nothing is cited are left out."""
    cited, implemented, info = _both(
        store, level=None, year=None, by=by, limit=limit, implement_types=implement_types
    )
    groups: dict[str, tuple[list[tuple[str, str, int]], list[tuple[str, str, int]]]] = {}
    for i, (rows, _) in enumerate((cited, implemented)):
        for row in rows:
            groups.setdefault(row[0], ([], []))[i].append(row)
    if by == "level":
        order = [lv.value for lv in LEVEL_ORDER]
    else:
        order = sorted(g for g in groups if g != UNDATED) + [UNDATED]
    out = {}
    for name in order:
        group_cited, group_implemented = groups.get(name, ([], []))
        result = Top(
            Level(name) if by == "level" else None,
            int(name) if by == "year" and name != UNDATED else None,
            limit,
            _rank(group_cited, cited[1], info=info, limit=limit),
            _rank(group_implemented, implemented[1], info=info, limit=limit),
        )
        if result.cited or result.implemented:
            out[name] = result
    return out
