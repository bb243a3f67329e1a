"""Map every error to one RFC 9457 problem+json response, in exactly one place (STYLE habit 10).

Routes never raise HTTPException; they let typed `VbgraphError`s through. Unexpected errors
become a 500 problem without a stack trace.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ingest.errors import VbgraphError

PROBLEM = "application/problem+json"
_log = logging.getLogger("vbgraph.api")


class Unauthorized(VbgraphError):
    """A write without the API token, or with a wrong one."""

    status = 401


class PayloadTooLarge(VbgraphError):
    status = 413


class InvalidInput(VbgraphError):
    status = 422


def problem(status: int, title: str, detail: str, instance: str, **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": instance,
    }
    body.update({k: v for k, v in extra.items() if v is not None})
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


async def _vbgraph_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, VbgraphError)
    extra: dict[str, Any] = {}
    matches = getattr(exc, "matches", None)
    if matches is not None:
        extra["close_matches"] = list(matches)
    candidates = getattr(exc, "candidates", None)
    if candidates is not None:
        extra["candidates"] = list(candidates)
    return problem(exc.status, type(exc).__name__, str(exc), request.url.path, **extra)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))}
        for e in exc.errors()
    ]
    first = errors[0] if errors else {"loc": [], "msg": "invalid input"}
    detail = f"{'.'.join(first['loc'])}: {first['msg']}"
    return problem(422, "InvalidInput", detail, request.url.path, errors=errors)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return problem(exc.status_code, "HTTPError", str(exc.detail), request.url.path)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    _log.exception("unexpected error on %s", request.url.path)
    return problem(500, "InternalError", "the server failed; see its log", request.url.path)


def install(app: FastAPI) -> None:
    """Register the problem+json handlers on `app`."""
    app.add_exception_handler(VbgraphError, _vbgraph_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
