"""Draw a lineage in time: documents placed by date (x) and administrative level (y), arrows
from each implementing document to the one it implements, codes as labels. SVG for the
browser (self-contained, every text escaped), PNG for the command line (matplotlib, Agg
canvas, no pyplot state). Undated documents stand in their own column on the right.

Takes already-queried data (any objects with the attributes of `TimelinePoint` and
`TimelineArrow`), never the store; `viz` stays a leaf.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from viz import style
from viz.static_page import XML_BAD, render_page
from viz.static_page import escape as _esc

WIDTH = 1200
LANE = 24  # px between stacked labels in one level band
FONT = 12  # px
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 170, 30, 64, 56
UNDATED_WIDTH = 200
UNDATED_LABEL = "Không rõ ngày / undated"
MAX_LABEL = 30
_RADIUS = 6
_EDGE_COLOUR = {"IMPLEMENTS": "#1f618d", "REVIEWS": "#8e44ad"}
_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)


class TimelinePoint(Protocol):
    """What the timeline needs of a document (graph.reports.TimelineDoc has it)."""

    @property
    def key(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def level(self) -> str: ...
    @property
    def date(self) -> date | None: ...
    @property
    def stub(self) -> bool: ...
    @property
    def focus(self) -> bool: ...


class TimelineArrow(Protocol):
    """What the timeline needs of an edge: implementing `source` → implemented `target`."""

    @property
    def source(self) -> str: ...
    @property
    def target(self) -> str: ...
    @property
    def type(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Placed:
    """A document's marker position (px) and how it is drawn."""

    key: str
    label: str
    level: str
    x: float
    y: float
    stub: bool
    focus: bool


@dataclass(frozen=True, slots=True)
class Curve:
    """An arrow as a quadratic curve: start, control point, end (px), and the edge type."""

    source: Placed
    target: Placed
    kind: str
    start: tuple[float, float]
    control: tuple[float, float]
    end: tuple[float, float]


@dataclass(frozen=True, slots=True)
class Band:
    level: str
    name: str
    colour: str
    top: float
    height: float


@dataclass(frozen=True, slots=True)
class Layout:
    """Everything drawn, in pixels; both renderers draw from it."""

    width: int
    height: int
    title: str
    bands: tuple[Band, ...]
    points: tuple[Placed, ...]
    arrows: tuple[Curve, ...]
    ticks: tuple[tuple[float, str], ...]
    plot: tuple[float, float]  # x range of the dated area
    undated_x: float | None


def _short(text: str) -> str:
    text = XML_BAD.sub("", " ".join(text.split()))
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def _text_width(text: str) -> float:
    return len(text) * FONT * 0.62


def _ticks(lo: date, hi: date) -> list[date]:
    span = hi.year - lo.year + 1
    step = next((s for s in _YEAR_STEPS if span / s <= 12), _YEAR_STEPS[-1])
    first = lo.year + (-lo.year) % step
    return [date(y, 1, 1) for y in range(first, hi.year + 1, step) if lo <= date(y, 1, 1) <= hi]


def _lanes(items: list[tuple[float, str]]) -> list[int]:
    """Lane per item (sorted by x): the first lane whose last label ends left of it."""
    ends: list[float] = []
    out = []
    for x, label in items:
        lane = next((i for i, end in enumerate(ends) if end < x - _RADIUS - 6), len(ends))
        right = x + _RADIUS + 4 + _text_width(label)
        if lane == len(ends):
            ends.append(right)
        else:
            ends[lane] = right
        out.append(lane)
    return out


