"""A qualification in an accepted subject at or above a minimum level."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from criteria.spec import QUALIFICATION_LEVEL_ORDER, QualificationRule
from matching.applicant import Applicant
from matching.patterns.entities import QUALIFICATIONS
from matching.pipeline import Mention, ParsedStatement
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
from matching.recognisers.registration import _claims
from matching.result import Verdict

LEVEL_RANK = {level.value: rank for rank, level in enumerate(QUALIFICATION_LEVEL_ORDER)}
SUBJECT_NAMES = {
    "occupational_therapy": "occupational therapy",
    "social_work": "social work",
    "health_social_care": "health and social care",
    "nursing": "nursing",
    "any": "any subject",
    "other": "another subject",
}
OWN_SUBJECT_CHARS = 45
CARE_WORDS_RE = re.compile(r"\b(?:care|caring|social|health)\b", re.IGNORECASE)
# "BSc in Psychology", "my degree is in Psychology" (a name: not "is in progress"): the award
# names its own subject right after it.
OWN_SUBJECT_RE = re.compile(
    r"\s*(?:\(hons\)\s*|hons\s+|degree\s+|\(\d:\d\)\s*)*"
    r"(?:(?:in|of)\s+(?=[A-Za-z])|(?:is|was)\s+in\s+(?=(?-i:[A-Z])))",
    re.IGNORECASE,
)
LEVEL_NAMES = {
    "nvq3": "level 3",
    "diploma": "diploma",
    "degree": "degree",
    "postgraduate": "postgraduate",
    "masters": "masters",
}
# "my own degree", "my degree": an award said to be the applicant's own.
OWN_AWARD_BEFORE_RE = re.compile(r"\bmy\s+(?:own\s+)?$", re.IGNORECASE)
# How far (in tokens) a subject may stand from the award it belongs to.
SUBJECT_REACH = 12


@dataclass(frozen=True)
class Award:
    mention: Mention
    level: str | None  # None: below every level the spec knows (e.g. a level 2 certificate)
    subject: str | None
    status: str


def _awards(statement: ParsedStatement) -> list[Award]:
    awards: list[Award] = []
    for mention in statement.by_label("QUAL"):
        if mention.id.startswith("framework_"):
            level = mention.id.removeprefix("framework_")
            level_value: str | None = None if level == "below" else level
            subject = None
        else:
            level_value, subject = QUALIFICATIONS[mention.id]
        if subject is None:
            subject = _own_subject(statement, mention) or _nearest_subject(statement, mention)
        awards.append(Award(mention, level_value, subject, status(mention)))
    return awards


def _own_subject(statement: ParsedStatement, award: Mention) -> str | None:
    """The subject named right after the award ("BSc in Psychology"): a SUBJECT found there, or
    ``other`` for a subject the engine does not know; None when the award names none."""
    found = OWN_SUBJECT_RE.match(statement.text, award.end)
    if found is None:
        return None
    named = statement.text[found.end() : found.end() + OWN_SUBJECT_CHARS]
    named = named[: len(re.split(r"[,;:.()]| and (?:i|am|have)\b", named, maxsplit=1)[0])]
    for other in statement.in_sentence(award.sentence, "SUBJECT"):
        if found.end() <= other.start < found.end() + len(named):
            return other.id  # "in Leadership for Health and Social Care"
    if CARE_WORDS_RE.search(named):
        return "health_social_care"  # "NVQ 3 in Care", "Diploma in Adult Care"
    return "other"


def _nearest_subject(statement: ParsedStatement, award: Mention) -> str | None:
    in_sentence = statement.in_sentence(award.sentence, "SUBJECT", "QUAL")
    own_award = OWN_AWARD_BEFORE_RE.search(statement.text, max(0, award.start - 12), award.start)
    best: tuple[int, str] | None = None
    for other in in_sentence:
        # "I am not an occupational therapist" names no subject the applicant has
        if other.label != "SUBJECT" or status(other) == NEGATED:
            continue
        # nor another person's profession beside the applicant's own award: "My sister is the
        # occupational therapist in our family; my own degree is in sports science"
        if status(other) == OTHER_PERSON and own_award:
            continue
        if other.tok_start >= award.tok_end:
            lo, hi = award.tok_end, other.tok_start
        else:
            lo, hi = other.tok_end, award.tok_start
        distance = max(hi - lo, 0)
        if distance > SUBJECT_REACH:
            continue
        between = [q for q in in_sentence if q.label == "QUAL" and lo <= q.tok_start < hi]
        if between:
            continue
        if best is None or distance < best[0]:
            best = (distance, other.id)
    return best[1] if best else None


# Mentions that say the applicant qualified without naming the award, so its level is assumed.
UNNAMED_AWARDS = frozenset({"qualified_as", "graduated_in", "qualified_ot", "qualified_sw"})


def _describe(award: Award) -> str:
    subject = SUBJECT_NAMES.get(award.subject or "", "an unstated subject")
    if award.mention.id in UNNAMED_AWARDS:
        return f"a qualification ({subject}; the award is not named)"
    return f"{' '.join(award.mention.text.split())} ({subject})"


def recognise_qualification(
    rule: QualificationRule,
    statement: ParsedStatement,
    applicant: Applicant | None,
    reference_date: dt.date,
) -> RuleOutcome:
    subjects = [subject.value for subject in rule.subjects]
    wanted = " or ".join(SUBJECT_NAMES[s] for s in subjects)
    if rule.min_level is not None:
        wanted += f" at {LEVEL_NAMES[rule.min_level.value]} level or above"
    candidates: list[tuple[int, RuleOutcome]] = []
    awards = _awards(statement)
    # "I qualified as an OT (BSc Hons Occupational Therapy)": the named award is the one to judge.
    named = {a.subject for a in awards if a.mention.id not in UNNAMED_AWARDS and a.status == HELD}
    for award in awards:
        if award.status == OTHER_PERSON:
            continue
        if award.mention.id in UNNAMED_AWARDS and award.subject in named:
            continue
        if award.mention.id == "equivalent":
            if award.status == HELD:
                verdict = Verdict.met if rule.accept_equivalent else Verdict.partly_met
                candidates.append(
                    (
                        1,
                        _outcome(
                            statement,
                            award,
                            verdict,
                            0.55,
                            "Says they hold an equivalent qualification; a person should confirm "
                            "it is equivalent.",
                            review=True,
                        ),
                    )
                )
            continue
        subject_ok = "any" in subjects or award.subject in subjects
        level_ok = award.level is not None and (
            rule.min_level is None or LEVEL_RANK[award.level] >= LEVEL_RANK[rule.min_level.value]
        )
        if award.status in (NEGATED, LAPSED):
            candidates.append(
                (
                    0,
                    _outcome(
                        statement,
                        award,
                        Verdict.not_met,
                        0.8,
                        f"Says they do not hold {_describe(award)}.",
                        flags=(NEGATED,),
                    ),
                )
            )
        elif not subject_ok:
            candidates.append(
                (
                    0,
                    _outcome(
                        statement,
                        award,
                        Verdict.not_met,
                        0.75,
                        f"Holds {_describe(award)}, which is not in {wanted}.",
                    ),
                )
            )
        elif (
            not level_ok
            and award.mention.id in UNNAMED_AWARDS
            and award.status == HELD
            and (denied := _denied_at_level(awards, rule)) is not None
        ):
            # "I qualified as an OT ... I do not have a masters degree": the level is settled
            candidates.append(
                (
                    0,
                    _outcome(
                        statement,
                        denied,
                        Verdict.not_met,
                        0.8,
                        f"Holds {_describe(award)}, and says they do not have a "
                        f"{denied.mention.text}: below the level asked for ({wanted}).",
                        flags=(NEGATED,),
                    ),
                )
            )
        elif not level_ok and award.mention.id in UNNAMED_AWARDS and award.status == HELD:
            # "I qualified as a social worker" does not say at what level: not a confident no.
            candidates.append(
                (
                    1,
                    _outcome(
                        statement,
                        award,
                        Verdict.partly_met,
                        0.55,
                        f"Holds {_describe(award)}; a person should check its level against "
                        f"{wanted}.",
                        review=True,
                    ),
                )
            )
        elif not level_ok:
            candidates.append(
                (
                    0,
                    _outcome(
                        statement,
                        award,
                        Verdict.not_met,
                        0.8,
                        f"Holds {_describe(award)}, below the level asked for ({wanted}).",
                    ),
                )
            )
        elif award.status == HELD:
            candidates.append(
                (3, _outcome(statement, award, Verdict.met, 0.9, f"Holds {_describe(award)}."))
            )
        elif award.status in (IN_TRAINING, PENDING):
            if rule.accept_training:
                candidates.append(
                    (
                        2,
                        _outcome(
                            statement,
                            award,
                            Verdict.met,
                            0.75,
                            f"Studying for {_describe(award)}; this criterion accepts "
                            "applicants still in training.",
                        ),
                    )
                )
            else:
                candidates.append(
                    (
                        1,
                        _outcome(
                            statement,
                            award,
                            Verdict.partly_met,
                            0.7,
                            f"Still studying for {_describe(award)} (not yet awarded); "
                            "this criterion asks for the qualification itself.",
                            review=True,
                            flags=(award.status,),
                        ),
                    )
                )
        elif award.status == COMMITMENT:
            candidates.append(
                (
                    0,
                    _outcome(
                        statement,
                        award,
                        Verdict.not_met,
                        0.7,
                        f"Only intends to gain {_describe(award)}.",
                    ),
                )
            )
    if candidates and max(rank for rank, _ in candidates) == 0:
        combined = _level_from_a_related_award(rule, statement, awards, subjects, wanted)
        if combined is not None:
            return combined
    if candidates:  # the strongest claim; among equals the first, so a named award
        return max(candidates, key=lambda pair: pair[0])[1]
    inferred = _from_registration(rule, statement, subjects)
    if inferred is not None:
        return inferred
    return not_mentioned(f"a qualification in {wanted}", statement=statement, labels=("QUAL",))


def _denied_at_level(awards: list[Award], rule: QualificationRule) -> Award | None:
    """An award at or above the level asked for that the applicant says they do not hold."""
    if rule.min_level is None:
        return None
    wanted = LEVEL_RANK[rule.min_level.value]
    return next(
        (
            award
            for award in awards
            if award.status == NEGATED
            and award.level is not None
            and LEVEL_RANK[award.level] >= wanted
        ),
        None,
    )


# Fields close enough to the profession that a masters in one may be judged an equivalent.
RELATED_SUBJECTS = frozenset(
    {"occupational_therapy", "social_work", "health_social_care", "nursing"}
)


def _level_from_a_related_award(
    rule: QualificationRule,
    statement: ParsedStatement,
    awards: list[Award],
    subjects: list[str],
    wanted: str,
) -> RuleOutcome | None:
    """Where the criterion accepts an equivalent, the profession's own award below the level
    asked for and a held award at that level in a related field ("BSc (Hons) Occupational
    Therapy" and "MSc Advanced Practice (Health and Social Care)" against a masters in OT):
    partly met, for the panel to judge the equivalence."""
    if not rule.accept_equivalent or rule.min_level is None:
        return None
    minimum = LEVEL_RANK[rule.min_level.value]
    held = [a for a in awards if a.status == HELD and a.level is not None]
    own = [a for a in held if a.subject in subjects]
    level = [
        a for a in held if LEVEL_RANK[a.level or ""] >= minimum and a.subject in RELATED_SUBJECTS
    ]
    if not own or not level:
        return None
    return RuleOutcome(
        verdict=Verdict.partly_met,
        confidence=0.55,
        evidence=sentence_spans(statement, [own[0].mention, level[0].mention]),
        explanation=(
            f"Holds {_describe(own[0])} and {_describe(level[0])}: the profession's award below "
            f"the level asked for ({wanted}) and one at that level in a related field; a person "
            "should judge whether together they are an equivalent qualification.",
        ),
        needs_review=True,
    )


def _outcome(
    statement: ParsedStatement,
    award: Award,
    verdict: Verdict,
    confidence: float,
    line: str,
    *,
    review: bool = False,
    flags: tuple[str, ...] = (),
) -> RuleOutcome:
    return RuleOutcome(
        verdict=verdict,
        confidence=confidence,
        evidence=sentence_spans(statement, [award.mention]),
        explanation=(line,),
        flags=flags,
        needs_review=review,
    )


def _from_registration(
    rule: QualificationRule, statement: ParsedStatement, subjects: list[str]
) -> RuleOutcome | None:
    """A current registration as an OT or social worker implies the qualification it needs."""
    profession_bodies = {
        "occupational_therapy": {"HCPC"},
        "social_work": {"SWE", "SCW", "NISCC", "SSSC"},
    }
    for claim in _claims(statement):
        if claim.status != HELD:
            continue
        sentence = claim.mention.sentence
        professions = {m.id for m in statement.in_sentence(sentence, "SUBJECT")}
        for subject in subjects:
            if subject in professions and set(claim.bodies) & profession_bodies.get(subject, set()):
                text = statement.sentences[sentence].text
                return RuleOutcome(
                    verdict=Verdict.met,
                    confidence=0.6,
                    evidence=sentence_spans(statement, [claim.mention]),
                    explanation=(
                        f"No qualification is named, but the applicant is registered as a "
                        f"{SUBJECT_NAMES[subject]} practitioner ({quote(text)}), which needs an "
                        "approved qualification; a person should confirm it.",
                    ),
                    needs_review=True,
                )
    return None
