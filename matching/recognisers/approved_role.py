"""Approved roles held (AMHP, BIA, AMCP, Practice Educator), counted against ``min_count``."""

from __future__ import annotations

import datetime as dt
import re

from criteria.spec import ApprovedRoleRule
from matching.applicant import Applicant
from matching.patterns.holders import (
    COMMITMENT_TO_TRAIN,
    COURSE_MENTION,
    COURSE_NAMED,
    NEGATOR,
    START_TO_COME,
    WELCOME_AFTER_DENIAL,
)
from matching.patterns.practice_education import (
    DENIAL_RE,
    EXPERIENCE_ASKED_RE,
    FIRST_PERSON_RE,
    RECEIVING_RE,
    STUDENT_SUPERVISION_RE,
)
from matching.pipeline import ParsedStatement, Sentence
from matching.recognisers.base import (
    COMMITMENT,
    HELD,
    IN_TRAINING,
    LAPSED,
    NEGATED,
    OTHER_PERSON,
    PENDING,
    RuleOutcome,
    ended_before,
    not_mentioned,
    quote,
    sentence_spans,
    status,
)
from matching.result import Verdict

SUPERVISES = re.compile(STUDENT_SUPERVISION_RE, re.IGNORECASE)
RECEIVING = re.compile(RECEIVING_RE, re.IGNORECASE)
FIRST_PERSON = re.compile(FIRST_PERSON_RE)
DENIAL = re.compile(DENIAL_RE, re.IGNORECASE)
EXPERIENCE_ASKED = re.compile(EXPERIENCE_ASKED_RE, re.IGNORECASE)
COMMITS = re.compile(COMMITMENT_TO_TRAIN, re.IGNORECASE)
NEGATED_PLAN = re.compile(NEGATOR, re.IGNORECASE)
STARTS_LATER = re.compile(START_TO_COME, re.IGNORECASE)
COURSE_AFTER = re.compile(COURSE_NAMED, re.IGNORECASE)
COURSE_ITSELF = re.compile(COURSE_MENTION, re.IGNORECASE)
WELCOMES_AFTER = re.compile(WELCOME_AFTER_DENIAL, re.IGNORECASE)
YET = re.compile(r"\b(?:not|n['’]t)\b[^.;]{0,40}?\byet\b|\bnot yet\b", re.IGNORECASE)

ROLE_NAMES = {
    "AMHP": "AMHP",
    "BIA": "BIA",
    "AMCP": "AMCP",
    "practice_educator": "Practice Educator",
}
# Best to worst: the status a role takes when it is mentioned more than once.
RANK = {HELD: 5, IN_TRAINING: 4, PENDING: 4, LAPSED: 3, COMMITMENT: 2, NEGATED: 1}
# After a role the applicant does not hold yet: "..., but I would welcome the chance to train as
# one", "... but I am keen to do the training".
TRAIN_AFTER_RE = re.compile(
    r"[^.;]{0,40}?\b(?:but|although|though|however)\b[^.;]{0,60}?\b(?:would|will|I'd|I'll|keen"
    r"|happy|willing|welcome|like|plan|hope|hoping|intend|eager)\b[^.;]{0,40}?\b(?:train\w*"
    r"|course|qualify|undertake|study)\b",
    re.IGNORECASE,
)