def layout(
    points: Sequence[TimelinePoint],
    arrows: Sequence[TimelineArrow],
    *,
    title: str,
    width: int = WIDTH,
) -> Layout:
    """Place `points` by date and level; undated ones in a column on the right.

    Raises
    ------
    ValueError
        If `width` leaves no room to draw, or an arrow names an unknown document.
    """
    undated = [p for p in points if p.date is None]
    right = width - MARGIN_RIGHT - (UNDATED_WIDTH if undated else 0)
    if right - MARGIN_LEFT < 200:
        raise ValueError(f"width {width} is too small for a timeline")
    days = sorted(p.date for p in points if p.date is not None)
    lo, hi = (days[0], days[-1]) if days else (date(2000, 1, 1), date(2001, 1, 1))
    pad = max(timedelta(days=120), (hi - lo) * 0.04)
    lo, hi = lo - pad, hi + pad
    # labels sit right of their marker: keep room for the last one
    usable = right - MARGIN_LEFT - 90

    def x_of(day: date) -> float:
        return MARGIN_LEFT + 10 + usable * (day - lo).days / max(1, (hi - lo).days)

    present = {style.level_of(p.level) for p in points}
    levels = [lv for lv in style.LEVEL_RANK if lv != "unknown" or lv in present]
    bands, placed, top = [], {}, float(MARGIN_TOP)
    for level in levels:
        mine = [p for p in points if style.level_of(p.level) == level]
        dated = sorted((p for p in mine if p.date), key=lambda p: (x_of(p.date), p.key))  # type: ignore[arg-type]
        xs = [(x_of(p.date), _short(p.label)) for p in dated]  # type: ignore[arg-type]
        lanes = _lanes(xs)
        loose = sorted((p for p in mine if p.date is None), key=lambda p: p.key)
        n_lanes = max([*(ln + 1 for ln in lanes), len(loose), 1])
        height = max(56.0, n_lanes * LANE + 24)
        colour, name = style.LEVEL_STYLE[level]
        bands.append(Band(level, name, colour, top, height))
        for p, (x, label), lane in zip(dated, xs, lanes, strict=True):
            placed[p.key] = Placed(p.key, label, level, x, top + 20 + lane * LANE, p.stub, p.focus)
        for i, p in enumerate(loose):
            x = right + 16
            placed[p.key] = Placed(
                p.key, _short(p.label), level, x, top + 20 + i * LANE, p.stub, p.focus
            )
        top += height
    drawn = []
    twins: dict[frozenset[str], int] = {}
    for a in arrows:
        if a.source not in placed or a.target not in placed:
            raise ValueError(f"arrow {a.source!r} → {a.target!r} names an unknown document")
        pair = frozenset((a.source, a.target))
        twin = twins[pair] = twins.get(pair, -1) + 1
        drawn.append(_curve(placed[a.source], placed[a.target], a.type.upper(), twin))
    ticks = tuple((x_of(t), str(t.year)) for t in _ticks(lo, hi)) if days else ()
    return Layout(
        width,
        int(top + MARGIN_BOTTOM),
        _short_title(title),
        tuple(bands),
        tuple(placed[k] for k in sorted(placed)),
        tuple(drawn),
        ticks,
        (float(MARGIN_LEFT), float(right)),
        right + 8 if undated else None,
    )


def _short_title(title: str) -> str:
    return XML_BAD.sub("", " ".join(title.split()))[:120]


def _curve(a: Placed, b: Placed, kind: str, twin: int) -> Curve:
    """The arrow a → b: straight between levels, bowed upward within one level (so it clears
    the labels between), each further edge of the same pair bowed a little more."""
    dx, dy = b.x - a.x, b.y - a.y
    dist = max((dx * dx + dy * dy) ** 0.5, 1e-9)
    px, py = -dy / dist, dx / dist  # unit normal
    if py > 0 or (py == 0 and px > 0):
        px, py = -px, -py  # the normal that points up (smaller y)
    # px the curve's middle stands off the straight line: capped so arcs stay near their band
    bow = min(0.3 * dist, 34.0) if abs(dy) < 1 else 0.0
    bow += min(0.12 * dist, 30.0) * twin
    cx, cy = (a.x + b.x) / 2 + px * bow * 2, (a.y + b.y) / 2 + py * bow * 2

    def pull(x: float, y: float, tx: float, ty: float) -> tuple[float, float]:
        ux, uy = tx - x, ty - y
        n = max((ux * ux + uy * uy) ** 0.5, 1e-9)
        r = _RADIUS + 2
        return x + ux / n * r, y + uy / n * r

    return Curve(a, b, kind, pull(a.x, a.y, cx, cy), (cx, cy), pull(b.x, b.y, cx, cy))


