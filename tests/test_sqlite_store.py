"""What is particular to the SQLite store (graph.sqlite_store): the file keeps everything across
reopening, a failed write leaves nothing in it, the text index follows every write and is not
rebuilt on opening, its reports' aggregations answer as the scan of every node and edge, and
several processes share one data directory as they share the embedded store's.

The answers every store gives are in the conformance suites (test_graph_store, test_many_citers,
test_neo4j_queries, test_provisions, test_reports), which run on this store too.
"""

from __future__ import annotations

import fcntl
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import graph.sqlite_schema as sqlite_schema
import graph.sqlite_store as sqlite_store
from api.search import CandidateSearch, SearchIndex
from graph import lineage as L
from graph import reports as R
from graph.build import build_document, ingest_extraction
from graph.embedded import EmbeddedStore
from graph.errors import StoreCorrupt, StoreUnavailable
from graph.locking import LOCK_NAME
from graph.reports._scan import ScanReports, reporting
from graph.reports.quality import _RELIES
from graph.sqlite_store import SQLiteStore
from graph.store import QueryingStore, ReportingStore, SearchingStore
from ingest.codes import Level
from ingest.relations import RelationType as T
from tests.graph_fixtures import Cite, corpus, make_extraction
from tests.test_graph_store import Boom, fail_at, ingest_all, snapshot
from tests.test_neo4j_reports import _ranked_calls, generated

REPO = Path(__file__).resolve().parent.parent
# The queries the Neo4j search is checked with (tests/test_api_search.py).
QUERIES = ("62-KL/TW", "62 KL TW", "ket luan 62", "thông báo 160", "160-KL/TW",
           "doi moi noi dung phuong thuc", "ke hoach", "Đức Phố", "qqqzzz")  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore(tmp_path / "graph")
    yield s
    s.close()


def _search_rows(store: SQLiteStore) -> int:
    return int(store._read("SELECT count(*) FROM search")[0][0])  # noqa: SLF001


# ---------------------------------------------------------------------- the file
def test_store_is_every_protocol_the_api_asks(store: SQLiteStore) -> None:
    assert isinstance(store, QueryingStore)
    assert isinstance(store, SearchingStore)
    assert isinstance(store, ReportingStore) and reporting(store) is store


def test_store_survives_reopening(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "g")
    ingest_all(store)
    again = SQLiteStore(tmp_path / "g")
    assert snapshot(again) == snapshot(store)
    assert again.search_candidates("doi moi", limit=5) == store.search_candidates(
        "doi moi", limit=5
    )
    store.close()
    again.close()


@pytest.mark.parametrize("step", ["merges", "removed", "nodes", "edges"])
def test_failed_write_leaves_nothing_in_the_file(tmp_path: Path, step: str) -> None:
    store = SQLiteStore(tmp_path / "g")
    ingest_all(store, [1, 2, 3, 4])
    before, indexed = snapshot(store), _search_rows(store)
    write = build_document(store, corpus()[0])  # also merges 160-KL/TW into 160-TB/TW
    with pytest.raises(Boom):
        store.replace_document(write, checkpoint=fail_at(step))
    store.close()
    again = SQLiteStore(tmp_path / "g")
    assert snapshot(again) == before and _search_rows(again) == indexed
    again.close()


def test_in_memory_store_leaves_no_directory_behind() -> None:
    store = SQLiteStore()
    ingest_all(store, [0])
    where = store.file.parent
    assert where.exists() and store.counts()["documents"] == 1
    store.close()
    assert not where.exists()


def test_corrupt_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "graph.sqlite").write_bytes(b"not a database, " * 512)
    with pytest.raises(StoreCorrupt, match="corrupt") as err:
        SQLiteStore(tmp_path / "g")
    assert err.value.status == 503 and err.value.subject == str(tmp_path / "g" / "graph.sqlite")
    assert err.value.vi.startswith("kho đồ thị bị hỏng; hãy khôi phục bản sao lưu")


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    import sqlite3

    (tmp_path / "g").mkdir()
    other = sqlite3.connect(tmp_path / "g" / "graph.sqlite")
    other.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
    other.execute("INSERT INTO meta VALUES ('format', 'something-else')")
    other.commit()
    other.close()
    with pytest.raises(StoreCorrupt, match="something-else"):
        SQLiteStore(tmp_path / "g")


