"""`vbgraph remove`: a document ingested by mistake taken out of the store, leaving the store
as if it had never been ingested (the other documents, what they say, the counts the reports
and search read), on every backend, each giving the same graph; a store that cannot remove
refuses before writing anything."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import graph.build
from api.cli import main
from api.main import create_app
from api.state import GuardedStore
from graph import embedded, ingest_extraction, open_store, sqlite_store
from graph import export as X
from graph.errors import StoreUnavailable
from graph.model import DocumentRecord, DocumentWrite
from graph.removal import RemovalUnsupported, remove_documents
from graph.store import DocumentTarget, GraphStore
from ingest.extract import extract
from tests import test_copy_stores
from tests.graph_fixtures import CORPUS, neo4j_settings, open_test_neo4j
from tests.messages import said_in_both
from tests.test_api_routes import AUTH, fill, settings_for

BACKENDS = ["embedded", "sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)]
# 000 is Tân Yên's plan: it implements 62-KL/TW, which the others cite too; 003 is cited by
# no other document of the five
MISTAKES = ("000", "003")


def _corpus(folder: Path) -> list[Path]:
    folder.mkdir()
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    return sorted(folder.glob("*.txt"))


def _answers(store: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """What a user reads of the store: the graph exported, its counts, the reports, search."""
    said: dict[str, Any] = {}
    for name, command in {
        "export": ["export", "--format", "json"],
        "stats": ["stats", "--json"],
        "top": ["report", "top", "--json"],
        "quality": ["report", "quality", "--json"],
        "search": ["search", "ket luan 62", "--json"],
        "coverage": ["report", "coverage", "62-KL/TW", "--from-graph", "--json"],
    }.items():
        capsys.readouterr()
        assert main([*command, *store]) == 0, name
        said[name] = json.loads(capsys.readouterr().out)
    return said


def _folds(answers: dict[str, Any]) -> dict[str, list[str]]:
    """The variant spellings folded into each node (taken out of the exported nodes)."""
    folds = {}
    for node in answers["export"]["nodes"]:
        matches = node.pop("matches", None)
        if matches:
            folds[node["key"]] = [m["from"] for m in matches]
    return folds


# The test Neo4j, cleared, as the command line reaches it (one fixture for both files)
neo4j_env = test_copy_stores.neo4j_env

Fresh = Callable[[str], list[str]]


@pytest.fixture
def fresh(request: pytest.FixtureRequest, tmp_path: Path) -> Fresh:
    """Empty stores of the test's `backend`, one after another, as the command line names
    them: a data directory each (`name`), or the test Neo4j cleared again."""
    backend = request.getfixturevalue("backend")
    if backend != "neo4j":
        return lambda name: ["--backend", backend, "--data-dir", str(tmp_path / name)]
    env: list[str] = request.getfixturevalue("neo4j_env")

    def cleared(name: str) -> list[str]:
        open_test_neo4j().close()
        return env

    return cleared


def _opened(store: list[str]) -> GraphStore:
    """The store `store` (command-line options) names, opened."""
    backend = store[1]
    if backend == "neo4j":
        uri, user, password = neo4j_settings()
        return open_store("neo4j", neo4j_uri=uri, user=user, password=password)
    return open_store(backend, data_dir=store[3])  # type: ignore[arg-type]


# A directive whose number restarts each term, and a district plan that cites it with no date:
# with the directive stored, the plan's mention names 35-CT/TW@XII; without it, the code alone.
DIRECTIVE = """BAN CHẤP HÀNH TRUNG ƯƠNG
BỘ CHÍNH TRỊ
Số 35-CT/TW
Hà Nội, ngày 30 tháng 5 năm 2019
CHỈ THỊ
về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng
"""
PLAN = """ĐẢNG BỘ TỈNH BẮC GIANG
HUYỆN ỦY TÂN YÊN
Số 12-KH/HU
Tân Yên, ngày 10 tháng 7 năm 2019
KẾ HOẠCH
thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp
"""


def _export(store: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["export", "--format", "json", *store]) == 0
    exported: dict[str, Any] = json.loads(capsys.readouterr().out)
    return exported


@pytest.mark.parametrize("backend", BACKENDS)
def test_removing_the_only_dated_document_of_a_code_moves_its_undated_citers_back(
    backend: str, fresh: Fresh, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directive, plan = tmp_path / "directive.txt", tmp_path / "plan.txt"
    directive.write_text(DIRECTIVE, encoding="utf-8")
    plan.write_text(PLAN, encoding="utf-8")
    clean = fresh("clean")
    assert main(["ingest", str(plan), *clean]) == 0
    never = _export(clean, capsys)
    full = fresh("full")
    assert main(["ingest", str(directive), str(plan), *full]) == 0
    assert _export(full, capsys)["edges"][0]["target"] == "35-CT/TW@XII"
    assert main(["remove", str(directive), *full]) == 0
    removed = _export(full, capsys)
    assert [e["target"] for e in removed["edges"]] == ["35-CT/TW"]
    assert removed == never


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_removed_document_leaves_the_store_as_if_never_ingested(
    backend: str, fresh: Fresh, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _corpus(tmp_path / "corpus")
    wrong = [f for f in files if f.name.startswith(MISTAKES)]
    kept = [f for f in files if f not in wrong]
    clean = fresh("clean")
    assert main(["ingest", *map(str, kept), *clean, "--jobs", "1"]) == 0
    never = _answers(clean, capsys)
    full = fresh("full")
    assert main(["ingest", *map(str, files), *full, "--jobs", "1"]) == 0
    capsys.readouterr()
    # as typed: one relative path, one absolute
    relative = os.path.relpath(wrong[0])
    assert main(["remove", relative, str(wrong[1]), *full]) == 0
    out = capsys.readouterr().out
    assert "Đã gỡ 2 văn bản / removed 2 documents" in out and wrong[0].name in out
    removed = _answers(full, capsys)
    # 000 alone wrote "Kết luận số 160-KL/TW" (for 160-TB/TW); the later text that folded it
    # into 160-TB/TW keeps no note of the fold once 000 is gone
    assert _folds(removed) == _folds(never) == {}
    assert removed == never
    # ingesting the file again brings it back as new
    assert main(["ingest", str(wrong[0]), *full]) == 0
    assert "(1 mới / new)" in capsys.readouterr().out


@pytest.mark.parametrize("backend", BACKENDS)
def test_removing_what_was_never_ingested_says_so_and_removes_nothing(
    backend: str, fresh: Fresh, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _corpus(tmp_path / "corpus")
    store = fresh("data")
    assert main(["ingest", str(tmp_path / "corpus"), *store]) == 0
    before = _answers(store, capsys)
    stray = tmp_path / "khac.txt"
    stray.write_text("Thực hiện Kết luận số 62-KL/TW.", encoding="utf-8")
    capsys.readouterr()
    assert main(["remove", str(files[0]), str(stray), *store]) == 4
    err = capsys.readouterr().err.strip()
    assert "khac.txt" in err and said_in_both(err.removeprefix("vbgraph remove: ")), err
    assert _answers(store, capsys) == before  # the known one was not removed
    # a document id (as `show --json` lists its sources) is taken too
    opened = _opened(store)
    try:
        (rec,) = opened.documents_at(str(files[0]))
    finally:
        opened.close()
    assert main(["remove", rec.doc, *store]) == 0
    assert "Đã gỡ 1 văn bản / removed 1 document" in capsys.readouterr().out


@pytest.mark.neo4j
def test_every_store_gives_the_same_graph_after_a_removal(
    neo4j_env: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The conformance of removal: the sample documents and an undated citer of a directive
    ingested, two of them and the directive removed, and the same graph on every store."""
    files = _corpus(tmp_path / "corpus")
    (tmp_path / "corpus" / "directive.txt").write_text(DIRECTIVE, encoding="utf-8")
    (tmp_path / "corpus" / "plan.txt").write_text(PLAN, encoding="utf-8")
    wrong = [str(f) for f in files if f.name.startswith(MISTAKES)]
    stores = {
        "embedded": ["--backend", "embedded", "--data-dir", str(tmp_path / "embedded")],
        "sqlite": ["--backend", "sqlite", "--data-dir", str(tmp_path / "sqlite")],
        "neo4j": neo4j_env,
    }
    said = {}
    for name, store in stores.items():
        assert main(["ingest", str(tmp_path / "corpus"), *store, "--jobs", "1"]) == 0, name
        assert main(["remove", *wrong, str(tmp_path / "corpus" / "directive.txt"), *store]) == 0
        said[name] = _answers(store, capsys)
    assert said["embedded"]["stats"]["documents"] == len(files) - 1
    for name in ("sqlite", "neo4j"):
        for asked in ("export", "stats", "top", "quality", "coverage"):
            assert said[name][asked] == said["embedded"][asked], (name, asked)
        hits = [[h["key"] for h in said[n]["search"]["hits"]][:1] for n in (name, "embedded")]
        assert hits[0] == hits[1], name  # (the best hit; the tail may differ between backends)


