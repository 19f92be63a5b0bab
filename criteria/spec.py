"""The role-spec format: a person specification as data.

These models are a contract other tools write against. Fields may be added; none may be
renamed. YAML in (see :mod:`criteria.loader`), JSON out (``RoleSpec.model_dump(mode="json")``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from matching.topics import nearest_topics, topic_names

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=120)]
CategorySlug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$", max_length=60)]


MAX_CRITERIA = 200


class Priority(StrEnum):
    essential = "essential"
    desirable = "desirable"


class Stage(StrEnum):
    """How a criterion is assessed. Only ``application`` and ``documentation`` are read at sift."""

    application = "application"
    interview = "interview"
    test = "test"
    presentation = "presentation"
    documentation = "documentation"


SIFT_STAGES: frozenset[Stage] = frozenset({Stage.application, Stage.documentation})


class RegistrationBody(StrEnum):
    HCPC = "HCPC"  # Health and Care Professions Council
    SWE = "SWE"  # Social Work England
    SCW = "SCW"  # Social Care Wales
    NISCC = "NISCC"  # Northern Ireland Social Care Council
    SSSC = "SSSC"  # Scottish Social Services Council
    NMC = "NMC"  # Nursing and Midwifery Council


class Subject(StrEnum):
    occupational_therapy = "occupational_therapy"
    social_work = "social_work"
    health_social_care = "health_social_care"
    nursing = "nursing"
    any = "any"


class QualificationLevel(StrEnum):
    """Ordered lowest to highest; see :data:`QUALIFICATION_LEVEL_ORDER`."""

    nvq3 = "nvq3"
    diploma = "diploma"
    degree = "degree"
    postgraduate = "postgraduate"
    masters = "masters"


QUALIFICATION_LEVEL_ORDER: tuple[QualificationLevel, ...] = tuple(QualificationLevel)


class ApprovedRole(StrEnum):
    AMHP = "AMHP"  # Approved Mental Health Professional
    BIA = "BIA"  # Best Interests Assessor
    AMCP = "AMCP"  # Approved Mental Capacity Professional
    practice_educator = "practice_educator"


class LanguageLevel(StrEnum):
    """The Welsh Government's language skills levels, lowest to highest."""

    entry = "entry"
    foundation = "foundation"
    intermediate = "intermediate"
    advanced = "advanced"
    proficiency = "proficiency"


LANGUAGE_LEVEL_ORDER: tuple[LanguageLevel, ...] = tuple(LanguageLevel)


class PreEmploymentCheck(StrEnum):
    dbs = "dbs"
    right_to_work = "right_to_work"
    medical = "medical"
    references = "references"


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    phrase: str | None = Field(
        default=None,
        description="The words of the criterion this rule was compiled from (provenance).",
    )


class RegistrationRule(_Rule):
    kind: Literal["registration"] = "registration"
    bodies: list[RegistrationBody] = Field(min_length=1)
    profession: str | None = None


class QualificationRule(_Rule):
    kind: Literal["qualification"] = "qualification"
    subjects: list[Subject] = Field(min_length=1)
    min_level: QualificationLevel | None = None
    accept_equivalent: bool = True
    accept_training: bool = Field(
        default=False, description="Does a qualification still being studied for count?"
    )


class ExperienceYearsRule(_Rule):
    kind: Literal["experience_years"] = "experience_years"
    min_years: float = Field(ge=0, le=50)
    post_qualification: bool = False
    domain: str | None = None
    voluntary: bool = Field(
        default=False,
        description=(
            "Do voluntary work and personal experience (caring for a relative) count, as in "
            "'gained through paid employment or extensive personal experience or voluntary work'?"
        ),
    )


class ApprovedRoleRule(_Rule):
    kind: Literal["approved_role"] = "approved_role"
    roles: list[ApprovedRole] = Field(min_length=1)
    min_count: int = Field(default=1, ge=1)
    accept_training: bool = False
    accept_commitment: bool = False

    @model_validator(mode="after")
    def _min_count_reachable(self) -> ApprovedRoleRule:
        if self.min_count > len(self.roles):
            raise ValueError(
                f"min_count {self.min_count} is more than the {len(self.roles)} role(s) listed"
            )
        return self


class AsyeRule(_Rule):
    kind: Literal["asye"] = "asye"
    accept_commitment: bool = False
    accept_training: bool = True


class DrivingRule(_Rule):
    kind: Literal["driving"] = "driving"
    access_to_transport: bool = False
    disability_alternative: bool = False


class LanguageRule(_Rule):
    kind: Literal["language"] = "language"
    language: Annotated[str, Field(pattern=r"^[a-z_]+$")]
    min_level: LanguageLevel | None = None


