"""The real service (uvicorn on 127.0.0.1, embedded store with the sample corpus) in headless
Chromium: /view/62-KL/TW draws the lineage offline, clicks show details, titles stay text.

Run with `pytest -m browser`; without Chromium or Playwright the tests skip loudly (they fail
when CI=true). Debian's /usr/bin/chromium only, never `playwright install`.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import uvicorn

from api.main import create_app
from api.settings import Settings
from graph import open_store
from graph.build import ingest_extraction
from tests.graph_fixtures import WARD_PLAN, corpus
from tests.test_view_browser import ARTIFACTS, EVIL, Loaded, open_page
from tests.test_view_browser import browser as browser  # noqa: F401  (the fixture)

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

TOKEN = "e2e-token"
TOWN_PLAN = "74-KH/TU@quang-ngai/duc-pho@2020-2025"
EXPECTED = {"62-KL/TW@X", "160-TB/TW@XII", TOWN_PLAN, WARD_PLAN, "123-KH/TU@?doc-ff97253a8f1f1fde"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """http://127.0.0.1:<port> of the real app, served by uvicorn in a thread."""
    data_dir = tmp_path_factory.mktemp("e2e")
    store = open_store("embedded", data_dir=data_dir)
    for ext in corpus():
        ingest_extraction(store, ext)
    store.close()
    app = create_app(Settings(backend="embedded", data_dir=data_dir, api_token=TOKEN))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield base
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def lineage(browser: Any, service: str) -> Iterator[Loaded]:  # noqa: F811
    loaded = open_page(browser, f"{service}/view/62-KL/TW")
    yield loaded
    loaded.page.close()


def test_view_of_62_loads_from_the_service_only_without_errors(lineage: Loaded) -> None:
    assert lineage.errors == []
    hosts = {urlsplit(u).hostname for u in lineage.requests if urlsplit(u).scheme != "data"}
    assert hosts == {"127.0.0.1"}, lineage.requests
    ARTIFACTS.mkdir(exist_ok=True)
    lineage.page.wait_for_timeout(300)
    lineage.page.screenshot(path=str(ARTIFACTS / "view-62-KL-TW.png"))
    assert (Path(ARTIFACTS) / "view-62-KL-TW.png").stat().st_size > 1000


def test_view_of_62_draws_the_corpus_lineage(lineage: Loaded) -> None:
    ids = set(lineage.js("window.vbgraphNetwork.body.data.nodes.getIds()"))
    assert ids == EXPECTED
    drawn = {
        tuple(e)
        for e in lineage.js(
            "window.vbgraphNetwork.body.data.edges.get().map(e => [e.from, e.to, e.vbType])"
        )
    }
    assert {
        (WARD_PLAN, TOWN_PLAN, "IMPLEMENTS"),
        (TOWN_PLAN, "160-TB/TW@XII", "IMPLEMENTS"),
        ("160-TB/TW@XII", "62-KL/TW@X", "IMPLEMENTS"),
        ("123-KH/TU@?doc-ff97253a8f1f1fde", "62-KL/TW@X", "REVIEWS"),
    } <= drawn
    assert lineage.js("window.vbgraphNetwork.getSelectedNodes()") == ["62-KL/TW@X"]


def test_clicking_a_node_shows_its_details(lineage: Loaded) -> None:
    lineage.page.mouse.click(*lineage.node_point(TOWN_PLAN))
    lineage.page.wait_for_function(
        "() => document.querySelector('#vbgraph-details h2.doc').textContent === '74-KH/TU'"
    )
    text = lineage.details()
    assert "Thị ủy Đức Phố" in text and "Đức Phố" in text
    assert "160-TB/TW" in text
    assert lineage.errors == []


def test_an_uploaded_title_with_markup_is_shown_as_text(browser: Any, service: str) -> None:  # noqa: F811
    text = f"---\ntitle: {EVIL}\nprovince: Hà Nam\n---\nThực hiện Kết luận số 62-KL/TW.\n"
    files = [("files", ("evil.md", text.encode(), "text/markdown"))]
    response = httpx.post(
        f"{service}/api/v1/ingest", files=files, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 200 and response.json()["ingested"] == 1, response.text
    loaded = open_page(browser, f"{service}/view")
    key = response.json()["files"][0]["document"]
    loaded.page.mouse.click(*loaded.node_point(key))
    loaded.page.wait_for_function("() => document.querySelector('#vbgraph-details h2.doc')")
    assert EVIL in loaded.details()
    assert loaded.js("document.querySelectorAll('img').length") == 0
    assert loaded.js("typeof window.__xss") == "undefined"
    assert loaded.errors == []
    loaded.page.close()


@pytest.mark.parametrize(
    ("path", "drawn"),
    [
        ("/docs", "() => document.querySelectorAll('.opblock').length > 5"),
        ("/redoc", "() => document.querySelectorAll('[data-section-id]').length > 5"),
    ],
)
def test_api_docs_work_with_no_outside_network(
    browser: Any,  # noqa: F811
    service: str,
    path: str,
    drawn: str,
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    asked: list[str] = []
    blocked: list[tuple[str, str]] = []
    errors: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    page.on("requestfailed", lambda r: blocked.append((r.url, r.failure or "")))
    page.on("console", lambda m: errors.extend([m.text] if m.type == "error" else []))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{service}{path}")
    page.wait_for_function(drawn, timeout=30_000)
    page.wait_for_timeout(500)  # (ReDoc's footer logo was asked for after the first frame)
    # (ReDoc runs its search in a worker made from a blob)
    hosts = {urlsplit(u).hostname for u in asked if urlsplit(u).scheme not in ("data", "blob")}
    assert hosts == {"127.0.0.1"}, asked
    # a user trial: /redoc's footer asked cdn.redoc.ly for a logo, which the page's policy
    # refused with an error in the console; nothing is asked of another host now
    assert blocked == []
    assert errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"api{path.replace('/', '-')}.png"))
    page.close()


def test_coverage_page_draws_every_province_with_names_apart(
    browser: Any,  # noqa: F811
    service: str,
) -> None:
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{service}/view/62-KL/TW/coverage")
    page.wait_for_selector("figure svg")
    hosts = {urlsplit(u).hostname for u in requests if urlsplit(u).scheme != "data"}
    assert hosts == {"127.0.0.1"} and errors == []
    # a 2009 conclusion: the 63 provinces of the time, each a marker and a row
    assert page.evaluate("() => document.querySelectorAll('figure svg use').length") >= 63
    rows = page.evaluate("() => document.querySelectorAll('aside table')[1].rows.length")
    assert rows == 63 + 1
    assert "Quảng Ngãi" in page.inner_text("aside")
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('figure svg text')].map(t => {
            const b = t.getBoundingClientRect();
            return [t.textContent, b.left, b.top, b.right, b.bottom];
        })"""
    )
    names = [b for b in boxes if b[3] - b[1] > 0]
    assert len(names) > 30  # most provinces are named on the map
    overlaps = [
        (a[0], b[0])
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if a[1] < b[3] - 1 and b[1] < a[3] - 1 and a[2] < b[4] - 1 and b[2] < a[4] - 1
    ]
    assert overlaps == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "coverage-62-KL-TW.png"), full_page=True)
    page.close()
