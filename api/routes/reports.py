"""Analyst reports (coverage, lag, quality, top, timeline), exports, and the timeline page.

Three routers, because their paths have three prefixes: `router` (/api/v1/reports),
`export_router` (/api/v1/export) and `view_router` (/view/{code}/timeline; include it before
the graph view's catch-all /view/{code:path}). `ROUTERS` holds all three, in that order.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from api import present
from api.deps import StoreDep
from api.params import Code
from api.routes.lineage import ERRORS
from graph import export as X
from graph import lineage as L
from graph import reports as R
from graph.store import GraphStore
from ingest.codes import Level
from ingest.relations import RelationType
from viz import coverage_map as M
from viz import timeline as T

router = APIRouter(prefix="/api/v1/reports", tags=["reports"], responses=ERRORS)
export_router = APIRouter(prefix="/api/v1", tags=["export"], responses=ERRORS)
view_router = APIRouter(prefix="/view", tags=["view"], responses=ERRORS)
ROUTERS = (router, export_router, view_router)

Reviews = Annotated[bool, Query(description="Count REVIEWS chains as implementation too")]
Source = Annotated[
    Literal["gazetteer", "graph"],
    Query(
        description="Places expected to act: every administrative unit in force on the "
        "document's date (gazetteer: 63 provinces before 1 July 2025, 34 after) or only the "
        "places the graph's documents name (graph)"
    ),
]
WithMissing = Annotated[
    bool,
    Query(description="List the places with no implementing document too (counts cover all)"),
]
UnitsOn = Annotated[
    date | None,
    Query(
        description="Count the units in force on this day instead of on the document's date "
        "(2025-07-01 or later: the 34 provinces and their new communes; an old commune's plan "
        "counts for the new commune it is part of, districts' plans are listed apart)",
        examples=["2025-07-01"],
    ),
]
Province = Annotated[
    str | None,
    Query(
        max_length=100,
        description="Only this province's land as of 1 July 2025, by its old or new name "
        "(Bắc Giang or Bắc Ninh)",
        examples=["Bắc Ninh"],
    ),
]
MAX_PLACES_BYTES = 5 * 1024 * 1024


def _types(reviews: bool) -> tuple[RelationType, ...]:
    return (
        (RelationType.IMPLEMENTS, RelationType.REVIEWS) if reviews else (RelationType.IMPLEMENTS,)
    )


def _coverage(
    store: GraphStore,
    code: str,
    places: list[R.PlaceRef] | None,
    reviews: bool,
    *,
    from_graph: bool = False,
    with_missing: bool = True,
    units_on: date | None = None,
    province: str | None = None,
) -> dict[str, Any]:
    key = L.resolve(store, code)
    report = R.coverage(store, key, places=places, from_graph=from_graph, types=_types(reviews),
                        units_on=units_on, province=province)  # fmt: skip
    return report.as_dict(with_missing=with_missing)


@router.get("/coverage")
def read_coverage(
    store: StoreDep,
    code: Code,
    reviews: Reviews = False,
    source: Source = "gazetteer",
    with_missing: WithMissing = True,
    units_on: UnitsOn = None,
    province: Province = None,
) -> dict[str, Any]:
    """Places below a document with and without an implementing document: every province,
    district and commune in force on its date (or on `units_on`; or the places in the
    graph), and the implementing documents whose place is unknown (`unplaced`)."""
    return _coverage(
        store, code, None, reviews, from_graph=source == "graph", with_missing=with_missing,
        units_on=units_on, province=province,
    )  # fmt: skip


@router.post(
    "/coverage",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"text/csv": {"example": "level,province,district,commune\n"
                                                "district,Bắc Giang,Tân Yên,\n"}},
        }
    },
)  # fmt: skip
async def post_coverage(
    request: Request, store: StoreDep, code: Code, reviews: Reviews = False
) -> dict[str, Any]:
    """Coverage against the places in the CSV body (level,province,district,commune)."""
    body = await request.body()
    if len(body) > MAX_PLACES_BYTES:
        raise R.InvalidPlaces(
            f"tệp địa bàn (CSV) nặng quá {MAX_PLACES_BYTES} byte",
            f"places CSV is larger than {MAX_PLACES_BYTES} bytes",
        )
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise R.InvalidPlaces(
            "tệp địa bàn (CSV) không phải mã UTF-8; hãy lưu lại dạng CSV UTF-8",
            f"places CSV is not UTF-8: {exc}",
        ) from exc
    places = R.read_places(text)
    result: dict[str, Any] = await run_in_threadpool(_coverage, store, code, places, reviews)
    return result


@router.get("/lag")
def read_lag(store: StoreDep, code: Code, reviews: Reviews = False) -> dict[str, Any]:
    """Days from a document's date to each implementing document's, by level."""
    return R.lag(store, L.resolve(store, code), types=_types(reviews)).as_dict()


@router.get("/quality")
def read_quality(store: StoreDep) -> dict[str, Any]:
    """Conflicts, type mismatches, unplaced local codes, duplicates, stubs worth acquiring."""
    return R.quality(store).as_dict()


@router.get("/top")
def read_top(
    store: StoreDep,
    level: Level | None = None,
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 10,
) -> dict[str, Any]:
    """Most cited and most implemented documents, optionally of one level or year."""
    return R.top(store, level=level, year=year, limit=limit).as_dict()


def _coverage_map(
    store: GraphStore, code: str, units_on: date | None = None, province: str | None = None
) -> tuple[str, R.CoverageMap, str]:
    """The picture's data, its title, and the root's key."""
    key = L.resolve(store, code)
    cmap, title = present.coverage_map(store, key, units_on=units_on, province=province)
    return key, cmap, title


@router.get(
    "/coverage/map",
    response_class=Response,
    responses={200: {"content": {"image/svg+xml": {}, "image/png": {}, "application/json": {}}}},
)
def read_coverage_map(
    store: StoreDep,
    code: Code,
    format: Literal["svg", "png", "json"] = "svg",
    units_on: UnitsOn = None,
    province: Province = None,
) -> Response:
    """The places one level below a document on a map, coloured implemented / reviewed only /
    none (SVG; png or json on request)."""
    _, cmap, title = _coverage_map(store, code, units_on, province)
    if format == "json":
        return Response(X.json_bytes(cmap.as_dict()), media_type="application/json")
    data = M.render(cmap.places, title=title, unplaced=cmap.unplaced, fmt=format)
    return Response(data, media_type="image/png" if format == "png" else "image/svg+xml")


def _timeline(store: GraphStore, code: str) -> tuple[str, R.LineageTimeline, str]:
    key = L.resolve(store, code)
    return key, R.lineage_timeline(store, key), present.timeline_title(store.node(key), key)


@router.get(
    "/timeline",
    response_class=Response,
    responses={200: {"content": {"image/svg+xml": {}, "image/png": {}, "application/json": {}}}},
)
def read_timeline(
    store: StoreDep, code: Code, format: Literal["svg", "png", "json"] = "svg"
) -> Response:
    """A lineage drawn by date and level (SVG; png or json on request)."""
    _, tl, title = _timeline(store, code)
    if format == "json":
        return Response(X.json_bytes(tl.as_dict()), media_type="application/json")
    if format == "png":
        return Response(T.render_png(tl.docs, tl.links, title=title), media_type="image/png")
    svg = T.render_svg(tl.docs, tl.links, title=title)
    return Response(svg, media_type="image/svg+xml")


@export_router.get(
    "/export",
    response_class=Response,
    responses={200: {"content": {t: {} for t in X.MEDIA_TYPES.values()}}},
)
def read_export(
    store: StoreDep,
    format: Annotated[X.Format, Query(description="graphml, gexf, csv (a zip) or json")],
    code: Annotated[str | None, Query(max_length=200, description="only this lineage")] = None,
    bom: Annotated[bool, Query(description="csv: each table starts with a UTF-8 byte order "
                                           "mark, as Excel needs (false: plain UTF-8)")] = True,
) -> Response:
    """The whole graph, or one document's lineage, as a file."""
    key = L.resolve(store, code) if code else None
    data = X.export_bytes(X.select(store, key), format, bom=bom)
    name = "vbgraph" + (f"-{_ascii(code)}" if code else "")
    ext = "zip" if format == "csv" else format
    headers = {"Content-Disposition": f'attachment; filename="{name}.{ext}"'}
    return Response(data, media_type=X.MEDIA_TYPES[format], headers=headers)


