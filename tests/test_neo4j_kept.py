"""What the Neo4j store keeps on write for its reports (graph.neo4j_kept: citers, sources and
report dates on each node, tallies by level and kind, places) equals a fresh aggregation over
the whole graph after every kind of write: one document at a time, bulk, staged batches,
re-ingest of edited documents, superseded versions, nodes deleted, variant merges; and a
database written before it was kept gets it once, on start.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from graph import lineage as L
from graph.model import DATE, SPELLING, Changes, DocumentWrite, Edge, Fact, Merge, Node
from graph.neo4j_store import FORMAT_VERSION, Neo4jStore
from graph.reports._scan import ScanReports
from graph.reports.quality import _RELIES
from graph.staged import StagedNeo4jWriter
from ingest.codes import Level
from ingest.relations import RelationType as T
from tests.graph_fixtures import neo4j_settings, open_test_neo4j
from tests.test_neo4j_reports import _ranked_calls, generated

pytestmark = pytest.mark.neo4j


@pytest.fixture
def neo4j() -> Iterator[Neo4jStore]:
    store = open_test_neo4j()
    yield store
    store.close()


def kept_state(store: Neo4jStore) -> dict[str, Any]:
    """Everything graph.neo4j_kept keeps, as stored."""
    nodes = store._read(  # noqa: SLF001
        "MATCH (n:Document) RETURN n.key AS k, [n.cited, n.implemented, n.sources, "
        "n.day_votes, n.day, n.year] AS v ORDER BY k"
    )
    tallies = store._read(  # noqa: SLF001
        "MATCH (t:Tally) RETURN [t.id, t.n, t.stubs, t.unqualified, t.conflicts, "
        "t.duplicates] AS v ORDER BY t.id"
    )
    places = store._read(  # noqa: SLF001
        "MATCH (p:Place) RETURN [p.id, p.nodes, p.first] AS v ORDER BY p.id"
    )
    return {
        "nodes": {r["k"]: r["v"] for r in nodes},
        "tallies": [r["v"] for r in tallies],
        "places": [r["v"] for r in places],
    }


def assert_kept_fresh(store: Neo4jStore) -> None:
    """What was kept on write equals what the whole graph gives when counted again, and the
    reports read from it answer as the scan of every node and edge does."""
    kept = kept_state(store)
    store._index_kept()  # noqa: SLF001 - every count computed again from the graph
    assert kept == kept_state(store)
    scan = ScanReports(store)
    keys = list(kept["nodes"])
    assert store.report_rows(keys, cited=True) == scan.report_rows(keys, cited=True)
    for call in _ranked_calls():
        assert sorted(store.ranked(**call)) == sorted(scan.ranked(**call)), call  # type: ignore[arg-type]
    assert store.local_places() == scan.local_places()
    assert store.tallies() == scan.tallies()
    assert store.ending(_RELIES) == scan.ending(_RELIES)


def edited(w: DocumentWrite, version: int) -> DocumentWrite:
    """`w` edited: half its edges dropped, every date it gives moved a year on."""

    def moved(f: Fact) -> Fact:
        if f.field != DATE or not f.value[:4].isdigit():
            return f
        return replace(f, value=f"{int(f.value[:4]) + 1}{f.value[4:]}")

    edges = w.edges[::2]
    keep = {w.host_key, *(e.target for e in edges)}
    nodes = tuple(
        replace(n, facts=tuple(moved(f) for f in n.facts)) for n in w.nodes if n.key in keep
    )
    return replace(w, content_hash=f"{w.content_hash}v{version}", nodes=nodes, edges=edges)


def test_counts_kept_one_document_at_a_time_equal_a_fresh_count(neo4j: Neo4jStore) -> None:
    writes = generated()
    for w in writes:
        neo4j.replace_document(w)
    assert kept_state(neo4j)["tallies"] and kept_state(neo4j)["places"]
    assert any(v[4] for v in kept_state(neo4j)["nodes"].values())  # report dates kept
    assert_kept_fresh(neo4j)


def _lone_write() -> DocumentWrite:
    """A document that alone cites 999-NQ/TW (and 1-NQ/TW, cited by others too)."""
    host = Node("lone", None, "doc:lone", level=Level.CENTRAL, host_doc="lone",
                facts=(Fact(SPELLING, "lone", "lone"),))  # fmt: skip
    stubs = [Node(k, k, k, kind="NQ", level=Level.CENTRAL, facts=(Fact(SPELLING, k, "lone"),))
             for k in ("1-NQ/TW", "999-NQ/TW")]  # fmt: skip
    return DocumentWrite("lone", "hlone", "lone.txt", "lone", (host, *stubs),
                         tuple(Edge("lone", n.key, T.CITES, "lone") for n in stubs))  # fmt: skip


def test_counts_after_re_ingest_supersede_and_deletions_equal_a_fresh_count(
    neo4j: Neo4jStore,
) -> None:
    lone = _lone_write()
    writes = [*generated(), lone]
    for w in writes:
        neo4j.replace_document(w)
    assert neo4j.head("999-NQ/TW") is not None
    before = neo4j.counts()["nodes"]
    neo4j.replace_document(edited(lone, 1))  # 999-NQ/TW: nobody speaks of it any more
    assert neo4j.head("999-NQ/TW") is None
    for w in writes[::3]:  # the same documents, edited: edges and stubs go, dates move
        neo4j.replace_document(edited(w, 1))
    for w in writes[1::7]:  # a new version under another id supersedes the stored one
        neo4j.replace_document(replace(edited(w, 2), doc=f"{w.doc}-v2", supersedes=(w.doc,)))
    assert neo4j.counts()["nodes"] < before  # nodes nobody speaks of any more were deleted
    assert_kept_fresh(neo4j)
    for w in writes[::3]:  # and back
        neo4j.replace_document(w)
    neo4j.replace_document(lone)
    assert_kept_fresh(neo4j)


def test_counts_after_staged_re_ingest_supersede_and_deletions_equal_a_fresh_count(
    neo4j: Neo4jStore,
) -> None:
    """The same writes in staged batches: stored nodes whose citers, sources, dates and host
    change get them in the row that sets them (Kept.settle's `rows`); nodes deleted and made
    again in one batch are counted again."""
    lone = _lone_write()
    writes = [*generated(), lone]
    rounds = [
        writes,
        [edited(lone, 1), *(edited(w, 1) for w in writes[::3])],
        [replace(edited(w, 2), doc=f"{w.doc}-v2", supersedes=(w.doc,)) for w in writes[1::7]],
        [*writes[::3], lone],
    ]
    for n, batch in enumerate(rounds):
        staged = StagedNeo4jWriter(neo4j, flush_every=5)
        with neo4j.writing(wait_s=None):
            for i, w in enumerate(batch):
                staged.replace_document(w)
                if i % 5 == 4:
                    staged.flush()
            staged.flush()
        assert_kept_fresh(neo4j)
        if n == 1:  # 999-NQ/TW: nobody speaks of it any more
            assert neo4j.head("999-NQ/TW") is None


def test_counts_after_variant_merges_equal_a_fresh_count(neo4j: Neo4jStore) -> None:
    writes = generated()
    for w in writes:
        neo4j.replace_document(w)
    cited = {k: v[0] for k, v in kept_state(neo4j)["nodes"].items()}
    # 160-TB/TW is 160-KL/TW (a new node), then 5-CT/TW is 6-NQ/TW (two cited nodes, shared
    # citers counted once).
    host = Node("m1", None, "doc:m1", level=Level.CENTRAL, host_doc="m1",
                facts=(Fact(SPELLING, "m1", "m1"),))  # fmt: skip
    said = (Fact(SPELLING, "160-KL/TW", "m1"), Fact(DATE, "2020-06-30", "m1"))
    into = Node("160-KL/TW", "160-KL/TW", "160-KL/TW", kind="KL", level=Level.CENTRAL,
                facts=said)  # fmt: skip
    neo4j.replace_document(
        DocumentWrite("m1", "hm1", "m1.txt", "m1", (host, into),
                      (Edge("m1", "160-KL/TW", T.IMPLEMENTS, "m1"),),
                      merges=(Merge("160-TB/TW", "160-KL/TW"),))  # fmt: skip
    )
    assert neo4j.head("160-TB/TW") is None
    assert_kept_fresh(neo4j)
    other = Node("6-NQ/TW", "6-NQ/TW", "6-NQ/TW", kind="NQ", level=Level.CENTRAL,
                 facts=(Fact(SPELLING, "6-NQ/TW", "m2"),))  # fmt: skip
    host2 = replace(host, key="m2", base="doc:m2", host_doc="m2",
                    facts=(Fact(SPELLING, "m2", "m2"),))  # fmt: skip
    neo4j.replace_document(
        DocumentWrite("m2", "hm2", "m2.txt", "m2", (host2, other),
                      (Edge("m2", "6-NQ/TW", T.CITES, "m2"),),
                      merges=(Merge("5-CT/TW", "6-NQ/TW"),))  # fmt: skip
    )
    after = kept_state(neo4j)["nodes"]
    assert after["6-NQ/TW"][0] <= (cited["5-CT/TW"] or 0) + (cited["6-NQ/TW"] or 0) + 1
    assert_kept_fresh(neo4j)


def test_counts_kept_by_bulk_and_staged_writes_equal_a_fresh_count(neo4j: Neo4jStore) -> None:
    writes = generated()
    neo4j.bulk_write(writes[:50])
    assert_kept_fresh(neo4j)
    staged = StagedNeo4jWriter(neo4j, flush_every=7)
    with neo4j.writing(wait_s=None):
        for i, w in enumerate(writes[50:] + [edited(w, 1) for w in writes[:50:4]]):
            staged.replace_document(w)
            if i % 7 == 6:
                staged.flush()
        staged.flush()
    assert_kept_fresh(neo4j)


def test_a_database_written_before_format_6_gets_its_counts_on_start(
    neo4j: Neo4jStore,
) -> None:
    for w in generated():
        neo4j.replace_document(w)
    want = kept_state(neo4j)
    stats = L.stats(neo4j)
    neo4j._write_query(  # noqa: SLF001 - what a database of format 5 holds
        "MATCH (n:Document) REMOVE n.cited, n.implemented, n.sources, n.day_votes, n.day, "
        "n.year"
    )
    neo4j._write_query("MATCH (n) WHERE n:Tally OR n:Place DELETE n")  # noqa: SLF001
    neo4j._write_query(  # noqa: SLF001
        "MATCH (f:StoreFormat {name: 'vbgraph'}) SET f.version = 5"
    )
    assert L.stats(neo4j)["levels"] == {}  # the tallies are read, never counted on a read
    reopened = Neo4jStore(*neo4j_settings())
    try:
        assert kept_state(reopened) == want
        assert L.stats(reopened) == stats
        found = reopened._read("MATCH (f:StoreFormat) RETURN f.version AS v")  # noqa: SLF001
        assert found[0]["v"] == FORMAT_VERSION
    finally:
        reopened.close()


def test_a_staged_batch_creating_a_stored_node_writes_nothing(neo4j: Neo4jStore) -> None:
    """Nodes a staged batch names new are created without being looked up first; one that is
    stored after all (the mirror was wrong) fails the batch on the key's uniqueness, and the
    whole transaction is rolled back, its other nodes and the stored node's row included."""
    neo4j.replace_document(_lone_write())
    stored = neo4j.head("999-NQ/TW")
    before = (neo4j.counts(), kept_state(neo4j))
    assert stored is not None
    fresh = Node("2000-NQ/TW", "2000-NQ/TW", "2000-NQ/TW", kind="NQ", level=Level.CENTRAL)
    changes = Changes(nodes=(fresh.head, replace(stored, title="replaced")))
    with pytest.raises(RuntimeError, match="did not read"):
        neo4j.apply_changes(changes, new=["2000-NQ/TW", "999-NQ/TW"])
    assert (neo4j.counts(), kept_state(neo4j)) == before
    assert neo4j.head("999-NQ/TW") == stored and neo4j.head("2000-NQ/TW") is None
