"""Liveness (the process answers) and readiness (the store answers)."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import SettingsDep, StoreDep
from api.schemas import HealthOut, Problem

router = APIRouter(prefix="/health", tags=["health"])


@router.get("/live")
def live() -> HealthOut:
    """Always ok while the process runs."""
    return HealthOut(status="ok")


@router.get("/ready", responses={503: {"model": Problem, "description": "Store unavailable"}})
def ready(store: StoreDep, settings: SettingsDep) -> HealthOut:
    """Ok when the store can be opened and counted."""
    return HealthOut(status="ok", backend=settings.backend, counts=store.counts())
