"""The interactive graph view: the whole graph, or one document's lineage up and down."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import HTMLResponse

from api import present
from api.deps import SettingsDep, StoreDep
from api.params import Depth, Types
from api.routes.lineage import ERRORS
from api.views import lineage_view, overview, province_view
from graph import lineage as L
from graph import reports as R
from viz import render_html

router = APIRouter(prefix="/view", tags=["view"], responses=ERRORS)


@router.get("", response_class=HTMLResponse)
def view_all(
    store: StoreDep,
    settings: SettingsDep,
    province: Annotated[
        str | None,
        Query(max_length=100, description="Only the documents of this province's land as of "
              "1 July 2025 (old or new name) and what they point to", examples=["Bắc Ninh"]),
    ] = None,  # fmt: skip
) -> HTMLResponse:
    """The whole graph, or its best-connected part when it is large; or one province's."""
    if province is not None:
        within = R.province_named(province)
        graph = province_view(store, within, limit=settings.view_node_limit)
        title = (f"Văn bản tỉnh {within} (kể cả các tỉnh cũ nhập vào) / documents of "
                 f"{within} (with the provinces merged into it)")  # fmt: skip
    else:
        graph = overview(store, limit=settings.view_node_limit)
        title = "Đồ thị văn bản / document graph"
    return HTMLResponse(render_html(graph, title=title, node_limit=settings.view_node_limit))


@router.get("/{code:path}", response_class=HTMLResponse)
def view_document(
    store: StoreDep,
    settings: SettingsDep,
    code: Annotated[str, Path(max_length=200, examples=["62-KL/TW"])],
    depth: Depth = 10,
    types: Types = None,
) -> HTMLResponse:
    """A document's lineage: what it implements and what implements it."""
    key = L.resolve(store, code)
    graph = lineage_view(store, key, depth=depth, types=types or L.LINEAGE_TYPES)
    node = store.node(key)
    name = present.readable(node) if node else key  # "35-CT/TW (khóa XII)", as the CLI's page
    title = f"Dòng văn bản {name} / lineage of {name}"
    return HTMLResponse(render_html(graph, title=title, node_limit=settings.view_node_limit))
