"""Render a ViewGraph as one self-contained HTML page (vis-network inlined, no network access).

pyvis assembles the vis node/edge records; the page itself is ours (viz/template.html,
viz/page.js, viz/page.css) because pyvis's templates load Bootstrap and vis from CDNs and do
not escape their heading. Document text reaches the page only as escaped JSON inside
<script type="application/json"> and is put on screen with textContent.

Layout: top-down, central (level 0) at the top down to commune (3) and unknown (4). Edges run
from the implementing document to the implemented one, so arrows mostly point up. A lineage
(a focused document) is laid out by vis-network's hierarchical layout; the overview (no focus)
by the page script, which groups each level's documents by province, puts the most implemented
central documents first, wraps rows to the canvas's shape and hides CITES behind a toggle; each
province group can be folded into one node (relations to its documents drawn to it, counted),
and an overview of more than FOLD_GROUPS_ABOVE documents opens with every group folded.
Every page fits its drawing to the canvas and drops edge labels that would cover another label.
"""

from __future__ import annotations

import functools
import html
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from typing import Any
from urllib.parse import quote, urlsplit

from viz import style
from viz.assets import vis_css, vis_js
from viz.limit import select
from viz.model import ViewEdge, ViewGraph, ViewNode

# Above this many drawn nodes the page skips physics and edge labels (hover still tells).
LARGE_VIEW = 300
# An overview drawing more documents than this opens with each province group of a level
# folded into one node (unfolded again by a double-click or the side panel's buttons); its
# legend opens closed, so the drawing has the height.
FOLD_GROUPS_ABOVE = 150
# A lineage level with more documents than this is drawn in several rows of its band, at
# least this many and about twice as many to a row as rows (the canvas is twice as wide as
# tall): 57-NQ/TW's or a law's citers, 95 provinces' texts in one row 18,000 px wide, were
# fitted to the canvas at 1/18 of their size, every document a dot.
ROW_MIN = 12
# Fixed physics budget for small views; physics is switched off once it is spent.
STABILIZATION_ITERATIONS = 200
# Label sizes in canvas pixels (shown at this size at zoom 1; the page never zooms in past 1.25)
NODE_FONT, FOCUS_FONT, EDGE_FONT = 15, 17, 12
# Relations the overview shows from the start; CITES wait behind the page's toggle.
HIDDEN_AT_FIRST = frozenset({"CITES"})
# Several relations between one pair bend to alternate sides, by this much more each pair of
# them; the page bends them further until their labels are apart.
TWIN_ROUNDNESS = 0.2
# An edge whose citing texts do not say which of several documents with the code they mean
UNCERTAIN_NOTE = (
    "chưa chắc: số hiệu ứng với nhiều văn bản / uncertain: the code names several documents"
)
# ... drawn dotted: dashed already draws guides, cites, attached to (an uncertain "implements"
# drawn dashed looked like "guides", the same blue, in a user trial)
UNCERTAIN_DASHES = [2, 6]

# characters that must not appear raw in JSON inside <script>: "</script>", "<!--",
# and the JS line terminators U+2028/U+2029
_JSON_ESCAPES = str.maketrans({
    "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029",
})  # fmt: skip
# placeholders in template.html: {{NAME}}
_SLOT = re.compile(r"\{\{([A-Z_]+)\}\}")


def _safe_url(url: str | None) -> str | None:
    """Keep relative and http(s) links only (never javascript: or data:)."""
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("", "http", "https") else None


def _hover(node: ViewNode, level: str) -> str:
    """Plain-text tooltip; vis-network 9 shows a string title with innerText."""
    kind = f"{node.kind} ({node.kind_code})" if node.kind and node.kind_code else node.kind
    rows = [
        ("Số hiệu / code", node.code or ""),
        ("Loại / type", kind or node.kind_code),
        ("Cấp / level", style.LEVEL_STYLE[level][1]),
        ("Ngày / date", node.date or ""),
        ("Cơ quan ban hành / issued by", node.issuing_body),
        ("Địa bàn / place", node.place or ""),
        ("Trích yếu / subject", node.subject or node.title),
    ]
    lines = [f"{name}: {value}" for name, value in rows if value]
    if node.stub:
        lines.append("Chưa thu thập (chỉ được dẫn chiếu) / stub: cited, not ingested")
    if node.ended_by:
        lines.append(_ended(node))
    return "\n".join(lines) or node.label


