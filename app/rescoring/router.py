"""``/v1/vacancies/{id}/rescoring``: start re-scoring with the latest criteria, and its progress."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from app.auth.dependencies import Reader, Staff
from app.db import DbSession
from app.errors import Problem
from app.rescoring import repository, service
from app.rescoring.schemas import RescoreRunRead
from app.vacancies import service as vacancy_service

router = APIRouter(tags=["rescoring"])


@router.post(
    "/vacancies/{vacancy_id}/rescoring",
    status_code=202,
    response_model=RescoreRunRead,
    summary="Re-score every application with the vacancy's latest criteria, in the background "
    "(results for earlier versions and the panel's scores are kept); answers with the run",
)
def start_rescoring(
    request: Request, vacancy_id: str, principal: Staff, session: DbSession
) -> JSONResponse:
    vacancy = vacancy_service.get_vacancy(session, principal, vacancy_id)
    run = service.start(session, principal, vacancy, request.app.state.sessionmaker)
    return JSONResponse(RescoreRunRead.of(run).model_dump(mode="json"), status_code=202)


@router.get(
    "/vacancies/{vacancy_id}/rescoring",
    response_model=RescoreRunRead,
    summary="The progress of the vacancy's latest re-scoring run",
)
def rescoring_progress(vacancy_id: str, principal: Reader, session: DbSession) -> RescoreRunRead:
    vacancy = vacancy_service.get_vacancy(session, principal, vacancy_id)
    run = repository.latest_run(session, vacancy.id)
    if run is None:
        raise Problem(404, "this vacancy has not been re-scored", code="not-found")
    return RescoreRunRead.of(run)