class ReadOnlyStore:
    """A store that cannot take documents out (one made before removal, say): only what
    `graph.removal` and the service look at before removing."""

    def __init__(self, inner: GraphStore) -> None:
        self.inner = inner

    def document(self, doc: str) -> DocumentRecord | None:
        return self.inner.document(doc)


def test_a_store_that_cannot_remove_refuses_in_both_and_keeps_the_store(tmp_path: Path) -> None:
    store = open_store("sqlite", data_dir=tmp_path / "data")
    try:
        ext = extract(PLAN, path=str(tmp_path / "plan.txt"))
        ingest_extraction(store, ext)
        keeping = ReadOnlyStore(store)
        refused = []
        with pytest.raises(RemovalUnsupported) as by_name:  # the command line names it
            remove_documents(keeping, [ext.document.id], backend="sqlite")  # type: ignore[arg-type]
        refused.append(str(by_name.value))
        with pytest.raises(RemovalUnsupported) as by_class:  # the service, by its class
            GuardedStore(keeping).remove_document(ext.document.id)  # type: ignore[arg-type]
        refused.append(str(by_class.value))
        assert "SQLite" in refused[0] and "--backend readonly copy" in refused[1], refused
        assert all(said_in_both(r) for r in refused), refused
        assert store.document(ext.document.id) is not None
    finally:
        store.close()