def _facts(node: ViewNode, level: str) -> list[list[str]]:
    kind = " ".join(p for p in (node.kind, f"({node.kind_code})" if node.kind_code else "") if p)
    rows = [
        ["Số hiệu / code", node.code or ""],
        ["Loại / type", kind],
        ["Cấp / level", style.LEVEL_STYLE[level][1]],
        ["Địa bàn / place", node.place or ""],
        ["Ngày / date", node.date or ""],
        ["Cơ quan ban hành / issued by", node.issuing_body],
        ["Trích yếu / subject", node.subject],
        ["Tiêu đề / title", node.title],
        ["Khóa / key", node.key],
    ]
    if node.stub:
        rows.append(["Trạng thái / status", "Chưa thu thập / stub (cited, not ingested)"])
    if node.ended_by:
        rows.append(["Hiệu lực / in force", _ended(node)])
    return [row for row in rows if row[1]]


def _ended(node: ViewNode) -> str:
    by = ", ".join(node.ended_by)
    return f"Hết hiệu lực, thay thế hoặc bãi bỏ bởi {by} / no longer in force, ended by {by}"


def _node_options(node: ViewNode, *, api_base: str, view_base: str) -> dict[str, Any]:
    level = style.level_of(node.level)
    fill = style.LEVEL_STYLE[level][0]
    shape = style.shape_of(node.kind_code)
    inside = shape in ("box", "ellipse")  # label drawn on the fill
    background = style.STUB_BACKGROUND if node.stub else fill
    # a label on the fill takes the ink that reads on it; one under the shape is ink with a
    # white halo so it reads over lines and level bands (never a halo on a label on a fill)
    font: dict[str, Any] = {"size": FOCUS_FONT if node.focus else NODE_FONT}
    if inside:
        font.update(color=style.label_colour(background), strokeWidth=0)
    else:
        font.update(color=style.INK, strokeWidth=4, strokeColor="#ffffff")
    options: dict[str, Any] = {
        "level": style.LEVEL_RANK[level],
        "title": _hover(node, level),
        "color": {
            "background": background,
            "border": fill if node.stub else "#1b2631",
            "highlight": {"background": background, "border": "#000000"},
            "hover": {"background": background, "border": "#000000"},
        },
        "font": font,
        "borderWidth": 5 if node.focus else 2 if node.stub else 1,
        "borderWidthSelected": 5 if node.focus else 3,
        "size": 32 if node.focus else 20,
        # extra fields for the page script (vis keeps unknown fields)
        "vbLevel": level,
        "vbGroup": _group(node, level),
        "vbStub": node.stub,
        "vbFocus": node.focus,
        "vbSearch": " ".join(
            p for p in (node.label, node.code, node.subject, node.issuing_body, node.place) if p
        ),
        "vbFacts": _facts(node, level),
        "vbApi": _safe_url(node.api_url) or f"{api_base}/documents/{quote(node.key, safe='')}",
        "vbView": _safe_url(node.url) or f"{view_base}/{quote(node.key, safe='')}",
    }
    options["vbEnded"] = bool(node.ended_by)
    if node.stub:
        options["shapeProperties"] = {"borderDashes": style.STUB_DASHES}
        options["opacity"] = style.STUB_OPACITY
    if node.ended_by:
        options["opacity"] = style.ENDED_OPACITY
    return options


def _rows(nodes: Sequence[ViewNode]) -> dict[str, int]:
    """The row of the hierarchical layout each document of a lineage is drawn in: its level's
    band, split into rows of about 2 x rows documents (at least ROW_MIN) when the level has
    more than ROW_MIN; documents in the order of their place and name, the focused first."""
    by_rank: dict[int, list[ViewNode]] = {}
    for node in nodes:
        by_rank.setdefault(style.LEVEL_RANK[style.level_of(node.level)], []).append(node)
    rows: dict[str, int] = {}
    first = 0
    for rank in sorted(by_rank):
        members = sorted(by_rank[rank], key=lambda n: (not n.focus, n.place or "", n.label))
        per_row = max(ROW_MIN, math.ceil(math.sqrt(2 * len(members))))
        count = math.ceil(len(members) / per_row)
        per_row = math.ceil(len(members) / count)  # rows of even length
        for i, node in enumerate(members):
            rows[node.key] = first + i // per_row
        first += count
    return rows


