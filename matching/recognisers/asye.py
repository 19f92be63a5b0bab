"""The Assessed and Supported Year in Employment (or the older NQSW year)."""

from __future__ import annotations

import datetime as dt
import re

from criteria.spec import AsyeRule
from matching.applicant import Applicant
from matching.patterns.asye import (
    ASYE_THING_AFTER_RE,
    COMPLETED_ASYE_RE,
    DONE_DESPITE_PAUSE_RE,
    FINISHED_AFTER_RE,
    FINISHED_LATER_RE,
    LEFT_AFTER_RE,
    OWN_TO_COME_AFTER_RE,
    PAUSED_RE,
    PREDATES_ASYE_RE,
    STEP_TO_COME_AFTER_RE,
)
from matching.pipeline import ParsedStatement
from matching.recognisers.base import (
    COMMITMENT,
    HELD,
    IN_TRAINING,
    LAPSED,
    NEGATED,
    OTHER_PERSON,
    PENDING,
    RuleOutcome,
    not_mentioned,
    quote,
    sentence_spans,
    status,
)
from matching.result import Verdict

PREDATES_ASYE = re.compile(PREDATES_ASYE_RE, re.IGNORECASE)
COMPLETED_ASYE = re.compile(COMPLETED_ASYE_RE, re.IGNORECASE)
ASYE_THING_AFTER = re.compile(ASYE_THING_AFTER_RE, re.IGNORECASE)
FINISHED_AFTER = re.compile(FINISHED_AFTER_RE, re.IGNORECASE)
FINISHED_LATER = re.compile(FINISHED_LATER_RE, re.IGNORECASE)
STEP_TO_COME_AFTER = re.compile(STEP_TO_COME_AFTER_RE, re.IGNORECASE)
LEFT_AFTER = re.compile(LEFT_AFTER_RE, re.IGNORECASE)
PAUSED = re.compile(PAUSED_RE, re.IGNORECASE)
OWN_TO_COME_AFTER = re.compile(OWN_TO_COME_AFTER_RE, re.IGNORECASE)
DONE_DESPITE_PAUSE = re.compile(DONE_DESPITE_PAUSE_RE, re.IGNORECASE)
RANK = {HELD: 5, LAPSED: 5, IN_TRAINING: 4, PENDING: 3, COMMITMENT: 3, NEGATED: 1}


def recognise_asye(
    rule: AsyeRule,
    statement: ParsedStatement,
    applicant: Applicant | None,
    reference_date: dt.date,
) -> RuleOutcome:
    mentions = [
        m._replace(qualifiers=frozenset({IN_TRAINING}))  # "My ASYE final panel is in February"
        if status(m) == HELD and STEP_TO_COME_AFTER.match(statement.text, m.end)
        else m
        for m in statement.by_label("ASYE")
        if status(m) != OTHER_PERSON
        and (
            not ASYE_THING_AFTER.match(statement.text, m.end)  # "our ASYE handbook"
            or STEP_TO_COME_AFTER.match(statement.text, m.end)
        )
    ]
    mentions += [
        m._replace(qualifiers=frozenset({COMMITMENT}))  # "... determined to do mine"
        for m in statement.by_label("ASYE")
        if status(m) == OTHER_PERSON
        and OWN_TO_COME_AFTER.search(statement.text, m.end, statement.sentence_of(m).end)
    ]
    if not mentions:
        return not_mentioned(
            "the ASYE (Assessed and Supported Year in Employment)",
            statement=statement,
            labels=("ASYE",),
        )
    predates = [m for m in mentions if PREDATES_ASYE.search(statement.sentence_of(m).text)]
    # "I qualified in 2008, before the ASYE was introduced" names the scheme without doing it
    history = [
        m
        for m in predates
        if status(m) == HELD and not COMPLETED_ASYE.search(statement.sentence_of(m).text)
    ]
    told = [m for m in mentions if m not in history] or history
    best = max(told, key=lambda m: RANK[status(m)])
    state = status(best)
    if predates and (
        best in history
        or state == NEGATED
        or (state in (COMMITMENT, PENDING) and not rule.accept_commitment)
    ):
        # "I qualified long before 2012, when the ASYE did not exist": not a refusal; the panel
        # weighs the years of practice since
        return RuleOutcome(
            Verdict.partly_met,
            0.6,
            sentence_spans(statement, predates),
            (
                "Qualified before the ASYE existed, so could not have done it: "
                f"{quote(statement.sentence_of(predates[0]).text)}. The panel should decide "
                "whether the years of practice since stand in for it.",
            ),
            needs_review=True,
        )
    said = quote(statement.sentence_of(best).text)
    evidence = sentence_spans(statement, [best])
    sentence = statement.sentence_of(best)
    if FINISHED_AFTER.match(statement.text, best.end) or FINISHED_LATER.search(
        statement.text, best.end, sentence.end
    ):
        state = HELD
    elif state == IN_TRAINING and LEFT_AFTER.search(statement.text, best.end, sentence.end):
        return RuleOutcome(
            Verdict.not_met,
            0.7,
            evidence,
            (f"Started the ASYE but did not finish it: {said}.",),
            flags=(NEGATED,),
            needs_review=True,
        )
    elif PAUSED.search(sentence.text) and (
        state != HELD or DONE_DESPITE_PAUSE.search(sentence.text) is None
    ):
        # paused, to go on: not under way now, but a commitment to finish it, which a
        # criterion that accepts a commitment accepts
        accepted = rule.accept_commitment
        return RuleOutcome(
            Verdict.met if accepted else Verdict.partly_met,
            0.7,
            evidence,
            (
                f"Began the ASYE and paused it, to go on: {said}. "
                + ("This criterion accepts a commitment to it; a" if accepted else "A")
                + " person should check when it resumes.",
            ),
            flags=(IN_TRAINING,),
            needs_review=True,
        )
    if state in (HELD, LAPSED):
        return RuleOutcome(Verdict.met, 0.9, evidence, (f"Completed the ASYE: {said}.",))
    if state == IN_TRAINING:
        if rule.accept_training:
            return RuleOutcome(
                Verdict.met,
                0.8,
                evidence,
                (f"Doing the ASYE now, which this criterion accepts: {said}.",),
            )
        return RuleOutcome(
            Verdict.partly_met,
            0.75,
            evidence,
            (f"Doing the ASYE now but not yet completed: {said}.",),
            flags=(IN_TRAINING,),
        )
    if state in (PENDING, COMMITMENT):
        if rule.accept_commitment:
            return RuleOutcome(
                Verdict.met,
                0.8,
                evidence,
                (f"Willing to undertake the ASYE, which this criterion accepts: {said}.",),
            )
        return RuleOutcome(
            Verdict.not_met,
            0.75,
            evidence,
            (f"Only willing to undertake the ASYE; a commitment is not enough here: {said}.",),
            flags=(COMMITMENT,),
        )
    return RuleOutcome(
        Verdict.not_met, 0.8, evidence, (f"Has not completed the ASYE: {said}.",), flags=(NEGATED,)
    )
