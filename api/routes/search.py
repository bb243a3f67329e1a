"""Search documents by code, type word and number, or words without diacritics."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import present
from api.deps import SearchDep, StoreDep
from api.routes.lineage import ERRORS
from api.schemas import SearchOut

router = APIRouter(tags=["search"], responses=ERRORS)
# Search ranks the few hundred candidates the store's text index gives: pages end there.
MAX_OFFSET = 900


@router.get("/search")
def search(
    store: StoreDep,
    index: SearchDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description='"62 KL TW", "ket luan 62", "doi moi noi dung phuong thuc"',
            examples=["ket luan 62"],
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[
        int, Query(ge=0, le=MAX_OFFSET, description="Hits to skip: the next page starts at "
                   "`next_offset` of the one before")  # fmt: skip
    ] = 0,
) -> SearchOut:
    """Documents best matching `q` (codes first, then fuzzy text), best first; a page of
    `limit` from `offset`, and `next_offset` (None: no more)."""
    hits = index.search(q, limit=offset + limit + 1)
    page = hits[offset : offset + limit]
    more = offset + limit if len(hits) > offset + limit else None
    out = present.search(q, page, store.nodes_by_key([h.key for h in page]))
    return out.model_copy(update={"offset": offset, "next_offset": more})
