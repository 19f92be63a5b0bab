"""Request and response bodies of the panel endpoints."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from app.shortlist.ranking import Decision
from matching.result import Verdict


def _utc(value: dt.datetime) -> dt.datetime:
    """SQLite gives timestamps back without a zone; they are UTC."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


UtcDateTime = Annotated[dt.datetime, AfterValidator(_utc)]


def _no_nul(value: str) -> str:
    """PostgreSQL text cannot hold NUL characters; refuse them as bad input, not a 500."""
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


PlainText = Annotated[str, AfterValidator(_no_nul)]


class PanelScoreWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    criterion_id: PlainText = Field(min_length=1, max_length=120)
    verdict: Verdict
    score: float | None = Field(
        default=None, description="Defaults to the verdict's score on the spec's scale."
    )
    reason: PlainText | None = Field(
        default=None,
        max_length=4000,
        description="Required when the verdict differs from the machine's. No personal data.",
    )


class PanelScoresWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scores: list[PanelScoreWrite] = Field(min_length=1, max_length=200)


class MemberScoreRead(BaseModel):
    member: str
    verdict: Verdict
    score: float
    reason: str | None = None


class MachineRead(BaseModel):
    verdict: Verdict
    score: float
    max_score: float
    confidence: float
    needs_review: bool
    explanation: str


class CriterionPanelRead(BaseModel):
    criterion_id: str
    priority: str
    at_sift: bool
    machine: MachineRead
    mine: MemberScoreRead | None = Field(description="The caller's own score, if a member.")
    members: list[MemberScoreRead] | None = Field(
        description=(
            "The machine (member 'machine') and every member who completed; null until the "
            "calling member has completed their own set."
        )
    )
    agreement: str | None = Field(
        description="unanimous, split or no_scores among completed members; null when hidden."
    )
    agreed_verdict: Verdict | None = None
    agreed_score: float | None = None
    members_disagree: bool | None = None
    panel_disagrees_with_machine: bool | None = None


class DecisionRead(BaseModel):
    decision: Decision
    reason: str
    decided_by: str
    decided_at: UtcDateTime


class PanelRead(BaseModel):
    application_id: str
    applicant_ref: str
    spec_version: int
    member: str | None = Field(description="The calling panel member; null for staff keys.")
    completed: bool = Field(description="Whether the calling member has completed their set.")
    others_visible: bool
    completed_by: list[str]
    criteria: list[CriterionPanelRead]
    decision: DecisionRead | None


class DecisionWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision: Decision
    reason: Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=1, max_length=4000),
        AfterValidator(_no_nul),
    ]


class MemberProgress(BaseModel):
    member: str
    lead: bool
    completed: list[str] = Field(description="Applicant references the member has completed.")
    in_progress: list[str] = Field(description="Scored in part, not yet completed.")
    remaining: int = Field(description="Applications the member has not completed.")


class ApplicationProgress(BaseModel):
    application_id: str
    applicant_ref: str
    completed_by: list[str]
    decision: Decision | None


class ProgressRead(BaseModel):
    vacancy_id: str
    applications: int
    decided: int
    undecided: int
    members: list[MemberProgress]
    by_application: list[ApplicationProgress]


class AuditLineRead(BaseModel):
    at: UtcDateTime
    actor: str
    action: str
    subject_type: str
    subject_id: str | None
    detail: dict[str, Any]
