"""Opening a Neo4j store checks its schema in one query (graph.neo4j_store._schema_in_place)
and runs SCHEMA only when something is missing, not online, or left to drop."""

from __future__ import annotations

import pytest

from graph.neo4j_store import _SCHEMA_NAMES, Neo4jStore
from tests.graph_fixtures import neo4j_settings, open_test_neo4j


def _names(store: Neo4jStore) -> set[str]:
    records, _, _ = store._driver.execute_query("SHOW INDEXES YIELD name")  # noqa: SLF001
    return {r["name"] for r in records}


def _reopened() -> Neo4jStore:
    uri, user, password = neo4j_settings()
    return Neo4jStore(uri, user, password)


def test_schema_names_cover_every_statement() -> None:
    assert _SCHEMA_NAMES["DROP"] == ["said_key"]
    assert "document_key" in _SCHEMA_NAMES["CONSTRAINT"]
    assert "document_search" in _SCHEMA_NAMES["INDEX"]


@pytest.mark.parametrize(
    "drop",
    [
        "DROP INDEX document_level_cited",  # an index
        "DROP CONSTRAINT tally_id",  # a constraint (and the index it owns)
    ],
)
def test_a_missing_part_of_the_schema_is_made_again_on_opening(drop: str) -> None:
    store = open_test_neo4j()
    try:
        assert store._schema_in_place()  # noqa: SLF001
        store._driver.execute_query(drop)  # noqa: SLF001
        assert not store._schema_in_place()  # noqa: SLF001
    finally:
        store.close()
    again = _reopened()
    try:
        assert again._schema_in_place()  # noqa: SLF001
        assert {"document_level_cited", "tally_id"} <= _names(again)
    finally:
        again.close()


def test_an_index_schema_drops_is_dropped_on_opening() -> None:
    store = open_test_neo4j()
    try:
        store._driver.execute_query(  # noqa: SLF001
            "CREATE INDEX said_key IF NOT EXISTS FOR (s:Said) ON (s.key)"
        )
        assert not store._schema_in_place()  # noqa: SLF001
    finally:
        store.close()
    again = _reopened()
    try:
        assert "said_key" not in _names(again)
    finally:
        again.close()