@pytest.mark.parametrize("backend", ["sqlite", "embedded"])
def test_a_text_written_while_a_removal_is_built_is_placed_by_it(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another writer (another process: a connection of its own) writes an undated citer of
    the directive being removed between the removal's reads and its write: the removal must
    not miss it (its undated mention named the directive, which goes)."""
    directive = extract(DIRECTIVE, path=str(tmp_path / "directive.txt"))
    plan = extract(PLAN, path=str(tmp_path / "plan.txt"))
    kind: Any = backend
    remover, writer = (open_store(kind, data_dir=tmp_path / "data") for _ in range(2))
    never = open_store(kind, data_dir=tmp_path / "never")
    ingest_extraction(remover, directive)
    ingest_extraction(never, plan)
    built = graph.build.removal_write
    waited: list[StoreUnavailable] = []

    def then_another_write(store: DocumentTarget, record: DocumentRecord) -> DocumentWrite:
        write = built(store, record)
        try:  # the other writer does not wait: it writes now or is told the store is busy
            ingest_extraction(writer, plan)
        except StoreUnavailable as exc:
            waited.append(exc)
        return write

    monkeypatch.setattr(graph.build, "removal_write", then_another_write)
    monkeypatch.setattr(sqlite_store, "WRITE_WAIT_S", 0.0)
    monkeypatch.setattr(embedded, "WRITE_WAIT_S", 0.0)
    assert remover.remove_document(directive.document.id)
    if waited:  # it waited its turn: it writes once the removal is done
        ingest_extraction(writer, plan)
    for store in (remover, writer):
        store.close()
    after = open_store(kind, data_dir=tmp_path / "data")
    try:
        assert X.as_json(X.select(after)) == X.as_json(X.select(never))
    finally:
        after.close()
        never.close()


@pytest.fixture(
    params=["embedded", "sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)]
)
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[TestClient, str]]:
    """A service of its own (removals change it) over the sample documents, and its backend."""
    settings = settings_for(request.param, tmp_path / request.param)
    fill(settings)
    with TestClient(create_app(settings)) as client:
        yield client, request.param


def test_the_api_removes_documents_by_id_with_the_token(
    service: tuple[TestClient, str],
) -> None:
    client, _ = service
    before = client.get("/api/v1/stats").json()["documents"]
    plan = client.get("/api/v1/documents/74-KH/TU").json()  # cited by the ward plan only
    (doc,) = [e["doc"] for e in plan["cited_by"]]
    assert client.delete("/api/v1/ingest", params={"doc": doc}).status_code == 401
    missing = client.delete("/api/v1/ingest", params={"doc": ["doc-0"]}, headers=AUTH)
    assert missing.status_code == 404 and said_in_both(missing.json()["detail"])
    answer = client.delete("/api/v1/ingest", params={"doc": [doc, "doc-0"]}, headers=AUTH)
    assert answer.status_code == 404  # one unknown: nothing removed
    assert client.get("/api/v1/stats").json()["documents"] == before
    answer = client.delete("/api/v1/ingest", params={"doc": doc}, headers=AUTH)
    assert answer.status_code == 200, answer.json()
    assert answer.json() == {"removed": 1, "documents": [doc]}
    assert client.get("/api/v1/stats").json()["documents"] == before - 1
    assert client.get("/api/v1/documents/74-KH/TU").status_code == 404  # only it named it
    hits = client.get("/api/v1/search", params={"q": "74-KH/TU"}).json()["hits"]
    assert all(h["key"] != plan["key"] for h in hits)
