"""What every page route shares: the templates, who is signed in, CSRF checks, and turning an
error into a message page (never JSON, never a traceback)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Form, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.auth.service import Principal, Role
from app.db import DbSession
from app.errors import Problem, describe_errors
from app.pages import repository
from app.pages.session import (
    SESSION_COOKIE,
    csrf_token,
    key_id_of,
    signed_out_since,
    signing_secret,
    tokens_match,
)
from app.pages.views import install_filters

log = logging.getLogger(__name__)

TEMPLATES = Jinja2Templates(directory=Path(__file__).resolve().parents[1] / "templates")
install_filters(TEMPLATES.env)
STAFF_ROLES = frozenset({Role.admin, Role.recruiter})


@dataclass(frozen=True)
class Visitor:
    """The signed-in person: their key as a principal, their organisation, their CSRF token."""

    principal: Principal
    organisation: str
    csrf: str

    @property
    def is_staff(self) -> bool:
        return self.principal.role in STAFF_ROLES

    @property
    def is_panel(self) -> bool:
        return self.principal.role is Role.panel

    @property
    def is_lead(self) -> bool:
        return self.is_panel and self.principal.lead

    @property
    def label(self) -> str:
        role = "panel lead" if self.is_lead else self.principal.role.value
        return f"{self.principal.name or self.principal.prefix} ({role})"


def session_secret(request: Request) -> bytes:
    """The secret that signs this service's sessions, read (or made) on the first page visit, so
    a process that only serves the API never touches the data directory for it."""
    state = request.app.state
    secret: bytes | None = getattr(state, "session_secret", None)
    if secret is None:
        secret = state.session_secret = signing_secret(state.settings)
    return secret


class SignInRequired(Exception):
    """No valid session: the page sends the visitor to the sign-in page."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.message = message


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("visitor", getattr(request.state, "visitor", None))
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status_code)


# Error pages are titled in plain words ("Unprocessable Entity" means nothing to a recruiter).
ERROR_TITLES = {
    400: "Something in the request was wrong",
    401: "Please sign in",
    403: "You cannot do this",
    404: "Page not found",
    405: "This page cannot do that",
    409: "This has changed meanwhile",
    413: "The file is too large",
    415: "This kind of file is not accepted",
    422: "Please check what you entered",
    429: "Too many attempts",
    500: "Something went wrong",
    503: "The service is unavailable",
}


def message_page(request: Request, status: int, detail: str, title: str | None = None) -> Response:
    if title is None or title == HTTPStatus(status).phrase:
        title = ERROR_TITLES.get(status, HTTPStatus(status).phrase)
    return render(
        request,
        "message.html",
        status_code=status,
        title=title,
        detail=detail,
        status=status,
    )


def _sign_in_redirect(request: Request, message: str) -> Response:
    target = request.url.path
    if request.url.query:
        target += "?" + request.url.query
    location = "/sign-in?next=" + quote(target, safe="")
    if message:
        location += "&reason=" + quote(message, safe="")
    response = RedirectResponse(location, status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


class PageRoute(APIRoute):
    """A route whose errors are pages: a :class:`Problem` (a 404 for another organisation's id,
    a 422 for a bad score) becomes a message page with its status, as do a database outage (503)
    and anything unexpected (500, logged); no session sends the visitor to the sign-in page."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except SignInRequired as error:
                if request.method != "GET":
                    return message_page(
                        request, 401, error.message or "sign in again to continue", "Signed out"
                    )
                return _sign_in_redirect(request, error.message)
            except Problem as problem:
                return message_page(request, problem.status, problem.detail, problem.title)
            except RequestValidationError as error:
                return message_page(request, 422, describe_errors(error))
            except StarletteHTTPException as error:  # e.g. a body over the size limit
                detail = error.detail if isinstance(error.detail, str) else None
                return message_page(request, error.status_code, detail or "the request failed")
            except DBAPIError as error:
                if isinstance(error, OperationalError) or error.connection_invalidated:
                    log.error("database unreachable: %s", type(error.orig).__name__)
                    return message_page(
                        request, 503, "the database is unreachable; try again shortly"
                    )
                log.exception("database error on %s %s", request.method, request.url.path)
                return message_page(request, 500, "an unexpected database error happened")
            except Exception:
                log.exception("unhandled error on %s %s", request.method, request.url.path)
                return message_page(
                    request, 500, "an unexpected error happened; it has been logged"
                )

        return page_handler


def current_visitor(request: Request, session: DbSession) -> Visitor:
    """The visitor named by a valid session cookie whose key is still live."""
    secret = session_secret(request)
    cookie = request.cookies.get(SESSION_COOKIE)
    key_id = key_id_of(secret, cookie)
    if key_id is None or cookie is None:
        raise SignInRequired("your session has ended; sign in again" if cookie else "")
    found = repository.key_by_id(session, key_id)
    if found is None or found[0].revoked_at is not None:
        raise SignInRequired("this API key has been revoked")
    if signed_out_since(session, key_id, cookie):
        raise SignInRequired("your session has ended; sign in again")
    key, organisation = found
    visitor = Visitor(
        principal=Principal.of(key),
        organisation=organisation.name,
        csrf=csrf_token(secret, cookie),
    )
    request.state.visitor = visitor
    return visitor


SignedIn = Annotated[Visitor, Depends(current_visitor)]


def posted_visitor(
    request: Request,
    visitor: SignedIn,
    csrf_token: Annotated[str | None, Form(max_length=200)] = None,
) -> Visitor:
    """The visitor of a POST, whose form (or ``X-CSRF-Token`` header) carries their token."""
    given = csrf_token or request.headers.get("x-csrf-token")
    if not tokens_match(given, visitor.csrf):
        raise Problem(
            403,
            "this form has expired or did not come from this site; go back, reload the page "
            "and try again",
            title="Form refused",
        )
    return visitor


Posted = Annotated[Visitor, Depends(posted_visitor)]


async def posted_form(request: Request) -> FormData:
    """The whole posted form, for forms whose field names depend on the page (one set of
    fields per criterion); the request has already read and cached it."""
    return await request.form()


PostedForm = Annotated[FormData, Depends(posted_form)]


def require_staff(visitor: Visitor) -> None:
    if not visitor.is_staff:
        raise Problem(
            403,
            f"a {visitor.principal.role.value} key cannot do this; it is for recruiters and admins",
        )


def require_panel(visitor: Visitor) -> None:
    if not visitor.is_panel:
        raise Problem(403, "only panel members score applicants; sign in with your panel key")
