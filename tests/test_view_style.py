"""How the view's colours read: every label on a node's fill at 4.5:1 or more (WCAG AA)."""

from __future__ import annotations

import pytest

from tests.test_viz import lineage_graph, page_data
from viz import ViewEdge, ViewGraph, ViewNode, render_html, style


@pytest.mark.parametrize("level", list(style.LEVEL_STYLE))
def test_label_on_each_level_fill_reads_at_aa_contrast(level: str) -> None:
    fill = style.LEVEL_STYLE[level][0]
    assert style.contrast(style.label_colour(fill), fill) >= 4.5


def test_labels_inside_shapes_have_no_halo_and_labels_below_have_one() -> None:
    nodes = {n["id"]: n for n in page_data(render_html(lineage_graph(), title="t"))["nodes"]}
    for node in nodes.values():
        fill = node["color"]["background"]
        if node["shape"] in ("box", "ellipse"):
            assert node["font"]["strokeWidth"] == 0  # a halo on a fill blurs the letters
            assert style.contrast(node["font"]["color"], fill) >= 4.5
        else:
            assert node["font"]["color"] == style.INK and node["font"]["strokeWidth"] > 0
    assert "shadow" not in nodes["62-KL/TW"]  # the focus is its border, not a blur


def test_overview_hides_citations_and_stubs_only_cited() -> None:
    graph = lineage_graph()  # the ward plan cites 217-QĐ/TW and nothing else links it
    data = page_data(render_html(graph, title="t", overview=True))
    hidden = {e["vbType"] for e in data["edges"] if e.get("hidden")}
    assert hidden == {"CITES"} and data["overview"] is True
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["217-QĐ/TW"].get("hidden") and not nodes["62-KL/TW"].get("hidden")
    citing = ViewGraph(  # an ingested document that only cites stays in sight
        (ViewNode("a", "KH (Hà Nam)", level="province"), ViewNode("b", "b", stub=True)),
        (ViewEdge("a", "b", "CITES"),),
    )
    shown = {
        n["id"]: n.get("hidden", False) for n in page_data(render_html(citing, title="t"))["nodes"]
    }
    assert shown == {"a": False, "b": True}
    assert nodes["62-KL/TW"]["vbImpl"] == 2  # 160-TB/TW implements it, 123-KH/TU reviews it
    assert nodes["74-KH/TU@Đức Phố"]["vbGroup"] == "Quảng Ngãi"
    assert all("label" not in e for e in data["edges"])  # relations named on hover


def test_relations_between_one_pair_bend_to_both_sides() -> None:
    base = lineage_graph()
    extra = (base.edges[4].__class__("123-KH/TU", "62-KL/TW", "IMPLEMENTS"),)
    graph = base.__class__(base.nodes, base.edges + extra)
    edges = page_data(render_html(graph, title="t"))["edges"]
    twins = [e for e in edges if {e["from"], e["to"]} == {"123-KH/TU", "62-KL/TW"}]
    assert sorted(e["smooth"]["type"] for e in twins) == ["curvedCCW", "curvedCW"]
