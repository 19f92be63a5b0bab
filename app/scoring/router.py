"""``POST /v1/score``: stateless scoring for an ATS. Nothing is stored."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.auth.dependencies import Scorer
from app.db import DbSession
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


@router.post(
    "/score",
    response_model=ScoreResult,
    summary="Score one statement against a spec (inline or a vacancy's latest); stores nothing",
)
def score(
    request: Request, body: ScoreRequest, principal: Scorer, session: DbSession
) -> ScoreResult:
    if body.vacancy_id is not None:
        vacancy = vacancy_service.get_vacancy(session, principal, body.vacancy_id)
        spec = vacancy_service.spec_of(vacancy_service.latest_version(session, vacancy))
    else:
        spec = spec_from_data(body.spec)
    session.rollback()  # release the connection before the CPU-bound part
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