# ---------------------------------------------------------------------- the text index
def test_search_index_follows_a_replace_and_is_kept_on_disk(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "g")

    def found(s: SQLiteStore, text: str) -> list[str]:
        return [h.key for h, _ in s.search_candidates(text, limit=5)]

    cite = Cite("99-NQ/TW", subject="phát triển nông nghiệp hữu cơ")
    ingest_extraction(store, make_extraction("a", [cite]))
    assert found(store, "nong nghiep") == ["99-NQ/TW"]
    edited = Cite("99-NQ/TW", subject="chuyển đổi số")
    ingest_extraction(store, make_extraction("a", [edited], version="2"))
    assert found(store, "nong nghiep") == []
    assert found(store, "chuyen doi") == ["99-NQ/TW"]
    assert _search_rows(store) == store.counts()["nodes"]
    store.close()
    again = SQLiteStore(tmp_path / "g")  # the index is in the file: nothing rebuilt
    assert found(again, "chuyen doi") == ["99-NQ/TW"]
    again.close()


def test_search_from_its_own_index_answers_as_the_whole_index(store: SQLiteStore) -> None:
    for ext in corpus():
        ingest_extraction(store, ext)
    index = SearchIndex(store.iter_nodes())
    searcher = CandidateSearch(store)
    for query in QUERIES:
        want = [(h.key, h.match) for h in index.search(query, limit=5)]
        assert [(h.key, h.match) for h in searcher.search(query, limit=5)] == want, query
    weights = {h.key: w for h, w in store.search_candidates("62 KL TW", limit=50)}
    assert weights["62-KL/TW@X"] == len(store.node("62-KL/TW@X").sources)  # type: ignore[union-attr]


def test_removed_nodes_leave_the_search_index(store: SQLiteStore) -> None:
    ingest_extraction(store, make_extraction("x", [Cite("999-KL/TW")]))
    assert [h.key for h, _ in store.search_candidates("999 KL TW", limit=5)] == ["999-KL/TW"]
    ingest_extraction(store, make_extraction("x", [Cite("62-KL/TW")], version="2"))
    assert store.node("999-KL/TW") is None
    assert "999-KL/TW" not in [h.key for h, _ in store.search_candidates("999", limit=50)]
    assert _search_rows(store) == store.counts()["nodes"]


# ---------------------------------------------------------------------- reports in SQL
@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[EmbeddedStore, SQLiteStore]]:
    writes = generated()
    embedded = EmbeddedStore(tmp_path_factory.mktemp("g") / "g")
    sqlite = SQLiteStore(tmp_path_factory.mktemp("s") / "s")
    for w in writes:
        embedded.replace_document(w)
    sqlite.bulk_write(writes[:40])  # both write paths
    for w in writes[40:]:
        sqlite.replace_document(w)
    yield embedded, sqlite
    sqlite.close()


def test_sql_aggregations_equal_the_scan_of_every_node_and_edge(
    stores: tuple[EmbeddedStore, SQLiteStore],
) -> None:
    _, sqlite = stores
    scan = ScanReports(sqlite)
    keys = [n.key for n in sqlite.iter_nodes()] + ["no-such-key"]
    for cited in (False, True):
        assert sqlite.report_rows(keys, cited=cited) == scan.report_rows(keys, cited=cited)
    for call in _ranked_calls():
        assert sqlite.ranked(**call) == scan.ranked(**call), call  # type: ignore[arg-type]
    assert sqlite.local_places() == scan.local_places()
    assert sqlite.flagged() == scan.flagged() and sqlite.flagged()
    assert sqlite.ending(_RELIES) == scan.ending(_RELIES) and sqlite.ending(_RELIES)[1]
    assert sqlite.tallies() == scan.tallies()


def test_counts_kept_on_write_follow_merges_edits_and_removals(store: SQLiteStore) -> None:
    ingest_all(store, [1, 2, 3, 4, 0])  # 0 merges 160-KL/TW into 160-TB/TW
    ingest_extraction(store, make_extraction("x", [Cite("62-KL/TW"), Cite("999-KL/TW")]))
    ingest_extraction(store, make_extraction("x", [Cite("62-KL/TW", type=T.REVIEWS)], version="2"))
    scan = ScanReports(store)
    keys = [n.key for n in store.iter_nodes()]
    assert store.report_rows(keys, cited=True) == scan.report_rows(keys, cited=True)
    for call in _ranked_calls():
        assert store.ranked(**call) == scan.ranked(**call), call  # type: ignore[arg-type]
    assert store.local_places() == scan.local_places() and store.local_places()
    assert store.tallies() == scan.tallies()


