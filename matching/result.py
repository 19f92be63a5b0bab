"""What the engine returns. JSON names are a contract other tools read: add, never rename."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from criteria.spec import Priority


class Verdict(StrEnum):
    met = "met"
    partly_met = "partly_met"
    not_met = "not_met"
    not_assessed = "not_assessed"


class Recommendation(StrEnum):
    shortlist = "shortlist"
    review = "review"
    reject = "reject"


class Evidence(BaseModel):
    """A half-open span ``[start, end)`` of the statement text: ``text[start:end] == self.text``."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class CriterionResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    priority: Priority
    verdict: Verdict
    score: float
    max_score: float
    confidence: float = Field(ge=0, le=1)
    needs_review: bool = False
    evidence: list[Evidence] = Field(default_factory=list)
    explanation: str
    rule_kind: str | None = Field(default=None, description="None for evidence criteria.")
    flags: list[str] = Field(
        default_factory=list,
        description="Things the panel should see, e.g. 'disability_alternative', 'lapsed'.",
    )


class Essentials(BaseModel):
    model_config = ConfigDict(frozen=True)

    met: int
    total: int
    all_met: bool


class ScoreResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    role_id: str
    reference_date: dt.date
    criteria: list[CriterionResult]
    essentials: Essentials
    score: float
    max_score: float
    recommendation: Recommendation
    guaranteed_interview: bool
    engine_version: str
    warnings: list[str] = Field(
        default_factory=list,
        description="Statement-level problems, e.g. hidden text left out of scoring.",
    )
    disability_confident_claim: Evidence | None = Field(
        default=None,
        description=(
            "The sentence in which the applicant asks for the Disability Confident scheme when "
            "the application form does not say so: for a person to confirm. Only the form's "
            "disability_confident field gives a guaranteed interview."
        ),
    )