def _group(node: ViewNode, level: str) -> str:
    """The overview's group within a level: the province (last part of the place), none for
    central documents, "chưa rõ địa bàn / place unknown" when the place is not known."""
    if level == "central":
        return ""
    place = (node.place or "").rsplit(",", 1)[-1].strip()
    return place or "Chưa rõ địa bàn / place unknown"


def _edge_options(
    edge: ViewEdge, *, index: int, twin: int | None, labels: bool, hidden: bool
) -> dict[str, Any]:
    rel = style.relation_style(edge.type)
    # The canvas names the relation in Vietnamese (with English); the finer cue label
    # ("continues", "interim_review") goes with the evidence in the hover and the panel.
    label = rel.label
    # a cue label that only repeats the relation ("implements" beside "thực hiện / implements")
    # is not shown twice ("thực hiện / implements (implements)" in the panel, a user trial)
    said = {part.strip().lower() for part in label.split("/")} | {edge.type.lower()}
    detail = f"{label} ({edge.label})" if edge.label and edge.label.lower() not in said else label
    if edge.uncertain:  # the text's code names several documents and it says not which
        detail = f"{detail}, {UNCERTAIN_NOTE}"
    hover = detail + "".join(f"\n• {sentence}" for sentence in edge.evidence[:3])
    options: dict[str, Any] = {
        "id": f"e{index}",
        "title": hover,
        "color": {"color": rel.colour, "highlight": rel.colour, "hover": rel.colour},
        "dashes": UNCERTAIN_DASHES if edge.uncertain else rel.dashes,
        "width": 2 if edge.type.upper() in ("IMPLEMENTS", "REVIEWS") else 1.2,
        "vbType": edge.type,
        "vbRel": label,
        "vbLabel": detail,
        "vbEvidence": list(edge.evidence),
    }
    if labels:
        options["label"] = label
    if hidden:
        options["hidden"] = True
    if twin is not None:  # one of several relations between two documents: bend them apart
        # alternate sides, the same sides whichever way each relation points
        kind = "curvedCW" if (twin % 2 == 0) == (edge.source < edge.target) else "curvedCCW"
        options["smooth"] = {
            "enabled": True,
            "type": kind,
            "roundness": TWIN_ROUNDNESS * (twin // 2 + 1),
        }
        options["vbTwin"] = twin
    return options


def _options(*, physics: bool, large: bool, overview: bool) -> dict[str, Any]:
    return {
        "layout": {
            "hierarchical": {
                "enabled": not overview,  # the overview is placed by the page script
                "direction": "UD",
                "sortMethod": "hubsize",  # levels are given per node; nothing is guessed
                "levelSeparation": 170,
                "nodeSpacing": 190,
                "treeSpacing": 220,
                "blockShifting": True,
                "edgeMinimization": not large,
                "parentCentralization": True,
                "shakeTowards": "roots",
            }
        },
        "physics": {
            "enabled": physics,
            "solver": "hierarchicalRepulsion",
            "hierarchicalRepulsion": {"nodeDistance": 190, "avoidOverlap": 1},
            "stabilization": {
                "enabled": physics,
                "iterations": STABILIZATION_ITERATIONS,
                "fit": True,
            },
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "keyboard": {"enabled": True, "bindToWindow": False},
        },
        "nodes": {"font": {"face": "Noto Sans, DejaVu Sans, Arial, sans-serif"}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.7}},
            "smooth": {
                "enabled": not large,
                "type": "cubicBezier",
                "forceDirection": "vertical",
                "roundness": 0.4,
            },
            "font": {
                "size": EDGE_FONT,
                "align": "horizontal",
                "color": "#34495e",
                "strokeWidth": 0,
                "background": "rgba(255,255,255,0.92)",
            },
            "selectionWidth": 1.5,
        },
    }


