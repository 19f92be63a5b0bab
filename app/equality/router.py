"""Equality monitoring answers per application, and a vacancy's adverse-impact report."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from app.auth.dependencies import Staff, Uploader
from app.db import DbSession
from app.equality import service
from app.equality.schemas import AdverseImpactRead, EqualityRead, EqualityWrite, ImpactRow

router = APIRouter(prefix="/v1", tags=["equality"])


@router.put("/applications/{application_id}/equality", status_code=204)
def put_equality(
    application_id: str, body: EqualityWrite, principal: Uploader, session: DbSession
) -> Response:
    """Store the applicant's equality monitoring answers (replacing earlier ones). They are
    kept apart: never scored, never on the application, shortlist or panel views, and erased
    with the application. The answer echoes nothing back."""
    service.record(session, principal, application_id, body)
    return Response(status_code=204)


@router.get("/applications/{application_id}/equality", response_model=EqualityRead)
def get_equality(application_id: str, principal: Staff, session: DbSession) -> EqualityRead:
    """The stored answers (admin and recruiter keys only; null = not answered)."""
    return service.read(session, principal, application_id)


@router.get(
    "/vacancies/{vacancy_id}/adverse-impact",
    response_model=AdverseImpactRead,
    responses={200: {"content": {"text/csv": {}}, "description": "JSON, or CSV by format=csv."}},
)
def adverse_impact(
    vacancy_id: str,
    principal: Staff,
    session: DbSession,
    format: Annotated[Literal["json", "csv"], Query(description="json or csv")] = "json",
) -> AdverseImpactRead | Response:
    """Selection rate per group at the machine and panel stages, the ratio to the highest
    group's rate, and a flag under 0.8 (the four-fifths rule). Groups of fewer than 5 are
    suppressed. Admin and recruiter keys only."""
    report = service.report(session, principal, vacancy_id)
    if format == "csv":
        return Response(
            _csv(report.rows),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="adverse-impact.csv"'},
        )
    return report


def _csv(rows: list[ImpactRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    headings = list(ImpactRow.model_fields)
    writer.writerow(headings)
    for row in rows:
        values = row.model_dump()
        writer.writerow(["" if values[h] is None else values[h] for h in headings])
    return out.getvalue()
