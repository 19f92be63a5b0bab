"""Vacancy request and response bodies."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from app.vacancies.asks import criterion_asks

ASKS_DESCRIPTION = (
    "Read-only: for each evidence criterion (no rule) of the spec, what the engine reads it as "
    "asking: its kind and topics, e.g. 'knowledge of: The Care Act 2014', or the topics the "
    "criterion's `topics` set."
)


def asks_of(spec: dict[str, Any]) -> dict[str, str]:
    """Per evidence criterion id, what it is read as asking, in words."""
    return {
        criterion["id"]: criterion_asks(criterion["text"], criterion.get("topics")).describe()
        for criterion in spec.get("criteria", [])
        if isinstance(criterion, dict) and criterion.get("rule") is None
        and "id" in criterion and "text" in criterion
    }


class VacancyCreate(BaseModel):
    """``POST /v1/vacancies`` as JSON (YAML bodies and job description uploads are also taken)."""

    model_config = ConfigDict(extra="forbid")

    spec: dict[str, Any] = Field(description="A role spec (see docs/role-spec.schema.json).")
    reference: str | None = Field(
        default=None, max_length=120, description="The council's own vacancy reference."
    )


class SpecUpdate(BaseModel):
    """``POST /v1/vacancies/{id}/spec``: the new version's spec."""

    model_config = ConfigDict(extra="forbid")

    spec: dict[str, Any]


class VacancyUpdate(BaseModel):
    """``PATCH /v1/vacancies/{id}``: close a vacancy to applications (or reopen it)."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["open", "closed"] | None = None
    reference: str | None = Field(default=None, max_length=120)


class VacancySummary(BaseModel):
    id: str
    title: str
    reference: str | None
    status: str
    version: int = Field(description="The latest spec version; new applications use it.")
    role_id: str
    applications: int
    created_at: dt.datetime


class VacancyRead(VacancySummary):
    spec: dict[str, Any] = Field(description="The latest spec version.")

    @computed_field(  # type: ignore[prop-decorator]
        description=ASKS_DESCRIPTION
        + " If this is wrong, set `topics` (or reword the criterion) in a new spec version."
    )
    @property
    def topics(self) -> dict[str, str]:
        return asks_of(self.spec)


class VacancyCreated(VacancyRead):
    """The first vacancy created, plus every vacancy the request created (a job description
    document describing several roles makes one vacancy per role)."""

    vacancies: list[VacancyRead]
    unsure: dict[str, list[str]] = Field(
        default_factory=dict,
        description="For a job description upload: per vacancy id, what the parser was unsure "
        "of (check these criteria, then POST a corrected spec version).",
    )


class VacancyDraft(BaseModel):
    spec: dict[str, Any] = Field(description="The role spec as read; edit it, then POST it.")
    unsure: list[str] = Field(description="Everything the reader was unsure of.")
    unsure_criteria: dict[str, list[str]] = Field(
        description="Per criterion id, the notes about it: the criteria to check first."
    )

    @computed_field(  # type: ignore[prop-decorator]
        description=ASKS_DESCRIPTION + " If this is wrong, set the criterion's `topics`."
    )
    @property
    def topics(self) -> dict[str, str]:
        return asks_of(self.spec)


class VacancyDrafts(BaseModel):
    """``POST /v1/vacancies/drafts``: the vacancies a document would make, nothing stored.
    Correct each spec (text, title, priority, assessed_by, rule, topics; remove, merge or add
    criteria) and create it with ``POST /v1/vacancies`` and ``{"spec": ...}``."""

    reference: str | None
    drafts: list[VacancyDraft]


class VacancyPage(BaseModel):
    items: list[VacancySummary]
    total: int
    limit: int
    offset: int


class SpecVersionRead(BaseModel):
    vacancy_id: str
    version: int
    spec: dict[str, Any]
    created_at: dt.datetime
    created_by: str | None


class RescoreRead(BaseModel):
    vacancy_id: str
    version: int
    rescored: int = Field(description="Applications scored with this version now.")
    already_scored: int
    skipped: int = Field(description="Applications with no text left (erased).")
