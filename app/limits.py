"""Refuse request bodies that are too large before they are read into memory (413)."""

from __future__ import annotations

from collections.abc import Callable

from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import problem_response


class BodyTooLarge(StarletteHTTPException):
    """An HTTP exception (not a :class:`Problem`) so FastAPI's body parsing lets it through."""

    code = "too-large"

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than the limit of {limit:,} bytes")


class BodySizeLimit:
    """``limit_for(path)`` gives the byte limit for a request; a declared Content-Length over it
    is answered at once, and a streamed body is cut off as soon as it passes the limit."""

    def __init__(self, app: ASGIApp, limit_for: Callable[[str], int]) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _refuse(scope, send, limit)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, limited_receive, send)


async def _refuse(scope: Scope, send: Send, limit: int) -> None:
    error = BodyTooLarge(limit)
    response = problem_response(Request(scope), 413, error.detail, code=error.code)
    await response(scope, _drain, send)


async def _drain() -> Message:
    return {"type": "http.disconnect"}
