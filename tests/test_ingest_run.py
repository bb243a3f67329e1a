"""Bulk ingest (api.ingest_run): workers or not, staged into Neo4j or not, the same graph.

`vbgraph ingest --jobs N` reads and extracts in N worker processes and writes from one; the
graph must not depend on N. Into Neo4j a bulk run writes through a staged mirror
(graph.staged); the graph must be the one document-by-document writes give.
"""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import api.ingest_run as ingest_run
from api.ingest_run import ingest_files
from api.uploads import prepare, walk
from bench.gen_corpus import document
from graph.build import ingest_extraction
from graph.embedded import EmbeddedStore
from graph.store import GraphStore
from tests.graph_fixtures import CORPUS, open_test_neo4j

GENERATED = 40


def _corpus(folder: Path) -> Path:
    """The five samples, generated documents in a subfolder, a README and two bad files."""
    folder.mkdir(parents=True, exist_ok=True)
    for p in sorted(CORPUS.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    sub = folder / "generated"
    sub.mkdir(exist_ok=True)
    for i in range(GENERATED):
        (sub / f"gen_{i:03d}.txt").write_text(document(21, i).text, encoding="utf-8")
    (folder / "README.md").write_text("describes the folder, not a document", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    (folder / "empty.md").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("bulk") / "docs")


def _snapshot(store: GraphStore) -> tuple[Any, ...]:
    nodes = sorted((n.key, sorted(n.as_dict().items(), key=str)) for n in store.iter_nodes())
    edges = sorted(repr(e.to_row()) for e in store.iter_edges())
    return nodes, edges, store.counts()


def _ingest(store: GraphStore, folder: Path, jobs: int) -> ingest_run.RunStats:
    batch = getattr(store, "batch", None)
    if callable(batch):
        with batch():
            return ingest_files(store, walk([folder]), jobs=jobs, keep_reports=True)
    return ingest_files(store, walk([folder]), jobs=jobs, keep_reports=True)


def _direct(store: GraphStore, folder: Path) -> None:
    """Document by document, in this process, the way one upload is written."""
    for path in walk([folder]):
        prepared = prepare(str(path), filename=str(path))
        if not hasattr(prepared, "ok"):
            ingest_extraction(store, prepared.extraction)  # type: ignore[union-attr]


# ---------------------------------------------------------------------------- walking
def test_walk_streams_files_in_sorted_order_and_skips_readmes(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "docs")
    (folder / "b").mkdir()
    (folder / "b" / "x.txt").write_text("x", encoding="utf-8")
    (folder / "b.txt").write_text("y", encoding="utf-8")
    (folder / "notes.csv").write_text("not a document", encoding="utf-8")
    found = walk([folder])
    assert isinstance(found, Iterator)  # a generator: a folder is never listed whole
    listed = list(found)
    expected = sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix in (".txt", ".md") and not p.name.startswith("README")
    )
    assert listed == expected
    assert folder / "README.md" not in listed


def test_walk_skips_the_folder_a_browser_saves_beside_a_page(tmp_path: Path) -> None:
    # "Web page, complete": the page, and its images, scripts and frames (an advertisement's
    # page too) in "<page>_files"; a folder of that name with no page beside it is read
    folder = tmp_path / "saved"
    (folder / "Tin tức_files").mkdir(parents=True)
    (folder / "Tin tức.html").write_text("<p>Kế hoạch số 12-KH/TU</p>", encoding="utf-8")
    (folder / "Tin tức_files" / "ads.html").write_text("<p>quảng cáo</p>", encoding="utf-8")
    (folder / "notes_files").mkdir()
    (folder / "notes_files" / "a.txt").write_text("a", encoding="utf-8")
    assert list(walk([folder])) == [folder / "Tin tức.html", folder / "notes_files" / "a.txt"]


