"""Search documents by code, type word and number, or words without diacritics."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import present
from api.deps import SearchDep, StoreDep
from api.routes.lineage import ERRORS
from api.schemas import SearchOut

router = APIRouter(tags=["search"], responses=ERRORS)


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
) -> SearchOut:
    """Documents best matching `q` (codes first, then fuzzy text), best first."""
    hits = index.search(q, limit=limit)
    return present.search(q, hits, store.nodes_by_key([h.key for h in hits]))
