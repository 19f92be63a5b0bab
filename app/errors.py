"""Every error is RFC 9457 problem+json: ``{type, title, status, detail, instance}``.

Raise :class:`Problem` from services and routes; HTTP errors, validation errors, database
outages and unexpected exceptions are all turned into problem+json here, never a traceback.
"""

from __future__ import annotations

import logging
import traceback
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

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


def where_it_failed(error: BaseException) -> str:
    """The exception's type and the code it passed through, never its message: messages carry
    the values that failed (a statement sentence, an applicant's name, SQL parameters)."""
    frames = traceback.extract_tb(error.__traceback__)[-4:]
    path = " <- ".join(
        f"{frame.filename.rsplit('/', 2)[-1]}:{frame.lineno} {frame.name}"
        for frame in reversed(frames)
    )
    return f"{type(error).__name__} at {path or 'unknown'}"


class WithoutExceptionMessages(logging.Filter):
    """Starlette re-raises an unhandled error after its 500 and uvicorn logs it with its
    message; this rewrites such a record to :func:`where_it_failed`."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.getMessage().strip()}: {where_it_failed(record.exc_info[1])}"
            record.args, record.exc_info, record.exc_text = None, None, None
        return True


def _is_lone_surrogate(error: BaseException) -> bool:
    return isinstance(error, UnicodeEncodeError) and "surrogate" in error.reason


def _is_database_unreachable(error: DBAPIError) -> bool:
    return isinstance(error, OperationalError) or error.connection_invalidated


HTTP_METHODS = ("DELETE", "GET", "HEAD", "PATCH", "POST", "PUT")


def allowed_methods(request: Request) -> str:
    """The methods of this path as the OpenAPI document has them (``/v1/vacancies/drafts`` is a
    path of its own, not a vacancy named "drafts"); for a page, those some route serves."""
    segments = request.scope.get("path", "").split("/")
    best: tuple[int, list[str]] | None = None
    for template, operations in request.app.openapi().get("paths", {}).items():
        parts = template.split("/")
        if len(parts) != len(segments):
            continue
        parameters = sum(part.startswith("{") for part in parts)
        pairs = zip(parts, segments, strict=True)
        matches = all(part.startswith("{") or part == given for part, given in pairs)
        if matches and (best is None or parameters < best[0]):
            best = (parameters, [m.upper() for m in operations if m.upper() in HTTP_METHODS])
    if best is not None:
        return ", ".join(sorted(best[1]))
    served = []
    for method in HTTP_METHODS:
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] is Match.FULL for route in request.app.router.routes):
            served.append(method)
    return ", ".join(served)


def install_error_handlers(app: FastAPI) -> None:
    for name in ("uvicorn.error", "uvicorn", "app.errors", "app.pages.web"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, WithoutExceptionMessages) for f in logger.filters):
            logger.addFilter(WithoutExceptionMessages())

    @app.exception_handler(UnicodeEncodeError)
    async def _unencodable(request: Request, error: UnicodeEncodeError) -> JSONResponse:
        if _is_lone_surrogate(error):
            return _lone_surrogate(request)
        return await _unexpected(request, error)

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
        headers = dict(error.headers) if error.headers else None
        if error.status_code == 405:  # Starlette's Allow names the first route on the path only
            headers = {**(headers or {}), "Allow": allowed_methods(request)}
        return problem_response(request, error.status_code, detail, code=code, headers=headers)

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
        if error.orig is not None and _is_lone_surrogate(error.orig):
            return _lone_surrogate(request)
        log.error("database error: %s", where_it_failed(error))
        return problem_response(request, 500, "an unexpected database error happened")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception) -> JSONResponse:
        if _is_lone_surrogate(error):
            return _lone_surrogate(request)
        log.error(
            "unhandled error on %s %s: %s", request.method, request.url.path, where_it_failed(error)
        )
        return problem_response(request, 500, "an unexpected error happened; it has been logged")


def _lone_surrogate(request: Request) -> JSONResponse:
    """JSON can spell half a UTF-16 pair ("\\ud800"); it is not a character and cannot be stored."""
    return problem_response(
        request,
        422,
        "text must not contain lone surrogates (\\ud800-\\udfff): they are not characters",
        code="invalid-request",
    )
