"""Server-rendered pages for recruiters and panels (Jinja2 templates over the same services as the
API). ``install(app)`` adds the page routes and the static files to an application."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from app.pages.routes import router
from app.pages.web import message_page

STATIC_DIR = Path(__file__).resolve().parents[1] / "static"


NOT_PAGES = ("/v1/", "/healthz", "/readyz", "/metrics", "/openapi.json", "/docs", "/redoc")


def wants_page(request: Request) -> bool:
    """A browser asking for a page (not the API, not a script asking for JSON)."""
    accept = request.headers.get("accept", "")
    return "text/html" in accept and not request.url.path.startswith(NOT_PAGES)


def install(app: FastAPI) -> None:
    """Add the page routes and static files; a browser that reaches a path with no page, or is
    refused by the sign-in limit, gets a message page instead of problem+json."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    def favicon() -> FileResponse:
        """Browsers ask every site for /favicon.ico; the icon is an SVG."""
        return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")

    app.add_api_route("/favicon.ico", favicon, methods=["GET"], include_in_schema=False)
    api_handler = app.exception_handlers[StarletteHTTPException]

    async def http_error(request: Request, error: Exception) -> Response:
        if isinstance(error, StarletteHTTPException) and wants_page(request):
            detail = error.detail if isinstance(error.detail, str) else ""
            if error.status_code == 404:
                detail = "there is no page at this address"
            response = message_page(request, error.status_code, detail or "the request failed")
            response.headers.update(error.headers or {})
            return response
        return await api_handler(request, error)

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.state.refusal_page = lambda request, status, detail: (
        message_page(request, status, detail) if wants_page(request) else None
    )
