"""Headers a council's security review expects on every answer.

- ``Content-Security-Policy``: the pages load scripts, styles and images only from this service,
  cannot be framed (clickjacking) and post forms only to it. The interactive API docs (``/docs``,
  ``/redoc``) load Swagger UI from its CDN, so they keep FastAPI's own page without this policy.
- ``Cache-Control: no-store`` on everything but static files: statements, scores and matrices are
  personal data and must not stay in a shared browser's or proxy's cache.
- ``Strict-Transport-Security`` when the request came over https.
- ``X-Content-Type-Options``, ``Referrer-Policy`` and ``X-Frame-Options`` for older browsers.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
API_DOCS = ("/docs", "/redoc")


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "same-origin")
                headers.setdefault("X-Frame-Options", "DENY")
                if not path.startswith(API_DOCS):
                    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                if not path.startswith("/static/"):
                    headers["Cache-Control"] = "no-store"
                if https:
                    headers.setdefault("Strict-Transport-Security", "max-age=31536000")
            await send(message)

        await self.app(scope, receive, send_with_headers)