def _svg_body(lay: Layout) -> list[str]:
    out = [
        f'<rect width="{lay.width}" height="{lay.height}" fill="#ffffff"/>',
        f'<text x="16" y="30" font-size="18" font-weight="bold" fill="#1b2631">'
        f"{_esc(lay.title)}</text>",
    ]
    left, right = lay.plot
    for i, band in enumerate(lay.bands):
        out.append(
            f'<rect x="0" y="{band.top:.1f}" width="{lay.width}" height="{band.height:.1f}" '
            f'fill="{band.colour}" fill-opacity="{0.10 if i % 2 == 0 else 0.05}"/>'
        )
        out.append(
            f'<text x="10" y="{band.top + 22:.1f}" font-size="{FONT}" font-weight="bold" '
            f'fill="{band.colour}">{_esc(band.name)}</text>'
        )
    bottom = lay.bands[-1].top + lay.bands[-1].height if lay.bands else float(MARGIN_TOP)
    for x, year in lay.ticks:
        out.append(
            f'<line x1="{x:.1f}" y1="{MARGIN_TOP}" x2="{x:.1f}" y2="{bottom:.1f}" '
            'stroke="#aab7b8" stroke-width="0.6" stroke-dasharray="3 3"/>'
        )
        out.append(
            f'<text x="{x:.1f}" y="{bottom + 18:.1f}" font-size="{FONT}" text-anchor="middle" '
            f'fill="#34495e">{_esc(year)}</text>'
        )
    out.append(
        f'<text x="{(left + right) / 2:.1f}" y="{bottom + 40:.1f}" font-size="{FONT}" '
        f'text-anchor="middle" fill="#34495e">{_esc("Ngày ban hành / date issued")}</text>'
    )
    if lay.undated_x is not None:
        out.append(
            f'<line x1="{lay.undated_x:.1f}" y1="{MARGIN_TOP - 6}" x2="{lay.undated_x:.1f}" '
            f'y2="{bottom:.1f}" stroke="#7f8c8d" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{lay.undated_x + 8:.1f}" y="{MARGIN_TOP - 10}" font-size="{FONT}" '
            f'font-style="italic" fill="#34495e">{_esc(UNDATED_LABEL)}</text>'
        )
    for c in lay.arrows:
        colour = _EDGE_COLOUR.get(c.kind, "#909497")
        dash = "" if c.kind == "IMPLEMENTS" else ' stroke-dasharray="5 4"'
        marker = c.kind.lower() if c.kind in _EDGE_COLOUR else "other"
        (x1, y1), (cx, cy), (x2, y2) = c.start, c.control, c.end
        out.append(
            f'<path class="link" d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}" '
            f'fill="none" stroke="{colour}" stroke-width="1.4"{dash} '
            f'marker-end="url(#arrow-{marker})">'
            f"<title>{_esc(f'{c.source.label} → {c.target.label} ({c.kind})')}</title></path>"
        )
    for p in lay.points:
        colour = style.LEVEL_STYLE[p.level][0]
        fill = "#ffffff" if p.stub else colour
        width = 3 if p.focus else 1.5
        out.append(
            f'<circle class="doc" cx="{p.x:.1f}" cy="{p.y:.1f}" r="{_RADIUS}" fill="{fill}" '
            f'stroke="{"#000000" if p.focus else colour}" stroke-width="{width}">'
            f"<title>{_esc(p.key)}</title></circle>"
        )
    for p in lay.points:
        weight = ' font-weight="bold"' if p.focus else ""
        out.append(
            f'<text class="label" x="{p.x + _RADIUS + 4:.1f}" y="{p.y + 4:.1f}" '
            f'font-size="{FONT}" fill="#1b2631" stroke="#ffffff" stroke-width="3" '
            f'paint-order="stroke"{weight}>{_esc(p.label)}</text>'
        )
    return out


def _markers() -> str:
    kinds = {**_EDGE_COLOUR, "OTHER": "#909497"}
    return "".join(
        f'<marker id="arrow-{k.lower()}" viewBox="0 0 10 10" refX="9" refY="5" '
        f'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>'
        for k, c in kinds.items()
    )


def render_svg(
    points: Sequence[TimelinePoint],
    arrows: Sequence[TimelineArrow],
    *,
    title: str,
    width: int = WIDTH,
) -> str:
    """Return the timeline as a standalone SVG document (no external references).

    Parameters
    ----------
    points : sequence of TimelinePoint
        The documents (key, label, level, date or None, stub, focus).
    arrows : sequence of TimelineArrow
        Edges implementing → implemented, between `points`.
    title : str
        Drawn at the top (escaped, like every label).
    width : int, optional
        Pixels; the height follows from the number of levels and stacked labels.

    Raises
    ------
    ValueError
        If an arrow names an unknown document or `width` is too small.
    """
    lay = layout(points, arrows, title=title, width=width)
    body = "\n".join(_svg_body(lay))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{lay.width}" height="{lay.height}" '
        f'viewBox="0 0 {lay.width} {lay.height}" role="img" '
        f'font-family="Noto Sans, DejaVu Sans, Arial, sans-serif">\n'
        f"<title>{_esc(lay.title)}</title>\n<defs>{_markers()}</defs>\n{body}\n</svg>\n"
    )


