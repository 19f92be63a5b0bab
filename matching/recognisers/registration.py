"""Registration with a professional regulator (HCPC, Social Work England, Social Care Wales ...)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from criteria.spec import RegistrationRule
from matching import dates
from matching.applicant import Applicant
from matching.patterns.entities import LOOSE_REGISTRATION_CUES
from matching.patterns.holders import OTHER_PROFESSIONS
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
    ended_before,
    not_mentioned,
    quote,
    sentence_spans,
    status,
)
from matching.result import Verdict

OTHER_PROFESSION_RE = re.compile(
    r"\b(?:" + "|".join(sorted(OTHER_PROFESSIONS, key=len, reverse=True)) + r")s?\b", re.IGNORECASE
)
# The registration that came of an application: "... and was registered that summer".
OUTCOME_BEFORE_RE = re.compile(r"\b(?:was|were|got|been|became|am now|is now)\s+$", re.IGNORECASE)
PAST_PERFECT_RE = re.compile(
    r"\b(?:had been|during my time|before that|formerly|used to)\b", re.IGNORECASE
)
PAST_RE = re.compile(
    r"\b(?:was|were|had been|during my time|before that|previously|formerly|used to)\b",
    re.IGNORECASE,
)
PRESENT_RE = re.compile(
    r"\b(?:am|is|are|have been|has been|currently|now|still|remain\w*|since)\b|\bI['’]m\b",
    re.IGNORECASE,
)
OWN_PROFESSION_RE = re.compile(
    r"\b(?:occupational therap\w*|OTs?|social work\w*|SWs?)\b", re.IGNORECASE
)
# Registration numbers whose prefix does not name one body: social workers' "SW" numbers were
# issued by the HCPC until 2019 and by Social Work England since.
NUMBER_BODIES: dict[str, tuple[str, ...]] = {
    "HCPC": ("HCPC",),
    "SW": ("SWE", "HCPC"),
    "NMC": ("NMC",),
}
PROFESSION_BODIES: dict[str, tuple[str, ...]] = {
    "occupational_therapy": ("HCPC",),
    "social_work": ("SWE", "SCW", "NISCC", "SSSC"),
    "nursing": ("NMC",),
}
# An application to the regulator still waiting ("my HCPC application is being processed", "my
# application to join the Social Work England register went in"): pending, not registered,
# unless the sentence says it was granted.
APPLICATION_RE = re.compile(
    r"\b(?:HCPC|HPC|SWE|SCW|SSSC|NISCC|Social Work England|Social Care Wales)"
    r"(?:\s+registration)?\s+application\b"
    r"|\b(?:international|overseas)\s+(?:registration\s+)?application\b"
    r"|\bapplication\s+(?:to|for)\s+(?:join\s+|rejoin\s+|re-?join\s+|be\s+(?:restored|readmitted)"
    r"\s+to\s+|readmission\s+to\s+|restoration\s+to\s+)?(?:the\s+)?(?:[A-Z][\w&]*\s+){0,5}"
    r"(?:register|registration)\b"
    r"|\bapplication\s+to\s+(?:the\s+)?(?:HCPC|HPC|SWE|SCW|SSSC|NISCC|Social Work England"
    r"|Social Care Wales|Health and Care Professions Council)\b"
    r"|\breadmission\s+should\b"
    # "... with Social Care Wales; my application is being processed": the application told
    # in a sentence that names the regulator
    r"|(?i:\b(?:my|the)\s+application\s+(?:is|has\s+been)\s+(?:(?:still|currently)\s+)?"
    r"(?:being\s+processed|in\s+progress|under\s+review|submitted|with\s+them)\b"
    r"|\b(?:my|the)\s+application\s+(?:went|has\s+gone)\s+in\b)"
    # Welsh "cais" (an application), mutated after "fy" (my: "fy nghais") or "ei" (his: "ei
    # gais"): "mae fy nghais yn cael ei brosesu" (my application is being processed)
    r"|(?i:\b(?:cais|gais|nghais|chais)\b)",
)
GRANTED_RE = re.compile(
    r"\b(?:it|application|registration|readmission|restoration)\s+(?:was|has been|got)\s+"
    r"(?:approved|accepted|granted|successful|confirmed)"
    r"|\bcame through\b|\band (?:I )?(?:was|have been) (?:registered|readmitted|restored)"
    # Welsh: "mae fy nghais wedi'i gymeradwyo" (my application has been approved)
    r"|\bwedi(?:['’]i|\s+ei)\s+(?:gymeradwyo|dderbyn|gadarnhau|chymeradwyo)\b",
    re.IGNORECASE,
)
# An application the regulator is dealing with now ("my application is being processed", Welsh
# "mae fy nghais yn cael ei brosesu"): beside a "not yet registered" it is pending; one only
# submitted beside the denial ("I am not yet HCPC registered but my application has been
# submitted") stays a denial.
PROCESSING_RE = re.compile(
    r"\b(?:being\s+(?:processed|considered|assessed|reviewed)|in\s+progress"
    r"|under\s+(?:review|consideration)|yn\s+cael\s+ei\s+(?:brosesu|ystyried|asesu))\b",
    re.IGNORECASE,
)
RESTORED_RE = re.compile(r"\b(?:restored|reinstated|readmitted|re-?joined)\b", re.IGNORECASE)
# A registration that runs on: "runs until the next renewal in 2027", "valid until March 2027".
RUNS_UNTIL_RE = re.compile(
    r"\b(?:runs?|valid|current|renewed)\s+(?:until|till|to)\b[^.;]{0,40}?"
    r"(?:\brenewal\b|\b(?P<year>20\d\d)\b)",
    re.IGNORECASE,
)
STATUS_WORDS: dict[str, str] = {
    "pending": "registration is pending",
    "in_training": "a student, not yet registered",
    "commitment": "intends to register",
    "negated": "says they are not registered",
    "lapsed": "registration has lapsed",
}


@dataclass(frozen=True)
class Claim:
    bodies: tuple[str, ...]
    status: str
    mention: Mention
    number: str | None
    implicit: bool = False
    profession: str | None = None


def _claims(statement: ParsedStatement) -> list[Claim]:
    claims: list[Claim] = []
    last_bodies: tuple[str, ...] = ()
    labels = ("REG_BODY", "REG_NUMBER", "REG_CUE")
    about_registration = {  # sentences that name a regulator, a number or the register
        m.sentence
        for m in statement.by_label(*labels)
        if m.label != "REG_CUE" or m.text.lower() not in LOOSE_REGISTRATION_CUES
    }
    for index in sorted({mention.sentence for mention in statement.by_label(*labels)}):
        found = statement.in_sentence(index, *labels)
        bodies = [m for m in found if m.label == "REG_BODY"]
        numbers = [m for m in found if m.label == "REG_NUMBER"]
        cues = [
            m._replace(qualifiers=frozenset()) if m.id == "restored" else m
            for m in found
            if m.label == "REG_CUE" and m.id != "pre_registration"
        ]
        number = numbers[0].text if numbers else None
        if bodies and (applied := _application_status(statement, index)) is not None:
            for body in bodies:
                # "SWE application in progress": an application under way is pending, and so
                # is a registration denied beside it ("I am not registered with Social Care
                # Wales yet; my application is being processed")
                if status(body) in (HELD, PENDING, IN_TRAINING) or (
                    status(body) == NEGATED
                    and applied == PENDING
                    and PROCESSING_RE.search(statement.sentences[index].text) is not None
                ):
                    claims.append(Claim((body.id,), applied, body, number))
            last_bodies = tuple(body.id for body in bodies)
            continue
        if bodies and (cues or numbers):
            for body in bodies:
                claims.append(
                    Claim((body.id,), _body_status(body, cues, statement.text), body, number)
                )
            for cue in cues:  # "... but I came off the register": a later change of status
                later = [body for body in bodies if body.tok_start < cue.tok_start]
                if cue.text.lower() == "renewal" and status(cue) in (COMMITMENT, PENDING):
                    # "... although I would need to check when the next renewal falls": a
                    # renewal to come is of the registration held, no intention to register
                    continue
                if later and status(cue) not in (HELD, status(later[-1])):
                    claims.append(Claim((later[-1].id,), status(cue), cue, None))
                elif (
                    later
                    and status(cue) == HELD
                    and status(later[-1]) in (LAPSED, NEGATED)
                    and RESTORED_RE.search(cue.text) is not None
                ):
                    # "... lapsed for six weeks in 2022 and was restored in January 2023"
                    claims.append(Claim((later[-1].id,), HELD, cue, None))
            claims.sort(key=lambda claim: claim.mention.start)
            last_bodies = tuple(body.id for body in bodies)
        elif numbers:
            for found_number in numbers:
                bodies_of_number = NUMBER_BODIES.get(found_number.id, ())
                claims.append(Claim(bodies_of_number, status(found_number), found_number, number))
                last_bodies = bodies_of_number or last_bodies
        elif cues := [
            c
            for c in cues
            if c.text.lower() not in LOOSE_REGISTRATION_CUES
            or (index - 1 in about_registration and statement.sentences[index].first_person)
        ]:
            professions = [
                m.id
                for m in statement.in_sentence(index, "SUBJECT", "QUAL")
                if m.id in PROFESSION_BODIES
            ]
            cue = cues[-1]
            if last_bodies and status(cue) in (HELD, NEGATED, LAPSED):
                claims.append(Claim(last_bodies, status(cue), cue, None))
            elif last_bodies:
                # "... once I'm registered" after "I'm registered with SWE": a passing word
                # about the future does not undo a claim that names the regulator.
                claims.append(Claim(last_bodies, status(cue), cue, None, implicit=True))
            elif status(cue) in (NEGATED, LAPSED):
                # "I let my registration lapse in 2023": no body named; shown wherever it stands
                claims.append(Claim((), status(cue), cue, None))
            elif professions:
                claims.append(
                    Claim(
                        PROFESSION_BODIES[professions[0]],
                        status(cue),
                        cue,
                        None,
                        implicit=True,
                        profession=professions[0].replace("_", " "),
                    )
                )
    return claims


def _application_status(statement: ParsedStatement, index: int) -> str | None:
    """Pending for a sentence about an application to the regulator still waiting, held when
    it says the application was granted, None when it is not about an application."""
    sentence = statement.sentences[index]
    # no-break spaces and line breaks read as plain spaces
    text = " ".join(statement.text[sentence.start : sentence.end].split())
    if APPLICATION_RE.search(text) is None:
        return None
    return HELD if GRANTED_RE.search(text) is not None else PENDING


def _body_status(body: Mention, cues: list[Mention], text: str) -> str:
    """A regulator's status in a sentence about registration: its own, unless the registration
    came after the application ("applied to the HCPC ... and was registered"), or nothing
    qualifies it and the registration words nearest it do ("I applied for HCPC registration and I am
    waiting for my number; the HCPC has told me my application is being processed": the HCPC
    named again is the regulator at work, and the registration is still pending)."""
    own = status(body)
    if own == PENDING and any(
        cue.start > body.end
        and status(cue) == HELD
        and OUTCOME_BEFORE_RE.search(text, max(0, cue.start - 16), cue.start) is not None
        for cue in cues
    ):
        return HELD  # "I applied to the HCPC in 2015 and was registered that summer"
    if own != HELD or not cues:
        return own
    nearest = min(cues, key=lambda cue: min(abs(cue.start - body.end), abs(body.start - cue.end)))
    return status(nearest) if status(nearest) in (PENDING, IN_TRAINING) else own


def _dated(claim: Claim, statement: ParsedStatement, reference_date: dt.date) -> Claim:
    """A claim's status corrected by the period its sentence gives: "registered with the HCPC
    from 2005 until 2019" has ended; "my registration runs until the next renewal in 2027" has
    not (an "until" alone reads as a lapse)."""
    if claim.status == HELD and ended_before(statement, claim.mention, reference_date):
        return replace(claim, status=LAPSED)
    if claim.status == LAPSED:
        ahead = RUNS_UNTIL_RE.search(statement.sentence_of(claim.mention).text)
        if ahead is not None and (
            ahead.group("year") is None or int(ahead.group("year")) >= reference_date.year
        ):
            return replace(claim, status=HELD)
    return claim


def recognise_registration(
    rule: RegistrationRule,
    statement: ParsedStatement,
    applicant: Applicant | None,
    reference_date: dt.date,
) -> RuleOutcome:
    accepted = [body.value for body in rule.bodies]
    wanted = " or ".join(accepted)
    claims = [_dated(c, statement, reference_date) for c in _claims(statement)]
    claims = [c for c in claims if c.status != OTHER_PERSON]
    mine = [c for c in claims if set(c.bodies) & set(accepted)]
    unnamed_lapses = [c for c in claims if not c.bodies and c.status in (NEGATED, LAPSED)]
    if applicant is not None and applicant.registration is not None:
        given = applicant.registration
        if given.body.value in accepted:
            number = f" ({given.number})" if given.number else ""
            lines = [
                f"Registered with {given.body.value}{number}, as given on the application form."
            ]
            negative = [c for c in mine if c.status in (NEGATED, LAPSED)]
            if negative:
                lines.append(
                    "The statement says otherwise: "
                    + quote(statement.sentence_of(negative[-1].mention).text)
                )
            return RuleOutcome(
                verdict=Verdict.met,
                confidence=0.95 if not negative else 0.6,
                evidence=sentence_spans(statement, [c.mention for c in negative]),
                explanation=tuple(lines),
                needs_review=bool(negative),
            )
    if not mine:
        others = [c for c in claims if c.status == HELD and c.bodies]
        if others:
            body = others[0].bodies[0]
            return RuleOutcome(
                verdict=Verdict.not_met,
                confidence=0.8,
                evidence=sentence_spans(statement, [others[0].mention]),
                explanation=(
                    f"Registered with {body}, which this criterion does not accept "
                    f"(it needs {wanted}).",
                ),
                needs_review=True,
            )
        return not_mentioned(
            f"registration with {wanted}",
            statement=statement,
            labels=("REG_BODY", "REG_CUE", "REG_NUMBER"),
        )
    latest: dict[str, Claim] = {}
    for body in accepted:
        about = [c for c in mine if body in c.bodies]
        if about:
            latest[body] = _current(statement, about, reference_date, bool(unnamed_lapses))
    held = [c for c in latest.values() if c.status == HELD]
    if held:
        best = max(held, key=lambda c: (not c.implicit, c.number is not None))
        body = next(b for b in best.bodies if b in accepted)
        number = f" ({best.number})" if best.number else ""
        earlier = [c for c in mine if c.status in (NEGATED, LAPSED)] + unnamed_lapses
        other = _other_profession(statement, best, rule)
        if other is not None:
            return RuleOutcome(
                verdict=Verdict.not_met,
                confidence=0.7,
                evidence=sentence_spans(statement, [best.mention]),
                explanation=(
                    f"Registered with {body} as a {other} "
                    f"({quote(statement.sentence_of(best.mention).text)}); this criterion "
                    f"needs registration as {_wanted_profession(rule)}.",
                ),
                needs_review=True,
            )
        lines = [f"Registered with {body}{number}; no lapse stated."]
        if best.implicit:
            lines = [
                f"Says they are a registered {best.profession} practitioner without naming the "
                f"regulator; {body} registration is assumed, so a person should check it."
            ]
        elif earlier:
            lines = [
                f"Registered with {body}{number} now; a lapse is also mentioned "
                f"({quote(statement.sentence_of(earlier[0].mention).text)}), so a person "
                "should check the registration is current."
            ]
        confidence = 0.6 if best.implicit else (0.95 if best.number else 0.9)
        return RuleOutcome(
            verdict=Verdict.met,
            confidence=confidence,
            evidence=sentence_spans(statement, [best.mention]),
            explanation=tuple(lines),
            needs_review=best.implicit or bool(earlier),
            flags=("lapsed",) if earlier else (),
        )
    decided = max(latest.values(), key=lambda c: c.status in (IN_TRAINING, "pending", "commitment"))
    sentence = statement.sentence_of(decided.mention)
    words = STATUS_WORDS[decided.status]
    if decided.status in (NEGATED, LAPSED, COMMITMENT):
        return RuleOutcome(
            verdict=Verdict.not_met,
            confidence=0.85,
            evidence=sentence_spans(statement, [decided.mention]),
            explanation=(
                f"Not currently registered with {wanted}: {words} ({quote(sentence.text)}).",
            ),
            flags=(decided.status,),
            needs_review=decided.status == COMMITMENT or any(c.status == HELD for c in mine),
        )
    return RuleOutcome(
        verdict=Verdict.partly_met,
        confidence=0.75,
        evidence=sentence_spans(statement, [decided.mention]),
        explanation=(
            f"Not yet registered with {wanted}: {words} ({quote(sentence.text)}); "
            "check registration before appointment.",
        ),
        flags=(decided.status,),
        needs_review=True,
    )


def _when(statement: ParsedStatement, claim: Claim, reference_date: dt.date) -> dt.date | None:
    """The date a claim is dated by: the date or range nearest it in its sentence (a range by
    its end: "since 2013" is now)."""
    temporal = [
        m
        for m in statement.mentions_by_sentence.get(claim.mention.sentence, ())
        if m.label in ("DATE", "DATE_RANGE")
    ]
    if not temporal:
        return None
    nearest = min(temporal, key=lambda m: abs(m.start - claim.mention.start))
    if nearest.label == "DATE":
        return dates.resolve_date(nearest.text)
    resolved = dates.resolve_range(nearest.text, reference_date)
    return resolved[1] if resolved else None


def _past(statement: ParsedStatement, claim: Claim) -> bool:
    """Told of the past with nothing saying it goes on: "I was registered with the HCPC from
    2019", "During my time as an HCPC-registered OT"."""
    text = statement.sentence_of(claim.mention).text
    if PAST_PERFECT_RE.search(text):
        return True  # "I had been a registered social worker since 2020"
    return PAST_RE.search(text) is not None and PRESENT_RE.search(text) is None


