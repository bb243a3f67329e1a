"""/docs and /redoc load their assets from this service only (issue 14: blank offline)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    data_dir: Path = tmp_path_factory.mktemp("docs")
    return TestClient(create_app(Settings(backend="embedded", data_dir=data_dir)))


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_docs_pages_name_no_outside_address(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page.text), page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in re.findall(r"""(?:src|href)=["']?(/docs-assets/[^"' >]+)""", page.text):
        got = client.get(asset)
        assert got.status_code == 200 and len(got.content) > 1000, asset
