"""FastAPI dependencies: who is calling, and may they do this?"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request

from app.auth.service import KeyRefused, Principal, Role, authenticate
from app.db import DbSession
from app.errors import Problem

ALL_ROLES = tuple(Role)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def current_principal(request: Request, session: DbSession) -> Principal:
    try:
        principal = authenticate(session, _bearer(request))
    except KeyRefused as error:
        raise Problem(
            401, str(error), code="unauthorised", headers={"WWW-Authenticate": "Bearer"}
        ) from None
    request.state.principal = principal
    return principal


def require(*roles: Role) -> Callable[..., Principal]:
    """A dependency allowing only keys with one of ``roles`` (403 for the others)."""
    allowed = frozenset(roles)

    def dependency(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
        if principal.role not in allowed:
            names = ", ".join(sorted(role.value for role in allowed))
            raise Problem(
                403,
                f"a {principal.role.value} key cannot do this; it needs one of: {names}",
                code="forbidden",
            )
        return principal

    return dependency


AnyKey = Annotated[Principal, Depends(require(*ALL_ROLES))]
Staff = Annotated[Principal, Depends(require(Role.admin, Role.recruiter))]
Reader = Annotated[Principal, Depends(require(Role.admin, Role.recruiter, Role.panel))]
Uploader = Annotated[Principal, Depends(require(Role.admin, Role.recruiter, Role.ats))]
Scorer = Annotated[Principal, Depends(require(Role.admin, Role.recruiter, Role.ats))]
