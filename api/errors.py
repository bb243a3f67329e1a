"""Map every error to one RFC 9457 problem+json response, in exactly one place (STYLE habit 10).

Routes never raise HTTPException; they let typed `VbgraphError`s through. Unexpected errors
become a 500 problem without a stack trace. Every `detail` is said in Vietnamese, then " / "
and the English (`ingest.errors.bilingual`): a request's invalid parameters and the HTTP
errors of the framework are put into Vietnamese here, by the kind of error; `title`, `status`
and the other fields stay as they were, for programs.
"""

from __future__ import annotations

import logging
import secrets
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.invalid import invalid_said
from api.search import with_typed_codes
from graph.errors import DocumentNotFound
from ingest.errors import VbgraphError, bilingual
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


def token_refusal(token: str | None, scheme: str, given: str) -> Unauthorized | None:
    """Why a write sent with `Authorization: <scheme> <given>` is refused when the server's
    token is `token`; None when it may go through."""
    if not token:
        return Unauthorized(
            "máy chủ này chưa đặt mã API (VBGRAPH_API_TOKEN) nên không nhận ghi dữ liệu",
            "this server has no API token configured (set VBGRAPH_API_TOKEN), so it accepts "
            "no writes",
        )
    if scheme.lower() != "bearer" or not given:
        return Unauthorized(
            "ghi dữ liệu cần tiêu đề 'Authorization: Bearer <VBGRAPH_API_TOKEN>'",
            "writes need the header 'Authorization: Bearer <VBGRAPH_API_TOKEN>'",
        )
    if not secrets.compare_digest(given.encode(), token.encode()):
        return Unauthorized("mã API (bearer token) không đúng", "the bearer token is wrong")
    return None


def request_too_large(max_bytes: int) -> PayloadTooLarge:
    """A request body over the server's limit (VBGRAPH_MAX_REQUEST_MB)."""
    limit_mb = max_bytes / (1024 * 1024)
    return PayloadTooLarge(
        f"yêu cầu gửi lên vượt giới hạn {max_bytes:,} byte (VBGRAPH_MAX_REQUEST_MB={limit_mb:g})",
        f"the request body is over the limit of {max_bytes:,} bytes "
        f"(VBGRAPH_MAX_REQUEST_MB={limit_mb:g})",
    )


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
        title = "Số hiệu ứng với nhiều văn bản / the code names several documents"
        choose = "Chọn văn bản / choose one"
    elif exc.status == 404:
        title = "Không tìm thấy văn bản / document not found"
        choose = "Có phải bạn muốn tìm / did you mean"
    else:
        title = "Không hiển thị được / cannot show this"
        choose = ""
    links = [(key, "/view/" + quote(key, safe="")) for key in (*candidates, *matches)]
    page = render_error_page(title, str(exc), choose, links)
    return HTMLResponse(page, status_code=exc.status)


def _named_by_words(request: Request, exc: DocumentNotFound) -> DocumentNotFound:
    """`exc` naming the documents its text names as words ("ket luan 62": 62-KL/TW), read
    with the search of the open store (`api.search.with_typed_codes`); as it is when the
    store is not open or does not answer."""
    store = request.app.state.store_holder.current
    if store is None:
        return exc
    try:
        return with_typed_codes(exc, request.app.state.search_cache.get(store))
    except VbgraphError:
        return exc


async def _vbgraph_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, VbgraphError)
    said: VbgraphError = exc
    if isinstance(exc, DocumentNotFound) and not exc.matches:
        said = await run_in_threadpool(_named_by_words, request, exc)
    return _said(request, said)


def _said(request: Request, exc: VbgraphError) -> Response:
    """`exc` as the view's error page (a browser on /view) or as problem+json."""
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
    detail = bilingual(*invalid_said(exc.errors()))
    return problem(422, "InvalidInput", detail, request.url.path, errors=errors)


# The framework's own HTTP errors (no route, wrong method), in Vietnamese.
_HTTP_VI = {
    404: "không có địa chỉ này",
    405: "địa chỉ này không nhận phương thức đó",
    406: "không trả được dạng dữ liệu yêu cầu",
    413: "yêu cầu quá lớn",
    415: "không nhận loại dữ liệu này",
}


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    vi = _HTTP_VI.get(status, f"lỗi HTTP {status}")
    en = str(exc.detail) or HTTPStatus(status).phrase
    return problem(status, "HTTPError", bilingual(vi, en), request.url.path)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    _log.exception("unexpected error on %s", request.url.path)
    detail = bilingual("máy chủ gặp lỗi; xem nhật ký của máy chủ", "the server failed; see its log")
    return problem(500, "InternalError", detail, request.url.path)


def install(app: FastAPI) -> None:
    """Register the problem+json handlers on `app`."""
    app.add_exception_handler(VbgraphError, _vbgraph_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
