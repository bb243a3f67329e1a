"""The graph view is readable at 1600×1000 in headless Chromium: labels of a readable size,
no drawn label over another, every document inside the canvas after fitting, relations
between one pair curved apart with their labels apart, CITES behind a toggle.

Measures come from vis-network itself (node positions, shape bounding boxes, the label
boxes it drew) plus the names the page draws (window.vbgraphTitles). Screenshots go to
test-artifacts/ for people to look at. Debian's /usr/bin/chromium only (CI=true: fail, not skip).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.graph_fixtures import WARD_PLAN
from tests.test_view_browser import ARTIFACTS, Loaded
from tests.test_view_browser import browser as browser  # noqa: F401  (the fixture)
from tests.test_view_e2e import service as service  # noqa: F401  (the fixture)
from viz import ViewEdge, ViewGraph, ViewNode, render_html

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

VIEWPORT = {"width": 1600, "height": 1000}
SMALLEST_LABEL_PX = 12  # node labels on screen after fitting
DRAW_THRESHOLD = 5  # vis-network draws no label smaller than this on screen
VISIBLE = "window.vbgraphNetwork.body.data.nodes.get().filter(n => !n.hidden).length"

# every label vis drew and every name the page drew, in page pixels, and each visible
# document's box (shape and its label) against the canvas
MEASURE = """() => {
  const net = window.vbgraphNetwork;
  const canvas = document.querySelector('#vbgraph-canvas canvas');
  const scale = net.getScale();
  const dom = (left, top, right, bottom) => {
    const a = net.canvasToDOM({x: left, y: top}), b = net.canvasToDOM({x: right, y: bottom});
    return [a.x, a.y, b.x, b.y];
  };
  const labels = [], boxes = [], fonts = [];
  for (const id of net.body.nodeIndices) {
    const n = net.body.nodes[id];
    if (n.options.hidden) continue;
    const b = net.getBoundingBox(id), s = n.labelModule.size;
    boxes.push([id, ...dom(b.left, b.top, b.right, b.bottom)]);
    fonts.push([id, n.options.font.size * scale]);
    labels.push(['node ' + id, ...dom(s.left, s.top, s.left + s.width, s.top + s.height)]);
  }
  for (const id of net.body.edgeIndices) {
    const e = net.body.edges[id];
    if (e.options.hidden || !e.options.label || e.options.font.size * scale < THRESHOLD) continue;
    const s = e.labelModule.size;
    labels.push(['edge ' + id + ' ' + e.options.label,
                 ...dom(s.left, s.top, s.left + s.width, s.top + s.height)]);
  }
  for (const t of window.vbgraphTitles()) labels.push(['title ' + t.text, t.left, t.top,
                                                      t.right, t.bottom]);
  return {labels, boxes, fonts, width: canvas.clientWidth, height: canvas.clientHeight};
}""".replace("THRESHOLD", str(DRAW_THRESHOLD))


def overlaps(labels: list[list[Any]]) -> list[tuple[str, str]]:
    """Pairs of label boxes that overlap by more than a pixel."""
    return [
        (a[0], b[0])
        for i, a in enumerate(labels)
        for b in labels[i + 1 :]
        if a[1] < b[3] - 1 and b[1] < a[3] - 1 and a[2] < b[4] - 1 and b[2] < a[4] - 1
    ]


def assert_readable(loaded: Loaded) -> dict[str, Any]:
    m: dict[str, Any] = loaded.js(MEASURE)
    assert overlaps(m["labels"]) == []
    outside = [
        b for b in m["boxes"] if b[1] < 0 or b[2] < 0 or b[3] > m["width"] or b[4] > m["height"]
    ]
    assert outside == [], (m["width"], m["height"])
    small = [(k, px) for k, px in m["fonts"] if px < SMALLEST_LABEL_PX]
    assert small == []
    return m


def open_at_1600(browser: Any, url: str) -> Loaded:  # noqa: F811
    page = browser.new_page(viewport=VIEWPORT)
    loaded = Loaded(page)
    page.on("request", lambda r: loaded.requests.append(r.url))
    page.on("pageerror", lambda e: loaded.errors.append(str(e)))
    page.on("console", lambda m: loaded.errors.extend([m.text] if m.type == "error" else []))
    page.goto(url)
    page.wait_for_function("() => window.vbgraphReady === true", timeout=30_000)
    return loaded


def shoot(loaded: Loaded, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    loaded.page.wait_for_timeout(200)
    loaded.page.screenshot(path=str(ARTIFACTS / name))


@pytest.fixture
def overview(browser: Any, service: str) -> Iterator[Loaded]:  # noqa: F811
    loaded = open_at_1600(browser, f"{service}/view")
    yield loaded
    loaded.page.close()


def test_overview_of_the_sample_corpus_is_readable(overview: Loaded) -> None:
    assert overview.errors == []
    shoot(overview, "view-overview.png")
    m = assert_readable(overview)
    # the sample corpus fits at about full size: labels near their 15 px
    assert min(px for _, px in m["fonts"]) >= 13


def test_overview_hides_citations_until_asked(overview: Loaded) -> None:
    types = overview.js(
        "window.vbgraphNetwork.body.data.edges.get().filter(e => !e.hidden).map(e => e.vbType)"
    )
    assert types and "CITES" not in types
    shown = overview.js(VISIBLE)
    overview.page.check("#vbgraph-cites")
    overview.page.wait_for_function("() => window.vbgraphReady === true", timeout=30_000)
    types = overview.js(
        "window.vbgraphNetwork.body.data.edges.get().filter(e => !e.hidden).map(e => e.vbType)"
    )
    assert "CITES" in types
    everything = overview.js("window.vbgraphData.nodes.length")  # documents, not groups
    assert overview.js(VISIBLE) == everything > shown
    shoot(overview, "view-overview-cites.png")
    assert_readable(overview)  # all 29 documents, still apart and inside
    assert overview.errors == []


def test_overview_puts_the_most_implemented_central_documents_first(overview: Loaded) -> None:
    central = overview.js(
        """() => window.vbgraphNetwork.body.data.nodes.get()
             .filter(n => n.level === 0 && !n.hidden)
             .map(n => [window.vbgraphNetwork.getPosition(n.id).x,
                        window.vbgraphNetwork.getPosition(n.id).y, n.vbImpl])"""
    )
    in_reading_order = [impl for _, _, impl in sorted(central, key=lambda c: (c[1], c[0]))]
    assert in_reading_order == sorted(in_reading_order, reverse=True)
    assert in_reading_order[0] >= 2


def test_double_clicking_a_document_shows_the_documents_it_cites(
    browser: Any,
    service: str,  # noqa: F811
) -> None:
    loaded = open_at_1600(browser, f"{service}/view")
    before = loaded.js(VISIBLE)
    loaded.page.mouse.dblclick(*loaded.node_point(WARD_PLAN))
    loaded.page.wait_for_function("() => window.vbgraphReady === true", timeout=30_000)
    after = loaded.js(VISIBLE)
    assert after > before
    assert_readable(loaded)
    loaded.page.close()


def test_lineage_of_62_is_readable_with_both_relations_of_one_pair_labelled(
    browser: Any,
    service: str,  # noqa: F811
) -> None:
    loaded = open_at_1600(browser, f"{service}/view/62-KL/TW")
    assert loaded.errors == []
    shoot(loaded, "view-lineage-62.png")
    m = assert_readable(loaded)
    # 123-KH/TU both carries out and reviews 62-KL/TW: two curves, two labels, apart
    pair = [label for label in m["labels"] if label[0].startswith("edge ")]
    names = " ".join(label[0] for label in pair)
    assert "sơ kết, tổng kết / reviews" in names and "thực hiện / implements" in names
    loaded.page.close()


def provinces_graph(provinces: int = 8) -> ViewGraph:
    """A made-up cascade: 4 central documents, each province's plans carrying out one of
    them, district plans carrying out their province's, every plan citing 62-KL/TW."""
    central = ["62-KL/TW", "160-TB/TW", "21-NQ/TW", "35-CT/TW"]
    nodes = [ViewNode(c, c, code=c, kind_code=c.split("-")[1][:2], level="central")
             for c in central]  # fmt: skip
    edges = [ViewEdge("160-TB/TW", "62-KL/TW", "IMPLEMENTS")]
    for p in range(provinces):
        place = f"Tỉnh số {p + 1}"
        for k in range(2):
            key = f"{p * 10 + k + 1}-KH/TU@{place}"
            nodes.append(ViewNode(key, key.split("@")[0], kind_code="KH", level="province",
                                  place=place))  # fmt: skip
            edges.append(ViewEdge(key, central[(p + k) % 3], "IMPLEMENTS"))
            edges.append(ViewEdge(key, "35-CT/TW", "CITES"))
            for d in range(2):
                dkey = f"{p * 10 + k * 2 + d + 1}-KH/HU@{place}"
                nodes.append(
                    ViewNode(
                        dkey,
                        dkey.split("@")[0],
                        kind_code="KH",
                        level="district",
                        place=f"Huyện {d + 1}, {place}",
                    )
                )
                edges.append(ViewEdge(dkey, key, "IMPLEMENTS"))
    return ViewGraph(tuple(nodes), tuple(edges))


def test_overview_of_a_larger_graph_is_readable(
    browser: Any,
    tmp_path: Path,  # noqa: F811
) -> None:
    page = tmp_path / "overview.html"
    page.write_text(render_html(provinces_graph(), title="Tổng quan / overview"), "utf-8")
    loaded = open_at_1600(browser, page.as_uri())
    assert loaded.errors == []
    shoot(loaded, "view-overview-provinces.png")
    assert_readable(loaded)
    loaded.page.close()