def _legend(*, groups: bool = False, uncertain: bool = False) -> str:
    """Legend HTML from the style constants (escaped; no document text); `groups` adds the
    overview's folded province group, `uncertain` the dotted line of an uncertain edge (only
    where one is drawn: a taller legend leaves the drawing less height)."""
    esc = html.escape
    levels = "".join(
        f'<li><span class="swatch" style="background:{colour}"></span>{esc(name)}</li>'
        for colour, name in style.LEVEL_STYLE.values()
    )
    kinds = [(shape, f"{word} ({code})") for code, (shape, word) in style.KIND_SHAPE.items()]
    shapes = "".join(
        f'<li><span class="shape shape-{shape}"></span>{esc(text)}</li>'
        for shape, text in [*kinds, style.DEFAULT_SHAPE]
    )
    relations = "".join(
        f'<li><span class="line{" dashed" if rel.dashes else ""}" '
        f'style="border-color:{rel.colour}"></span>{esc(rel.label)}</li>'
        for rel in style.RELATION_STYLE.values()
    )
    implements = style.RELATION_STYLE["IMPLEMENTS"].colour  # any relation, dotted: uncertain
    relations += "" if not uncertain else (
        f'<li title="{esc(UNCERTAIN_NOTE)}"><span class="line uncertain" '
        f'style="border-color:{implements}"></span>{esc("chưa chắc / uncertain")}</li>'
    )  # (the whole note in the line's hover: a long line folds the legend's columns)
    marks = (
        f'<li><span class="swatch stub"></span>{esc("Chưa thu thập / stub (cited only)")}</li>'
        f'<li><span class="swatch focus"></span>{esc("Đang xem / focused")}</li>'
        f'<li><span class="swatch ended"></span>'
        f"{esc('Hết hiệu lực (bị thay thế, bãi bỏ) / no longer in force')}</li>"
    )
    if groups:
        shape, text = style.GROUP_SHAPE
        marks += f'<li><span class="shape shape-{shape}"></span>{esc(text)}</li>'

    return (
        f"<div><h2>Cấp / level</h2><ul>{levels}{marks}</ul></div>"
        f'<div><h2>Loại văn bản / type</h2><ul class="types">{shapes}</ul></div>'
        f"<div><h2>Quan hệ / relation</h2><ul>{relations}</ul>"
        f'<p class="arrow">{esc("Mũi tên: văn bản thực hiện → văn bản được thực hiện")}<br>'
        f"{esc('arrow: implementing → implemented document')}</p></div>"
    )


def _omitted_note(omitted: int, note: str | None) -> str:
    parts = []
    if omitted:
        parts.append(f"Đã ẩn {omitted} văn bản / {omitted} documents not shown")
    if note:
        parts.append(note)
    return " — ".join(parts)


