"""The FastAPI application factory: store, error mapping, limits, CORS, routers (STYLE
habit 12: everything built here, nothing at module level)."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import errors
from api.docs import install_docs
from api.extraction import IsolatedExtraction
from api.known_params import reject_unknown_query
from api.limits import BodySizeLimit
from api.routes import documents, health, ingest, lineage, reports, search, stats, view
from api.security import SecurityHeaders, WriteGuard
from api.settings import Settings
from api.state import SearchCache, StoreHolder

API_PREFIX = "/api/v1"
DESCRIPTION = """
Citation graph of Vietnamese Party and State documents (đồ thị dẫn chiếu văn bản Đảng và Nhà
nước): which local plan implements which central conclusion.

Codes may be typed as users write them: `62-KL/TW`, `62 KL TW`, `62-kl/tw`, or given as node
keys (`115-KL/TU@bac-giang`). Reads are open; `POST /api/v1/ingest` needs
`Authorization: Bearer <VBGRAPH_API_TOKEN>`. Every error is an RFC 9457 problem
(`application/problem+json`): unknown code 404 with `close_matches`, ambiguous local code 409
with `candidates`, invalid input 422, missing token 401, too large 413, store down 503.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the service for `settings` (default: from the environment and `.env`).

    The store is opened at start-up and closed at shutdown; if it cannot be opened the
    service still starts, answers 503 on every graph request and retries on the next one.
    """
    settings = settings or Settings()
    holder = StoreHolder(settings)

    extraction = IsolatedExtraction()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        holder.try_open()
        # What start-up built (modules, the app, the store's caches) lives as long as the
        # service: kept out of the collector's generations, a request's garbage collection
        # walks only what requests made (shorter pauses under load).
        gc.collect()
        gc.freeze()
        yield
        gc.unfreeze()  # (a process that builds apps again, as tests do, collects them)
        holder.close()
        extraction.close()

    app = FastAPI(
        title="vbgraph",
        version="0.1.0",
        summary="Citation-graph explorer for Vietnamese Party and State documents",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served offline by api.docs
        redoc_url=None,
    )
    install_docs(app)
    app.state.settings = settings
    app.state.store_holder = holder
    app.state.extraction = extraction
    app.state.search_cache = SearchCache()
    errors.install(app)

    # a parameter a route does not take is refused, not ignored (api.known_params)
    known = [Depends(reject_unknown_query)]
    api = APIRouter(prefix=API_PREFIX, dependencies=known)
    for module in (documents, search, lineage, stats, ingest):
        api.include_router(module.router)
    app.include_router(api)
    app.include_router(reports.router, dependencies=known)
    app.include_router(reports.export_router, dependencies=known)
    app.include_router(health.router)
    app.include_router(reports.view_router)  # before view.router: /view/{code:path} is greedy
    app.include_router(view.router)

    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes)
    # Added last, so it runs first: no upload body is read before its token is checked.
    app.add_middleware(WriteGuard, token=settings.api_token, paths=(f"{API_PREFIX}/ingest",))
    app.add_middleware(SecurityHeaders)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    return app