class SpecialismsRule(_Rule):
    kind: Literal["specialisms"] = "specialisms"
    options: list[str] = Field(min_length=1)
    min_count: int = Field(default=1, ge=1)

    @model_validator(mode="after")
    def _min_count_reachable(self) -> SpecialismsRule:
        if self.min_count > len(self.options):
            raise ValueError(
                f"min_count {self.min_count} is more than the {len(self.options)} option(s) listed"
            )
        return self


class PreEmploymentRule(_Rule):
    """Checked by HR before appointment; never scored at sift."""

    kind: Literal["pre_employment"] = "pre_employment"
    check: PreEmploymentCheck


class AnyOfRule(_Rule):
    kind: Literal["any_of"] = "any_of"
    rules: list[Rule] = Field(min_length=1)


class AllOfRule(_Rule):
    kind: Literal["all_of"] = "all_of"
    rules: list[Rule] = Field(min_length=1)


Rule = Annotated[
    RegistrationRule
    | QualificationRule
    | ExperienceYearsRule
    | ApprovedRoleRule
    | AsyeRule
    | DrivingRule
    | LanguageRule
    | SpecialismsRule
    | PreEmploymentRule
    | AnyOfRule
    | AllOfRule,
    Field(discriminator="kind"),
]
RULE_KINDS: tuple[str, ...] = (
    "registration",
    "qualification",
    "experience_years",
    "approved_role",
    "asye",
    "driving",
    "language",
    "specialisms",
    "pre_employment",
    "any_of",
    "all_of",
)
AnyOfRule.model_rebuild()
AllOfRule.model_rebuild()


class Scale(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    min: int = Field(default=0, ge=0)
    max: int = Field(default=3, ge=1, le=100)

    @model_validator(mode="after")
    def _min_below_max(self) -> Scale:
        if self.min >= self.max:
            raise ValueError(f"scale min ({self.min}) must be less than max ({self.max})")
        return self


class Criterion(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Slug
    text: str = Field(min_length=1, max_length=4000)
    title: str | None = Field(
        default=None,
        min_length=1,
        max_length=80,
        description="A short name for screens and exports; made from the text when absent.",
    )
    priority: Priority = Priority.essential
    category: CategorySlug = "general"
    assessed_by: list[Stage] = Field(
        default_factory=lambda: [Stage.application, Stage.interview], min_length=1
    )
    weight: float = Field(default=1, gt=0, le=100)
    rule: Rule | None = None
    notes: str | None = Field(
        default=None, description="Conditions or footnotes from the source kept for the panel."
    )
    topics: list[Annotated[str, Field(max_length=80)]] | None = Field(
        default=None,
        max_length=20,
        description=(
            "For an evidence criterion (no rule): the topic ids of the competency vocabulary "
            "(matching/data/competencies.yaml) a statement must show, in place of the topics "
            "read from the text; an empty list reads it by its own words. Absent: read from "
            "the text."
        ),
    )

    @field_validator("topics")
    @classmethod
    def _known_topics(cls, topics: list[str] | None) -> list[str] | None:
        if topics is None:
            return None
        known = topic_names()
        for index, topic in enumerate(topics):
            if topic not in known:
                nearest = ", ".join(nearest_topics(topic))
                raise ValueError(f"unknown topic {topic!r} (nearest: {nearest})")
            if topic in topics[:index]:
                raise ValueError(f"topic {topic!r} is listed twice")
        return topics

    @model_validator(mode="after")
    def _topics_only_without_a_rule(self) -> Criterion:
        if self.topics is not None and self.rule is not None:
            raise ValueError(
                f"topics are for an evidence criterion; this one has a {self.rule.kind} rule "
                "(remove the rule or the topics)"
            )
        return self

    @property
    def assessed_at_sift(self) -> bool:
        """Whether the application form or documents are read for this criterion at the sift.
        A pre-employment check (DBS, right to work ...) never is, whatever its stages say: HR
        checks it before appointment, so neither the machine nor the panel scores it now."""
        if isinstance(self.rule, PreEmploymentRule):
            return False
        return any(stage in SIFT_STAGES for stage in self.assessed_by)


class RoleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Slug
    title: str = Field(min_length=1, max_length=300)
    source: str | None = None
    scale: Scale = Field(default_factory=Scale)
    # Scoring time grows with the criteria (10,000 took 4 s a statement); the library's largest
    # role has 52.
    criteria: list[Criterion] = Field(min_length=1, max_length=MAX_CRITERIA)
    notes: str | None = Field(
        default=None,
        description=(
            "Requirements in the source that are not person-specification criteria "
            "(a driving classification, a DBS level), kept for the panel."
        ),
    )

    @model_validator(mode="after")
    def _unique_criterion_ids(self) -> RoleSpec:
        seen: set[str] = set()
        for criterion in self.criteria:
            if criterion.id in seen:
                raise ValueError(f"duplicate criterion id {criterion.id!r}")
            seen.add(criterion.id)
        return self

    def criterion(self, criterion_id: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)
