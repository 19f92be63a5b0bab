"""Bodies of the equality monitoring and adverse-impact endpoints.

The questions are those of a UK council's equality monitoring form: the Equality Act 2010
protected characteristics, with the ONS 2021 census high-level ethnic groups. Every question may
be answered ``prefer_not_to_say`` or left out (``not_answered`` in the report).
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

PREFER_NOT_TO_SAY = "prefer_not_to_say"
NOT_ANSWERED = "not_answered"

Pnts = Literal["prefer_not_to_say"]


class EqualityWrite(BaseModel):
    """The applicant's answers; leave a question out when it was not answered."""

    model_config = ConfigDict(extra="forbid")

    sex: Literal["female", "male"] | Pnts | None = None
    gender_identity: (
        Literal["same_as_sex_at_birth", "different_from_sex_at_birth"] | Pnts | None
    ) = Field(default=None, description="Is the applicant's gender the sex registered at birth?")
    age_band: Literal["16-24", "25-34", "35-44", "45-54", "55-64", "65+"] | Pnts | None = None
    ethnic_group: Literal["asian", "black", "mixed", "white", "other"] | Pnts | None = Field(
        default=None, description="The ONS 2021 census high-level groups."
    )
    disability: Literal["disabled", "not_disabled"] | Pnts | None = None
    sexual_orientation: (
        Literal["heterosexual", "gay_or_lesbian", "bisexual", "other"] | Pnts | None
    ) = None
    religion: (
        Literal[
            "no_religion", "christian", "buddhist", "hindu", "jewish", "muslim", "sikh", "other"
        ]
        | Pnts
        | None
    ) = None


def question_groups() -> dict[str, tuple[str, ...]]:
    """Each question with its groups in the form's order (then ``prefer_not_to_say``)."""
    questions = {}
    for name, field in EqualityWrite.model_fields.items():
        groups: list[str] = []
        for option in get_args(field.annotation):
            groups += [value for value in get_args(option) if isinstance(value, str)]
        questions[name] = tuple(groups)
    return questions


class EqualityRead(EqualityWrite):
    application_id: str


Stage = Literal["machine", "panel"]


class ImpactRow(BaseModel):
    """One group's selection at one stage. The groups too small to show are one row per
    question and stage, ``group`` "suppressed", with null counts: no suppressed group is named."""

    characteristic: str
    stage: Stage
    group: str
    applicants: int | None
    shortlisted: int | None
    selection_rate: float | None = Field(description="shortlisted / applicants")
    impact_ratio: float | None = Field(
        description="This group's rate / the highest comparable group's rate at this stage."
    )
    adverse_impact: bool = Field(description="impact_ratio under the threshold (0.8).")
    suppressed: bool = Field(description="Too few people to show without identifying them.")


class AdverseImpactRead(BaseModel):
    vacancy_id: str
    threshold: float = Field(description="The four-fifths rule: ratios under this are flagged.")
    min_group_size: int = Field(description="Groups with fewer applicants are suppressed.")
    applications: int
    with_monitoring: int = Field(description="Applications with equality monitoring answers.")
    machine_assessed: int = Field(description="Applications with a machine result.")
    panel_decided: int = Field(description="Applications with a finalised panel decision.")
    stages: dict[str, str] = Field(description="What counts as shortlisted at each stage.")
    rows: list[ImpactRow]