def test_reports_are_the_same_as_on_the_embedded_store(
    stores: tuple[EmbeddedStore, SQLiteStore],
) -> None:
    embedded, sqlite = stores
    assert R.quality(sqlite).as_dict() == R.quality(embedded).as_dict()
    assert L.stats(sqlite) == L.stats(embedded)
    for level in (None, *Level):
        for year in (None, 2019, 2020, 2021):
            assert R.top(sqlite, level=level, year=year, limit=3) == R.top(
                embedded, level=level, year=year, limit=3
            )
    for key in ("100-KL/TW", "101-KL/TW", "1-NQ/TW", "160-TB/TW"):
        for types in ((T.IMPLEMENTS,), (T.IMPLEMENTS, T.REVIEWS, T.CITES)):
            got = R.coverage(sqlite, key, from_graph=True, types=types)
            assert got == R.coverage(embedded, key, from_graph=True, types=types)
        assert R.lag(sqlite, key) == R.lag(embedded, key)
        assert R.lineage_timeline(sqlite, key) == R.lineage_timeline(embedded, key)


def test_report_dates_follow_document_date_through_edits(store: SQLiteStore) -> None:
    writes = generated(60, seed=4)
    store.bulk_write(writes)
    for w in writes[10:30]:  # the same documents again, then removed by an edit
        store.replace_document(w)
    for w in writes[30:40]:
        store.replace_document(type(w)(w.doc, "edited", w.path, w.host_key, w.nodes[:1], ()))
    rows = store.report_rows([n.key for n in store.iter_nodes()])
    for node in store.iter_nodes():
        assert rows[node.key].day == R.document_date(node), node.key
    assert any(r.day is not None for r in rows.values())


def test_nodes_of_many_codes_read_at_once_are_those_of_each_code(store: SQLiteStore) -> None:
    store.bulk_write(generated(80, seed=5))
    codes = sorted({c for n in store.iter_nodes() for c in n.codes})[:60] + ["999-XX/YY"]
    at_once = store.heads_by_codes(codes)
    assert at_once == {c: store.heads_by_code(c) for c in codes}
    assert at_once["999-XX/YY"] == [] and sum(map(len, at_once.values())) >= 60


def _said_tables(store: SQLiteStore) -> tuple[list[Any], ...]:
    read = store._read  # noqa: SLF001
    return (
        read("SELECT * FROM said ORDER BY key, doc"),
        read("SELECT * FROM date_votes ORDER BY key, value"),
        read("SELECT key, sources, day FROM nodes ORDER BY key"),
    )


