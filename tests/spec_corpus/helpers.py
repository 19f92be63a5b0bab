"""Short constructors for writing corpus documents: criteria, stage legends and rules."""

from __future__ import annotations

import re
from collections.abc import Mapping

from criteria.spec import (
    AllOfRule,
    AnyOfRule,
    ApprovedRole,
    ApprovedRoleRule,
    AsyeRule,
    DrivingRule,
    ExperienceYearsRule,
    LanguageLevel,
    LanguageRule,
    PreEmploymentCheck,
    PreEmploymentRule,
    Priority,
    QualificationLevel,
    QualificationRule,
    RegistrationBody,
    RegistrationRule,
    Rule,
    SpecialismsRule,
    Stage,
    Subject,
)
from tests.spec_corpus.model import Want

APP, IV, TEST, PRES, DOC = (Stage.application, Stage.interview, Stage.test,
                            Stage.presentation, Stage.documentation)
DEFAULT = (APP, IV)
SOCIAL_WORK_REGULATORS = ("SWE", "SCW", "NISCC", "SSSC")


class Legend:
    """A document's own key to its assessment codes, and criteria written against it."""

    def __init__(self, codes: Mapping[str, Stage | tuple[Stage, ...]] | None = None) -> None:
        self.codes = dict(codes or {})

    def stages(self, code: str) -> tuple[Stage, ...]:
        if not code:
            return DEFAULT
        found: list[Stage] = []
        for part in re.split(r"[^A-Za-z]+", code):
            if not part:
                continue
            meant = self.codes[part.upper()]
            for stage in meant if isinstance(meant, tuple) else (meant,):
                if stage not in found:
                    found.append(stage)
        return tuple(found)

    def E(self, text: str, code: str = "", *, rule: Rule | None = None,
          weight: float | None = None) -> Want:
        return Want(text, Priority.essential, self.stages(code), weight, rule, code)

    def D(self, text: str, code: str = "", *, rule: Rule | None = None,
          weight: float | None = None) -> Want:
        return Want(text, Priority.desirable, self.stages(code), weight, rule, code)


PLAIN = Legend()


def reg(*bodies: str, profession: str | None = None) -> RegistrationRule:
    return RegistrationRule(bodies=[RegistrationBody(b) for b in bodies], profession=profession)


def qual(*subjects: str, level: str | None = None, training: bool = False) -> QualificationRule:
    return QualificationRule(
        subjects=[Subject(s) for s in subjects],
        min_level=QualificationLevel(level) if level else None,
        accept_training=training,
    )


def years(minimum: float, *, pq: bool = False, domain: str | None = None) -> ExperienceYearsRule:
    return ExperienceYearsRule(min_years=minimum, post_qualification=pq, domain=domain)


def approved(*roles: str, commitment: bool = False, training: bool = False) -> ApprovedRoleRule:
    return ApprovedRoleRule(roles=[ApprovedRole(r) for r in roles], accept_commitment=commitment,
                            accept_training=training)


def asye(*, commitment: bool = False) -> AsyeRule:
    return AsyeRule(accept_commitment=commitment)


def driving(*, transport: bool = False, disability: bool = False) -> DrivingRule:
    return DrivingRule(access_to_transport=transport, disability_alternative=disability)


def welsh(level: str | None = None) -> LanguageRule:
    return LanguageRule(language="welsh", min_level=LanguageLevel(level) if level else None)


def check(kind: str) -> PreEmploymentRule:
    return PreEmploymentRule(check=PreEmploymentCheck(kind))


def any_of(*rules: Rule) -> AnyOfRule:
    return AnyOfRule(rules=list(rules))


def all_of(*rules: Rule) -> AllOfRule:
    return AllOfRule(rules=list(rules))


def specialisms_any(*options: str) -> SpecialismsRule:
    return SpecialismsRule(options=list(options))


def all_of_asye_years(minimum: float) -> AllOfRule:
    """'Completed ASYE and N years post-qualifying experience'."""
    return all_of(asye(), years(minimum, pq=True))
