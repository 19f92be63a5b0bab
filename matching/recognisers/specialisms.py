"""Specialist areas: how many of the listed options the applicant evidences experience in."""

from __future__ import annotations

import datetime as dt

from criteria.spec import SpecialismsRule
from matching.applicant import Applicant
from matching.evidence import TermAnalyser, relevant, sentence_hits
from matching.pipeline import ParsedStatement
from matching.recognisers.base import RuleOutcome, quote
from matching.result import Verdict


class SpecialismsRecogniser:
    """Needs the pipeline to read each option ("moving and handling") into concepts."""

    def __init__(self, analyser: TermAnalyser) -> None:
        self.analyser = analyser

    def __call__(
        self,
        rule: SpecialismsRule,
        statement: ParsedStatement,
        applicant: Applicant | None,
        reference_date: dt.date,
    ) -> RuleOutcome:
        found: dict[str, tuple[int, int]] = {}
        for option in rule.options:
            terms = self.analyser.terms(option)
            own = [
                hit for hit in sentence_hits(statement, terms) if relevant(hit.own_weight, terms)
            ]
            if own:
                sentence = own[0].sentence
                found[option] = (sentence.start, sentence.end)
        count = len(found)
        spans = tuple(sorted(set(found.values())))
        if count:
            areas = "; ".join(
                f"{option} ({quote(statement.text[start:end], 60)})"
                for option, (start, end) in found.items()
            )
            lines = [f"Evidences {count} of the listed areas: {areas}."]
        else:
            lines = [
                "The statement does not show experience in any of: " + ", ".join(rule.options) + "."
            ]
        lines.append(f"Needs {rule.min_count}.")
        if count >= rule.min_count:
            return RuleOutcome(Verdict.met, 0.75, spans, tuple(lines))
        if count:
            return RuleOutcome(Verdict.partly_met, 0.7, spans, tuple(lines), needs_review=True)
        return RuleOutcome(Verdict.not_met, 0.6, (), tuple(lines), needs_review=True)