def test_what_a_document_says_written_at_once_is_written_as_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`Transaction.say_many` (one read, each table written once) leaves the rows the
    per-node `set_said` leaves, through new documents, the same again, edits and removals."""

    def run(path: Path) -> tuple[list[Any], ...]:
        s = SQLiteStore(path)
        try:
            writes = generated(60, seed=7)
            for w in writes:
                s.replace_document(w)
            for w in writes[10:30]:  # the same documents again: what they say is replaced
                s.replace_document(w)
            for w in writes[30:40]:  # edited: fewer nodes, other facts
                s.replace_document(type(w)(w.doc, "edited", w.path, w.host_key, w.nodes[:1], ()))
            for w in writes[40:45]:
                s.replace_document(type(w)(w.doc, "edited", w.path, w.host_key, w.nodes[1:], ()))
            return _said_tables(s)
        finally:
            s.close()

    at_once = run(tmp_path / "at-once")
    sqlite_writes = __import__("graph.sqlite_writes", fromlist=["Transaction"])

    def one_by_one(self: Any, doc: str, items: Any) -> None:
        for key, facts in items:
            self.set_said(key, doc, facts)

    monkeypatch.setattr(sqlite_writes.Transaction, "say_many", one_by_one)
    assert run(tmp_path / "one-by-one") == at_once
    assert at_once[0] and at_once[1]  # facts and date votes were written


# ---------------------------------------------------------------------- processes
def test_a_second_process_writes_and_the_first_sees_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = SQLiteStore(data)
    ingest_extraction(store, corpus()[0])
    assert not store.stale()
    code = (
        "import sys\nfrom graph.build import ingest_extraction\n"
        "from graph.sqlite_store import SQLiteStore\nfrom tests.graph_fixtures import corpus\n"
        "store = SQLiteStore(sys.argv[1])\n"
        "for ext in corpus()[1:]:\n    ingest_extraction(store, ext)\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(data)], cwd=REPO,
                         capture_output=True, text=True, check=False)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert store.stale() and store.refresh() and not store.refresh()
    assert store.counts()["documents"] == 5
    reference = EmbeddedStore(None)
    ingest_all(reference)
    assert snapshot(store) == snapshot(reference)
    store.close()


def test_a_store_opened_while_another_process_makes_the_file_waits_for_it(
    tmp_path: Path,
) -> None:
    # CI once failed with "database is locked": two processes opened one new store at once, and
    # while one held the new file (not yet in WAL mode) half-written, SQLite refused the other's
    # switch to WAL at once, without its busy wait.
    other = sqlite3.connect(tmp_path / "graph.sqlite", isolation_level=None,
                            check_same_thread=False)  # fmt: skip
    other.execute("CREATE TABLE started (a)")
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO started VALUES (1)")
    done = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    done.start()
    store = SQLiteStore(tmp_path)
    done.join()
    assert store.counts()["documents"] == 0
    store.close()
    other.close()


def test_a_write_gives_up_with_a_clear_error_when_another_writer_holds_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SQLiteStore(tmp_path)
    docs = corpus()
    ingest_extraction(store, docs[0])
    before = store.counts()
    monkeypatch.setattr(sqlite_store, "WRITE_WAIT_S", 0.3)
    with open(tmp_path / LOCK_NAME, "a+b") as other:
        fcntl.flock(other, fcntl.LOCK_EX)  # another process in the middle of a long batch
        said = "một tiến trình khác đang ghi vào kho đồ thị .* / another process"
        with pytest.raises(StoreUnavailable, match=said):
            ingest_extraction(store, docs[1])
    assert store.counts() == before == SQLiteStore(tmp_path).counts()
    ingest_extraction(store, docs[1])  # once it is done, the write goes through
    assert SQLiteStore(tmp_path).counts()["documents"] == 2
    store.close()


def test_documents_written_before_an_error_in_a_batch_are_saved(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path)
    docs = corpus()
    with pytest.raises(KeyboardInterrupt), store.batch():
        ingest_extraction(store, docs[0])
        ingest_extraction(store, docs[1])
        raise KeyboardInterrupt
    assert SQLiteStore(tmp_path).counts()["documents"] == 2
    store.close()


@pytest.mark.parametrize("step", ["merges", "removed", "nodes", "edges"])
def test_a_failed_write_in_a_batch_takes_back_that_document_only(
    tmp_path: Path, step: str
) -> None:
    store = SQLiteStore(tmp_path / "g")
    with store.batch():
        ingest_all(store, [1, 2])
        before, indexed = snapshot(store), _search_rows(store)
        write = build_document(store, corpus()[0])  # also merges 160-KL/TW into 160-TB/TW
        with pytest.raises(Boom):
            store.replace_document(write, checkpoint=fail_at(step))
        assert snapshot(store) == before and _search_rows(store) == indexed
        ingest_all(store, [3, 4])  # the batch goes on in the same group
    store.close()
    again = SQLiteStore(tmp_path / "g")
    reference = EmbeddedStore(None)
    ingest_all(reference, [1, 2, 3, 4])
    assert snapshot(again) == snapshot(reference)
    assert _search_rows(again) == again.counts()["nodes"]
    again.close()


def _groups_of(monkeypatch: pytest.MonkeyPatch, docs: int) -> None:
    """A batch commits every `docs` documents, never for the time."""
    monkeypatch.setattr(sqlite_store, "GROUP_DOCS", docs)
    monkeypatch.setattr(sqlite_store, "GROUP_S", 3600.0)


def test_a_batch_commits_in_groups_others_see(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _groups_of(monkeypatch, 2)
    store, reader = SQLiteStore(tmp_path / "g"), SQLiteStore(tmp_path / "g")
    seen = []
    with store.batch():
        for i in range(5):
            ingest_all(store, [i])
            seen.append((store.counts()["documents"], reader.counts()["documents"]))
    assert seen == [(1, 0), (2, 2), (3, 2), (4, 4), (5, 4)]  # the writer reads its own writes
    assert reader.counts()["documents"] == 5  # the open group committed at the end
    reference = EmbeddedStore(None)
    ingest_all(reference)
    assert snapshot(reader) == snapshot(reference)
    store.close()
    reader.close()


def test_a_group_that_cannot_be_committed_says_which_documents_are_not_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _groups_of(monkeypatch, 2)
    store = SQLiteStore(tmp_path / "g")
    real_settle = sqlite_store.Transaction.settle

    def full_disk(tx: sqlite_store.Transaction) -> None:
        if store.counts()["documents"] == 4:  # the second group: d2, d3
            raise sqlite3.OperationalError("database or disk is full")
        real_settle(tx)

    monkeypatch.setattr(sqlite_store.Transaction, "settle", full_disk)
    lost = r"disk is full; the last 2 document\(s\)"
    with pytest.raises(StoreUnavailable, match=lost), store.batch():
        ingest_all(store, [0, 1, 2, 3, 4])
    assert SQLiteStore(tmp_path / "g").counts()["documents"] == 2  # the first group
    store.close()


def test_a_document_whose_failure_ends_the_group_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _groups_of(monkeypatch, sqlite_store.GROUP_DOCS)
    store = SQLiteStore(tmp_path / "g")
    real_apply = sqlite_store.Transaction.apply

    def failing(tx: sqlite_store.Transaction, write: Any, checkpoint: Any) -> None:
        if write.doc == corpus()[2].document.id:
            tx.conn.execute("ROLLBACK")  # as SQLite does on some errors (a full disk)
            raise sqlite3.OperationalError("database or disk is full")
        real_apply(tx, write, checkpoint)

    monkeypatch.setattr(sqlite_store.Transaction, "apply", failing)
    with pytest.raises(StoreUnavailable, match=r"the last 2 document\(s\) written"), store.batch():
        ingest_all(store, [0, 1, 2])
    with store.batch():
        ingest_all(store, [3])  # the store goes on working
    assert SQLiteStore(tmp_path / "g").counts()["documents"] == 1
    store.close()


# A writer killed outright: a bulk load (transactions of 50 documents) and a batch of
# documents written one by one (groups of 7).
_KILLED_WRITERS = {
    "bulk": (50, """
