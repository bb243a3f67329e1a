"""The walks Neo4j answers in one Cypher query each (graph.store.QueryingStore) give the answers
graph.store.LevelWalks defines: lineage up and down, path, subgraph and neighbours on a graph
with ties (several shortest chains, parallel edges, cycles), depth limits and truncation; close
matches of an unknown code come from the full-text index.

Each case runs on the embedded store and on Neo4j and compares with the level-by-level walk
over the same store's `out_edges`/`in_edges`.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from bench.gen_graph import generate
from graph import lineage
from graph.embedded import EmbeddedStore
from graph.errors import DocumentNotFound
from graph.model import DocumentWrite, Edge, EdgeEvidence, Fact, Node
from graph.neo4j_store import Neo4jStore
from graph.sqlite_store import SQLiteStore
from graph.store import GraphStore, LevelWalks, QueryingStore
from ingest.codes import Level
from ingest.models import Place
from ingest.relations import RelationType
from tests.graph_fixtures import BackendContract, open_test_neo4j

IMPL, REV, CITES = RelationType.IMPLEMENTS, RelationType.REVIEWS, RelationType.CITES


def _node(key: str, doc: str, *, host: bool = False) -> Node:
    level = Level.CENTRAL if key.endswith("/TW") else Level.DISTRICT
    place = Place() if level is Level.CENTRAL else Place("Quảng Ngãi", "Đức Phố")
    return Node(
        key=key,
        canonical=key if "/" in key else None,
        base=key,
        level=level,
        place=place,
        host_doc=doc if host else None,
        title=f"Kế hoạch thực hiện {key}" if host else None,
        facts=(Fact("spelling", key, doc),),
    )


def _write(doc: str, host: str, cites: list[tuple[str, RelationType]]) -> DocumentWrite:
    nodes = [_node(host, doc, host=True), *(_node(t, doc) for t, _ in cites)]
    edges = tuple(
        Edge(host, t, ty, doc, ty.value.lower(), None, (EdgeEvidence(0, 9, "thực hiện"),))
        for t, ty in cites
    )
    return DocumentWrite(doc, f"h-{doc}", None, host, tuple({n.key: n for n in nodes}.values()),
                         edges)


def ties() -> list[DocumentWrite]:
    """A small graph where every tie-break matters.

    z implements b and a (two chains of one hop up; a is the smaller parent of nothing);
    b and a both implement 62-KL/TW and 35-CT/TW (equal chains: the smaller key wins); two
    documents assert the same edge (parallel: the smaller document wins), one of them also as
    REVIEWS (the smaller type wins); c cites and implements both ways (cycles); d stands
    alone.
    """
    return [
        _write("w1", "doc:z", [("doc:b", IMPL), ("doc:a", IMPL), ("62-KL/TW", CITES)]),
        _write("w2", "doc:b", [("62-KL/TW", IMPL), ("35-CT/TW", IMPL), ("doc:c", CITES)]),
        _write("w3", "doc:a", [("62-KL/TW", IMPL), ("35-CT/TW", REV)]),
        _write("w4", "doc:y", [("doc:a", IMPL), ("doc:a", REV), ("doc:z", CITES)]),
        _write("w0", "doc:x", [("doc:a", IMPL), ("doc:b", IMPL)]),
        _write("w5", "doc:c", [("doc:b", IMPL), ("doc:z", IMPL), ("doc:c", CITES)]),
        _write("w6", "35-CT/TW", [("62-KL/TW", IMPL)]),
        _write("w7", "doc:d", []),
    ]


KEYS = ["doc:z", "doc:b", "doc:a", "doc:y", "doc:x", "doc:c", "62-KL/TW", "35-CT/TW", "doc:d"]
TYPES: list[tuple[RelationType, ...] | None] = [None, lineage.LINEAGE_TYPES, (CITES,), ()]


def _answers(store: GraphStore, keys: list[str], *, limits: tuple[int, ...]) -> dict[str, Any]:
    """Every walk's answer from each key, as plain data (the API's shapes)."""
    out: dict[str, Any] = {}
    for key in keys:
        for types in TYPES:
            for depth in (0, 1, 2, 10):
                for limit in limits:
                    for walk in (lineage.up, lineage.down):
                        got = walk(store, key, depth=depth, types=types, limit=limit)
                        out[f"{walk.__name__} {key} {types} {depth} {limit}"] = got.as_dict()
                    sub = lineage.subgraph(store, key, depth=depth, limit=limit + 1, types=types)
                    out[f"sub {key} {types} {depth} {limit}"] = sub.as_dict()
            out[f"nb {key} {types}"] = [
                [e.as_dict() for e in lineage.neighbours(store, key, types=types, direction=d)]
                for d in ("in", "out", "both")
            ]
    for a in keys[:5]:
        for b in keys:
            for directed in (True, False):
                for depth in (1, 3):
                    hops = lineage.path(store, a, b, depth=depth, directed=directed)
                    key = f"path {a} {b} {directed} {depth}"
                    out[key] = None if hops is None else [h.as_dict() for h in hops]
            out[f"explain {a} {b}"] = repr(lineage.explain_path(store, a, b))
    return out


class Fallback:
    """The store seen through GraphStore only: lineage walks it level by level."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        if name in ("walk", "find_path", "neighbourhood", "edges_at", "close_codes"):
            raise AttributeError(name)
        return getattr(self._store, name)


