"""A criterion's checkable rule said in a recruiter's words ("Registered with HCPC or SWE",
"At least 2 years since qualifying"), for the confirmation page and the vacancy pages."""

from __future__ import annotations

from criteria.spec import (
    AllOfRule,
    AnyOfRule,
    ApprovedRoleRule,
    AsyeRule,
    DrivingRule,
    ExperienceYearsRule,
    LanguageRule,
    PreEmploymentRule,
    QualificationRule,
    RegistrationRule,
    Rule,
    SpecialismsRule,
)

KIND_WORDS = {
    "registration": "Professional registration",
    "qualification": "A qualification",
    "experience_years": "Years of experience",
    "approved_role": "An approved role (AMHP, BIA, ...)",
    "asye": "ASYE completed",
    "driving": "Driving or other means of travel",
    "language": "A language",
    "specialisms": "Experience in listed areas",
    "pre_employment": "Checked by HR before appointment",
    "any_of": "Any one of several",
    "all_of": "All of several",
}


def _listed(values: list[str], joiner: str = "or") -> str:
    if len(values) <= 1:
        return "".join(values)
    return f"{', '.join(values[:-1])} {joiner} {values[-1]}"


_NAMES = {
    "amhp": "AMHP",
    "bia": "BIA",
    "amcp": "AMCP",
    "practice_educator": "Practice Educator",
    "dbs": "DBS check",
    "any": "any subject",
}


def _label(value: object) -> str:
    code = str(getattr(value, "value", value))
    return _NAMES.get(code, code.replace("_", " "))


def rule_in_words(rule: Rule) -> str:
    """One line saying what the machine checks."""
    if isinstance(rule, RegistrationRule):
        return f"Registered with {_listed([b.value for b in rule.bodies])}"
    if isinstance(rule, QualificationRule):
        level = f" at {_label(rule.min_level)} or above" if rule.min_level else ""
        training = "; still studying counts" if rule.accept_training else ""
        return f"A qualification in {_listed([_label(s) for s in rule.subjects])}{level}{training}"
    if isinstance(rule, ExperienceYearsRule):
        years = f"{rule.min_years:g} year{'' if rule.min_years == 1 else 's'}"
        since = " since qualifying" if rule.post_qualification else ""
        domain = f" in {_label(rule.domain)}" if rule.domain else ""
        return f"At least {years}' experience{domain}{since}"
    if isinstance(rule, ApprovedRoleRule):
        roles = _listed([_label(r) for r in rule.roles])
        extra = "; training counts" if rule.accept_training else ""
        extra += "; a commitment to train counts" if rule.accept_commitment else ""
        many = f"{rule.min_count} of " if rule.min_count > 1 else ""
        return f"Holds {many}{roles}{extra}"
    if isinstance(rule, AsyeRule):
        return "ASYE completed" + ("; a commitment counts" if rule.accept_commitment else "")
    if isinstance(rule, DrivingRule):
        words = "A driving licence"
        if rule.access_to_transport:
            words += " and access to a car"
        if rule.disability_alternative:
            words += "; other means of travel accepted for a disability"
        return words
    if isinstance(rule, LanguageRule):
        level = f" ({_label(rule.min_level)})" if rule.min_level else ""
        return f"Speaks {_label(rule.language).capitalize()}{level}"
    if isinstance(rule, SpecialismsRule):
        return f"Experience in {rule.min_count} of: {_listed(rule.options, 'and')}"
    if isinstance(rule, PreEmploymentRule):
        return f"Checked by HR before appointment ({_label(rule.check)}); not scored at sift"
    if isinstance(rule, AnyOfRule):
        return "Any of: " + "; ".join(rule_in_words(r) for r in rule.rules)
    if isinstance(rule, AllOfRule):
        return "All of: " + "; ".join(rule_in_words(r) for r in rule.rules)
    return KIND_WORDS.get(rule.kind, rule.kind)