import sys
import graph.sqlite_store as s
from bench.gen_graph import generate
s.BULK_DOCS = 50
store = s.SQLiteStore(sys.argv[1])
print("open", flush=True)
store.bulk_write(generate(200_000))
"""),
    "batch": (7, """
import sys
import graph.sqlite_store as s
from bench.gen_graph import generate
s.GROUP_DOCS, s.GROUP_S = 7, 3600.0
store = s.SQLiteStore(sys.argv[1])
print("open", flush=True)
with store.batch():
    for write in generate(200_000):
        store.replace_document(write)
"""),
}


@pytest.mark.parametrize("writer_kind", sorted(_KILLED_WRITERS))
def test_a_killed_writer_leaves_whole_transactions(tmp_path: Path, writer_kind: str) -> None:
    per_commit, code = _KILLED_WRITERS[writer_kind]
    data = tmp_path / "data"
    writer = subprocess.Popen([sys.executable, "-c", code, str(data)], cwd=REPO,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    assert writer.stdout is not None and writer.stdout.readline() == b"open\n"
    store = SQLiteStore(data)
    deadline = time.monotonic() + 60
    while store.counts()["documents"] < 10 * per_commit and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    store.close()
    again = SQLiteStore(data)
    counts = again.counts()
    assert counts["documents"] >= 10 * per_commit and counts["documents"] % per_commit == 0
    assert again._read("PRAGMA integrity_check") == [("ok",)]  # noqa: SLF001
    dangling = again._read(  # noqa: SLF001
        "SELECT count(*) FROM edges e WHERE NOT EXISTS (SELECT 1 FROM nodes n WHERE n.key = "
        "e.source) OR NOT EXISTS (SELECT 1 FROM nodes n WHERE n.key = e.target)"
    )
    assert dangling == [(0,)]
    assert _search_rows(again) == counts["nodes"]
    again.close()


def test_the_api_store_passes_walks_reports_and_search_to_the_store(tmp_path: Path) -> None:
    from api.settings import Settings, open_configured_store
    from api.state import GuardedStore, SearchCache

    inner = open_configured_store(Settings(backend="sqlite", data_dir=tmp_path / "graph"))
    assert isinstance(inner, SQLiteStore)
    ingest_all(inner)
    guarded = GuardedStore(inner)
    assert isinstance(guarded, QueryingStore) and isinstance(guarded, ReportingStore)
    assert isinstance(SearchCache().get(guarded), CandidateSearch)  # no index built
    calls: list[str] = []
    for name in ("walk", "ranked", "search_candidates"):
        original = getattr(inner, name)

        def spy(*args: Any, name: str = name, original: Any = original, **kw: Any) -> Any:
            calls.append(name)
            return original(*args, **kw)

        setattr(inner, name, spy)
    assert L.down(guarded, "62-KL/TW@X").keys == L.down(inner, "62-KL/TW@X").keys
    R.top(guarded, limit=3)
    CandidateSearch(guarded).search("ket luan 62")
    assert {"walk", "ranked", "search_candidates"} <= set(calls)
    guarded.close()


# ---------------------------------------------------------------------- switching
def test_an_embedded_store_copied_into_sqlite_answers_the_same(tmp_path: Path) -> None:
    from graph.sqlite_import import copy_store
    from tests.graph_fixtures import hierarchy

    embedded = EmbeddedStore(tmp_path / "data")
    ingest_all(embedded)  # with a variant merge and conflicting dates
    embedded.bulk_write(hierarchy(2, 2, 1))
    sqlite = SQLiteStore(tmp_path / "data")  # graph.sqlite beside graph.json
    counts = copy_store(EmbeddedStore(tmp_path / "data"), sqlite)
    assert counts == embedded.counts()
    assert snapshot(sqlite) == snapshot(embedded)
    nodes = list(embedded.iter_nodes())
    assert sqlite.heads_by_key([n.key for n in nodes]) == {n.key: n.head for n in nodes}
    assert R.quality(sqlite).as_dict() == R.quality(embedded).as_dict()
    assert R.top(sqlite, limit=5) == R.top(embedded, limit=5)
    paths = {rec.path for rec in embedded.iter_documents() if rec.path}
    assert len(paths) == 6  # the five files and the hierarchy's c.txt
    for p in paths:
        assert sqlite.documents_at(p) == embedded.documents_at(p) != []
    for ext in corpus():  # writes go on as on the embedded store
        ingest_extraction(sqlite, ext)
        ingest_extraction(embedded, ext)
    assert snapshot(sqlite) == snapshot(embedded)
    with pytest.raises(ValueError, match="not empty"):
        copy_store(embedded, sqlite)
    sqlite.close()


def test_request_threads_read_while_a_document_is_written(tmp_path: Path) -> None:
    import random

    from api.state import GuardedStore
    from bench.gen_graph import generate

    writes = list(generate(600))
    inner = SQLiteStore(tmp_path / "graph")
    inner.bulk_write(writes[:400])
    guarded = GuardedStore(inner)
    errors: list[str] = []

    def reader(seed: int) -> None:
        rng = random.Random(seed)
        try:
            for _ in range(40):
                w = rng.choice(writes[:400])
                assert L.up(guarded, w.host_key, types=None).keys >= {e.target for e in w.edges}
                CandidateSearch(guarded).search(f"ke hoach {w.doc}")
                guarded.refresh()
        except Exception as exc:  # reported below, from the main thread
            errors.append(repr(exc))

    def writer() -> None:
        try:
            for w in writes[400:]:
                guarded.replace_document(w)
        except Exception as exc:
            errors.append(repr(exc))

    threads = [threading.Thread(target=reader, args=(i,)) for i in range(6)]
    threads.append(threading.Thread(target=writer))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert guarded.counts()["documents"] == 600
    assert len(inner._connections) > 2  # noqa: SLF001 - each thread its own connection
    guarded.close()


# ---------------------------------------------------------------------- older files
# A store written by the code of file version 1 (main at c2fcf73, its edge counts kept by a
# trigger on every inserted edge): documents a, b and c (c ingested twice), vacuumed.
V1_STORE = REPO / "tests" / "stores" / "sqlite_v1" / "graph.sqlite"


def _rows(file: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the file, sorted (the text index by rowid and texts)."""
    conn = sqlite3.connect(file)
    try:
        rows = {
            t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
            for t in sqlite_schema.TABLES
            if t != "search"
        }
        rows["search"] = conn.execute("SELECT rowid, codes, text FROM search ORDER BY 1").fetchall()
        rows["version"] = conn.execute("SELECT value FROM meta WHERE name = 'version'").fetchall()
        return rows
    finally:
        conn.close()