class QueryContract(BackendContract):
    """Run by each backend: its own walks answer as the level-by-level definition does."""

    def test_store_answers_walks_itself(self, store: GraphStore) -> None:
        assert isinstance(store, QueryingStore)
        assert not isinstance(Fallback(store), QueryingStore)

    def test_walks_with_ties_depths_and_limits_match_the_level_walk(
        self, store: GraphStore
    ) -> None:
        store.bulk_write(ties())
        own = _answers(store, KEYS, limits=(0, 1, 2, 3, 100))
        level = _answers(Fallback(store), KEYS, limits=(0, 1, 2, 3, 100))  # type: ignore[arg-type]
        assert own == level

    def test_walks_on_a_generated_hierarchy_match_the_level_walk(
        self, store: GraphStore
    ) -> None:
        writes = list(generate(1500, seed=3))
        store.bulk_write(writes)
        rng = random.Random(5)
        keys = [w.host_key for w in rng.sample(writes, 12)] + ["1-NQ/TW", "2-NQ/TW"]
        for key in keys:
            for limit in (5, 40, 10_000):
                for depth in (1, 3, 10):
                    for walk in (lineage.up, lineage.down):
                        own = walk(store, key, depth=depth, limit=limit, types=None)
                        level = walk(Fallback(store), key, depth=depth, limit=limit, types=None)  # type: ignore[arg-type]
                        assert own == level, (walk.__name__, key, depth, limit)
                sub = lineage.subgraph(store, key, depth=2, limit=limit)
                assert sub == lineage.subgraph(Fallback(store), key, depth=2, limit=limit)  # type: ignore[arg-type]
        for a, b in zip(keys, reversed(keys), strict=True):
            for directed in (True, False):
                own_path = lineage.path(store, a, b, directed=directed, depth=4)
                assert own_path == lineage.path(Fallback(store), a, b, directed=directed, depth=4)  # type: ignore[arg-type]

    def test_truncated_down_walk_keeps_the_first_nodes_in_walk_order(
        self, store: GraphStore
    ) -> None:
        store.bulk_write(ties())
        full = lineage.down(store, "62-KL/TW", types=None)
        cut = lineage.down(store, "62-KL/TW", types=None, limit=3)
        assert not full.truncated and cut.truncated
        assert cut.reached == full.reached[:3]
        exact = lineage.down(store, "62-KL/TW", types=None, limit=len(full.reached))
        assert not exact.truncated and exact.reached == full.reached

    def test_up_takes_the_smaller_parent_then_type_then_document(
        self, store: GraphStore
    ) -> None:
        store.bulk_write(ties())
        got = {r.key: r for r in lineage.up(store, "doc:y", types=None).reached}
        # y → a by IMPLEMENTS (w4) and REVIEWS (w4): IMPLEMENTS sorts first
        assert [(h.source, h.target, h.type) for h in got["doc:a"].hops] == [
            ("doc:y", "doc:a", IMPL)
        ]
        # 62-KL/TW is two hops through a or through z: a is smaller than z
        assert [h.target for h in got["62-KL/TW"].hops] == ["doc:a", "62-KL/TW"]

    def test_walk_of_an_unknown_key_gives_close_matches(self, store: GraphStore) -> None:
        store.bulk_write(ties())
        with pytest.raises(DocumentNotFound) as err:
            lineage.up(store, "62-KL/T")
        assert err.value.matches[:1] == ("62-KL/TW",)
        for call in (
            lambda: lineage.down(store, "35-CT/TU"),
            lambda: lineage.path(store, "doc:z", "35-CT/TU"),
            lambda: lineage.path(store, "35-CT/TU", "doc:z"),
            lambda: lineage.subgraph(store, "35-CT/TU"),
            lambda: lineage.neighbours(store, "35-CT/TU"),
        ):
            with pytest.raises(DocumentNotFound) as err:
                call()
            assert err.value.text == "35-CT/TU" and "35-CT/TW" in err.value.matches

    def test_close_matches_rank_as_the_scan_of_every_code(self, store: GraphStore) -> None:
        writes = list(generate(600, seed=2))
        store.bulk_write(writes)
        everything = LevelWalks(store)
        for typed in ("1-NQ/T", "12-KH/TU", "13 KH TU", "4-NQ/TWW", "doc:c1", "xyz"):
            assert store.close_codes(typed, limit=5) == everything.close_codes(typed, limit=5)  # type: ignore[attr-defined]

    def test_walk_of_a_typed_code_is_the_walk_of_what_it_resolves_to(
        self, store: GraphStore
    ) -> None:
        store.bulk_write(ties())
        for typed in ("62-KL/TW", "62 KL TW", " 62-kl/tw ", "doc:y", "doc:a"):
            key = lineage.resolve(store, typed)
            for direction, walk in (("up", lineage.up), ("down", lineage.down)):
                got = lineage.walk_code(store, typed, direction=direction, types=None)  # type: ignore[arg-type]
                assert got == walk(store, key, types=None)
                assert set(got.heads) == got.keys
                assert got.heads == store.heads_by_key(got.keys)
        with pytest.raises(DocumentNotFound) as err:
            lineage.walk_code(store, "62-KL/T", direction="up")
        assert err.value.matches[:1] == ("62-KL/TW",)
        with pytest.raises(ValueError):
            lineage.walk_code(store, "doc:z", direction="up", depth=11)

    def test_bad_depth_is_refused_after_an_unknown_key(self, store: GraphStore) -> None:
        store.bulk_write(ties())
        with pytest.raises(DocumentNotFound):
            lineage.up(store, "doc:nowhere", depth=11)
        with pytest.raises(ValueError):
            lineage.up(store, "doc:z", depth=11)
        with pytest.raises(ValueError):
            lineage.path(store, "doc:z", "doc:a", depth=-1)