def render_png(
    points: Sequence[TimelinePoint],
    arrows: Sequence[TimelineArrow],
    *,
    title: str,
    width: int = WIDTH,
    scale: float = 1.5,
) -> bytes:
    """Return the same picture as `render_svg` as PNG bytes, `width * scale` pixels wide.

    Uses matplotlib's Agg canvas directly (no pyplot, no display, safe in threads).
    """
    from matplotlib import patheffects
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, FancyArrowPatch, Rectangle
    from matplotlib.path import Path

    lay = layout(points, arrows, title=title, width=width)
    dpi = 100 * scale
    fig = Figure(figsize=(lay.width / 100, lay.height / 100), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, lay.width)
    ax.set_ylim(lay.height, 0)
    ax.set_axis_off()
    pt = 0.72  # points per pixel at 100 dpi
    font = {"family": ["DejaVu Sans"], "size": FONT * pt}
    ax.text(16, 30, lay.title, fontsize=18 * pt, fontweight="bold", color="#1b2631",
            family="DejaVu Sans", va="baseline")  # fmt: skip
    for i, band in enumerate(lay.bands):
        alpha = 0.10 if i % 2 == 0 else 0.05
        ax.add_patch(
            Rectangle((0, band.top), lay.width, band.height, color=band.colour, alpha=alpha, lw=0)
        )
        ax.text(10, band.top + 22, band.name, color=band.colour, fontweight="bold", fontdict=font)
    bottom = lay.bands[-1].top + lay.bands[-1].height if lay.bands else float(MARGIN_TOP)
    left, right = lay.plot
    for x, year in lay.ticks:
        ax.plot([x, x], [MARGIN_TOP, bottom], color="#aab7b8", lw=0.6 * pt, ls=(0, (3, 3)))
        ax.text(x, bottom + 18, year, ha="center", color="#34495e", fontdict=font)
    ax.text((left + right) / 2, bottom + 40, "Ngày ban hành / date issued", ha="center",
            color="#34495e", fontdict=font)  # fmt: skip
    if lay.undated_x is not None:
        ax.plot([lay.undated_x] * 2, [MARGIN_TOP - 6, bottom], color="#7f8c8d", lw=pt)
        ax.text(lay.undated_x + 8, MARGIN_TOP - 10, UNDATED_LABEL, color="#34495e",
                style="italic", fontdict=font)  # fmt: skip
    for c in lay.arrows:
        ax.add_patch(
            FancyArrowPatch(
                path=Path([c.start, c.control, c.end], [Path.MOVETO, Path.CURVE3, Path.CURVE3]),
                arrowstyle="-|>", mutation_scale=12, color=_EDGE_COLOUR.get(c.kind, "#909497"),
                lw=1.4 * pt, linestyle="-" if c.kind == "IMPLEMENTS" else (0, (5, 4)),
            )
        )  # fmt: skip
    halo = [patheffects.withStroke(linewidth=3 * pt, foreground="white")]
    for p in lay.points:
        colour = style.LEVEL_STYLE[p.level][0]
        ax.add_patch(
            Circle((p.x, p.y), _RADIUS, facecolor="white" if p.stub else colour,
                   edgecolor="black" if p.focus else colour, lw=(3 if p.focus else 1.5) * pt,
                   zorder=3)
        )  # fmt: skip
    for p in lay.points:
        ax.text(p.x + _RADIUS + 4, p.y + 4, p.label, color="#1b2631", zorder=4,
                fontweight="bold" if p.focus else "normal", fontdict=font,
                path_effects=halo)  # fmt: skip
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    return buf.getvalue()


_CSS = """main { overflow-x: auto; padding: 8px; }
p.note { margin: 4px 16px; color: #7f8c8d; font-size: 90%; }"""


def render_timeline_html(
    points: Sequence[TimelinePoint],
    arrows: Sequence[TimelineArrow],
    *,
    title: str,
    links: Sequence[tuple[str, str]] = (),
    width: int = WIDTH,
) -> str:
    """Return a self-contained HTML page showing the SVG timeline, with `links`
    ((text, relative or http(s) URL), escaped) above it; the page loads nothing and runs
    no script."""
    note = (
        "Mũi tên: văn bản thực hiện → văn bản được thực hiện; vòng trắng: chưa thu thập / "
        "arrow: implementing → implemented; hollow: stub (cited, not ingested)"
    )
    svg = render_svg(points, arrows, title=title, width=width)
    body = f'<p class="note">{_esc(note)}</p>\n<main>\n{svg}\n</main>'
    return render_page(_short_title(title), body, css=_CSS, links=links)

