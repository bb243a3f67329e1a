"""`vbgraph remove`: a document ingested by mistake taken out of the store, leaving the store
as if it had never been ingested (the other documents, what they say, the counts the reports
and search read), on every backend that can; the others refuse before writing anything."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.cli import main
from api.main import create_app
from graph import open_store
from tests import test_copy_stores
from tests.graph_fixtures import CORPUS
from tests.messages import said_in_both
from tests.test_api_routes import AUTH, fill, settings_for

BACKENDS = ["embedded", "sqlite"]
# 000 is Tân Yên's plan: it implements 62-KL/TW, which the others cite too; 003 is cited by
# no other document of the five
MISTAKES = ("000", "003")


def _corpus(folder: Path) -> list[Path]:
    folder.mkdir()
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    return sorted(folder.glob("*.txt"))


def _answers(backend: str, data: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
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
        assert main([*command, "--backend", backend, "--data-dir", str(data)]) == 0, name
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


@pytest.mark.parametrize("backend", BACKENDS)
def test_removing_the_only_dated_document_of_a_code_moves_its_undated_citers_back(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directive, plan = tmp_path / "directive.txt", tmp_path / "plan.txt"
    directive.write_text(DIRECTIVE, encoding="utf-8")
    plan.write_text(PLAN, encoding="utf-8")
    full, clean = tmp_path / "full", tmp_path / "clean"
    store = ["--backend", backend]
    assert main(["ingest", str(directive), str(plan), *store, "--data-dir", str(full)]) == 0
    assert main(["ingest", str(plan), *store, "--data-dir", str(clean)]) == 0
    assert main(["remove", str(directive), *store, "--data-dir", str(full)]) == 0
    capsys.readouterr()
    exports = []
    for data in (full, clean):
        assert main(["export", "--format", "json", *store, "--data-dir", str(data)]) == 0
        exports.append(json.loads(capsys.readouterr().out))
    removed, never = exports
    assert [e["target"] for e in removed["edges"]] == ["35-CT/TW"]
    assert removed == never


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_removed_document_leaves_the_store_as_if_never_ingested(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _corpus(tmp_path / "corpus")
    wrong = [f for f in files if f.name.startswith(MISTAKES)]
    kept = [f for f in files if f not in wrong]
    full, clean = tmp_path / "full", tmp_path / "clean"
    store = ["--backend", backend]
    assert main(["ingest", *map(str, files), *store, "--data-dir", str(full), "--jobs", "1"]) == 0
    assert main(["ingest", *map(str, kept), *store, "--data-dir", str(clean), "--jobs", "1"]) == 0
    capsys.readouterr()
    # as typed: one relative path, one absolute
    relative = os.path.relpath(wrong[0])
    assert main(["remove", relative, str(wrong[1]), *store, "--data-dir", str(full)]) == 0
    out = capsys.readouterr().out
    assert "Đã gỡ 2 văn bản / removed 2 documents" in out and wrong[0].name in out
    removed, never = _answers(backend, full, capsys), _answers(backend, clean, capsys)
    # Known limit (graph.removal), as for an edited file: the variant spelling 000 confirmed
    # (its "Kết luận số 160-TB/TW": 160-KL/TW folded into 160-TB/TW) stays recorded
    assert _folds(removed) == {"160-TB/TW@XII": ["160-KL/TW"]} and _folds(never) == {}
    assert removed == never
    # ingesting the file again brings it back as new
    assert main(["ingest", str(wrong[0]), *store, "--data-dir", str(full)]) == 0
    assert "(1 mới / new)" in capsys.readouterr().out


@pytest.mark.parametrize("backend", BACKENDS)
def test_removing_what_was_never_ingested_says_so_and_removes_nothing(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _corpus(tmp_path / "corpus")
    data = str(tmp_path / "data")
    store = ["--backend", backend, "--data-dir", data]
    assert main(["ingest", str(tmp_path / "corpus"), *store]) == 0
    before = _answers(backend, Path(data), capsys)
    stray = tmp_path / "khac.txt"
    stray.write_text("Thực hiện Kết luận số 62-KL/TW.", encoding="utf-8")
    capsys.readouterr()
    assert main(["remove", str(files[0]), str(stray), *store]) == 4
    err = capsys.readouterr().err.strip()
    assert "khac.txt" in err and said_in_both(err.removeprefix("vbgraph remove: ")), err
    assert _answers(backend, Path(data), capsys) == before  # the known one was not removed
    # a document id (as `show --json` lists its sources) is taken too
    opened = open_store(backend, data_dir=data)
    try:
        (rec,) = opened.documents_at(str(files[0]))
    finally:
        opened.close()
    assert main(["remove", rec.doc, *store]) == 0
    assert "Đã gỡ 1 văn bản / removed 1 document" in capsys.readouterr().out


# The test Neo4j, cleared, as the command line reaches it (one fixture for both files)
neo4j_env = test_copy_stores.neo4j_env


@pytest.mark.neo4j
def test_neo4j_refuses_in_both_and_keeps_the_store(
    neo4j_env: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _corpus(tmp_path / "corpus")
    assert main(["ingest", str(tmp_path / "corpus"), *neo4j_env]) == 0
    capsys.readouterr()
    assert main(["remove", str(files[0]), *neo4j_env]) == 2
    err = capsys.readouterr().err.strip()
    assert "Neo4j" in err and said_in_both(err.removeprefix("vbgraph remove: ")), err
    assert main(["stats", "--json", *neo4j_env]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == len(files)


@pytest.mark.neo4j
@pytest.mark.xfail(
    reason="graph/neo4j_store.py (another helper's file this session) has no remove_document "
    "yet: vbgraph remove refuses on Neo4j (exit 2), nothing written",
    strict=True,
)
def test_a_document_is_removed_from_neo4j(
    neo4j_env: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _corpus(tmp_path / "corpus")
    assert main(["ingest", str(tmp_path / "corpus"), *neo4j_env]) == 0
    assert main(["remove", str(files[0]), *neo4j_env]) == 0
    capsys.readouterr()
    assert main(["stats", "--json", *neo4j_env]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == len(files) - 1


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
    client, backend = service
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
    if backend == "neo4j":
        assert answer.status_code == 501 and said_in_both(answer.json()["detail"])
        assert client.get("/api/v1/stats").json()["documents"] == before
        return
    assert answer.status_code == 200, answer.json()
    assert answer.json() == {"removed": 1, "documents": [doc]}
    assert client.get("/api/v1/stats").json()["documents"] == before - 1
    assert client.get("/api/v1/documents/74-KH/TU").status_code == 404  # only it named it
    hits = client.get("/api/v1/search", params={"q": "74-KH/TU"}).json()["hits"]
    assert all(h["key"] != plan["key"] for h in hits)
