"""Application request and response bodies."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.scoring.schemas import StatementIn
from matching.applicant import Applicant, Registration
from matching.result import Essentials, Recommendation, ScoreResult


class ApplicationCreate(BaseModel):
    """``POST /v1/vacancies/{id}/applications`` as JSON."""

    model_config = ConfigDict(extra="forbid")

    external_id: str | None = Field(
        default=None,
        max_length=200,
        description="The ATS's id; a second upload with the same id returns the first (200).",
    )
    statement: StatementIn
    applicant: Applicant | None = None


class ApplicantUpdate(BaseModel):
    """``PATCH /v1/applications/{id}/applicant``: record or correct what the application form
    says. Only the fields sent change; ``null`` clears one. The application is scored again, so
    a guaranteed interview follows a Disability Confident answer at once."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, max_length=300)
    email: str | None = Field(default=None, max_length=300, pattern=r"^[^\s@]+@[^\s@]+\.[^\s@]+$")
    phone: str | None = Field(default=None, max_length=60)
    reference: str | None = Field(
        default=None, max_length=200, description="The ATS or council reference (external_id)."
    )
    # strict: lax parsing read 0 as "no" and the number 0 as 1970-01-01; the schema says a
    # boolean and a date string
    disability_confident: bool | None = Field(
        default=None,
        strict=True,
        description="The applicant asked for an interview under the Disability Confident scheme.",
    )
    driving_licence: bool | None = Field(default=None, strict=True)
    registration: Registration | None = None
    qualified_on: dt.date | None = None

    @field_validator("qualified_on", mode="before")
    @classmethod
    def _a_date_is_not_a_number(cls, value: object) -> object:
        if isinstance(value, int | float):
            raise ValueError("a date is written YYYY-MM-DD, not a number")
        return value


class ResultRead(ScoreResult):
    """The engine's result with the spec version it was scored against."""

    spec_version: int
    scored_at: dt.datetime


class ApplicationSummary(BaseModel):
    id: str
    vacancy_id: str
    applicant_ref: str
    external_id: str | None
    filename: str | None
    status: str
    created_at: dt.datetime
    spec_version: int | None = Field(description="The version of the latest result.")
    score: float | None
    max_score: float | None
    recommendation: Recommendation | None
    essentials: Essentials | None
    guaranteed_interview: bool | None


class ApplicationRead(BaseModel):
    id: str
    vacancy_id: str
    applicant_ref: str = Field(description="A-0001 style, per vacancy: the blind name.")
    external_id: str | None
    status: str
    created_at: dt.datetime
    filename: str | None = Field(description="Left out when blind: a file name can name them.")
    content_type: str | None
    document_format: str | None
    has_document: bool
    sha256: str | None
    warnings: list[str]
    applicant: dict[str, Any] = Field(
        description="Structured fields; name and contact details are left out when blind."
    )
    text: str | None = Field(default=None, description="Only with ?include=text.")
    result: ResultRead | None = Field(description="The result for the newest spec version.")
    earlier_results: list[ResultRead] = Field(
        default_factory=list, description="Results kept from earlier spec versions."
    )


class ApplicationPage(BaseModel):
    items: list[ApplicationSummary]
    total: int
    limit: int
    offset: int


class BulkItem(BaseModel):
    filename: str
    status: Literal["stored", "duplicate", "refused"]
    status_code: int = Field(description="201 stored, 200 duplicate, 413/415/422 refused.")
    application_id: str | None = None
    applicant_ref: str | None = None
    name: str | None = Field(
        default=None, description="The applicant's name, from the form, manifest or document."
    )
    detail: str | None = None


class BulkRead(BaseModel):
    vacancy_id: str
    spec_version: int
    stored: int
    duplicates: int
    refused: int
    files: list[BulkItem]
