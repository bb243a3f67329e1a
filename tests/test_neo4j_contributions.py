"""What stored texts wrote, read for many at once (Neo4jStore.document_contributions, the
staged writer's read of the texts a write places again) equals each read alone
(document_contribution): the same heads, only each text's own edges and Said texts, where
several texts speak of the same nodes and cite each other."""

from __future__ import annotations

from typing import Any

import pytest

from graph.model import Edge, Head
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
