"""Request dependencies as `Annotated` aliases (STYLE habit 11): the store, the settings, and
the bearer token every write needs."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from api.errors import token_refusal
from api.extraction import IsolatedExtraction
from api.search import Searcher
from api.settings import Settings
from api.state import GuardedStore, SearchCache, StoreHolder

_bearer = HTTPBearer(auto_error=False, description="VBGRAPH_API_TOKEN, needed for writes")


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_extraction(request: Request) -> IsolatedExtraction:
    """The worker pool that reads and extracts uploads (api.extraction)."""
    extraction: IsolatedExtraction = request.app.state.extraction
    return extraction


async def get_store(request: Request) -> GuardedStore:
    """The open store (StoreUnavailable → 503 when it cannot be opened).

    An open server store (Neo4j) is handed over on the event loop; opening a store, and
    looking at an embedded or SQLite store's files for other processes' writes, run in a
    worker thread (a thread hop is ~0.3 ms of CPU, a sixth of a lineage answer on Neo4j).
    """
    holder: StoreHolder = request.app.state.store_holder
    store = holder.current
    if store is not None and not store.takes_in_writes:
        return store
    return await run_in_threadpool(_fresh_store, holder)


def _fresh_store(holder: StoreHolder) -> GuardedStore:
    store = holder.get()
    store.refresh()  # writes by other processes (a CLI ingest beside the server) show at once
    return store


def get_search_index(
    request: Request, store: Annotated[GuardedStore, Depends(get_store)]
) -> Searcher:
    """The search of the store's current version: an index rebuilt after writes (embedded) or
    the store's own full-text index (Neo4j)."""
    cache: SearchCache = request.app.state.search_cache
    return cache.get(store)


def require_token(
    settings: Annotated[Settings, Depends(get_settings)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Let a write through only with `Authorization: Bearer <VBGRAPH_API_TOKEN>`."""
    scheme, given = (credentials.scheme, credentials.credentials) if credentials else ("", "")
    refused = token_refusal(settings.api_token, scheme, given)
    if refused is not None:
        raise refused


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GuardedStore, Depends(get_store)]
SearchDep = Annotated[Searcher, Depends(get_search_index)]
TokenDep = Annotated[None, Depends(require_token)]
ExtractionDep = Annotated[IsolatedExtraction, Depends(get_extraction)]
