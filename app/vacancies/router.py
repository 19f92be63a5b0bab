"""``/v1/vacancies``: create (JSON, YAML or a job description document), read, list, version."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from app import openapi
from app.auth.dependencies import AnyKey, Staff
from app.db import DbSession
from app.payloads import Body
from app.vacancies import repository, service
from app.vacancies.drafts import unsure_by_criterion
from app.vacancies.intake import specs_from_payload
from app.vacancies.schemas import (
    SpecUpdate,
    SpecVersionRead,
    VacancyCreate,
    VacancyCreated,
    VacancyDraft,
    VacancyDrafts,
    VacancyPage,
    VacancyRead,
    VacancyUpdate,
)

router = APIRouter(prefix="/vacancies", tags=["vacancies"])

_SPEC_BODY = {
    "application/json": {"schema": openapi.ref(VacancyCreate)},
    "application/yaml": {"schema": {"type": "string", "description": "A role spec in YAML."}},
}
_CREATE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            **_SPEC_BODY,
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "A job description / person specification "
                            "(.docx, .pdf, .odt, .rtf, .txt) or a role spec (.yaml, .json).",
                        },
                        "reference": {"type": "string"},
                    },
                }
            },
        },
    }
}
_UPDATE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": openapi.ref(SpecUpdate)},
            "application/yaml": _SPEC_BODY["application/yaml"],
        },
    }
}


@router.post(
    "",
    status_code=201,
    response_model=VacancyCreated,
    openapi_extra=_CREATE_BODY,
    summary="Create a vacancy (or one per role in a job description document)",
)
def create_vacancy(
    request: Request,
    principal: Staff,
    session: DbSession,
    body: Body,
    reference: Annotated[str | None, Query(max_length=120)] = None,
) -> VacancyCreated:
    intake = specs_from_payload(
        body, max_bytes=request.app.state.settings.max_upload_bytes, creating=True
    )
    created = []
    for spec in intake.specs:
        vacancy, version = service.create_vacancy(
            session, principal, spec, reference=intake.reference or reference
        )
        created.append(service.read(session, vacancy, version))
    return VacancyCreated(
        **created[0].model_dump(),
        vacancies=created,
        unsure={read.id: notes for read, notes in zip(created, intake.unsure, strict=False)},
    )


@router.post(
    "/drafts",
    response_model=VacancyDrafts,
    openapi_extra=_CREATE_BODY,
    summary="Read a job description into draft vacancies to correct (nothing is stored)",
)
def draft_vacancies(request: Request, principal: Staff, body: Body) -> VacancyDrafts:
    intake = specs_from_payload(
        body, max_bytes=request.app.state.settings.max_upload_bytes, creating=True
    )
    drafts = []
    for i, spec in enumerate(intake.specs):
        notes = intake.unsure[i] if i < len(intake.unsure) else []
        drafts.append(
            VacancyDraft(
                spec=spec.model_dump(mode="json", exclude_none=True),
                unsure=notes,
                unsure_criteria=unsure_by_criterion(spec, notes),
            )
        )
    return VacancyDrafts(reference=intake.reference, drafts=drafts)


@router.get("", response_model=VacancyPage, summary="List vacancies, newest first")
def list_vacancies(
    principal: AnyKey,
    session: DbSession,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    status: Annotated[str | None, Query(pattern="^(open|closed)$")] = None,
) -> VacancyPage:
    rows, total = repository.vacancies_of(
        session, principal.org_id, limit=limit, offset=offset, status=status
    )
    return VacancyPage(
        items=service.summaries(session, rows), total=total, limit=limit, offset=offset
    )


@router.get("/{vacancy_id}", response_model=VacancyRead, summary="A vacancy and its latest spec")
def get_vacancy(vacancy_id: str, principal: AnyKey, session: DbSession) -> VacancyRead:
    return service.read(session, service.get_vacancy(session, principal, vacancy_id))


@router.patch(
    "/{vacancy_id}",
    response_model=VacancyRead,
    summary="Close a vacancy to applications (or reopen it), or change its reference",
)
def update_vacancy(
    vacancy_id: str, change: VacancyUpdate, principal: Staff, session: DbSession
) -> VacancyRead:
    vacancy = service.get_vacancy(session, principal, vacancy_id)
    service.update(session, principal, vacancy, change)
    return service.read(session, vacancy)


@router.post(
    "/{vacancy_id}/spec",
    status_code=201,
    response_model=SpecVersionRead,
    openapi_extra=_UPDATE_BODY,
    summary="Save a new spec version (new applications are scored with it)",
)
def new_spec_version(
    request: Request, vacancy_id: str, principal: Staff, session: DbSession, body: Body
) -> SpecVersionRead:
    vacancy = service.get_vacancy(session, principal, vacancy_id)
    intake = specs_from_payload(
        body, max_bytes=request.app.state.settings.max_upload_bytes, creating=False
    )
    return service.version_read(service.add_version(session, principal, vacancy, intake.specs[0]))


@router.get(
    "/{vacancy_id}/spec/versions",
    response_model=list[SpecVersionRead],
    summary="Every spec version of a vacancy, oldest first",
)
def spec_versions(vacancy_id: str, principal: AnyKey, session: DbSession) -> list[SpecVersionRead]:
    vacancy = service.get_vacancy(session, principal, vacancy_id)
    return [service.version_read(v) for v in repository.versions_of(session, vacancy.id)]
