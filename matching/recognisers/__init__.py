"""One recogniser per rule kind, and the one registry that maps a ``kind`` to its recogniser.

A recogniser takes ``(rule, parsed statement, applicant, reference_date)`` and returns an
immutable :class:`~matching.recognisers.base.RuleOutcome`.
"""

from __future__ import annotations

import datetime as dt

from matching.applicant import Applicant
from matching.evidence import TermAnalyser
from matching.pipeline import ParsedStatement
from matching.recognisers.approved_role import recognise_approved_role
from matching.recognisers.asye import recognise_asye
from matching.recognisers.base import Recogniser, RuleOutcome
from matching.recognisers.combinators import Combinator
from matching.recognisers.driving import recognise_driving
from matching.recognisers.experience_years import recognise_experience_years
from matching.recognisers.language import recognise_language
from matching.recognisers.pre_employment import recognise_pre_employment
from matching.recognisers.qualification import recognise_qualification
from matching.recognisers.registration import recognise_registration
from matching.recognisers.specialisms import SpecialismsRecogniser


class RuleRegistry:
    """Maps each rule ``kind`` to its recogniser: the one explicit place they are listed."""

    def __init__(self, analyser: TermAnalyser) -> None:
        self.recognisers: dict[str, Recogniser] = {
            "registration": recognise_registration,
            "qualification": recognise_qualification,
            "experience_years": recognise_experience_years,
            "approved_role": recognise_approved_role,
            "asye": recognise_asye,
            "driving": recognise_driving,
            "language": recognise_language,
            "specialisms": SpecialismsRecogniser(analyser),
            "pre_employment": recognise_pre_employment,
            "any_of": Combinator(self.evaluate, best=True),
            "all_of": Combinator(self.evaluate, best=False),
        }

    def evaluate(
        self,
        rule: object,
        statement: ParsedStatement,
        applicant: Applicant | None,
        reference_date: dt.date,
    ) -> RuleOutcome:
        return self.recognisers[rule.kind](rule, statement, applicant, reference_date)  # type: ignore[attr-defined]
