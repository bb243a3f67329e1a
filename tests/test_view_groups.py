"""The overview's province groups fold into one node and unfold again, in headless Chromium
at 1600×1000: a folded group hides its documents and stands as one node counting them, its
relations drawn to that node with their count in the hover; a large overview opens folded and
stays readable (no drawn label over another, every node inside the canvas).

Screenshots go to test-artifacts/. Debian's /usr/bin/chromium only (CI=true: fail, not skip).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from tests.test_view_browser import Loaded
from tests.test_view_browser import browser as browser  # noqa: F401  (the fixture)
from tests.test_view_e2e import service as service  # noqa: F401  (the fixture)
from tests.test_view_readable import (
    VISIBLE,
    assert_readable,
    open_at_1600,
    provinces_graph,
    shoot,
)
from viz import ViewEdge, ViewGraph, ViewNode, render_html
from viz.render import FOLD_GROUPS_ABOVE

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

READY = "() => window.vbgraphReady === true"
GROUPS = "window.vbgraphGroups()"
CENTRAL = """window.vbgraphNetwork.body.data.nodes.get()
  .filter(n => !n.hidden && n.level === 0).length"""
BUNDLES = """window.vbgraphNetwork.body.data.edges.get()
  .filter(e => e.vbCount && !e.hidden).map(e => [e.from, e.to, e.vbCount, e.title])"""

PROVINCES = (
    "Bắc Giang", "Bắc Ninh", "Bình Định", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Điện Biên",
    "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Tĩnh", "Hải Dương", "Hòa Bình", "Hưng Yên",
    "Khánh Hòa", "Kon Tum", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
    "Ninh Bình", "Phú Thọ", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Trị", "Sơn La",
    "Thái Bình", "Thanh Hóa", "Tiền Giang", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái",
)  # fmt: skip


def national_graph(documents: int = 420, *, seed: int = 3) -> ViewGraph:
    """A made-up cascade over 34 provinces: 5 central documents, then province, district and
    commune plans (1 : 3 : 6), each carrying out a plan of its province one level up (or a
    central document), a third of them also citing a central document."""
    rng = random.Random(seed)
    central = ["62-KL/TW", "160-TB/TW", "21-NQ/TW", "35-CT/TW", "09-NQ/TW"]
    nodes = [ViewNode(c, c, code=c, kind_code=c.split("-")[1][:2], level="central")
             for c in central]  # fmt: skip
    edges = [ViewEdge("160-TB/TW", "62-KL/TW", "IMPLEMENTS")]
    rest = documents - len(central)
    counts = {"province": rest // 10, "district": rest * 3 // 10}
    counts["commune"] = rest - counts["province"] - counts["district"]
    issuer = {"province": "TU", "district": "HU", "commune": "ĐU"}
    above: dict[tuple[str, str], list[str]] = {}
    upper = {"province": None, "district": "province", "commune": "district"}
    for level in ("province", "district", "commune"):
        for i in range(counts[level]):
            # each province has a plan of its own; lower plans fall anywhere
            province = PROVINCES[i % len(PROVINCES)] if level == "province" else None
            province = province or rng.choice(PROVINCES)
            district = f"Huyện {i % 5 + 1}, {province}"
            place = {"province": province, "district": district,
                     "commune": f"Xã {i % 9 + 1}, {district}"}[level]  # fmt: skip
            code = f"{i + 1}-KH/{issuer[level]}"
            key = f"{code}@{place}"
            nodes.append(ViewNode(key, code, code=code, kind="Kế hoạch", kind_code="KH",
                                  level=level, place=place))  # fmt: skip
            parent = upper[level]
            targets = above.get((parent, province), []) if parent else []
            edges.append(ViewEdge(key, rng.choice(targets or central), "IMPLEMENTS"))
            if rng.random() < 0.33:
                edges.append(ViewEdge(key, rng.choice(central), "CITES"))
            above.setdefault((level, province), []).append(key)
    return ViewGraph(tuple(nodes), tuple(edges))


def page_data(page: str) -> dict[str, Any]:
    found = re.search(r'id="vbgraph-data">(.*?)</script>', page, re.S)
    assert found
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def open_file(browser: Any, tmp_path: Path, graph: ViewGraph) -> Loaded:  # noqa: F811
    page = tmp_path / "overview.html"
    page.write_text(render_html(graph, title="Tổng quan / overview"), "utf-8")
    return open_at_1600(browser, page.as_uri())


def settle(loaded: Loaded) -> None:
    loaded.page.wait_for_function(READY, timeout=30_000)


def test_small_overviews_open_expanded_and_large_ones_folded() -> None:
    small_page = render_html(provinces_graph(), title="t")
    large_page = render_html(national_graph(), title="t")
    small, large = page_data(small_page), page_data(large_page)
    assert len(large["nodes"]) > FOLD_GROUPS_ABOVE >= len(small["nodes"])
    assert small["groups"]["folded"] is False and large["groups"]["folded"] is True
    # the fold buttons wait in the side panel; a large overview opens its legend closed
    assert re.search(r'<div id="vbgraph-groups"[^>]*">', small_page)
    assert '<details id="vbgraph-legend" open>' in small_page
    assert '<details id="vbgraph-legend">' in large_page
    lineage = render_html(provinces_graph(), title="t", overview=False)
    assert page_data(lineage)["groups"]["folded"] is False
    assert re.search(r'<div id="vbgraph-groups"[^>]* hidden>', lineage)  # nothing to fold


def test_clicking_a_frame_name_folds_the_group_into_one_node_with_its_count(
    browser: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    loaded = open_file(browser, tmp_path, provinces_graph())
    groups = {g["id"]: g for g in loaded.js(GROUPS)}
    assert not any(g["folded"] or g["drawn"] for g in groups.values())
    gid = "vbgroup:2:Tỉnh số 1"  # the district plans of the first province
    assert groups[gid]["count"] == 4
    members = ["1-KH/HU@Tỉnh số 1", "2-KH/HU@Tỉnh số 1", "3-KH/HU@Tỉnh số 1",
               "4-KH/HU@Tỉnh số 1"]  # fmt: skip
    before = loaded.js(VISIBLE)

    (header,) = [h for h in loaded.js("window.vbgraphHeaders()") if h["group"] == gid]
    box = loaded.js("() => document.querySelector('#vbgraph-canvas canvas')"
                    ".getBoundingClientRect().toJSON()")  # fmt: skip
    loaded.page.mouse.click(box["x"] + (header["left"] + header["right"]) / 2,
                            box["y"] + (header["top"] + header["bottom"]) / 2)  # fmt: skip
    settle(loaded)
    group = {g["id"]: g for g in loaded.js(GROUPS)}[gid]
    assert group["folded"] and group["drawn"]
    # the full name, or the short one when the full ones would be drawn under 12 px
    assert group["label"] in ("Tỉnh số 1 — 4 văn bản / documents", "Tỉnh số 1 (4)")
    assert group["title"].startswith("Tỉnh số 1 — 4 văn bản / documents — Huyện / district")
    hidden = loaded.js(
        "ids => ids.map(id => window.vbgraphNetwork.body.data.nodes.get(id).hidden)", members
    )
    assert hidden == [True] * 4
    assert loaded.js(VISIBLE) == before - 4 + 1
    # the four plans carry out the province's two plans: two lines, two relations each
    bundles = loaded.js(BUNDLES)
    assert sorted((a, b, n) for a, b, n, _ in bundles) == [
        (gid, "1-KH/TU@Tỉnh số 1", 2),
        (gid, "2-KH/TU@Tỉnh số 1", 2),
    ]
    assert all(t.startswith("thực hiện / implements: 2 quan hệ / relations") for *_, t in bundles)
    assert_readable(loaded)
    assert "Tỉnh số 1 — 4 văn bản / documents" in loaded.details()

    loaded.page.mouse.dblclick(*loaded.node_point(gid))
    settle(loaded)
    group = {g["id"]: g for g in loaded.js(GROUPS)}[gid]
    assert not group["folded"] and not group["drawn"]
    assert loaded.js(VISIBLE) == before
    assert loaded.js(BUNDLES) == []
    assert_readable(loaded)
    assert loaded.errors == []
    loaded.page.close()


def test_collapse_all_and_expand_all_work_from_the_keyboard(
    browser: Any,  # noqa: F811
    service: str,  # noqa: F811
) -> None:
    loaded = open_at_1600(browser, f"{service}/view")
    groups = loaded.js(GROUPS)
    assert groups and not any(g["folded"] for g in groups)  # the sample corpus: expanded
    before = loaded.js(VISIBLE)
    central_before = loaded.js(CENTRAL)
    loaded.page.focus("#vbgraph-fold-all")
    loaded.page.keyboard.press("Enter")
    settle(loaded)
    groups = loaded.js(GROUPS)
    drawn = [g for g in groups if g["drawn"]]
    assert drawn and all(g["folded"] for g in groups)
    for g in drawn:
        plural = "" if g["count"] == 1 else "s"
        assert g["label"] == f"{g['name']} — {g['count']} văn bản / document{plural}"
    assert sum(g["count"] for g in drawn) == before - central_before
    assert loaded.js(VISIBLE) == central_before + len(drawn) < before
    shoot(loaded, "view-overview-collapsed.png")
    assert_readable(loaded)

    loaded.page.focus("#vbgraph-unfold-all")
    loaded.page.keyboard.press("Enter")
    settle(loaded)
    assert not any(g["folded"] or g["drawn"] for g in loaded.js(GROUPS))
    assert loaded.js(VISIBLE) == before
    assert_readable(loaded)
    assert loaded.errors == []
    loaded.page.close()


def test_a_large_overview_opens_folded_and_readable(
    browser: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    graph = national_graph()
    loaded = open_file(browser, tmp_path, graph)
    assert loaded.errors == []
    groups = loaded.js(GROUPS)
    assert all(g["folded"] for g in groups)
    shoot(loaded, "view-overview-large.png")
    m = assert_readable(loaded)
    drawn = [g for g in groups if g["drawn"]]
    # every document not cited only stands in its group: the counts add up
    documents = sum(n.level != "central" for n in graph.nodes)
    assert sum(g["count"] for g in drawn) == documents
    assert len(m["boxes"]) == len(drawn) + 5  # the groups and the central documents

    # finding a document inside a folded group unfolds that group
    loaded.page.fill("#vbgraph-query", "7-KH/HU")
    loaded.page.press("#vbgraph-query", "Enter")
    settle(loaded)
    key = next(n.key for n in graph.nodes if n.label == "7-KH/HU")
    assert loaded.js("window.vbgraphNetwork.getSelectedNodes()") == [key]
    gid = "vbgroup:2:" + key.rsplit(", ", 1)[1]
    assert {g["id"]: g for g in loaded.js(GROUPS)}[gid]["folded"] is False
    assert loaded.errors == []
    loaded.page.close()
