"""Most cited and most implemented documents, over the whole graph or one level or year."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Literal

from graph.lineage import LEVEL_ORDER
from graph.reports._common import code_of, place_label
from graph.reports._scan import UNDATED, reporting
from graph.store import GraphStore, RankGroup, ReportRow
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
    out.sort(key=lambda r: (-r.count, r.code, r.key))
    return tuple(out[:limit])


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
    cited = agg.ranked(types=None, level=level, year=year, by=by, limit=limit)
    types = tuple(implement_types)
    implemented = agg.ranked(types=types, level=level, year=year, by=by, limit=limit)
    info = agg.report_rows({key for _, key, _ in cited + implemented})
    return (
        (cited, agg.uncertain_citers({k for _, k, _ in cited}, None)),
        (implemented, agg.uncertain_citers({k for _, k, _ in implemented}, types)),
        info,
    )


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