def _present(statement: ParsedStatement, claim: Claim) -> bool:
    """Told of the present: "My registration is currently suspended", "I am now registered"."""
    text = statement.sentence_of(claim.mention).text
    return PRESENT_RE.search(text) is not None and PAST_PERFECT_RE.search(text) is None


def _current(
    statement: ParsedStatement, claims: list[Claim], reference_date: dt.date, lapse: bool
) -> Claim:
    """The claim that says what the registration is now: the latest dated one ("lapsed in 2017
    ... re-registered in 2021"), unless a later sentence states the present ("My registration
    is currently suspended"); undated, the last said. A passing "once I'm registered" does not
    undo a claim that names the regulator, and where a lapse is stated, a registration told only
    in the past tense is not current."""
    ordered = [
        c
        for i, c in enumerate(claims)
        if not (c.implicit and any(e.status == HELD for e in claims[:i]))
    ] or claims
    dated = [
        (when, i) for i, c in enumerate(ordered) if (when := _when(statement, c, reference_date))
    ]
    if dated:
        _, chosen = max(dated)
        later_present = [
            i
            for i in range(chosen + 1, len(ordered))
            if _when(statement, ordered[i], reference_date) is None
            and _present(statement, ordered[i])
        ]
        if later_present:
            chosen = later_present[-1]
    else:
        chosen = len(ordered) - 1
    current = ordered[chosen]
    lapses = [c for c in ordered if c.status in (NEGATED, LAPSED)]
    # "... lapsed in 2020, and it was restored in February 2025": a restoration told in the
    # past is held from then on
    restored = RESTORED_RE.search(current.mention.text) is not None
    if (
        current.status == HELD
        and (lapses or lapse)
        and not restored
        and _past(statement, current)
    ):
        return lapses[-1] if lapses else Claim(current.bodies, LAPSED, current.mention, None)
    return current


def _wanted_profession(rule: RegistrationRule) -> str:
    return rule.profession or "an occupational therapist or social worker"


def _other_profession(
    statement: ParsedStatement, claim: Claim, rule: RegistrationRule
) -> str | None:
    """The profession a registration claim names when it is not the one the criterion needs
    ("I am an HCPC-registered paramedic" for an OT post), else None. The profession nearest the
    claim in its sentence is the one registered ("an HCPC registered physiotherapist hoping to
    move into occupational therapy" is a physiotherapist's registration)."""
    sentence = statement.sentence_of(claim.mention)
    text = statement.text
    found = [
        (min(abs(m.start() - claim.mention.end), abs(claim.mention.start - m.end())), m, other)
        for pattern, other in ((OTHER_PROFESSION_RE, True), (OWN_PROFESSION_RE, False))
        for m in pattern.finditer(text, sentence.start, sentence.end)
    ]
    if not found:
        return None
    _, nearest, other = min(found, key=lambda item: item[0])
    return nearest.group(0).lower() if other else None