def test_walk_does_not_enter_linked_folders(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("a", encoding="utf-8")
    os.symlink(folder, folder / "loop")  # would never end if followed
    assert list(walk([folder])) == [folder / "a.txt"]


# ---------------------------------------------------------------------------- workers
def test_jobs_two_and_jobs_one_give_the_same_store(folder: Path, tmp_path: Path) -> None:
    one, two = EmbeddedStore(tmp_path / "one"), EmbeddedStore(tmp_path / "two")
    stats_one, stats_two = _ingest(one, folder, jobs=1), _ingest(two, folder, jobs=2)
    assert _snapshot(EmbeddedStore(tmp_path / "one")) == _snapshot(
        EmbeddedStore(tmp_path / "two")
    )
    assert stats_one.documents == stats_two.documents == 5 + GENERATED
    assert stats_one.failed == stats_two.failed == 2  # broken.txt, empty.md; README skipped
    assert [r.model_dump() for r in stats_one.reports] == [
        r.model_dump() for r in stats_two.reports
    ]


def test_bulk_run_gives_the_graph_of_direct_writes(folder: Path, tmp_path: Path) -> None:
    bulk, direct = EmbeddedStore(tmp_path / "bulk"), EmbeddedStore(tmp_path / "direct")
    _ingest(bulk, folder, jobs=2)
    _direct(direct, folder)
    assert _snapshot(bulk) == _snapshot(direct)


def test_what_the_writer_froze_is_unfrozen_after_the_run(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer freezes what it holds every few documents (the collector's passes skip it)
    and unfreezes it when the run ends, the same store either way; a caller that
    froze what it held before the run (a service after its start-up) finds it frozen after."""
    monkeypatch.setattr(ingest_run, "SETTLE_EVERY", 8)
    frozen: list[int] = []
    thresholds = gc.get_threshold()
    settled = EmbeddedStore(tmp_path / "settled")
    with settled.batch():
        ingest_files(settled, walk([folder]), on_report=lambda r, s: frozen.append(
            gc.get_freeze_count()))  # fmt: skip
    assert max(frozen) > 0 and gc.get_freeze_count() == 0
    assert gc.get_threshold() == thresholds  # the run's own thresholds are undone
    gc.freeze()
    try:
        held = EmbeddedStore(tmp_path / "held")
        with held.batch():
            ingest_files(held, walk([folder]))
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    monkeypatch.setattr(ingest_run, "SETTLE_EVERY", 10**9)
    plain = EmbeddedStore(tmp_path / "plain")
    _ingest(plain, folder, jobs=1)
    assert _snapshot(EmbeddedStore(tmp_path / "settled")) == _snapshot(plain)


def test_a_worker_that_dies_fails_only_its_file(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_prepare = ingest_run.prepare

    def crashing(path: str, **kwargs: Any) -> Any:
        if path.endswith("gen_007.txt"):
            os._exit(9)  # a reader library crashing the process
        return real_prepare(path, **kwargs)

    monkeypatch.setattr(ingest_run, "START_METHOD", "fork")  # workers inherit the patch
    monkeypatch.setattr(ingest_run, "prepare", crashing)
    monkeypatch.setattr(ingest_run, "BATCH_FILES", 4)
    store = EmbeddedStore(tmp_path / "store")
    stats = _ingest(store, folder, jobs=2)
    died = [r for r in stats.reports if not r.ok and r.error and r.error.title == "WorkerDied"]
    assert [r.filename for r in died] == [str(folder / "generated" / "gen_007.txt")]
    assert stats.documents == 5 + GENERATED - 1
    assert stats.failed == 3


def test_workers_that_die_on_every_file_stop_the_run(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crashing(path: str, **kwargs: Any) -> Any:
        os._exit(9)

    monkeypatch.setattr(ingest_run, "START_METHOD", "fork")
    monkeypatch.setattr(ingest_run, "prepare", crashing)
    with pytest.raises(ingest_run.WorkersUnavailable, match="--jobs 1"):
        _ingest(EmbeddedStore(tmp_path / "store"), folder, jobs=2)


# ---------------------------------------------------------------------------- Neo4j
@pytest.mark.neo4j
def test_staged_neo4j_run_gives_the_graph_of_the_embedded_store(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graph.staged

    monkeypatch.setattr(graph.staged, "FLUSH_EVERY", 7)  # several flushes in one run
    monkeypatch.setattr(graph.staged, "MIRROR_MAX_NODES", 60)  # kept, then emptied
    monkeypatch.setattr(ingest_run, "PREPARE_AHEAD", 5)
    neo = open_test_neo4j()
    try:
        embedded = EmbeddedStore(tmp_path / "embedded")
        _ingest(neo, folder, jobs=2)
        _direct(embedded, folder)
        assert _snapshot(neo) == _snapshot(embedded)
        # Again, over a store that holds them all: every document replaces its earlier version.
        _ingest(neo, folder, jobs=1)
        _direct(embedded, folder)
        assert _snapshot(neo) == _snapshot(embedded)
        # An edited file (same code, new text) replaces the version stored from it.
        edited = tmp_path / "edited"
        shutil.copytree(folder, edited)
        plan = edited / "002_b55e7754f641a03a.txt"
        plan.write_text(plan.read_text(encoding="utf-8") + "\nBổ sung.\n", encoding="utf-8")
        for store in (neo, embedded):
            store.clear()
        _ingest(neo, folder, jobs=1)
        _direct(embedded, folder)
        for f in (edited / "002_b55e7754f641a03a.txt",):
            shutil.copy(f, folder / f.name)  # the same path, edited
        try:
            _ingest(neo, folder, jobs=1)
            _direct(embedded, folder)
        finally:
            shutil.copy(CORPUS / plan.name, folder / plan.name)
        assert _snapshot(neo) == _snapshot(embedded)
        assert neo.counts()["documents"] == 5 + GENERATED
    finally:
        neo.close()


def test_a_few_files_are_ingested_without_starting_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_workers(*args: Any) -> Any:
        raise AssertionError("workers started for five files")

    monkeypatch.setattr(ingest_run, "_run_in_workers", no_workers)
    stats = ingest_files(EmbeddedStore(tmp_path / "s"), walk([CORPUS]), jobs=2)
    assert stats.documents == 5 and stats.failed == 0


# ---------------------------------------------------------------------------- odd files
def test_links_outside_the_folder_and_undecodable_names_are_skipped_with_a_reason(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(CORPUS / "001_a85e39af42177292.txt", folder / "plan.txt")
    outside = tmp_path / "secret.txt"
    outside.write_text("mật khẩu", encoding="utf-8")
    os.symlink(outside, folder / "link.txt")
    os.symlink(folder / "plan.txt", folder / "inside-link.txt")  # inside the folder: read
    bad = os.path.join(os.fsencode(folder), b"\xff\xfe.txt")
    with open(bad, "wb") as fh:
        fh.write((CORPUS / "004_95b9e28d86322bfe.txt").read_bytes())
    stats = ingest_files(EmbeddedStore(tmp_path / "s"), walk([folder]), keep_reports=True)
    by_name = {r.filename.rsplit("/", 1)[-1]: r for r in stats.reports}
    assert by_name["plan.txt"].ok and by_name["inside-link.txt"].ok
    link, undecodable = by_name["link.txt"], by_name["\\xff\\xfe.txt"]
    assert not link.ok and link.error is not None and "--follow-links" in link.error.detail
    assert not undecodable.ok and undecodable.error is not None
    assert "not valid UTF-8" in undecodable.error.detail
    followed = list(walk([folder], follow_links=True))
    assert folder / "link.txt" in followed


def _spin() -> None:
    while True:  # a pathological file: never finishes on its own
        pass


def _gorge() -> None:
    bytearray(8 * 1024**3)  # 8 GiB: a decompression bomb's appetite


@pytest.mark.parametrize(
    ("misbehave", "env", "title"),
    [
        (_spin, ("VBGRAPH_FILE_TIMEOUT", "1"), "TooSlow"),
        (_gorge, ("VBGRAPH_WORKER_MEMORY_MB", "2048"), "TooLarge"),
    ],
    ids=["time", "memory"],
)
def test_a_file_over_its_budget_fails_alone(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    misbehave: Callable[[], None],
    env: tuple[str, str],
    title: str,
) -> None:
    real_prepare = ingest_run.prepare

    def hostile(path: str, **kwargs: Any) -> Any:
        if path.endswith("gen_011.txt"):
            misbehave()
        return real_prepare(path, **kwargs)

    monkeypatch.setattr(ingest_run, "START_METHOD", "fork")  # workers inherit the patch
    monkeypatch.setattr(ingest_run, "prepare", hostile)
    monkeypatch.setenv(*env)
    stats = _ingest(EmbeddedStore(tmp_path / "s"), folder, jobs=2)
    over = [r for r in stats.reports if r.error is not None and r.error.title == title]
    assert [r.filename for r in over] == [str(folder / "generated" / "gen_011.txt")]
    assert stats.documents == 5 + GENERATED - 1


@pytest.mark.neo4j
def test_two_bulk_runs_into_neo4j_at_once_keep_both_runs(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.graph_fixtures import neo4j_settings

    neo = open_test_neo4j()  # cleared
    folders = []
    for seed in (51, 52):
        f = tmp_path / f"run{seed}"
        f.mkdir()
        for i in range(40):
            (f / f"d{i:03d}.txt").write_text(document(seed, i).text, encoding="utf-8")
        folders.append(f)
    uri, user, password = neo4j_settings()
    env = {**os.environ, "NEO4J_URI": uri, "NEO4J_USER": user, "NEO4J_PASSWORD": password}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "api.cli", "ingest", str(f), "--backend", "neo4j"],
            cwd=Path(__file__).resolve().parent.parent, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        for f in folders
    ]
    for run in runs:
        _, err = run.communicate(timeout=600)
        assert run.returncode == 0, err.decode()
    ids = set()
    for f in folders:
        for path in sorted(f.glob("*.txt")):
            ids.add(prepare(str(path), filename=str(path)).extraction.document.id)  # type: ignore[union-attr]
    try:
        assert neo.counts()["documents"] == len(ids)
        assert all(neo.document(doc) is not None for doc in ids)
        sources = {f.doc for n in neo.iter_nodes() for f in n.facts}
        assert ids <= sources  # every run's facts survived on the shared central nodes
    finally:
        neo.close()


@pytest.mark.neo4j
def test_the_server_sees_a_bulk_run_into_neo4j_and_its_upload_keeps_it(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from api.main import create_app
    from api.settings import Settings
    from tests.graph_fixtures import neo4j_settings

    neo = open_test_neo4j()  # cleared
    uri, user, password = neo4j_settings()
    settings = Settings(backend="neo4j", neo4j_uri=uri, neo4j_user=user,
                        neo4j_password=password, api_token="t")  # fmt: skip
    try:
        with TestClient(create_app(settings)) as client:
            assert client.get("/api/v1/stats").json()["documents"] == 0
            _ingest(neo, CORPUS, jobs=1)  # a `vbgraph ingest` beside the server
            assert client.get("/api/v1/stats").json()["documents"] == 5
            plan = "Số 9-KH/ĐU\\nKẾ HOẠCH\\nthực hiện Kết luận số 62-KL/TW ngày 08/12/2009\\n"
            files = [("files", ("plan.txt", plan.encode(), "text/plain"))]
            response = client.post(
                "/api/v1/ingest", files=files, headers={"Authorization": "Bearer t"}
            )
            assert response.status_code == 200, response.text
            assert client.get("/api/v1/stats").json()["documents"] == 6
        assert neo.counts()["documents"] == 6
    finally:
        neo.close()


# ---------------------------------------------------------------------------- start method
def test_workers_are_copies_of_a_small_process_with_one_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ingest_run, "START_METHOD", None)
    monkeypatch.setattr(ingest_run.sys, "platform", "linux")
    monkeypatch.setattr(ingest_run.threading, "active_count", lambda: 1)
    monkeypatch.setattr(ingest_run, "_address_space_mb", lambda: 90.0)
    assert ingest_run.start_method() == "fork"


@pytest.mark.parametrize(
    ("platform", "threads", "size_mb"),
    [
        ("linux", 2, 90.0),  # a copy would keep another thread's locks held
        ("linux", 1, 3_000.0),  # a large store would be copied into every worker
        ("linux", 1, None),  # its size is unknown
        ("darwin", 1, 90.0),  # fork is unsafe with macOS system libraries
    ],
)
def test_workers_start_from_a_server_process_otherwise(
    monkeypatch: pytest.MonkeyPatch, platform: str, threads: int, size_mb: float | None
) -> None:
    monkeypatch.setattr(ingest_run, "START_METHOD", None)
    monkeypatch.setattr(ingest_run.sys, "platform", platform)
    monkeypatch.setattr(ingest_run.threading, "active_count", lambda: threads)
    monkeypatch.setattr(ingest_run, "_address_space_mb", lambda: size_mb)
    assert ingest_run.start_method() == "forkserver"


def test_this_process_size_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    size = ingest_run._address_space_mb()
    if sys.platform == "linux":
        assert size is not None and 1.0 < size < 1e7


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_either_start_method_gives_the_store_of_jobs_one(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, method: str
) -> None:
    one = EmbeddedStore(tmp_path / "one")
    _ingest(one, folder, jobs=1)
    monkeypatch.setattr(ingest_run, "START_METHOD", method)
    two = EmbeddedStore(tmp_path / "two")
    stats = _ingest(two, folder, jobs=2)
    assert stats.documents == 5 + GENERATED
    assert _snapshot(EmbeddedStore(tmp_path / "one")) == _snapshot(EmbeddedStore(tmp_path / "two"))



class _RecordingPool:
    """Stands in for the process pool: records what is submitted, runs nothing."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.futures: dict[str, Any] = {}

    def submit(self, fn: Any, batch: list[ingest_run.Item]) -> Any:
        from concurrent.futures import Future

        name = batch[0][0]
        self.sent.append(name)
        self.futures[name] = Future()
        return self.futures[name]


def test_the_writers_next_batch_goes_first_then_the_largest_within_the_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A large law late in the folder is extracted early (the workers stay evenly busy to the
    end), never before the batch the writer waits for, and never beyond the window's bounds."""
    sizes = [10, 10, 10, 900, 10, 800, 10, 10]
    items: list[list[ingest_run.Item]] = [[(f"f{i}", n, None)] for i, n in enumerate(sizes)]
    batches = iter(items)
    monkeypatch.setattr(ingest_run, "AHEAD_BATCHES", 6)
    window = ingest_run._Window(batches, limit=2)
    pool = _RecordingPool()
    window.fill()
    assert [s.batch[0][0] for s in window.slots] == ["f0", "f1", "f2", "f3", "f4", "f5"]
    window.submit(pool)  # type: ignore[arg-type]
    assert pool.sent == ["f0", "f3"]  # the writer's next, then the largest
    pool.futures["f3"].set_result([])
    window.submit(pool)  # type: ignore[arg-type]
    assert pool.sent == ["f0", "f3", "f5"]
    pool.futures["f0"].set_result([])
    window.slots.popleft()  # the writer takes f0: f1 is its next
    window.fill()
    window.submit(pool)  # type: ignore[arg-type]
    assert pool.sent == ["f0", "f3", "f5", "f1"]
    assert len(window.slots) == 6  # f1 … f6: the window holds no more than its bound
    monkeypatch.setattr(ingest_run, "AHEAD_BYTES", 1_000)  # f1 … f6 hold 1,740 bytes
    window.slots.popleft()
    window.fill()
    assert [s.batch[0][0] for s in window.slots] == ["f2", "f3", "f4", "f5", "f6"]


def test_warming_builds_the_tables_a_first_extraction_would() -> None:
    """Workers are copies of a warmed process (`worker_pool`): importing `ingest.warm` must
    leave the gazetteer, the law table and the relation cues' index built."""
    script = (
        "import ingest.warm\n"
        "from ingest.gazetteer import gazetteer\n"
        "from ingest.laws import _table\n"
        "from ingest.relations import _INDEXES\n"
        "print(gazetteer.cache_info().currsize, _table.cache_info().currsize, len(_INDEXES))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )  # fmt: skip
    gazetteer_built, laws_built, indexes = map(int, done.stdout.split())
    assert (gazetteer_built, laws_built) == (1, 1)
    assert indexes >= 1


def test_workers_yield_the_cores_to_the_writer() -> None:
    """The one writer is the stage the run waits for at its end: workers run at a lower
    priority (`WORKER_NICE`), so it takes a core whenever it has work."""
    pool = ingest_run.worker_pool(1, {}, ingest_run.Budgets.from_env())
    try:
        niceness = pool.submit(os.nice, 0).result(timeout=120)
    finally:
        pool.shutdown()
    assert niceness == min(19, os.nice(0) + ingest_run.WORKER_NICE)