def _script_json(data: Any) -> str:
    """JSON that is safe inside <script>: no "<", ">", "&" or JS line terminators raw."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)


@functools.lru_cache(maxsize=3)
def _static(name: str) -> str:
    return resources.files("viz").joinpath(name).read_text(encoding="utf-8")


def render_html(
    graph: ViewGraph,
    *,
    title: str,
    api_base: str = "/api/v1",
    view_base: str = "/view",
    node_limit: int = 2000,
    physics: bool | None = None,
    overview: bool | None = None,
) -> str:
    """Return a self-contained HTML page drawing `graph` top-down by administrative level.

    Args:
        graph: already-queried documents and relations (edges implementer → implemented).
        title: page title and heading (escaped).
        api_base: prefix of the API links, `{api_base}/documents/{key}`.
        view_base: prefix of each document's own view, `{view_base}/{key}`.
        node_limit: most documents drawn; beyond it the focused documents' neighbourhood is
            kept and the page says how many were left out.
        physics: run a fixed number of physics iterations before freezing the layout;
            None decides by size (on up to LARGE_VIEW nodes). Never in an overview.
        overview: draw the whole-graph overview (levels grouped by province, most implemented
            central documents first, CITES and the stubs only cited behind a toggle, each
            province group foldable into one node, all folded first above FOLD_GROUPS_ABOVE
            documents) rather than a lineage; None: an overview when no document is focused.

    Returns:
        The page as a string; it loads nothing from the network.

    Raises:
        ValueError: `node_limit` < 1, a repeated node key, or an edge to an unknown node.
    """
    chosen = select(graph, limit=node_limit)
    large = len(chosen.nodes) > LARGE_VIEW
    if overview is None:
        overview = not any(n.focus for n in chosen.nodes)
    use_physics = not overview and ((not large) if physics is None else physics)
    api, view = api_base.rstrip("/"), view_base.rstrip("/")
    hide = HIDDEN_AT_FIRST if overview else frozenset()
    # the overview first hides some relations, and the stubs reached only through them
    shown_by: dict[str, set[bool]] = {n.key: set() for n in chosen.nodes}
    implementers: Counter[str] = Counter()
    for edge in chosen.edges:
        kept = edge.type.upper() not in hide
        shown_by[edge.source].add(kept)
        shown_by[edge.target].add(kept)
        implementers[edge.target] += edge.type.upper() != "CITES"
    stubs = {n.key for n in chosen.nodes if n.stub}  # cited, never ingested: always shown
    hidden_nodes = {key for key, kept in shown_by.items() if kept == {False} and key in stubs}

    from pyvis.network import Network  # pyvis imports IPython: only when a page is drawn

    net = Network(directed=True)
    rows = {} if overview else _rows(chosen.nodes)
    for node in chosen.nodes:
        options = _node_options(node, api_base=api, view_base=view)
        rank = options["level"]
        net.add_node(
            node.key,
            label=node.label or node.code or node.key,
            shape=style.shape_of(node.kind_code),
            **{**options, "level": rows.get(node.key, rank)},
            vbRank=rank,
            vbImpl=implementers[node.key],
            **({"hidden": True} if node.key in hidden_nodes else {}),
        )

    def pair(edge: ViewEdge) -> tuple[str, str]:
        return (min(edge.source, edge.target), max(edge.source, edge.target))

    pairs = Counter(pair(edge) for edge in chosen.edges)
    seen: Counter[tuple[str, str]] = Counter()
    for index, edge in enumerate(chosen.edges):
        twin = seen[pair(edge)] if pairs[pair(edge)] > 1 else None
        seen[pair(edge)] += 1
        net.add_edge(
            edge.source,
            edge.target,
            **_edge_options(
                edge,
                index=index,
                twin=twin,
                labels=not large and not overview,  # the overview names relations on hover
                hidden=edge.type.upper() in hide,
            ),
        )

    note = _omitted_note(chosen.omitted, graph.omitted_note)
    hide_count = sum(e.type.upper() in hide for e in chosen.edges)
    grouped = overview and any(_group(n, style.level_of(n.level)) for n in chosen.nodes)
    folded = grouped and len(chosen.nodes) - len(hidden_nodes) > FOLD_GROUPS_ABOVE
    data = {
        "title": title,
        "nodes": net.nodes,
        "edges": net.edges,
        "options": _options(physics=use_physics, large=large, overview=overview),
        "physics": use_physics,
        "large": large,
        "overview": overview,
        "levels": [
            [style.LEVEL_RANK[k], name, colour, style.label_colour(colour)]
            for k, (colour, name) in style.LEVEL_STYLE.items()
        ],
        # the overview's province groups: drawn as one node each while folded
        "groups": {
            "font": NODE_FONT,
            "folded": folded,
        },
        "shown": len(chosen.nodes),
        "omitted": chosen.omitted,
        "omittedNote": note,
    }
    slots = {
        "TITLE": html.escape(title),
        "VIS_CSS": vis_css(),
        "PAGE_CSS": _static("page.css"),
        "LEGEND": _legend(groups=grouped, uncertain=any(e.uncertain for e in chosen.edges)),
        "NOTE": html.escape(note),
        "NOTE_HIDDEN": "" if note else " hidden",
        "COUNT": html.escape(
            f"{len(chosen.nodes)} văn bản, {len(chosen.edges)} quan hệ"
            f" / {len(chosen.nodes)} documents, {len(chosen.edges)} relations"
        ),
        "TOGGLE_HIDDEN": "" if overview and hide_count else " hidden",
        "TOGGLE_COUNT": html.escape(str(hide_count)),
        "GROUPS_HIDDEN": "" if grouped else " hidden",
        # a large overview needs the canvas's height at first sight; the legend waits closed
        "LEGEND_OPEN": "" if folded else " open",
        "DATA": _script_json(data),
        "VIS_JS": vis_js(),
        "PAGE_JS": _static("page.js"),
    }
    # one pass, so text put into one slot is never read as another slot
    return _SLOT.sub(lambda m: slots[m.group(1)], _static("template.html"))
