"""Every error is RFC 9457 problem+json: ``{type, title, status, detail, instance}``.

Raise :class:`Problem` from services and routes; HTTP errors, validation errors, database
outages and unexpected exceptions are all turned into problem+json here, never a traceback.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "https://shortlist.example/problems/"

log = logging.getLogger("app.errors")


class Problem(Exception):
    """An error a client can act on. ``code`` becomes the problem ``type`` URI's last part."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        code: str | None = None,
        title: str | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.code = code
        self.title = title or HTTPStatus(status).phrase
        self.headers = headers
        self.extra = extra or {}


def not_found(what: str) -> Problem:
    return Problem(404, f"no {what} with this id", code="not-found")


def problem_body(
    status: int,
    detail: str,
    *,
    instance: str | None = None,
    code: str | None = None,
    title: str | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": PROBLEM_BASE + code if code else "about:blank",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    body.update(extra or {})
    return body


def problem_response(
    request: Request,
    status: int,
    detail: str,
    *,
    code: str | None = None,
    title: str | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    body = problem_body(
        status, detail, instance=request.url.path, code=code, title=title, extra=extra
    )
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def describe_errors(error: ValidationError | RequestValidationError, prefix: str = "") -> str:
    """Up to three validation problems on one line: ``statement.text: Field required; ...``."""
    problems = []
    for item in error.errors()[:3]:
        if item.get("type") == "json_invalid":
            reason = (item.get("ctx") or {}).get("error", "cannot be parsed")
            position = item.get("loc", ("body", 0))[-1]
            return f"not valid JSON: {reason} (at character {position})"
        if item.get("type") == "missing" and tuple(item.get("loc", ())) == ("body",):
            return "the request body is empty; send a JSON object"
        where = prefix + ".".join(str(part) for part in item.get("loc", ()) if part != "body")
        message = str(item.get("msg", "invalid value")).removeprefix("Value error, ")
        problems.append(f"{where.rstrip('.')}: {message}" if where else message)
    more = len(error.errors()) - len(problems)
    if more:
        problems.append(f"and {more} more problem{'s' if more > 1 else ''}")
    return "; ".join(problems)


def _is_database_unreachable(error: DBAPIError) -> bool:
    return isinstance(error, OperationalError) or error.connection_invalidated


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(request: Request, error: Problem) -> JSONResponse:
        return problem_response(
            request,
            error.status,
            error.detail,
            code=error.code,
            title=error.title,
            headers=error.headers,
            extra=error.extra,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, error: StarletteHTTPException) -> JSONResponse:
        detail = (
            error.detail if isinstance(error.detail, str) else HTTPStatus(error.status_code).phrase
        )
        if error.status_code == 404 and detail == "Not Found":
            detail = f"no such path: {request.url.path}"
        code = getattr(error, "code", None)
        return problem_response(
            request, error.status_code, detail, code=code, headers=error.headers
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, error: RequestValidationError) -> JSONResponse:
        return problem_response(request, 422, describe_errors(error), code="invalid-request")

    @app.exception_handler(DBAPIError)
    async def _database(request: Request, error: DBAPIError) -> JSONResponse:
        if _is_database_unreachable(error):
            log.error("database unreachable: %s", type(error.orig).__name__)
            return problem_response(
                request,
                503,
                "the database is unreachable; try again shortly",
                code="database-unavailable",
                headers={"Retry-After": "5"},
            )
        if "NUL (0x00)" in str(error.orig):  # PostgreSQL text cannot hold NUL characters
            return problem_response(
                request, 422, "text must not contain NUL characters", code="invalid-request"
            )
        log.exception("database error")
        return problem_response(request, 500, "an unexpected database error happened")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(request, 500, "an unexpected error happened; it has been logged")
