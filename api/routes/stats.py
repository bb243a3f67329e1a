"""Counts and the things an analyst should check."""

from __future__ import annotations

from fastapi import APIRouter

from api import present
from api.deps import StoreDep
from api.routes.lineage import ERRORS
from api.schemas import StatsOut, UncertainOut, WarningsOut
from graph import lineage as L

router = APIRouter(tags=["stats"], responses=ERRORS)


@router.get("/stats")
def stats(store: StoreDep) -> StatsOut:
    """Nodes, edges and documents, by level, kind and edge type."""
    return StatsOut.model_validate(L.stats(store))


@router.get("/warnings")
def warnings(store: StoreDep) -> WarningsOut:
    """Conflicting facts, possible duplicates, unqualified local codes, uncertain identities,
    unresolved short forms."""
    nodes = sorted(store.iter_nodes(), key=lambda n: n.key)
    return WarningsOut(
        conflicts=[present.conflict(c) for n in nodes for c in n.conflicts()],
        possible_duplicates=L.possible_duplicates(store),
        unqualified=[present.summary(n) for n in nodes if not n.qualified],
        uncertain=[
            UncertainOut(key=n.key, reasons=list(n.uncertain)) for n in nodes if n.uncertain
        ],
        unresolved_short_forms=L.unresolved_short_forms(store),
    )
