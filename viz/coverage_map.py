"""Draw a coverage picture: each place one level below a document at its centre (latitude,
longitude from the gazetteer), coloured by status, named where the name fits. SVG (text kept
as text, escaped by matplotlib) for the browser, PNG for the command line; an HTML page that
shows the SVG beside the counts and the places with none, loading nothing and running no
script.

Takes already-queried data (objects with the attributes of `MapPlace`), never the store;
`viz` stays a leaf.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from datetime import date
from typing import Any, Literal, Protocol

from viz.static_page import escape as _esc
from viz.static_page import render_page

WIDTH, HEIGHT = 900, 1150  # px at 100 dpi: Vietnam is tall
FONT = 7.5  # pt
# (fill, edge, Vietnamese / English legend) per status
STATUS_STYLE: dict[str, tuple[str, str, str]] = {
    "implemented": ("#1e8449", "#145a32", "Đã có văn bản thực hiện / implemented"),
    "reviewed": ("#f4d03f", "#9a7d0a", "Chỉ có sơ kết, tổng kết / reviewed only"),
    "none": ("#e5e8e8", "#7f8c8d", "Chưa có / none recorded"),
}
# label priority: places with a document first
_PRIORITY = {"implemented": 0, "reviewed": 1, "none": 2}
_OFFSETS = ((1, 0, "left", "center"), (-1, 0, "right", "center"),
            (0, 1, "center", "bottom"), (0, -1, "center", "top"),
            (0.7, 0.7, "left", "bottom"), (-0.7, 0.7, "right", "bottom"),
            (0.7, -0.7, "left", "top"), (-0.7, -0.7, "right", "top"))  # fmt: skip


# the places a picture shows, per level, in the plural
LEVEL_PLURAL = {
    "province": "tỉnh, thành phố / provinces",
    "district": "huyện, quận, thị xã / districts",
    "commune": "xã, phường, thị trấn / communes",
}


def title(name: str, level: str | None, count: int, units_on: date | None) -> str:
    """ "Độ phủ / coverage: 62-KL/TW — tỉnh, thành phố / provinces: 63 (08/12/2009)"."""
    what = f" — {LEVEL_PLURAL.get(level or '', level or '')}: {count}" if level else ""
    day = f" ({units_on:%d/%m/%Y})" if units_on else ""
    return f"Độ phủ / coverage: {name}{what}{day}"


class MapPlace(Protocol):
    """What the picture needs of a place (graph.reports.PlacePoint has it)."""

    @property
    def label(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def point(self) -> tuple[float, float] | None: ...


def _figure(places: Sequence[MapPlace], title: str, unplaced: int, scale: float) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    fig = Figure(figsize=(WIDTH / 100, HEIGHT / 100), dpi=100 * scale, facecolor="white")
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes((0.04, 0.13, 0.92, 0.8))
    ax.set_axis_off()
    fig.text(0.04, 0.965, title, fontsize=13, fontweight="bold", color="#1b2631",
             family="DejaVu Sans", va="top", wrap=True)  # fmt: skip
    placed = [p for p in places if p.point is not None]
    size = max(8.0, 150.0 * math.sqrt(63 / max(len(placed), 1)))
    if placed:
        lats = [p.point[0] for p in placed if p.point]
        lons = [p.point[1] for p in placed if p.point]
        pad = max(0.3, 0.06 * max(max(lats) - min(lats), max(lons) - min(lons)))
        ax.set_xlim(min(lons) - pad, max(lons) + pad)
        ax.set_ylim(min(lats) - pad, max(lats) + pad)
        ax.set_aspect(1 / math.cos(math.radians(sum(lats) / len(lats))), adjustable="box")
    for status in reversed(STATUS_STYLE):  # "none" underneath
        group = [p.point for p in placed if p.status == status and p.point]
        if group:
            fill, edge, _ = STATUS_STYLE[status]
            ax.scatter(
                [g[1] for g in group], [g[0] for g in group], s=size, c=fill,
                edgecolors=edge, linewidths=0.8, zorder=2 if status == "none" else 3,
            )  # fmt: skip
    _label(fig, canvas, ax, placed, size)
    counts = {s: sum(p.status == s for p in places) for s in STATUS_STYLE}
    handles = [
        Line2D([], [], marker="o", ls="", markersize=9, markerfacecolor=fill,
               markeredgecolor=edge, label=f"{name} ({counts[s]})")
        for s, (fill, edge, name) in STATUS_STYLE.items()
    ]  # fmt: skip
    fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.04, 0.02), frameon=False,
               prop={"family": "DejaVu Sans", "size": 10})  # fmt: skip
    notes = []
    if unplaced:
        notes.append(f"Văn bản thực hiện chưa rõ địa bàn / implementing, place unknown: {unplaced}")
    unmapped = len(places) - len(placed)
    if unmapped:
        notes.append(f"Địa bàn không có tọa độ / places without coordinates: {unmapped}")
    if notes:
        fig.text(0.96, 0.03, "\n".join(notes), ha="right", va="bottom", fontsize=9,
                 color="#566573", family="DejaVu Sans")  # fmt: skip
    return fig


def _label(fig: Any, canvas: Any, ax: Any, placed: Sequence[MapPlace], size: float) -> None:
    """Name each place beside its marker where the name overlaps no other name, places
    with a document first; a name that fits nowhere is left out (the table lists it)."""
    from matplotlib.transforms import Bbox

    # a white ground, not a stroke halo: path effects would turn SVG text into glyph paths
    ground = {"boxstyle": "square,pad=0.05", "fc": "white", "ec": "none", "alpha": 0.85}
    renderer = canvas.get_renderer()
    gap = math.sqrt(size) / 2 + 2  # points from the marker's centre
    radius = math.sqrt(size) / 2 * fig.dpi / 72  # the marker's radius in pixels
    ax.apply_aspect()  # the axes' final box, so data → pixels is what will be drawn
    taken: list[Any] = []  # drawn names and every marker: a name covers neither
    for p in placed:
        if p.point is not None:
            x, y = ax.transData.transform((p.point[1], p.point[0]))
            taken.append(Bbox.from_extents(x - radius, y - radius, x + radius, y + radius))
    many = len(placed) > 120  # communes: only places with a document are named
    for p in sorted(placed, key=lambda p: (_PRIORITY.get(p.status, 3), p.label)):
        if many and p.status == "none" or p.point is None:
            continue
        lat, lon = p.point
        for dx, dy, ha, va in _OFFSETS:
            text = ax.annotate(
                p.label, (lon, lat), xytext=(dx * gap, dy * gap), textcoords="offset points",
                ha=ha, va=va, fontsize=FONT, family="DejaVu Sans", color="#1b2631",
                bbox=ground, zorder=4,
                fontweight="bold" if p.status == "implemented" else "normal",
            )  # fmt: skip
            box = text.get_window_extent(renderer).expanded(1.04, 1.1)
            if not any(box.overlaps(t) for t in taken) and _inside(box, fig.bbox):
                taken.append(box)
                break
            text.remove()


def _inside(box: Any, frame: Any) -> bool:
    return bool(box.x0 >= frame.x0 and box.x1 <= frame.x1 and box.y0 >= frame.y0
                and box.y1 <= frame.y1)  # fmt: skip


def render(
    places: Sequence[MapPlace],
    *,
    title: str,
    unplaced: int = 0,
    fmt: Literal["svg", "png"] = "svg",
    scale: float = 1.0,
) -> bytes:
    """Return the picture as SVG (text as text) or PNG bytes."""
    import matplotlib

    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "vbgraph"}):
        fig = _figure(places, title, unplaced, scale)
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, facecolor="white", metadata=_METADATA[fmt])
    return buf.getvalue()


# no creation date in the files: the same graph gives the same bytes
_METADATA: dict[str, dict[str, Any]] = {"svg": {"Date": None}, "png": {}}

_CSS = """main { display: flex; flex-wrap: wrap; gap: 16px; padding: 8px 16px; }
figure { margin: 0; } figure svg { width: 900px; max-width: 100%; height: auto; }
aside { flex: 1; min-width: 300px; max-width: 640px; }
table { border-collapse: collapse; margin-bottom: 14px; }
td, th { border: 1px solid #d5d8dc; padding: 3px 8px; text-align: left; font-size: 90%; }
td.n { text-align: right; }
.none { color: #922b21; }"""


def render_html(
    places: Sequence[MapPlace],
    *,
    title: str,
    unplaced: int = 0,
    links: Sequence[tuple[str, str]] = (),
    documents: Sequence[Sequence[str]] = (),
) -> str:
    """Return a self-contained page: the SVG picture, the counts per status, and every place
    with its documents (`documents[i]` the readable names for `places[i]`). `links` are
    (text, relative or http(s) URL) pairs; everything is escaped."""
    svg = render(places, title=title, unplaced=unplaced, fmt="svg").decode("utf-8")
    svg = svg[svg.find("<svg") :]  # drop the XML prologue and doctype inside HTML
    counts = {s: sum(p.status == s for p in places) for s in STATUS_STYLE}
    summary = "".join(
        f'<tr><td>{_esc(name)}</td><td class="n">{counts[s]}</td></tr>'
        for s, (_, _, name) in STATUS_STYLE.items()
    )
    if unplaced:
        summary += (
            "<tr><td>Văn bản thực hiện chưa rõ địa bàn / implementing, place unknown</td>"
            f'<td class="n">{unplaced}</td></tr>'
        )
    rows = []
    for i, p in enumerate(sorted(range(len(places)), key=lambda i: _PRIORITY[places[i].status])):
        place = places[p]
        docs = ", ".join(documents[p]) if p < len(documents) and documents[p] else ""
        cls = ' class="none"' if place.status == "none" else ""
        status = STATUS_STYLE[place.status][2]
        rows.append(
            f"<tr{cls}><td>{i + 1}</td><td>{_esc(place.label)}</td><td>{_esc(status)}</td>"
            f"<td>{_esc(docs)}</td></tr>"
        )
    tables = (
        f"<table><tr><th>Tình trạng / status</th><th>Số địa bàn / places</th></tr>{summary}"
        "</table><table><tr><th>#</th><th>Địa bàn / place</th><th>Tình trạng / status</th>"
        f"<th>Văn bản / documents</th></tr>{''.join(rows)}</table>"
    )
    body = f"<main>\n<figure>{svg}</figure>\n<aside>{tables}</aside>\n</main>"
    return render_page(title, body, css=_CSS, links=links)

