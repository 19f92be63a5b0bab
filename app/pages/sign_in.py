"""Signing in with an API key (exchanged for a session cookie) and signing out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse

from app import audit
from app.auth.service import KeyRefused, Role, authenticate
from app.db import DbSession
from app.pages.session import (
    SESSION_COOKIE,
    SESSION_SECONDS,
    SIGN_IN_COOKIE,
    session_cookie,
    sign_in_token,
    sign_in_token_valid,
    tokens_match,
)
from app.pages.web import PageRoute, Posted, render, session_secret

router = APIRouter(route_class=PageRoute, include_in_schema=False)

# What ?reason= may say on the sign-in page (the pages send these); anything else is not shown,
# so a link cannot put its own words on this site's sign-in page.
REASONS = frozenset({"your session has ended; sign in again", "this API key has been revoked"})


def _safe_next(target: str | None) -> str:
    """Only a path on this site (never ``//elsewhere`` or a full URL) is followed after sign-in."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/vacancies"


def _sign_in_form(
    request: Request, *, status_code: int = 200, error: str | None = None, next_path: str = ""
) -> Response:
    secret = session_secret(request)
    cookie = request.cookies.get(SIGN_IN_COOKIE)
    token = cookie if cookie and sign_in_token_valid(secret, cookie) else sign_in_token(secret)
    reason = request.query_params.get("reason")
    response = render(
        request,
        "sign_in.html",
        status_code=status_code,
        error=error,
        reason=reason if reason in REASONS else None,
        next_path=next_path,
        form_token=token,
        visitor=None,
    )
    response.set_cookie(
        SIGN_IN_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/sign-in",
    )
    return response


@router.get("/")
def home() -> Response:
    return RedirectResponse("/vacancies", status_code=303)


@router.get("/sign-in")
def sign_in_page(request: Request, next: str | None = None) -> Response:
    return _sign_in_form(request, next_path=_safe_next(next))


@router.post("/sign-in")
def sign_in(
    request: Request,
    session: DbSession,
    api_key: Annotated[str, Form(max_length=200)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    next_path = _safe_next(next)
    if not (
        tokens_match(csrf_token, request.cookies.get(SIGN_IN_COOKIE))
        and sign_in_token_valid(session_secret(request), csrf_token)
    ):
        return _sign_in_form(
            request,
            status_code=403,
            error="the sign-in form expired; please enter your key again",
            next_path=next_path,
        )
    try:
        principal = authenticate(session, api_key.strip() or None)
    except KeyRefused as error:
        message = str(error).split(":")[0] if not api_key.strip() else str(error)
        return _sign_in_form(request, status_code=401, error=message, next_path=next_path)
    if principal.role is Role.ats:
        return _sign_in_form(
            request,
            status_code=403,
            error="an ATS key is for systems, not people; sign in with your own key",
            next_path=next_path,
        )
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "session.signed_in",
        "api_key",
        principal.key_id,
        {},
    )
    secret = session_secret(request)
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        session_cookie(secret, principal.key_id),
        max_age=SESSION_SECONDS,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )
    response.delete_cookie(SIGN_IN_COOKIE, path="/sign-in")
    return response


@router.post("/sign-out")
def sign_out(visitor: Posted, session: DbSession) -> Response:
    """Ends every session of this key issued until now, on the server (the audit line is what
    :func:`app.pages.web.current_visitor` checks), not just this browser's cookie."""
    principal = visitor.principal
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "session.signed_out",
        "api_key",
        principal.key_id,
        {},
    )
    session.commit()
    response = RedirectResponse("/sign-in", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
