"""The API's own documentation pages, served offline.

Swagger UI (`/docs`) and ReDoc (`/redoc`) load their scripts and styles from assets installed
with the `fastapi-offline` package and served here under `/docs-assets/`, never from a CDN:
analysts' offices often have no outside network, and FastAPI's default pages were blank there.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs-assets"
# The pages may load only what this service serves: ReDoc's bundle would fetch a branding logo
# from its CDN, which the browser now never asks for. Inline scripts and styles are the pages'
# own start-up code (FastAPI's templates).
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'"
)


def _assets_dir() -> Path:
    """The folder of the installed Swagger UI and ReDoc assets."""
    return Path(str(importlib.resources.files("fastapi_offline") / "static"))


def install_docs(app: FastAPI) -> None:
    """Serve `/docs` and `/redoc` (the app must be made with docs_url=None, redoc_url=None)."""
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
            )
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return _offline(
            get_redoc_html(
                openapi_url=app.openapi_url or "/openapi.json",
                title=title,
                redoc_js_url=f"{ASSETS}/redoc.standalone.js",
                redoc_favicon_url=f"{ASSETS}/favicon.png",
                with_google_fonts=False,
            )
        )


def _offline(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = DOCS_CSP
    return page
