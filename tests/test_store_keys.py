"""Stores written before a dated document's key carried its scope open and read right.

Until file versions SQLite 3 and embedded 4, the first dated document of a code whose
numbering restarts held the code alone as its key ("35-CT/TW" for the directive of 2019, beside
"35-CT/TW@XIII" for the one of 2024): a key that was also the code typed. Opening such a store
renames those nodes (graph.undated.scope_renames) with every edge, fact, record, candidate and
note that names them.

tests/stores/sqlite_v2 and tests/stores/embedded_v3 were written by main at 5104957 (SQLite
file version 2, embedded snapshot version 3 with its journal): the Quảng Trị plan of 2019, the
directive 35-CT/TW of 2024 and the commune plan citing 35-CT/TW undated
(tests/test_graph_store.py `_PLAN_2019`, `_DIRECTIVE_2024`, `_UNDATED_PLAN`), then the two
citers of 11/NQ-CP of 2022 and 2026 (tests/test_order.py `YEAR_CITERS`), each through
`ingest_extraction` into `open_store("sqlite" | "embedded", data_dir=…)`.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from graph import lineage as L
from graph import open_store
from graph import undated as U
from graph.build import ingest_extraction
from graph.errors import AmbiguousCode
from graph.identity import noted_keys, shared
from graph.model import DocumentWrite
from graph.sqlite_store import SQLiteStore
from graph.store import GraphStore
from ingest import extract
from ingest.relations import RelationType
from tests.test_graph_store import StoreContract, snapshot

STORES = Path(__file__).resolve().parent / "stores"
# What main wrote, by key (the keys a store written by it holds)
OLD_KEYS = {
    "11/NQ-CP", "11/NQ-CP@2026", "12-KH/ĐU@?doc-36e871b2c09cd247", "150-KH/TU@quang-tri",
    "35-CT/TW", "35-CT/TW@XIII", "71/NQ-CP", "doc:doc-c1df6d14c5986bb1",
    "doc:doc-f793cf1231c3d85c",
}  # fmt: skip
NEW_KEYS = {
    "11/NQ-CP@2022", "11/NQ-CP@2026", "12-KH/ĐU@?doc-36e871b2c09cd247",
    "150-KH/TU@quang-tri@2015-2020", "35-CT/TW@XII", "35-CT/TW@XIII", "71/NQ-CP@2025",
    "doc:doc-c1df6d14c5986bb1", "doc:doc-f793cf1231c3d85c",
}  # fmt: skip
PLAN = "12-KH/ĐU@?doc-36e871b2c09cd247"  # the commune plan citing 35-CT/TW undated


def _sqlite(tmp: Path) -> GraphStore:
    (tmp / "g").mkdir()
    shutil.copy(STORES / "sqlite_v2" / "graph.sqlite", tmp / "g")
    return open_store("sqlite", data_dir=tmp / "g")


def _embedded(tmp: Path) -> GraphStore:
    shutil.copytree(STORES / "embedded_v3", tmp / "g")
    return open_store("embedded", data_dir=tmp / "g")


def _reopen(tmp: Path, backend: str) -> GraphStore:
    return open_store(backend, data_dir=tmp / "g")  # type: ignore[arg-type]


def _holds_together(store: GraphStore) -> None:
    """Every edge's ends, candidates and every note's keys are nodes the store holds; an
    uncertain edge stands to one of its candidates; no dated document is keyed by its code
    (but an unplaced local code's first, which names its citing text)."""
    keys = {n.key for n in store.iter_nodes()}
    for e in store.iter_edges():
        assert {e.source, e.target} <= keys, e
        if e.candidates:
            assert set(e.candidates) <= keys and e.target in e.candidates, e
    for n in store.iter_nodes():
        assert not (n.scope and n.key == n.base and shared(n.base)), n.key
        for note in n.uncertain:
            assert set(noted_keys(note) or ()) <= keys, (n.key, note)
    for rec in (store.document(e.doc) for e in store.iter_edges()):
        assert rec is not None and rec.host_key in keys


def _reads_right(store: GraphStore) -> None:
    """What a store rekeyed from the fixtures holds, and how it answers."""
    assert {n.key for n in store.iter_nodes()} == NEW_KEYS
    assert store.counts() == {"nodes": 9, "edges": 8, "documents": 5}
    _holds_together(store)
    # the directive of 2019 answers to its new key; the code typed names both
    assert L.resolve(store, "35-CT/TW@XII") == "35-CT/TW@XII"
    with pytest.raises(AmbiguousCode) as err:
        L.resolve(store, "35 CT TW")
    assert list(err.value.candidates) == ["35-CT/TW@XII", "35-CT/TW@XIII"]
    assert L.resolve(store, "150-KH/TU") == "150-KH/TU@quang-tri@2015-2020"
    # the plan citing it undated stands to both, uncertain, as it did
    edges = store.out_edges([PLAN], [RelationType.IMPLEMENTS])
    assert sorted(e.target for e in edges) == ["35-CT/TW@XII", "35-CT/TW@XIII"]
    assert all(e.candidates == ("35-CT/TW@XII", "35-CT/TW@XIII") for e in edges)
    (dated,) = [e for e in store.in_edges(["35-CT/TW@XII"]) if e.source.startswith("150-")]
    assert dated.source == "150-KH/TU@quang-tri@2015-2020" and dated.candidates == ()
    (replaces,) = store.out_edges(["35-CT/TW@XIII"], [RelationType.REPLACES])
    assert replaces.target == "35-CT/TW@XII"
    # written on by this code: a text citing the directive of 2019 by its date
    text = StoreContract._PLAN_2019.replace("Số 150-KH/TU", "Số 151-KH/TU")
    ingest_extraction(store, extract(text, path="kh-151.txt"))
    assert {n.key for n in store.nodes_by_code("35-CT/TW")} == {"35-CT/TW@XII", "35-CT/TW@XIII"}
    _holds_together(store)


@pytest.mark.parametrize(("backend", "opener"), [("sqlite", _sqlite), ("embedded", _embedded)])
def test_a_store_written_before_scoped_keys_is_rekeyed_on_opening(
    tmp_path: Path, backend: str, opener: Callable[[Path], GraphStore]
) -> None:
    store = opener(tmp_path)
    _reads_right(store)
    before = snapshot(store)
    store.close()
    again = _reopen(tmp_path, backend)
    assert snapshot(again) == before
    again.close()
    if backend == "sqlite":
        conn = sqlite3.connect(tmp_path / "g" / "graph.sqlite")
        assert conn.execute("SELECT value FROM meta WHERE name = 'version'").fetchall() == [("3",)]
        conn.close()
    else:
        saved = orjson.loads((tmp_path / "g" / "graph.json").read_bytes())
        assert saved["version"] == 4


def _as_main_wrote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[DocumentWrite]:
    """The documents of the SQLite fixture as main stored them (read as it is: a file nobody
    may write is not upgraded), each its whole contribution."""
    (tmp_path / "legacy").mkdir()
    shutil.copy(STORES / "sqlite_v2" / "graph.sqlite", tmp_path / "legacy")
    with monkeypatch.context() as m:
        m.setattr(os, "access", lambda path, mode: mode != os.W_OK)
        legacy = SQLiteStore(tmp_path / "legacy")
    records = sorted({rec.doc: rec for rec in map(legacy.document, _docs(legacy)) if rec}.values(),
                     key=lambda rec: rec.doc)  # fmt: skip
    writes = [U.moved(U.Contribution.of(r, legacy.document_contribution(r)), (), {})
              for r in records]  # fmt: skip
    assert {n.key for w in writes for n in w.nodes} == OLD_KEYS
    legacy.close()
    return writes


def _docs(store: GraphStore) -> list[str]:
    return sorted({e.doc for e in store.iter_edges()} | {n.host_doc for n in store.iter_nodes()
                                                          if n.host_doc})  # fmt: skip


@pytest.mark.neo4j
def test_a_neo4j_database_written_before_scoped_keys_is_rekeyed_on_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph.neo4j_store import _SET_FORMAT, Neo4jStore
    from tests.graph_fixtures import neo4j_settings, open_test_neo4j

    store = open_test_neo4j()
    for write in _as_main_wrote(tmp_path, monkeypatch):  # (its format 6: the keys main gave)
        store.replace_document(write)
    store._write_query(_SET_FORMAT, version=6)  # noqa: SLF001
    assert {n.key for n in store.iter_nodes()} == OLD_KEYS
    store.close()
    again = Neo4jStore(*neo4j_settings())
    try:
        _reads_right(again)
        before = snapshot(again)
        again.close()
        again = Neo4jStore(*neo4j_settings())
        assert snapshot(again) == before
    finally:
        again.clear()
        again.close()


def test_the_stores_hold_what_main_wrote() -> None:
    """The fixtures are what the module docstring says (read without this code's upgrade)."""
    conn = sqlite3.connect(f"{(STORES / 'sqlite_v2' / 'graph.sqlite').as_uri()}?mode=ro", uri=True)
    assert {k for (k,) in conn.execute("SELECT key FROM nodes")} == OLD_KEYS
    assert conn.execute("SELECT value FROM meta WHERE name = 'version'").fetchall() == [("2",)]
    conn.close()
    saved = orjson.loads((STORES / "embedded_v3" / "graph.json").read_bytes())
    assert saved["version"] == 3
