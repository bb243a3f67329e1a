"""The reports' aggregations over any GraphStore, from every node and edge: the definition of
what a `graph.store.ReportingStore` (Neo4j, in Cypher) answers, and what the embedded store
runs. `reporting(store)` gives the store itself when it answers them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from graph.lineage import LEVEL_ORDER
from graph.model import Edge, Node
from graph.reports._common import citing_sources, code_of, document_date, uncertain_sources
from graph.store import (
    GraphStore,
    RankGroup,
    ReportingStore,
    ReportRow,
    Tallies,
    conflict_count,
    duplicate_count,
    edge_order,
    report_flags,
)
from ingest.codes import Level
from ingest.relations import RelationType

UNDATED = "undated"


def reporting(store: GraphStore) -> ReportingStore:
    """The store itself when it answers the reports' aggregations, else `ScanReports`."""
    return store if isinstance(store, ReportingStore) else ScanReports(store)


def _year(node: Node) -> int | None:
    day = document_date(node)
    return day.year if day else None


class ScanReports:
    """`ReportingStore` over any GraphStore: every node and edge read, counted in Python."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def report_rows(self, keys: Collection[str], *, cited: bool = False) -> dict[str, ReportRow]:
        nodes = self.store.nodes_by_key(keys)
        counts: dict[str, set[str]] = {}
        if cited and nodes:
            counts = citing_sources(self.store.in_edges(list(nodes)))
        return {
            k: ReportRow(n.head, document_date(n), len(counts.get(k, ())))
            for k, n in nodes.items()
        }

    def ranked(
        self,
        *,
        types: Collection[RelationType] | None,
        level: Level | None,
        year: int | None,
        by: RankGroup | None,
        limit: int,
    ) -> list[tuple[str, str, int]]:
        counts = citing_sources(self.store.iter_edges(), types)
        groups: dict[str, list[tuple[int, str, str]]] = {}
        for n in self.store.iter_nodes():
            count = len(counts.get(n.key, ()))
            if not count or (level is not None and n.level is not level):
                continue
            if year is not None and _year(n) != year:
                continue
            if by == "level":
                name = n.level.value
            elif by == "year":
                name = str(_year(n) or UNDATED)
            else:
                name = ""
            groups.setdefault(name, []).append((-count, code_of(n), n.key))
        out = []
        for name in sorted(groups):
            rows = sorted(groups[name])[:limit]
            out += [(name, key, -count) for count, _, key in rows]
        return out

    def uncertain_citers(
        self, keys: Collection[str], types: Collection[RelationType] | None
    ) -> dict[str, int]:
        return uncertain_sources(self.store.in_edges(list(keys), types)) if keys else {}

    def local_places(self) -> list[tuple[Level, str | None, str | None, str | None]]:
        seen: dict[tuple[Level, str | None, str | None, str | None], None] = {}
        for n in sorted(self.store.iter_nodes(), key=lambda n: n.key):
            if n.level in (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE):
                seen.setdefault((n.level, n.place.province, n.place.district, n.place.commune))
        return list(seen)

    def flagged(self) -> dict[str, tuple[str, ...]]:
        found = ((n.key, report_flags(n)) for n in self.store.iter_nodes())
        return {k: flags for k, flags in sorted(found) if flags}

    def ending(self, relies: Collection[RelationType]) -> tuple[list[Edge], list[Edge]]:
        edges = list(self.store.iter_edges())
        ends = [e for e in edges if e.ends_force]
        ended = {e.target for e in ends}
        relying = [e for e in edges if e.type in relies and e.target in ended]
        return sorted(ends, key=edge_order), sorted(relying, key=edge_order)

    def tallies(self) -> Tallies:
        levels: Counter[str] = Counter()
        kinds: Counter[str | None] = Counter()
        stubs = unqualified = conflicts = duplicates = 0
        for n in self.store.iter_nodes():
            levels[n.level.value] += 1
            kinds[n.kind] += 1
            stubs += n.stub
            unqualified += not n.qualified
            conflicts += conflict_count(n)
            duplicates += duplicate_count(n)
        types = Counter(e.type.value for e in self.store.iter_edges())
        return Tallies(
            {lv.value: levels[lv.value] for lv in LEVEL_ORDER if levels[lv.value]},
            dict(kinds),
            dict(sorted(types.items())),
            stubs,
            unqualified,
            conflicts,
            duplicates,
        )
