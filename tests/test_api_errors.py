"""Errors that depend on how the service is set up: no token, size limits, store down,
unexpected failures, CORS. Embedded store (and a Neo4j address where nothing listens)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings
from graph import open_store
from graph.build import ingest_extraction
from graph.errors import AmbiguousCode, shown_candidates
from tests.graph_fixtures import corpus
from tests.messages import said_in_both

TOKEN = "s3cret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = "Thực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị.\n".encode()


def make(tmp_path: Path, **extra: Any) -> TestClient:
    values: dict[str, Any] = {"backend": "embedded", "data_dir": tmp_path, "api_token": TOKEN}
    values.update(extra)
    return TestClient(create_app(Settings(**values)), raise_server_exceptions=False)


def problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status and "Traceback" not in response.text
    return body


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    store = open_store("embedded", data_dir=tmp_path)
    for ext in corpus():
        ingest_extraction(store, ext)
    with make(tmp_path) as c:
        yield c


def test_write_when_the_server_has_no_token_returns_401_saying_so(tmp_path: Path) -> None:
    with make(tmp_path, api_token=None) as c:
        files = [("files", ("a.txt", TEXT, "text/plain"))]
        body = problem(c.post("/api/v1/ingest", files=files, headers=AUTH), 401)
        assert "chưa đặt mã API" in body["detail"] and "no API token configured" in body["detail"]
        assert said_in_both(body["detail"])
        assert c.get("/api/v1/stats").status_code == 200  # reads stay open


def test_request_over_the_request_limit_returns_413(tmp_path: Path) -> None:
    with make(tmp_path, max_request_mb=0.001) as c:  # about 1 kB
        files = [("files", ("a.txt", TEXT * 40, "text/plain"))]
        body = problem(c.post("/api/v1/ingest", files=files, headers=AUTH), 413)
        assert "VBGRAPH_MAX_REQUEST_MB" in body["detail"] and said_in_both(body["detail"])
        assert c.get("/api/v1/stats").json()["documents"] == 0  # nothing written


def test_file_over_the_upload_limit_returns_413_and_writes_nothing(tmp_path: Path) -> None:
    with make(tmp_path, max_upload_mb=0.001) as c:
        files = [
            ("files", ("small.txt", TEXT, "text/plain")),
            ("files", ("big.txt", TEXT * 40, "text/plain")),
        ]
        body = problem(c.post("/api/v1/ingest", files=files, headers=AUTH), 413)
        assert body["detail"].startswith("big.txt: tệp nặng") and said_in_both(body["detail"])
        assert "per-file limit" in body["detail"]
        assert c.get("/api/v1/stats").json()["documents"] == 0


def test_corrupt_embedded_store_returns_503_but_the_process_is_live(tmp_path: Path) -> None:
    (tmp_path / "graph.json").write_text('{"format": "vbgraph-embedded", "vers')
    with make(tmp_path) as c:
        assert c.get("/health/live").status_code == 200
        body = problem(c.get("/health/ready"), 503)
        assert body["title"] == "StoreCorrupt" and said_in_both(body["detail"])
        assert "kho đồ thị bị hỏng" in body["detail"] and "corrupt" in body["detail"]
        problem(c.get("/api/v1/lineage/down", params={"code": "62-KL/TW"}), 503)
        problem(c.get("/view/62-KL/TW"), 503)


def test_neo4j_on_a_closed_port_returns_503(tmp_path: Path) -> None:
    with make(tmp_path, backend="neo4j", neo4j_uri="bolt://127.0.0.1:1") as c:
        body = problem(c.get("/api/v1/documents/62-KL/TW"), 503)
        assert "không kết nối được Neo4j tại bolt://127.0.0.1:1" in body["detail"]
        assert "bolt://127.0.0.1:1 is not reachable" in body["detail"]
        problem(c.get("/health/ready"), 503)


def test_unexpected_error_returns_500_without_a_stack_trace(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals at /srv/vbgraph/graph.py line 12")

    monkeypatch.setattr("graph.lineage.stats", boom)
    body = problem(client.get("/api/v1/stats"), 500)
    assert "secret internals" not in body["detail"] and "graph.py" not in str(body)
    assert said_in_both(body["detail"])


def test_unknown_route_is_a_404_problem(client: TestClient) -> None:
    body = problem(client.get("/api/v1/nothing-here"), 404)
    assert body["detail"] == "không có địa chỉ này / Not Found"


def test_cors_is_off_by_default_and_on_for_configured_origins(tmp_path: Path) -> None:
    origin = {"Origin": "http://analyst.example"}
    with make(tmp_path) as c:
        assert "access-control-allow-origin" not in c.get("/health/live", headers=origin).headers
    with make(tmp_path, cors_origins=["http://analyst.example"]) as c:
        allowed = c.get("/health/live", headers=origin).headers
        assert allowed["access-control-allow-origin"] == "http://analyst.example"


def test_openapi_documents_the_problem_responses(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    down = schema["paths"]["/api/v1/lineage/down"]["get"]
    assert {"404", "409", "422", "503"} <= set(down["responses"])
    ingest = schema["paths"]["/api/v1/ingest"]["post"]
    assert {"401", "413"} <= set(ingest["responses"])


def test_a_store_failing_mid_upload_says_which_files_are_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph.embedded import EmbeddedStore
    from graph.errors import StoreUnavailable

    real = EmbeddedStore.replace_document
    calls = 0

    def dies_on_the_second(self: EmbeddedStore, write: Any, **kwargs: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise StoreUnavailable("kho đồ thị mất kết nối", "the store went away")
        real(self, write, **kwargs)

    monkeypatch.setattr(EmbeddedStore, "replace_document", dies_on_the_second)
    with make(tmp_path) as c:
        files = [
            ("files", (f"{name}.txt", TEXT + name.encode(), "text/plain"))
            for name in ("one", "two", "three")
        ]
        body = problem(c.post("/api/v1/ingest", files=files, headers=AUTH), 503)
    assert body["detail"] == (
        "kho đồ thị mất kết nối; đã lưu trước đó: one.txt; chưa lưu: two.txt, three.txt / "
        "the store went away; stored before this: one.txt; not stored: two.txt, three.txt"
    )


def test_an_upload_over_its_time_budget_fails_alone_and_the_server_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VBGRAPH_FILE_TIMEOUT", "0.000001")  # every file is over it
    with make(tmp_path) as c:
        files = [("files", ("slow.txt", TEXT, "text/plain"))]
        response = c.post("/api/v1/ingest", files=files, headers=AUTH)
        assert response.status_code == 200, response.text
        (report,) = response.json()["files"]
        assert not report["ok"] and report["error"]["title"] == "TooSlow"
        assert "VBGRAPH_FILE_TIMEOUT" in report["error"]["detail"]
        assert c.get("/health/live").status_code == 200
        assert c.get("/api/v1/stats").json()["documents"] == 0


def test_an_ambiguous_codes_message_shows_the_first_candidates_and_counts_the_rest() -> None:
    # a code a portal's side list put on every saved page names one node per page
    candidates = [f"100-KH/TU@?doc-{i:04d}" for i in range(400)]
    message = str(AmbiguousCode("100-KH/TU", candidates))
    assert "names 400 documents" in message and "100-KH/TU@?doc-0019" in message
    assert "100-KH/TU@?doc-0020" not in message and "và 380 khác / and 380 more" in message
    assert shown_candidates(candidates[:3]) == ", ".join(candidates[:3])
