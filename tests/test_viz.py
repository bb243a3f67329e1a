"""viz.render_html without a browser: offline page, escaping, data, styling, node limit."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import networkx as nx
import pytest

from viz import ViewEdge, ViewGraph, ViewNode, render_html
from viz.model import from_networkx

WARD_PLAN = "doc/001_a85e39af42177292"  # a host document without a code of its own
SUBJECT_62 = (
    "về tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc Việt Nam"
    " và các đoàn thể chính trị - xã hội"
)


def lineage_graph() -> ViewGraph:
    """The real chain from examples/corpus/001 (ward plan → 74-KH/TU → 160-TB/TW → 62-KL/TW),
    the provincial review of 62-KL/TW from 002, and a stub only cited (217-QĐ/TW)."""
    nodes = (
        ViewNode("62-KL/TW", "62-KL/TW", code="62-KL/TW", kind="Kết luận", kind_code="KL",
                 level="central", date="2009-12-08", issuing_body="Bộ Chính trị khóa X",
                 subject=SUBJECT_62, focus=True),
        ViewNode("160-TB/TW", "160-TB/TW", code="160-TB/TW", kind="Thông báo", kind_code="TB",
                 level="central", date="2020-01-15", issuing_body="Bộ Chính trị",
                 subject="về tiếp tục thực hiện Kết luận số 62-KL/TW"),
        ViewNode("123-KH/TU", "123-KH/TU", code="123-KH/TU", kind="Kế hoạch", kind_code="KH",
                 level="province", date="2014-08-29", issuing_body="Tỉnh ủy",
                 subject="sơ kết 05 năm (2009 - 2014) thực hiện Kết luận số 62-KL/TW"),
        ViewNode("74-KH/TU@Đức Phố", "74-KH/TU", code="74-KH/TU", kind="Kế hoạch",
                 kind_code="KH", level="district", place="Đức Phố, Quảng Ngãi",
                 date="2022-11-02", issuing_body="Thị ủy Đức Phố",
                 subject="về việc thực hiện Thông báo số 160-TB/TW"),
        ViewNode(WARD_PLAN, "KH Đảng ủy phường (Đức Phố)", kind="Kế hoạch", kind_code="KH",
                 level="commune", place="Đức Phố, Quảng Ngãi", issuing_body="Đảng ủy phường",
                 subject="thực hiện Thông báo số 160-TB/TW ngày 15/01/2020 của Bộ Chính trị"),
        ViewNode("217-QĐ/TW", "217-QĐ/TW", code="217-QĐ/TW", kind="Quyết định",
                 kind_code="QĐ", level="central", stub=True),
    )  # fmt: skip
    edges = (
        ViewEdge(WARD_PLAN, "74-KH/TU@Đức Phố", "IMPLEMENTS", evidence=(
            "Thực hiện Kế hoạch số 74-KH/TU ngày 02/11/2022 của Thị ủy Đức Phố về việc thực"
            " hiện Thông báo số 160-TB/TW ngày 15/01/2020 của Bộ Chính trị, Đảng ủy ban hành"
            " Kế hoạch thực hiện như sau:",)),
        ViewEdge(WARD_PLAN, "160-TB/TW", "IMPLEMENTS", evidence=(
            "KẾ HOẠCH thực hiện Thông báo số 160-TB/TW ngày 15/01/2020 của Bộ Chính trị",)),
        ViewEdge("74-KH/TU@Đức Phố", "160-TB/TW", "IMPLEMENTS", evidence=(
            "Kế hoạch số 74-KH/TU ngày 02/11/2022 của Thị ủy Đức Phố về việc thực hiện"
            " Thông báo số 160-TB/TW",)),
        ViewEdge("160-TB/TW", "62-KL/TW", "IMPLEMENTS", evidence=(
            "Thông báo số 160-TB/TW ngày 15/01/2020 của Bộ Chính trị về tiếp tục thực hiện"
            " Kết luận số 62-KL/TW ngày 08/12/2009",)),
        ViewEdge("123-KH/TU", "62-KL/TW", "REVIEWS", evidence=(
            "sơ kết 05 năm (2009 - 2014) thực hiện Kết luận số 62-KL/TW của Bộ Chính trị",)),
        ViewEdge(WARD_PLAN, "217-QĐ/TW", "CITES", evidence=(
            "thực hiện tốt Quy định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện"
            " xã hội",)),
    )  # fmt: skip
    return ViewGraph(nodes, edges)


def page_data(page: str) -> dict[str, Any]:
    """The JSON the page script reads (json.loads undoes the \\u003c escapes)."""
    match = re.search(
        r'<script type="application/json" id="vbgraph-data">(.*?)</script>', page, re.S
    )
    assert match, "no vbgraph-data script"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(item["id"]): item for item in items}


def chain(n: int, *, focus: int | None = None) -> ViewGraph:
    """n documents in a path 0 - 1 - … - n-1."""
    nodes = tuple(
        ViewNode(f"{i}-KH/HU", f"{i}-KH/HU", kind_code="KH", level="district", focus=i == focus)
        for i in range(n)
    )
    edges = tuple(ViewEdge(f"{i + 1}-KH/HU", f"{i}-KH/HU", "IMPLEMENTS") for i in range(n - 1))
    return ViewGraph(nodes, edges)


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(lineage_graph(), title="Lineage of 62-KL/TW")


def test_page_loads_nothing_from_the_network(page: str) -> None:
    tags = re.findall(r"<(?:script|link|img|iframe|style)\b[^>]*>", page, re.I)
    external = [t for t in tags if re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", t, re.I)]
    assert not external
    assert not [t for t in tags if re.search(r"<script[^>]*\bsrc\s*=", t, re.I)]
    assert not re.search(r"@import|cdn\.|unpkg|jsdelivr|bootstrap", page, re.I)
    assert "new vis.Network" in page  # vis-network itself is inlined
    assert page.count("</script>") == 3  # data, vis-network, page script


def test_page_is_utf8_and_vietnamese(page: str) -> None:
    assert '<meta charset="utf-8">' in page
    assert "Trung ương / central" in page and "Xã, phường / commune" in page
    assert "thực hiện / implements" in page and "dẫn chiếu / cites" in page


def test_title_and_heading_are_escaped() -> None:
    evil = '<img src=x onerror=alert(1)> & "Kết luận"'
    out = render_html(lineage_graph(), title=evil)
    assert "<img src=x" not in out
    assert f"<title>{html.escape(evil)}</title>" in out
    assert f'<h1 id="vbgraph-title">{html.escape(evil)}</h1>' in out
    assert page_data(out)["title"] == evil


def test_data_json_round_trips(page: str) -> None:
    data = page_data(page)
    nodes, graph = by_id(data["nodes"]), lineage_graph()
    assert set(nodes) == {n.key for n in graph.nodes}
    ward = nodes[WARD_PLAN]
    assert ward["label"] == "KH Đảng ủy phường (Đức Phố)"
    assert ["Địa bàn / place", "Đức Phố, Quảng Ngãi"] in ward["vbFacts"]
    assert ward["vbApi"] == "/api/v1/documents/doc%2F001_a85e39af42177292"
    assert ward["vbView"] == "/view/doc%2F001_a85e39af42177292"
    edges = {(e["from"], e["to"], e["vbType"]): e for e in data["edges"]}
    assert len(edges) == len(graph.edges)
    implements = edges[("160-TB/TW", "62-KL/TW", "IMPLEMENTS")]
    assert implements["vbEvidence"] == list(graph.edges[3].evidence)
    assert implements["arrows"] == "to" and implements["label"] == "thực hiện / implements"


def test_script_breakout_in_a_subject_is_escaped() -> None:
    subject = "</script><script>window.__xss=1</script> <!-- \u2028 & >"
    node = ViewNode("1-KL/TW", "1-KL/TW", subject=subject, title="<img src=x onerror=alert(1)>")
    out = render_html(ViewGraph((node,)), title="t")
    raw = re.search(r'id="vbgraph-data">(.*?)</script>', out, re.S)
    assert raw
    assert not re.search(r"[<>&\u2028\u2029]", raw.group(1))
    assert "\\u003c/script\\u003e" in raw.group(1)
    assert "window.__xss=1</script>" not in out and "<img src=x" not in out
    (data_node,) = page_data(out)["nodes"]
    assert ["Trích yếu / subject", subject] in data_node["vbFacts"]
    assert subject in data_node["title"]  # hover text, shown by vis as plain text


def test_levels_colours_and_shapes(page: str) -> None:
    nodes = by_id(page_data(page)["nodes"])
    levels = {k: n["level"] for k, n in nodes.items()}
    assert levels == {"62-KL/TW": 0, "160-TB/TW": 0, "217-QĐ/TW": 0, "123-KH/TU": 1,
                      "74-KH/TU@Đức Phố": 2, WARD_PLAN: 3}  # fmt: skip
    shapes = {k: n["shape"] for k, n in nodes.items()}
    assert shapes["62-KL/TW"] == "diamond" and shapes["160-TB/TW"] == "ellipse"
    assert shapes["74-KH/TU@Đức Phố"] == "box" and shapes["217-QĐ/TW"] == "triangle"
    colours = {n["color"]["background"] for k, n in nodes.items() if k != "217-QĐ/TW"}
    assert len(colours) == 4  # one per level
    assert nodes["62-KL/TW"]["color"]["background"] == nodes["160-TB/TW"]["color"]["background"]


def test_unknown_level_and_type_fall_back() -> None:
    node = ViewNode("x", "Công văn 5", kind_code="CV", level="ward?")
    (data_node,) = page_data(render_html(ViewGraph((node,)), title="t"))["nodes"]
    assert data_node["level"] == 4 and data_node["shape"] == "dot"


def test_stub_and_focus_are_drawn_apart(page: str) -> None:
    nodes = by_id(page_data(page)["nodes"])
    stub, focus, plain = nodes["217-QĐ/TW"], nodes["62-KL/TW"], nodes["160-TB/TW"]
    assert stub["shapeProperties"]["borderDashes"] and stub["opacity"] < 1
    assert stub["color"]["background"] != plain["color"]["background"]
    assert focus["borderWidth"] > plain["borderWidth"] and focus["size"] > plain["size"]
    assert focus["vbFocus"] and not plain["vbFocus"]


def test_edges_coloured_by_relation(page: str) -> None:
    edges = page_data(page)["edges"]
    colour = {e["vbType"]: e["color"]["color"] for e in edges}
    assert len(set(colour.values())) == 3  # IMPLEMENTS, REVIEWS, CITES
    assert {e["vbType"]: e["label"] for e in edges}["REVIEWS"] == "sơ kết, tổng kết / reviews"


def test_layout_is_top_down_with_given_levels(page: str) -> None:
    hierarchical = page_data(page)["options"]["layout"]["hierarchical"]
    assert hierarchical["enabled"] and hierarchical["direction"] == "UD"
    assert hierarchical["sortMethod"] != "directed"


def test_node_limit_keeps_the_focus_neighbourhood_and_reports_the_rest() -> None:
    out = render_html(chain(50, focus=40), title="t", node_limit=5)
    data = page_data(out)
    assert {n["id"] for n in data["nodes"]} == {f"{i}-KH/HU" for i in (38, 39, 40, 41, 42)}
    assert len(data["edges"]) == 4
    assert data["omitted"] == 45
    assert "Đã ẩn 45 văn bản / 45 documents not shown" in out
    assert '<p id="vbgraph-note" class="note">' in out  # visible


def test_caller_omissions_are_added_and_shown() -> None:
    graph = ViewGraph(chain(10).nodes, chain(10).edges, omitted_nodes=7,
                      omitted_note="Chỉ hiện 2 bậc / depth 2 only")  # fmt: skip
    out = render_html(graph, title="t", node_limit=4)
    assert page_data(out)["omitted"] == 13
    assert "Đã ẩn 13 văn bản / 13 documents not shown — Chỉ hiện 2 bậc / depth 2 only" in out


def test_no_note_when_nothing_is_hidden(page: str) -> None:
    assert '<p id="vbgraph-note" class="note" hidden>' in page


def test_large_views_turn_physics_and_edge_labels_off() -> None:
    data = page_data(render_html(chain(400), title="t"))
    assert data["physics"] is False and data["options"]["physics"]["enabled"] is False
    assert all("label" not in e for e in data["edges"])
    small = page_data(render_html(chain(10), title="t"))
    assert small["options"]["physics"]["stabilization"]["iterations"] > 0


def test_unsafe_links_are_replaced() -> None:
    node = ViewNode("a/b", "a", url="javascript:alert(1)", api_url="https://api.example/x")
    (data_node,) = page_data(render_html(ViewGraph((node,)), title="t"))["nodes"]
    assert data_node["vbView"] == "/view/a%2Fb"
    assert data_node["vbApi"] == "https://api.example/x"


@pytest.mark.parametrize(
    ("graph", "message"),
    [
        (ViewGraph((ViewNode("a", "a"), ViewNode("a", "a"))), "twice"),
        (ViewGraph((ViewNode("a", "a"),), (ViewEdge("a", "b", "CITES"),)), "no node 'b'"),
    ],
)
def test_inconsistent_graph_raises(graph: ViewGraph, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        render_html(graph, title="t")


def test_from_networkx() -> None:
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    g.add_node("74-KH/TU", code="74-KH/TU", kind_code="KH", level="district")
    g.add_node("160-TB/TW", level="central", stub=True)
    g.add_edge("74-KH/TU", "160-TB/TW", key="IMPLEMENTS", evidence=["Thực hiện …"])
    view = from_networkx(g, focus=["74-KH/TU"], omitted_nodes=3)
    assert [n.label for n in view.nodes] == ["74-KH/TU", "160-TB/TW"]
    assert view.nodes[0].focus and view.nodes[1].stub
    assert view.edges == (ViewEdge("74-KH/TU", "160-TB/TW", "IMPLEMENTS", "", ("Thực hiện …",)),)
    assert view.omitted_nodes == 3



def _panel_label(edge: ViewEdge) -> str:
    from viz.render import _edge_options

    return str(_edge_options(edge, index=0, twin=None, labels=True, hidden=False)["vbLabel"])


def test_the_panel_does_not_repeat_the_relation_in_english() -> None:
    """A user trial: /view/57-NQ%2FTW listed "thực hiện / implements (implements)"."""
    plain = ViewEdge("22-KH/TU", "57-NQ/TW", "IMPLEMENTS", label="implements")
    assert _panel_label(plain) == "thực hiện / implements"
    finer = ViewEdge("22-KH/TU", "57-NQ/TW", "IMPLEMENTS", label="continues")
    assert _panel_label(finer) == "thực hiện / implements (continues)"
