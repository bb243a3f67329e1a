"""Documents: the filtered, paginated list and one document with where it is cited."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from api import present
from api.deps import StoreDep
from api.routes.lineage import ERRORS
from api.schemas import DocumentOut, DocumentPage
from graph import lineage as L
from graph import reports as R
from graph.errors import DocumentNotFound
from ingest.codes import Level

router = APIRouter(prefix="/documents", tags=["documents"], responses=ERRORS)


@router.get("")
def list_documents(
    store: StoreDep,
    type: Annotated[
        str | None, Query(max_length=10, description="Kind code: KL, NQ, KH…", examples=["KL"])
    ] = None,
    level: Level | None = None,
    place: Annotated[
        str | None,
        Query(max_length=100, description="Part of a place name, diacritics ignored"),
    ] = None,
    issuer: Annotated[
        str | None,
        Query(max_length=100, description="Part of the issuing body, or the code's issuer (TW)"),
    ] = None,
    year: Annotated[int | None, Query(ge=1930, le=2100)] = None,
    status: Literal["ingested", "stub"] | None = None,
    province: Annotated[
        str | None,
        Query(max_length=100, description="Documents of this province's land as of 1 July "
              "2025, by its old or new name (Bắc Giang or Bắc Ninh: both)",
              examples=["Bắc Ninh"]),
    ] = None,  # fmt: skip
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> DocumentPage:
    """Documents matching every filter given, in key order, with the total count."""
    within = R.province_named(province) if province is not None else None
    how = present.DocumentFilter(type, level, place, issuer, year, status, within)
    total, page = present.select(store, how, limit=limit, offset=offset)
    return DocumentPage(
        total=total, limit=limit, offset=offset, items=[present.summary(n) for n in page]
    )


@router.get("/{key:path}")
def read_document(
    store: StoreDep,
    key: Annotated[
        str,
        Path(
            max_length=200,
            description='A node key or a code as typed ("62-KL/TW", "62 KL TW")',
            examples=["62-KL/TW"],
        ),
    ],
    cited_by_limit: Annotated[int, Query(ge=0, le=1000)] = 100,
) -> DocumentOut:
    """One document: facts, aliases, conflicts, and the documents citing it (with evidence)."""
    found = L.resolve(store, key)
    node = store.node(found)
    if node is None:  # removed between the two reads
        raise DocumentNotFound(key)
    cited_by = store.in_edges([found])
    cites = store.out_edges([found])
    return present.detail(node, cited_by=cited_by, cites_total=len(cites), limit=cited_by_limit,
                          same=present.same_code(store, node))  # fmt: skip
