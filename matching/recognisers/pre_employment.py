"""Pre-employment checks (DBS, right to work ...): HR checks them before appointment."""

from __future__ import annotations

import datetime as dt

from criteria.spec import PreEmploymentRule
from matching.applicant import Applicant
from matching.pipeline import ParsedStatement
from matching.recognisers.base import RuleOutcome
from matching.result import Verdict

CHECK_NAMES = {
    "dbs": "a DBS check",
    "right_to_work": "the right to work in the UK",
    "medical": "a medical check",
    "references": "references",
}


def recognise_pre_employment(
    rule: PreEmploymentRule,
    statement: ParsedStatement,
    applicant: Applicant | None,
    reference_date: dt.date,
) -> RuleOutcome:
    return RuleOutcome(
        Verdict.not_assessed,
        1.0,
        (),
        (
            f"Not scored at sift: {CHECK_NAMES[rule.check.value]} is checked by HR before "
            "appointment.",
        ),
    )