def _ascii(text: str) -> str:
    return "".join(c if c.isascii() and c.isalnum() else "-" for c in text).strip("-") or "doc"


@view_router.get("/{code:path}/coverage", response_class=HTMLResponse)
def view_coverage(
    store: StoreDep,
    code: Annotated[str, Path(max_length=200, examples=["62-KL/TW"])],
    units_on: UnitsOn = None,
    province: Province = None,
) -> HTMLResponse:
    """A document's coverage on a map, with the counts and every place (offline, no script)."""
    key, cmap, title = _coverage_map(store, code, units_on, province)
    q = quote(key, safe="")
    nodes = store.nodes_by_key(sorted({k for p in cmap.places for k in p.documents}))
    documents = [[present.readable(nodes[k]) if k in nodes else k for k in p.documents]
                 for p in cmap.places]  # fmt: skip
    links = [
        ("← Đồ thị / graph view", f"/view/{q}"),
        ("Dòng thời gian / timeline", f"/view/{q}/timeline"),
        ("Độ phủ / coverage (JSON)", f"/api/v1/reports/coverage?code={q}"),
        ("SVG", f"/api/v1/reports/coverage/map?code={q}"),
        ("PNG", f"/api/v1/reports/coverage/map?code={q}&format=png"),
    ]
    page = M.render_html(cmap.places, title=title, unplaced=cmap.unplaced, links=links,
                         documents=documents)  # fmt: skip
    return HTMLResponse(page)


@view_router.get("/{code:path}/timeline", response_class=HTMLResponse)
def view_timeline(
    store: StoreDep, code: Annotated[str, Path(max_length=200, examples=["62-KL/TW"])]
) -> HTMLResponse:
    """A document's lineage on a time line (offline page, no script)."""
    key, tl, title = _timeline(store, code)
    q = quote(key, safe="")
    links = [
        ("← Đồ thị / graph view", f"/view/{q}"),
        ("Độ phủ / coverage", f"/view/{q}/coverage"),
        ("Độ trễ / lag (JSON)", f"/api/v1/reports/lag?code={q}"),
        ("SVG", f"/api/v1/reports/timeline?code={q}"),
        ("PNG", f"/api/v1/reports/timeline?code={q}&format=png"),
    ]
    return HTMLResponse(T.render_timeline_html(tl.docs, tl.links, title=title, links=links))
