"""Map every error to one RFC 9457 problem+json response, in exactly one place (STYLE habit 10).

Routes never raise HTTPException; they let typed `VbgraphError`s through. Unexpected errors
become a 500 problem without a stack trace.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ingest.errors import VbgraphError
from viz.static_page import render_error_page

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


def _wants_page(request: Request) -> bool:
    """A browser on a view page: it gets an HTML page, not problem+json."""
    return request.url.path.startswith("/view") and "text/html" in request.headers.get(
        "accept", ""
    )


def _error_page(exc: VbgraphError) -> HTMLResponse:
    """The view's error page: what is missing and links to the documents meant."""
    matches = getattr(exc, "matches", None) or ()
    candidates = getattr(exc, "candidates", None) or ()
    if candidates:
        title = "Số hiệu chỉ nhiều văn bản / the code names several documents"
        choose = "Chọn văn bản / choose one"
    elif exc.status == 404:
        title = "Không tìm thấy văn bản / document not found"
        choose = "Có phải bạn muốn tìm / did you mean"
    else:
        title = "Không hiển thị được / cannot show this"
        choose = ""
    links = [(key, "/view/" + quote(key, safe="")) for key in (*candidates, *matches)]
    text = getattr(exc, "text", None)
    said = f"Không có “{text}” trong đồ thị / " if exc.status == 404 and text else ""
    page = render_error_page(title, said + str(exc), choose, links)
    return HTMLResponse(page, status_code=exc.status)


async def _vbgraph_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, VbgraphError)
    if _wants_page(request):
        return _error_page(exc)
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