class TestEmbeddedQueries(QueryContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return EmbeddedStore(tmp_path)


class TestSQLiteQueries(QueryContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return SQLiteStore(tmp_path / "graph")


@pytest.mark.neo4j
class TestNeo4jQueries(QueryContract):
    def make_store(self, tmp_path: Path) -> GraphStore:
        return open_test_neo4j()

    def test_lineage_of_a_key_is_one_query(
        self, store: GraphStore, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        store.bulk_write(ties())
        assert isinstance(store, Neo4jStore)
        sent: list[str] = []
        real = store._run_read  # every read goes through it

        def counted(query: str, *args: Any, **kwargs: Any) -> Any:
            sent.append(query)
            return real(query, *args, **kwargs)

        monkeypatch.setattr(store, "_run_read", counted)
        found = lineage.walk_code(store, "doc:y", direction="up", types=None)
        assert len(sent) == 1 and found.reached and set(found.heads) == found.keys
        sent.clear()
        lineage.walk_code(store, "62 KL TW", direction="down", types=None)
        assert len(sent) == 4  # not a key: tried, resolved (head, codes), then walked

    def test_search_text_is_folded(self, store: GraphStore) -> None:
        store.bulk_write(ties())
        assert isinstance(store, Neo4jStore)
        rows = store._read(
            "MATCH (n:Document {key: 'doc:z'}) RETURN n.search_codes AS c, n.search_text AS t"
        )
        assert rows == [{"c": "doc z", "t": "ke hoach thuc hien doc z"}]


def test_the_api_store_passes_the_walks_to_the_store(tmp_path: Path) -> None:
    # issue 15: behind the API's lock the store must still answer walks itself (Neo4j: one
    # Cypher query each), not through level-by-level reads
    from api.state import GuardedStore
    from tests.report_fixtures import ROOT, rollout

    inner = EmbeddedStore(tmp_path / "graph")
    rollout().write(inner)
    guarded = GuardedStore(inner)
    assert isinstance(guarded, QueryingStore)
    from graph.store import ReportingStore

    assert isinstance(guarded, ReportingStore)  # reports too: the store's own aggregations
    expected = lineage.down(inner, ROOT).keys
    calls: list[str] = []
    original = inner.walk

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append("walk")
        return original(*args, **kwargs)

    inner.walk = spy  # type: ignore[method-assign]
    assert lineage.down(guarded, ROOT).keys == expected and calls == ["walk"]
    guarded.close()


@pytest.mark.neo4j
def test_a_merge_reads_the_records_of_its_node_not_every_record() -> None:
    """A variant merge (or a node renamed) rekeys the records of the documents that name the
    folded node: looked up by those documents, not by reading every record in the store (a
    full scan of Source nodes: 1,868 db hits with 619 records, against 16)."""
    from datetime import date

    from graph.build import ingest_extraction
    from graph.neo4j_store import _SOURCES_NAMING
    from tests.graph_fixtures import Cite, hierarchy, make_extraction

    store = open_test_neo4j()
    try:
        store.bulk_write(hierarchy(6, 6, 5))  # 223 documents that name other codes
        misread = Cite("160-KL/TW", date=date(2017, 3, 1), alternatives=("160-TB/TW",))
        for doc, cite in (("a", misread), ("c", Cite("160-KL/TW"))):
            ingest_extraction(store, make_extraction(doc, [cite]))
        docs = store.citing_documents("160-KL/TW@XII")
        assert docs == ["a", "c"]
        with store._driver.session() as session:  # noqa: SLF001
            result = session.run("PROFILE " + _SOURCES_NAMING, old="160-KL/TW@XII", docs=docs)
            assert len(list(result)) == 2
            profile = result.consume().profile
        assert profile is not None

        def hits(plan: dict[str, Any]) -> int:
            return int(plan.get("dbHits", 0)) + sum(hits(c) for c in plan.get("children", []))

        assert hits(profile) < 40, profile
    finally:
        store.clear()
        store.close()


def test_clear_deletes_a_batch_per_transaction_until_nothing_is_left(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`clear` on a large database: one bounded transaction after another (one statement
    `CALL { ... } IN TRANSACTIONS` ran in an outer transaction the server's timeout ended on
    50,000 documents), relationships before nodes, until none is left."""
    import graph.neo4j_store as neo
    from tests.graph_fixtures import hierarchy

    store = open_test_neo4j()
    try:
        store.bulk_write(hierarchy(6, 6, 5))
        counts = store.counts()
        assert counts["nodes"] > 100 and counts["edges"] > 100
        gone: list[tuple[str, int]] = []
        write = store._write_query  # noqa: SLF001

        def counted(query: str, **params: Any) -> list[dict[str, Any]]:
            rows = write(query, **params)
            if query in (neo._CLEAR_EDGES, neo._CLEAR_NODES):  # noqa: SLF001
                gone.append((query, rows[0]["gone"]))
            return rows

        monkeypatch.setattr(neo, "_CLEAR_BATCH", 50)
        monkeypatch.setattr(store, "_write_query", counted)
        store.clear()
        assert store.counts() == {"nodes": 0, "edges": 0, "documents": 0}
        assert all(n <= 50 for _, n in gone)
        edges = [n for q, n in gone if q == neo._CLEAR_EDGES]  # noqa: SLF001
        assert sum(edges) >= counts["edges"] and edges[-1] == 0 and len(edges) > 2
        assert gone[-1] == (neo._CLEAR_NODES, 0)  # noqa: SLF001
        assert store.is_empty()
        found = store._read(neo._GET_FORMAT)  # noqa: SLF001  (an empty store is current)
        assert found == [{"v": neo.FORMAT_VERSION}]
    finally:
        store.clear()
        store.close()
