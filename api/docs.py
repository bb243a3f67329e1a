"""The API's own documentation pages, served offline.

Swagger UI (`/docs`) and ReDoc (`/redoc`) load their scripts and styles from assets installed
with the `fastapi-offline` package and served here under `/docs-assets/`, never from a CDN:
analysts' offices often have no outside network, and FastAPI's default pages were blank there.
"""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs-assets"
# ReDoc's bundle as served: the same script without the one address it fetches by itself, its
# footer's logo on cdn.redoc.ly (the browser refused it under the policy below, an error in
# every console: a user trial). The image gets an empty data address, fails, and hides itself
# (the bundle's own onError); "API docs by Redocly" stays, a link.
REDOC_JS = "redoc.offline.js"
_REDOC_LOGO = ('src:"https://cdn.redoc.ly/redoc/logo-mini.svg"', 'src:"data:,"')
# Swagger UI's settings: no validator badge, which asks validator.swagger.io for an image
# whenever the page is opened from another host than localhost.
SWAGGER_PARAMETERS: dict[str, Any] = {"validatorUrl": None}
# The pages may load only what this service serves. Inline scripts and styles are the pages'
# own start-up code (FastAPI's templates).
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'"
)


def _assets_dir() -> Path:
    """The folder of the installed Swagger UI and ReDoc assets."""
    return Path(str(importlib.resources.files("fastapi_offline") / "static"))


@functools.cache
def _redoc_js() -> bytes:
    """ReDoc's bundle without its logo's outside address (read once)."""
    text = (_assets_dir() / "redoc.standalone.js").read_text(encoding="utf-8")
    return text.replace(*_REDOC_LOGO).encode()


def install_docs(app: FastAPI) -> None:
    """Serve `/docs` and `/redoc` (the app must be made with docs_url=None, redoc_url=None)."""

    @app.get(f"{ASSETS}/{REDOC_JS}", include_in_schema=False)
    def redoc_js() -> Response:
        return Response(_redoc_js(), media_type="text/javascript; charset=utf-8")

    app.mount(ASSETS, StaticFiles(directory=_assets_dir()), name="docs-assets")
    title = f"{app.title} — tài liệu API / API docs"

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return _offline(
            get_swagger_ui_html(
                openapi_url=app.openapi_url or "/openapi.json",
                title=title,
                swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
                swagger_css_url=f"{ASSETS}/swagger-ui.css",
                swagger_favicon_url=f"{ASSETS}/favicon.png",
                swagger_ui_parameters=SWAGGER_PARAMETERS,
            )
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return _offline(
            get_redoc_html(
                openapi_url=app.openapi_url or "/openapi.json",
                title=title,
                redoc_js_url=f"{ASSETS}/{REDOC_JS}",
                redoc_favicon_url=f"{ASSETS}/favicon.png",
                with_google_fonts=False,
            )
        )


def _offline(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = DOCS_CSP
    return page
