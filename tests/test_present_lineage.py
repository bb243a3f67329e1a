"""The API's lineage answers built from plain data are the bytes the response model gives."""

from __future__ import annotations

import pytest

from api import present
from graph import lineage as L
from graph import open_store
from graph.build import ingest_extraction
from graph.store import GraphStore
from ingest.relations import RelationType
from tests.graph_fixtures import WARD_PLAN, corpus


@pytest.fixture(scope="module")
def store() -> GraphStore:
    s = open_store("embedded")
    for ext in corpus():
        ingest_extraction(s, ext)
    return s


@pytest.mark.parametrize(
    ("code", "direction", "depth", "types", "limit"),
    [
        ("62-KL/TW", "down", 10, None, 1000),
        ("62-KL/TW", "down", 1, None, 1000),
        ("62-KL/TW", "down", 10, (RelationType.CITES,), 1000),
        ("62-KL/TW", "down", 10, None, 2),  # truncated
        (WARD_PLAN, "up", 10, None, 1000),
        ("160-TB/TW", "up", 10, None, 1000),
    ],
)
def test_lineage_json_is_the_models_json(
    store: GraphStore,
    code: str,
    direction: L.Direction,
    depth: int,
    types: tuple[RelationType, ...] | None,
    limit: int,
) -> None:
    walk = L.walk_code(
        store, code, direction=direction, depth=depth, types=types or L.LINEAGE_TYPES, limit=limit
    )
    assert walk.reached, "a walk that reaches nothing compares nothing"
    fast = present.lineage_json(walk, walk.heads)
    assert fast == present.lineage(walk, walk.heads).model_dump_json().encode()
