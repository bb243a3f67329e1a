"""Lag: days from a document's date to the date of each document implementing it, with the
median and spread per level. Undated documents are counted and listed, never dropped; so are
documents that may implement a namesake instead (an undated mention of a reused code, joined
to the root by no chain of certain edges): listed, marked, and left out of the figures.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from graph.lineage import LEVEL_ORDER, down, settled
from graph.reports._common import Spread, code_of, place_label
from graph.reports._scan import reporting
from graph.store import GraphStore
from ingest.codes import Level
from ingest.relations import RelationType

LAG_TYPES: tuple[RelationType, ...] = (RelationType.IMPLEMENTS,)


@dataclass(frozen=True, slots=True)
class LagRow:
    """One implementing document: its date and the days since the root's date (None if
    either is unknown); `via` is the document it implements on the way to the root."""

    key: str
    code: str
    level: Level
    place: str
    date: date | None
    days: int | None
    depth: int
    via: str
    uncertain: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "code": self.code,
            "level": self.level.value,
            "place": self.place,
            "date": self.date.isoformat() if self.date else None,
            "days": self.days,
            "depth": self.depth,
            "via": self.via,
            "uncertain": self.uncertain,
        }


@dataclass(frozen=True, slots=True)
class LevelLag:
    """Lags of one level: their spread, the documents without a date, and those left out of
    the spread as uncertain (see `Lag`)."""

    level: Level
    spread: Spread
    undated: tuple[str, ...]
    uncertain: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "level": self.level.value,
            **self.spread.as_dict(),
            "undated": list(self.undated),
            "uncertain": list(self.uncertain),
        }


@dataclass(frozen=True, slots=True)
class Lag:
    """The result of `lag`. `undated` lists implementing documents without a date;
    `negative` those dated before the root (a data error worth checking); `uncertain` those
    whose every chain to the root holds an undated mention of a code several documents share
    (they may carry out the namesake instead: listed in `rows`, not in any spread)."""

    root: str
    code: str
    date: date | None
    rows: tuple[LagRow, ...]
    levels: tuple[LevelLag, ...]
    overall: Spread
    undated: tuple[str, ...]
    negative: tuple[str, ...]
    truncated: bool
    uncertain: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "code": self.code,
            "date": self.date.isoformat() if self.date else None,
            "overall": self.overall.as_dict(),
            "levels": [lv.as_dict() for lv in self.levels],
            "undated": list(self.undated),
            "negative": list(self.negative),
            "uncertain": list(self.uncertain),
            "rows": [r.as_dict() for r in self.rows],
            "truncated": self.truncated,
        }


def lag(store: GraphStore, key: str, *, types: Collection[RelationType] = LAG_TYPES) -> Lag:
    """Return the days between `key`'s date and each implementing document's date.

    Parameters
    ----------
    store : GraphStore
    key : str
        A node key.
    types : collection of RelationType, optional
        Edges that make a chain of implementation (default IMPLEMENTS).

    Returns
    -------
    Lag
        Rows in walk order; per level (central down) the count, median, min, 25th and 75th
        percentiles (inclusive method) and max of the lags in days, and the documents
        without a date; documents reached only through uncertain edges are listed and marked
        (`Lag.uncertain`), never counted in a spread. If `key` itself has no date
        (`Lag.date` is None), every lag is None.

    Raises
    ------
    DocumentNotFound
        If `key` is not in `store`.

    Notes
    -----
    A document's date is the one its own text gives, else the one most citing documents give
    (see `graph.reports.document_date`); conflicting dates are listed by `quality`.
    """
    walk = down(store, key, types=tuple(types))
    sure = settled(store, walk)
    nodes = reporting(store).report_rows([key, *walk.keys])
    start = nodes[key].day
    rows = []
    for r in walk.reached:
        found = nodes.get(r.key)
        day = found.day if found else None
        days = (day - start).days if day and start else None
        code = code_of(found.head) if found else r.key
        place = place_label(found.head) if found else "?"
        via = r.hops[-1].target
        rows.append(LagRow(r.key, code, r.level, place, day, days, r.depth, via, r.key not in sure))
    counted = [r for r in rows if not r.uncertain]
    levels = []
    for level in LEVEL_ORDER:
        mine = [r for r in rows if r.level is level]
        if mine:
            values = [r.days for r in mine if r.days is not None and not r.uncertain]
            undated = tuple(r.key for r in mine if r.date is None)
            unsure = tuple(r.key for r in mine if r.uncertain)
            levels.append(LevelLag(level, Spread.of(values), undated, unsure))
    return Lag(
        key,
        code_of(nodes[key].head),
        start,
        tuple(rows),
        tuple(levels),
        Spread.of([r.days for r in counted if r.days is not None]),
        tuple(r.key for r in rows if r.date is None),
        tuple(r.key for r in rows if r.days is not None and r.days < 0),
        walk.truncated,
        tuple(r.key for r in rows if r.uncertain),
    )
