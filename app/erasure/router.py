"""``DELETE /v1/applications/{id}``: erase an application (right to erasure)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from app.auth.dependencies import Staff
from app.db import DbSession
from app.erasure import service
from app.errors import not_found
from app.panel import repository

router = APIRouter(prefix="/v1", tags=["erasure"])


@router.delete("/applications/{application_id}", status_code=204)
def erase_application(application_id: str, principal: Staff, session: DbSession) -> Response:
    """Remove the document, text, evidence, structured and contact fields, results, panel
    scores and decision. Only an audit line on the vacancy remains, naming the applicant
    reference, who erased it and when."""
    application = repository.application_in_org(session, principal.org_id, application_id)
    if application is None:
        raise not_found("application")
    service.erase(session, [application], principal.actor, why="request")
    return Response(status_code=204)
