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


# An address a served script would fetch by itself: an image, script or frame source
# ("src:"https://cdn.redoc.ly/redoc/logo-mini.svg"", ReDoc's footer logo, which the page's
# policy blocked with an error in the console) or Swagger UI's validator badge
# ("https://validator.swagger.io/validator", shown for a spec served from another host than
# localhost). Links a user may click (href) and namespace URIs are not fetched.
_FETCHED = re.compile(r"""\bsrc\s*[:=]\s*["'](?:https?:)?//|cdn\.redoc\.ly""")


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_docs_scripts_fetch_nothing_from_outside(client: TestClient, path: str) -> None:
    page = client.get(path)
    for asset in re.findall(r"""(?:src|href)=["']?(/docs-assets/[^"' >]+\.js)""", page.text):
        text = client.get(asset).text
        assert not _FETCHED.search(text), (asset, _FETCHED.search(text))


def test_swagger_ui_asks_no_outside_validator(client: TestClient) -> None:
    page = client.get("/docs").text
    assert re.search(r'"validatorUrl":\s*null', page), page