def _counts_are_the_edges(store: SQLiteStore) -> None:
    """`pairs` and the nodes' cited / implemented are what the edges make them."""
    impl = T.IMPLEMENTS.value
    read = store._read  # noqa: SLF001
    assert read("SELECT * FROM pairs ORDER BY 1, 2") == read(
        f"SELECT target, source, count(*), sum(type = '{impl}') FROM edges "
        "GROUP BY target, source ORDER BY 1, 2"
    )
    assert read("SELECT key, cited, implemented FROM nodes ORDER BY key") == read(
        "SELECT n.key, (SELECT count(DISTINCT source) FROM edges WHERE target = n.key), "
        f"(SELECT count(DISTINCT source) FROM edges WHERE target = n.key AND type = '{impl}') "
        "FROM nodes n ORDER BY n.key"
    )


def test_a_version_1_store_is_upgraded_on_opening_and_loses_nothing(tmp_path: Path) -> None:
    (tmp_path / "g").mkdir()
    file = tmp_path / "g" / "graph.sqlite"
    file.write_bytes(V1_STORE.read_bytes())
    before = _rows(file)
    assert before["version"] == [("1",)] and before["edges"]
    store = SQLiteStore(tmp_path / "g")
    after = _rows(file)
    assert after.pop("version") == [(str(sqlite_schema.VERSION),)]
    before.pop("version")
    assert after == before
    triggers = store._read("SELECT name FROM sqlite_master WHERE type = 'trigger'")  # noqa: SLF001
    assert ("edge_added",) not in triggers and ("edge_removed",) in triggers
    _counts_are_the_edges(store)
    # written on by this code: new citers, a citer again, a pair gaining IMPLEMENTS, removals
    ingest_extraction(store, make_extraction("d", [Cite("62-KL/TW"), Cite("160-KL/TW")]))
    ingest_extraction(store, make_extraction("b", [Cite("62-KL/TW", type=T.REVIEWS)], version="2"))
    ingest_extraction(store, make_extraction("a", [Cite("160-KL/TW")], version="2"))
    _counts_are_the_edges(store)
    store.close()
    again = SQLiteStore(tmp_path / "g")
    _counts_are_the_edges(again)
    scan = ScanReports(again)
    keys = [n.key for n in again.iter_nodes()]
    assert again.report_rows(keys, cited=True) == scan.report_rows(keys, cited=True)
    for call in _ranked_calls():
        assert again.ranked(**call) == scan.ranked(**call), call  # type: ignore[arg-type]
    assert again.search_candidates("62 KL TW", limit=5)
    again.close()