def recognise_approved_role(
    rule: ApprovedRoleRule,
    statement: ParsedStatement,
    applicant: Applicant | None,
    reference_date: dt.date,
) -> RuleOutcome:
    wanted_roles = [role.value for role in rule.roles]
    names = " / ".join(ROLE_NAMES[r] for r in wanted_roles)
    need = f"{rule.min_count} of {names}" if rule.min_count > 1 else names
    best: dict[str, tuple[str, list]] = {}
    said: dict[str, set[str]] = {}  # every status each role is mentioned with
    for mention in statement.by_label("ROLE"):
        if mention.id not in wanted_roles:
            continue
        state = status(mention)
        if state == OTHER_PERSON:
            continue
        if state == HELD and ended_before(statement, mention, reference_date):
            state = LAPSED  # "I practised as an AMHP from 2012 to 2025"
        sentence = statement.sentence_of(mention)
        if (
            state in (HELD, IN_TRAINING, PENDING)
            and STARTS_LATER.search(statement.text, sentence.start, mention.start)
            and (
                COURSE_ITSELF.search(mention.text)
                or COURSE_AFTER.match(statement.text, mention.end, sentence.end)
            )
        ):
            state = COMMITMENT  # "I start the AMHP course in January": a place still to come
        if state == NEGATED and (
            TRAIN_AFTER_RE.match(statement.text, mention.end, sentence.end)
            or WELCOMES_AFTER.match(statement.text, mention.end, sentence.end)
            or _commits_after_not_yet(statement, mention.sentence, mention.id)
        ):
            # "I am not yet a Best Interests Assessor, but I would welcome the chance to train
            # as one": not held, and a commitment to train
            state = COMMITMENT
        said.setdefault(mention.id, set()).add(state)
        current = best.get(mention.id)
        if current is None or RANK[state] > RANK[current[0]]:
            best[mention.id] = (state, [mention])
        elif RANK[state] == RANK[current[0]]:
            current[1].append(mention)
    students = (
        _supervises_students(statement)
        if "practice_educator" in wanted_roles
        and "practice_educator" not in best
        and EXPERIENCE_ASKED.search(rule.phrase or "") is not None
        else []
    )
    if not best and not students:
        return not_mentioned(f"holding {names} status", statement=statement, labels=("ROLE",))

    def roles_with(*states: str) -> list[str]:
        return [role for role, (state, _) in best.items() if state in states]

    held = roles_with(HELD)
    training = roles_with(IN_TRAINING, PENDING)
    lapsed = roles_with(LAPSED)
    commitment = roles_with(COMMITMENT)
    negated = roles_with(NEGATED)
    counted = (
        held
        + (training if rule.accept_training else [])
        + (commitment if rule.accept_commitment else [])
    )
    evidence = sentence_spans(
        statement, [m for role in best for m in best[role][1] if best[role][0] != NEGATED]
    ) or sentence_spans(statement, [m for role in best for m in best[role][1]])
    evidence += tuple((sentence.start, sentence.end) for sentence in students)

    def listed(roles: list[str]) -> str:
        return ", ".join(ROLE_NAMES[r] for r in roles)

    lines: list[str] = []
    if held:
        lines.append(f"Holds {listed(held)}.")
    if training:
        accepted = "accepted" if rule.accept_training else "not enough on its own"
        lines.append(f"In training for {listed(training)} ({accepted} for this criterion).")
    if lapsed:
        lines.append(f"Previously held {listed(lapsed)}; not current.")
    if commitment:
        if rule.accept_commitment:
            lines.append(
                f"Commits to train for {listed(commitment)}, which this criterion accepts."
            )
        else:
            lines.append(
                f"Only a commitment to train for {listed(commitment)}; a commitment is not "
                "enough for this criterion."
            )
    if negated:
        lines.append(f"Says they do not hold {listed(negated)}.")
    if students:
        lines.append(
            f"Supervises students on placement ({quote(students[0].text)}): experience of "
            "practice education, but the Practice Educator role or award is not named."
        )
    contradicted = [role for role, states in said.items() if {HELD, NEGATED} <= states]
    if contradicted:
        lines.append(f"The statement both claims and denies {listed(contradicted)}.")
    uncontested = [role for role in counted if role not in contradicted]
    if len(counted) >= rule.min_count and len(uncontested) < rule.min_count:
        # "Practice education" in a copied heading and "I am not a practice educator": which
        # one holds is for a person to ask, never a confident met
        lines.append(f"Needs {need}: partly met until a person checks which is true.")
        return RuleOutcome(Verdict.partly_met, 0.5, evidence, tuple(lines), needs_review=True)
    if len(counted) >= rule.min_count:
        lines.append(f"Needs {need}: met.")
        return RuleOutcome(
            Verdict.met,
            0.75 if contradicted or len(held) < rule.min_count else 0.9,
            evidence,
            tuple(lines),
            needs_review=bool(contradicted),  # about a role this criterion does not need
        )
    retraining = rule.accept_commitment and any(COMMITMENT in said.get(r, set()) for r in lapsed)
    if lapsed and not (counted or training or students or retraining):
        # "I practised as an AMHP until 2018, when I let my warrant lapse": not held now, as a
        # panel marks it; for review, since a role can be taken up again
        lines.append(f"Needs {need}: not met (held before); for a person to check.")
        return RuleOutcome(
            Verdict.not_met, 0.7, evidence, tuple(lines), flags=("lapsed",), needs_review=True
        )
    if counted or training or lapsed or students:
        lines.append(f"Needs {need}: only partly met.")
        return RuleOutcome(
            Verdict.partly_met,
            0.6 if students and not (counted or training or lapsed) else 0.7,
            evidence,
            tuple(lines),
            flags=("lapsed",) if lapsed else (),
            needs_review=bool(lapsed) or not counted,
        )
    lines.append(f"Needs {need}: not met.")
    return RuleOutcome(
        Verdict.not_met,
        0.8,
        evidence,
        tuple(lines),
        flags=("negated",) if negated and not commitment else (),
    )


def _commits_after_not_yet(statement: ParsedStatement, index: int, role: str) -> bool:
    """A role denied with "yet" ("I'm not an AMHP yet") and a commitment to train in the rest
    of that sentence or the next two ("... if I'm successful here I'm fully committed to
    training and joining the rota"): the "yet" says the role is to come, and the commitment
    that follows, naming no other role, is to it."""
    sentence = statement.sentences[index]
    if YET.search(sentence.text) is None:
        return False
    following = statement.sentences[index : index + 3]
    others = {m.sentence for m in statement.by_label("ROLE") if m.id != role} - {index}
    return any(
        _commits(later.text)
        for offset, later in enumerate(following)
        if offset == 0 or index + offset not in others
    )


def _commits(text: str) -> bool:
    """A commitment to train not itself denied ("I have no plans to train")."""
    return any(
        NEGATED_PLAN.search(text, max(0, found.start() - 15), found.end()) is None
        for found in COMMITS.finditer(text)
    )


def _supervises_students(statement: ParsedStatement) -> list[Sentence]:
    """The applicant's own sentences about supervising or assessing students (practice
    education without the title): first person, not denied, naming the students."""
    return [
        sentence
        for sentence in statement.sentences
        if FIRST_PERSON.search(sentence.text)
        and (found := SUPERVISES.search(sentence.text)) is not None
        and DENIAL.search(sentence.text, 0, found.start()) is None
        and RECEIVING.search(sentence.text) is None
    ]
