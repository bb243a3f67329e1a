"""What stored texts wrote, read for many at once (Neo4jStore.document_contributions, the
staged writer's read of the texts a write places again) equals each read alone
(document_contribution): the same heads, only each text's own edges and Said texts, where
several texts speak of the same nodes and cite each other. So do the citers of many nodes
(citing_documents_many, what the builder reads before it places undated mentions again)."""

from __future__ import annotations

from typing import Any

import pytest

from graph.model import DATE, UNCERTAIN, UNDATED, Edge, Head
from graph.neo4j_store import Neo4jStore
from tests.graph_fixtures import open_test_neo4j
from tests.test_neo4j_reports import generated

pytestmark = pytest.mark.neo4j


def _sorted(
    part: tuple[list[Head], list[Edge], list[tuple[str, str, str]]],
) -> tuple[Any, ...]:
    heads, edges, said = part
    return (
        sorted(heads, key=lambda h: h.key),
        sorted(edges, key=lambda e: e.id),
        sorted(said),
    )


def test_contributions_read_together_equal_each_read_alone() -> None:
    neo4j = open_test_neo4j()
    try:
        _check(neo4j)
    finally:
        neo4j.close()


def _check(neo4j: Neo4jStore) -> None:
    writes = generated()
    for w in writes:
        neo4j.replace_document(w)
    records = neo4j.stored_records([w.doc for w in writes])
    assert len(records) == len(writes)
    together = neo4j.document_contributions(records)
    alone = [neo4j.document_contribution(r) for r in records]
    assert [_sorted(c) for c in together] == [_sorted(c) for c in alone]
    assert sum(len(c[1]) for c in together) > len(records)  # texts with edges were read
    assert all(d == r.doc for r, c in zip(records, together, strict=True) for _, d, _ in c[2])
    assert neo4j.document_contributions([]) == []
    _check_citers(neo4j, sorted({k for r in records for k in r.node_keys}))


def _check_citers(neo4j: Neo4jStore, keys: list[str]) -> None:
    asks = [(k, f) for k in keys for f in (None, UNDATED, UNCERTAIN, DATE)]
    together = neo4j.citing_documents_many(asks)
    assert together == {(k, f): neo4j.citing_documents(k, f) for k, f in asks}
    assert sum(len(docs) for (_, f), docs in together.items() if f is None) > len(keys)
    assert any(docs for (_, f), docs in together.items() if f == DATE)  # a field filters
    assert any(
        together[(k, DATE)] != together[(k, None)] for k in keys
    )  # and leaves out citers without it
    assert neo4j.citing_documents_many([]) == {}