def test_a_version_1_store_nobody_may_write_is_read_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "g").mkdir()
    file = tmp_path / "g" / "graph.sqlite"
    file.write_bytes(V1_STORE.read_bytes())
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    store = SQLiteStore(tmp_path / "g")
    assert store.read_only and store.counts()["edges"] == len(_rows(file)["edges"])
    _counts_are_the_edges(store)
    store.close()
    assert _rows(file)["version"] == [("1",)]


def test_counts_kept_per_statement_follow_edges_written_at_once(store: SQLiteStore) -> None:
    """Edges of one statement: several to one target from one source, an IMPLEMENTS beside
    other types, an edge written again (its row kept, its counts too)."""
    cites = [Cite("62-KL/TW", type=T.REVIEWS), Cite("62-KL/TW"), Cite("62-KL/TW"),
             Cite("160-KL/TW", type=T.REVIEWS), Cite("01-NQ/TU", source="62-KL/TW")]  # fmt: skip
    with store.batch():
        ingest_extraction(store, make_extraction("a", cites))
        ingest_extraction(store, make_extraction("b", cites[1:3]))
        _counts_are_the_edges(store)
        ingest_extraction(store, make_extraction("a", cites[2:], version="2"))
    _counts_are_the_edges(store)


def test_a_batch_checkpoints_less_often_and_restores_the_default(store: SQLiteStore) -> None:
    def pages() -> int:
        return int(store._conn().execute("PRAGMA wal_autocheckpoint").fetchone()[0])  # noqa: SLF001

    assert pages() == sqlite_store.CHECKPOINT_PAGES
    with store.batch():
        ingest_all(store, [0])
        assert pages() == sqlite_store.BATCH_CHECKPOINT_PAGES
    assert pages() == sqlite_store.CHECKPOINT_PAGES
