"""Lineage: what a document implements (up), what implements it (down), paths, neighbours."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response

from api import present
from api.deps import StoreDep
from api.params import Code, Depth, Offset, Types, WalkLimit
from api.schemas import LineageOut, NeighboursOut, PathOut, Problem, SubgraphOut
from graph import lineage as L
from graph.store import GraphStore
from ingest.relations import RelationType

ERRORS: dict[int | str, dict[str, object]] = {
    404: {"model": Problem, "description": "Unknown code (with close matches)"},
    409: {"model": Problem, "description": "Ambiguous local code (with candidates)"},
    422: {"model": Problem, "description": "Invalid input"},
    503: {"model": Problem, "description": "Store unavailable"},
}
router = APIRouter(tags=["lineage"], responses=ERRORS)
AnyTypes = Annotated[
    list[RelationType] | None, Query(description="Edge types (repeatable; default all)")
]


class WalkPage:
    """The query of a lineage page: how deep, along which relations, which documents."""

    def __init__(
        self, depth: Depth = 10, types: Types = None, limit: WalkLimit = 1000, offset: Offset = 0
    ) -> None:
        self.depth, self.types, self.limit, self.offset = depth, types, limit, offset


WalkPageDep = Annotated[WalkPage, Depends()]


def _walk(store: GraphStore, code: str, direction: Literal["up", "down"], q: WalkPage) -> bytes:
    depth, types, limit, offset = q.depth, q.types, q.limit, q.offset
    follow = types or L.LINEAGE_TYPES
    # One store call when `code` is a node key: the walk reads the heads it shows (code, title);
    # one document past the page says whether another follows.
    whole = offset + limit + 1
    walked = L.walk_code(store, code, direction=direction, depth=depth, types=follow, limit=whole)
    result, more = L.page(walked, offset=offset, limit=limit)
    root = walked.heads.get(result.root) or store.head(result.root)
    same = present.same_code(store, root) if root is not None else []
    return present.lineage_json(result, result.heads, same, offset=offset, next_offset=more)


def _json(answer: bytes) -> Response:
    """The answer as JSON, as built: FastAPI would validate a returned model against the
    response model once more (a third of the work for a walk of a thousand documents)."""
    return Response(answer, media_type="application/json")


@router.get("/lineage/up", response_model=LineageOut)
def lineage_up(store: StoreDep, code: Code, page: WalkPageDep) -> Response:
    """Everything the document implements, up to the centre, `limit` documents from `offset`
    in walk order; `next_offset` pages on (None: the last page)."""
    return _json(_walk(store, code, "up", page))


@router.get("/lineage/down", response_model=LineageOut)
def lineage_down(store: StoreDep, code: Code, page: WalkPageDep) -> Response:
    """Every document implementing this one, down to the communes, `limit` documents from
    `offset` in walk order; `next_offset` pages on (None: the last page)."""
    return _json(_walk(store, code, "down", page))


@router.get("/path")
def shortest_path(
    store: StoreDep,
    source: Code,
    target: Code,
    depth: Depth = 10,
    types: AnyTypes = None,
    directed: bool = True,
) -> PathOut:
    """The chain of relations from `source` (the implementing document) to `target`: a chain
    of implementation when there is one, else the shortest over every relation; with none
    (found false), `reverse_hops` holds the path the other way and `hint` says so."""
    a, b = L.resolve(store, source), L.resolve(store, target)
    answer = L.explain_path(store, a, b, depth=depth, types=types, directed=directed)
    return present.path(answer, store.nodes_by_key([a, b]))


@router.get("/neighbours")
def neighbours(
    store: StoreDep,
    code: Code,
    types: AnyTypes = None,
    direction: Literal["in", "out", "both"] = "both",
) -> NeighboursOut:
    """The relations at a document: what it cites (out) and who cites it (in)."""
    key = L.resolve(store, code)
    edges = L.neighbours(store, key, types=types, direction=direction)
    return NeighboursOut(key=key, edges=[present.edge(e) for e in edges])


@router.get("/subgraph")
def subgraph(
    store: StoreDep,
    code: Code,
    depth: Depth = 2,
    limit: Annotated[int, Query(ge=1, le=2000)] = 200,
    types: AnyTypes = None,
) -> SubgraphOut:
    """The neighbourhood of a document, both directions, up to `depth` hops and `limit` nodes."""
    key = L.resolve(store, code)
    sub = L.subgraph(store, key, depth=depth, limit=limit, types=types)
    return SubgraphOut(
        root=key,
        nodes=[present.summary(n) for n in sub.nodes],
        edges=[present.edge(e) for e in sub.edges],
        truncated=sub.truncated,
    )
