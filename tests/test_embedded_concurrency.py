"""Several processes on one embedded (or SQLite) store: writers take turns on current state,
readers see what others wrote, and nothing one of them stored is lost (issue 16)."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import graph.embedded as embedded
from api.uploads import prepare
from bench.gen_corpus import document
from graph import open_store
from graph.build import ingest_extraction
from graph.embedded import EmbeddedStore
from graph.errors import StoreUnavailable
from graph.locking import LOCK_NAME
from tests.graph_fixtures import corpus

REPO = Path(__file__).resolve().parent.parent


def _folder(path: Path, seed: int, n: int) -> Path:
    path.mkdir(parents=True)
    for i in range(n):
        (path / f"doc_{i:03d}.txt").write_text(document(seed, i).text, encoding="utf-8")
    return path


def _ids(*folders: Path) -> set[str]:
    ids = set()
    for folder in folders:
        for f in sorted(folder.glob("*.txt")):
            prepared = prepare(str(f), filename=str(f))
            ids.add(prepared.extraction.document.id)  # type: ignore[union-attr]
    return ids


@pytest.mark.parametrize("backend", ["embedded", "sqlite"])
def test_two_ingests_at_once_keep_both_runs_documents(tmp_path: Path, backend: str) -> None:
    a, b = _folder(tmp_path / "a", 31, 40), _folder(tmp_path / "b", 32, 40)
    data = tmp_path / "data"
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "api.cli", "ingest", str(f), "--data-dir", str(data),
             "--jobs", "1", "--backend", backend],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        for f in (a, b)
    ]
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err.decode()
    stored = open_store(backend, data_dir=data)  # type: ignore[arg-type]
    assert stored.counts()["documents"] == len(_ids(a, b))
    for doc in _ids(a, b):
        assert stored.document(doc) is not None


def test_a_reader_sees_what_another_process_wrote(tmp_path: Path) -> None:
    reader = EmbeddedStore(tmp_path)
    assert not reader.stale() and reader.counts()["documents"] == 0
    writer = EmbeddedStore(tmp_path)  # stands for another process: its own memory
    docs = corpus()
    ingest_extraction(writer, docs[0])
    assert reader.stale()
    assert reader.refresh() and reader.counts() == writer.counts()
    assert not reader.refresh()  # nothing new since


def test_a_writer_works_on_what_another_wrote_meanwhile(tmp_path: Path) -> None:
    first, second = EmbeddedStore(tmp_path), EmbeddedStore(tmp_path)
    docs = corpus()
    ingest_extraction(first, docs[0])
    ingest_extraction(second, docs[1])  # second had not seen docs[0]: it loads it first
    ingest_extraction(first, docs[2])
    final = EmbeddedStore(tmp_path)
    assert final.counts()["documents"] == 3
    assert final.counts() == first.counts() == EmbeddedStore(tmp_path).counts()


def test_a_write_gives_up_with_a_clear_error_when_another_writer_holds_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = EmbeddedStore(tmp_path)
    docs = corpus()
    ingest_extraction(store, docs[0])
    before = store.counts()
    monkeypatch.setattr(embedded, "WRITE_WAIT_S", 0.3)
    with open(tmp_path / LOCK_NAME, "a+b") as other:
        fcntl.flock(other, fcntl.LOCK_EX)  # another process in the middle of a long batch
        said = "một tiến trình khác đang ghi vào kho đồ thị .* / another process"
        with pytest.raises(StoreUnavailable, match=said):
            ingest_extraction(store, docs[1])
    assert store.counts() == before == EmbeddedStore(tmp_path).counts()
    ingest_extraction(store, docs[1])  # once it is done, the write goes through
    assert EmbeddedStore(tmp_path).counts()["documents"] == 2


def test_documents_written_before_an_error_in_a_batch_are_saved(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    docs = corpus()
    with pytest.raises(KeyboardInterrupt), store.batch():
        ingest_extraction(store, docs[0])
        ingest_extraction(store, docs[1])
        raise KeyboardInterrupt
    assert EmbeddedStore(tmp_path).counts()["documents"] == 2


def test_the_server_sees_an_ingest_made_beside_it(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from api.main import create_app
    from api.settings import Settings

    with TestClient(create_app(Settings(backend="embedded", data_dir=tmp_path))) as client:
        assert client.get("/api/v1/stats").json()["documents"] == 0
        cli = EmbeddedStore(tmp_path)  # a `vbgraph ingest` run beside the server
        for ext in corpus():
            ingest_extraction(cli, ext)
        assert client.get("/api/v1/stats").json()["documents"] == 5
        assert client.get("/api/v1/documents/62-KL/TW").status_code == 200


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to become another user")
@pytest.mark.parametrize("backend", ["embedded", "sqlite"])
def test_a_read_only_store_is_readable(backend: str) -> None:
    base = Path(tempfile.mkdtemp(prefix="vbgraph-ro-"))  # pytest's own tmp is root-only
    data = base / "data"
    store = open_store(backend, data_dir=data)  # type: ignore[arg-type]
    ingest_extraction(store, corpus()[0])
    store.close()
    os.chmod(base, 0o755)
    os.chmod(data, 0o555)
    for f in data.iterdir():
        os.chmod(f, 0o444)
    code = (
        "import os, sys\nfrom api.cli import main\n"
        # what the command imports as it opens the store, imported while still root: this
        # machine's Python lives where nobody may read it (a user's Python is readable)
        "import graph.embedded, graph.sqlite_store\n"
        "os.setgid(65534); os.setuid(65534)\n"  # nobody: nothing here is writable
        f"sys.exit(main(['stats', '--backend', {backend!r}, '--data-dir', {str(data)!r}]))"
    )
    try:
        run = subprocess.run(
            [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
        )
    finally:
        os.chmod(data, 0o755)
        shutil.rmtree(base, ignore_errors=True)
    assert run.returncode == 0, run.stderr


def test_processes_opening_an_embedded_directory_at_once_all_see_the_whole_copy(
    tmp_path: Path,
) -> None:
    """The SQLite default copies an embedded store in on first opening, once, under the
    directory's lock: the others wait and see every document, never a half-made copy."""
    data = tmp_path / "data"
    store = EmbeddedStore(data)
    for ext in corpus():
        ingest_extraction(store, ext)
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "api.cli", "stats", "--json", "--data-dir", str(data)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        for _ in range(3)
    ]
    seen = []
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err.decode()
        seen.append(json.loads(out)["documents"])
    assert seen == [5, 5, 5]
    assert (data / "graph.sqlite").exists() and not (data / ".graph.sqlite.copying").exists()
