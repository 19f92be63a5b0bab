"""``POST /v1/score``: stateless scoring for an ATS. Nothing is stored."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from app.auth.dependencies import current_principal, require
from app.auth.service import Principal, Role
from app.scoring.schemas import ScoreRequest
from app.scoring.service import (
    decode_base64,
    score_statement,
    spec_from_data,
    statement_from_document,
    statement_from_text,
)
from app.vacancies import service as vacancy_service
from matching.result import ScoreResult

router = APIRouter(tags=["scoring"])

_may_score = require(Role.admin, Role.recruiter, Role.ats)  # the roles of ``Scorer``


async def _scorer(request: Request) -> Principal:
    """The key check of ``Scorer`` (401/403 before the body is looked at), in one worker-thread
    hop with its own short session. ``Scorer`` with ``DbSession`` cost four hops (opening the
    session, the key, the role, closing the session) besides the route's own: each hop is a
    thread wake-up, and on busy cores each cost up to a millisecond (docs/benchmarks.md)."""
    return await run_in_threadpool(_check_key, request)


def _check_key(request: Request) -> Principal:
    with request.app.state.sessionmaker() as session:
        principal = _may_score(current_principal(request, session))
        session.rollback()
    request.app.state.scoring_quota.take(principal.key_id)  # 429 when this key's is used up
    return principal


@router.post(
    "/score",
    response_model=ScoreResult,
    summary="Score one statement against a spec (inline or a vacancy's latest); stores nothing",
)
def score(
    request: Request,
    body: ScoreRequest,
    principal: Annotated[Principal, Depends(_scorer)],
) -> ScoreResult:
    if body.vacancy_id is not None:
        with request.app.state.sessionmaker() as session:
            vacancy = vacancy_service.get_vacancy(session, principal, body.vacancy_id)
            spec = vacancy_service.spec_of(vacancy_service.latest_version(session, vacancy))
            session.rollback()  # release the connection before the CPU-bound part
    else:
        spec = spec_from_data(body.spec)
    statement_in = body.statement
    if statement_in.text is not None:
        statement = statement_from_text(statement_in.text)
    else:
        statement = statement_from_document(
            decode_base64(statement_in.document_base64 or ""),
            statement_in.filename or "document",
            max_bytes=request.app.state.settings.max_upload_bytes,
        )
    return score_statement(
        spec,
        statement,
        applicant=body.applicant,
        reference_date=body.reference_date,
        endpoint="score",
    )
