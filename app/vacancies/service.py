"""Vacancies: creating them from specs (JSON, YAML or a job description), versioning specs."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app import audit
from app.auth.service import Principal
from app.errors import Problem, not_found
from app.models import SpecVersion, Vacancy
from app.vacancies import repository
from app.vacancies.schemas import SpecVersionRead, VacancyRead, VacancySummary, VacancyUpdate
from criteria.spec import RoleSpec


def get_vacancy(session: Session, principal: Principal, vacancy_id: str) -> Vacancy:
    """The caller's own vacancy; another organisation's is a 404, as if it did not exist."""
    vacancy = repository.get_vacancy(session, principal.org_id, vacancy_id)
    if vacancy is None:
        raise not_found("vacancy")
    return vacancy


def ensure_open(vacancy: Vacancy) -> None:
    """New applications only while the vacancy is open (409 once it is closed); retries of an
    application already stored are still answered."""
    if vacancy.status != "open":
        raise Problem(409, "this vacancy is closed to applications", code="vacancy-closed")


def update(session: Session, principal: Principal, vacancy: Vacancy, change: VacancyUpdate) -> None:
    fields = change.model_dump(exclude_unset=True)
    if fields.get("status") is None:  # a null status leaves it as it is; a null reference clears
        fields.pop("status", None)
    for name, value in fields.items():
        setattr(vacancy, name, value)
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "vacancy.updated",
        "vacancy",
        vacancy.id,
        {"fields": sorted(fields), "status": vacancy.status},
    )


def latest_version(session: Session, vacancy: Vacancy) -> SpecVersion:
    version = repository.latest_version(session, vacancy.id)
    if version is None:  # every vacancy is created with version 1
        raise Problem(409, "this vacancy has no spec yet", code="no-spec")
    return version


def spec_of(version: SpecVersion) -> RoleSpec:
    return RoleSpec.model_validate(version.spec)


def create_vacancy(
    session: Session, principal: Principal, spec: RoleSpec, *, reference: str | None
) -> tuple[Vacancy, SpecVersion]:
    vacancy = repository.add_vacancy(
        session, Vacancy(org_id=principal.org_id, title=spec.title, reference=reference)
    )
    version = repository.add_version(
        session,
        SpecVersion(
            vacancy_id=vacancy.id,
            version=1,
            spec=spec.model_dump(mode="json"),
            created_by=principal.actor,
        ),
    )
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "vacancy.created",
        "vacancy",
        vacancy.id,
        {"role_id": spec.id, "version": 1, "criteria": len(spec.criteria)},
    )
    return vacancy, version


def add_version(
    session: Session, principal: Principal, vacancy: Vacancy, spec: RoleSpec
) -> SpecVersion:
    """A new spec version; results already stored keep the version they were scored with."""
    current = latest_version(session, vacancy)
    version = repository.add_version(
        session,
        SpecVersion(
            vacancy_id=vacancy.id,
            version=current.version + 1,
            spec=spec.model_dump(mode="json"),
            created_by=principal.actor,
        ),
    )
    vacancy.title = spec.title
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "vacancy.spec_version_created",
        "vacancy",
        vacancy.id,
        {"role_id": spec.id, "version": version.version, "previous_version": current.version},
    )
    return version


def read(session: Session, vacancy: Vacancy, version: SpecVersion | None = None) -> VacancyRead:
    version = version or latest_version(session, vacancy)
    count = repository.application_counts(session, [vacancy.id]).get(vacancy.id, 0)
    return VacancyRead(**_summary_fields(vacancy, version, count), spec=version.spec)


def summaries(session: Session, vacancies: list[Vacancy]) -> list[VacancySummary]:
    ids = [vacancy.id for vacancy in vacancies]
    versions = repository.latest_versions(session, ids)
    counts = repository.application_counts(session, ids)
    return [
        VacancySummary(**_summary_fields(v, versions[v.id], counts.get(v.id, 0))) for v in vacancies
    ]


def _summary_fields(vacancy: Vacancy, version: SpecVersion, applications: int) -> dict:
    return {
        "id": vacancy.id,
        "title": vacancy.title,
        "reference": vacancy.reference,
        "status": vacancy.status,
        "version": version.version,
        "role_id": version.spec.get("id", ""),
        "applications": applications,
        "created_at": vacancy.created_at,
    }


def version_read(version: SpecVersion) -> SpecVersionRead:
    return SpecVersionRead(
        vacancy_id=version.vacancy_id,
        version=version.version,
        spec=version.spec,
        created_at=version.created_at,
        created_by=version.created_by,
    )
