"""One way to build a test service over a filled store, for every backend (embedded, SQLite,
Neo4j): `served(backend, folder, write)` clears the store the settings name, lets `write` fill
it through the store's own writes, closes it, and serves the API over it. The fixtures of
tests/test_api_routes.py (`client`, `reference`) and tests/test_reused_codes.py (`paged`)
are built with it, so the three stores of a test differ only in their backend."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings, open_configured_store
from graph.errors import StoreUnavailable
from graph.store import GraphStore
from tests.graph_fixtures import neo4j_not_running

TOKEN = "test-token-62"
NEO4J = (
    os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
    os.environ.get("NEO4J_USER", "neo4j"),
    os.environ.get("NEO4J_PASSWORD", "vbgraph-dev-password"),
)
# The backends a service fixture runs on, the Neo4j one marked (skipped loudly without a
# server, failed in CI)
BACKENDS = ["embedded", "sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)]


def settings_for(backend: str, data_dir: Path, **extra: Any) -> Settings:
    uri, user, password = NEO4J
    return Settings(
        backend=backend,
        data_dir=data_dir,
        neo4j_uri=uri,
        neo4j_user=user,
        neo4j_password=password,
        api_token=TOKEN,
        **extra,
    )


def fill_with(settings: Settings, write: Callable[[GraphStore], None]) -> None:
    """Clear the store `settings` name and let `write` fill it."""
    try:
        store = open_configured_store(settings)
    except StoreUnavailable as exc:
        neo4j_not_running(exc)
    try:
        store.clear()
        write(store)
    finally:
        store.close()


@contextlib.contextmanager
def served(backend: str, data_dir: Path, write: Callable[[GraphStore], None]) -> Iterator[
    TestClient
]:  # fmt: skip
    """The API over a `backend` store in `data_dir` that `write` filled (`fill_with`)."""
    settings = settings_for(backend, data_dir)
    fill_with(settings, write)
    with TestClient(create_app(settings)) as c:
        yield c


def cli_over(tmp_path: Path, texts: dict[str, str], *args: str) -> str:
    """What `vbgraph --data-dir DATA ARGS` prints, `texts` (file name → text) ingested into
    DATA under `tmp_path` by the first call."""
    import io

    from api.cli import main

    data = ["--data-dir", str(tmp_path / "data")]
    if not (tmp_path / "data").exists():
        folder = tmp_path / "docs"
        folder.mkdir()
        for name, text in texts.items():
            (folder / name).write_text(text, encoding="utf-8")
        assert main([*data, "ingest", str(folder)]) == 0
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*data, *args]) == 0
    return out.getvalue()


def served_fixture(write: Callable[[GraphStore], None]) -> Any:
    """A module fixture: the API over each backend's store that `write` filled (`served`)."""

    @pytest.fixture(scope="module", params=BACKENDS)
    def client(
        request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
    ) -> Iterator[TestClient]:
        with served(request.param, tmp_path_factory.mktemp(request.param), write) as c:
            yield c

    return client
