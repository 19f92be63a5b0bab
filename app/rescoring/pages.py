"""The re-scoring page: how many applications the latest criteria have not scored yet, a button
to re-score them, and the run's progress (the page reloads itself while the run goes on)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import RedirectResponse

from app.applications import repository as applications
from app.db import DbSession
from app.pages.web import PageRoute, Posted, SignedIn, render, require_staff
from app.rescoring import repository, service
from app.rescoring.schemas import RescoreRunRead
from app.vacancies import service as vacancy_service

router = APIRouter(route_class=PageRoute, include_in_schema=False)


@router.get("/vacancies/{vacancy_id}/rescore")
def rescore_page(
    request: Request, vacancy_id: str, visitor: SignedIn, session: DbSession
) -> Response:
    require_staff(visitor)
    vacancy = vacancy_service.get_vacancy(session, visitor.principal, vacancy_id)
    version = vacancy_service.latest_version(session, vacancy)
    run = repository.latest_run(session, vacancy.id)
    return render(
        request,
        "rescore.html",
        vacancy=vacancy_service.read(session, vacancy, version),
        version=version.version,
        waiting=len(applications.ids_to_rescore(session, vacancy.id, version.id)),
        run=RescoreRunRead.of(run) if run is not None else None,
    )


@router.post("/vacancies/{vacancy_id}/rescore")
def start_rescore(
    request: Request, vacancy_id: str, visitor: Posted, session: DbSession
) -> Response:
    require_staff(visitor)
    vacancy = vacancy_service.get_vacancy(session, visitor.principal, vacancy_id)
    service.start(session, visitor.principal, vacancy, request.app.state.sessionmaker)
    return RedirectResponse(f"/vacancies/{vacancy.id}/rescore", status_code=303)
