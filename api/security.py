"""ASGI middleware that guards the service before any route runs.

- `WriteGuard`: a request to a write path (an upload) without the right bearer token is
  answered 401 from its headers alone: its body is never read, so uploads without a token
  cost no memory (the route's own token check stays, and documents the API).
- `SecurityHeaders`: every response says how browsers may use it (no MIME sniffing, never in
  a frame, no referrer sent on).
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import PROBLEM, token_refusal

READ_METHODS = ("GET", "HEAD", "OPTIONS")
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)
# frame-ancestors works only as a header; the view pages carry their own CSP as well.
FRAME_CSP = (b"content-security-policy", b"frame-ancestors 'none'")


async def _problem(scope: Scope, send: Send, status: int, title: str, detail: str) -> None:
    body = json.dumps(
        {"type": "about:blank", "title": title, "status": status, "detail": detail,
         "instance": scope.get("path", "")}
    ).encode()  # fmt: skip
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", PROBLEM.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"www-authenticate", b"Bearer"),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class WriteGuard:
    """Refuse a write without the right token before reading a byte of its body."""

    def __init__(self, app: ASGIApp, *, token: str | None, paths: tuple[str, ...]) -> None:
        self.app = app
        self.token = token
        self.paths = paths

    def _refusal(self, scope: Scope) -> str | None:
        headers = dict(scope.get("headers") or [])
        scheme, _, given = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
        refused = token_refusal(self.token, scheme, given.strip())
        return None if refused is None else str(refused)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope.get("method") not in READ_METHODS
            and str(scope.get("path", "")).startswith(self.paths)
        ):
            why = self._refusal(scope)
            if why is not None:
                await _problem(scope, send, 401, "Unauthorized", why)
                return
        await self.app(scope, receive, send)


class SecurityHeaders:
    """Add the security headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {name.lower() for name, _ in headers}
                extra = [h for h in SECURITY_HEADERS if h[0] not in present]
                if FRAME_CSP[0] not in present:
                    extra.append(FRAME_CSP)
                message = {**message, "headers": headers + extra}
            await send(message)

        await self.app(scope, receive, send_with_headers)
