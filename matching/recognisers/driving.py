"""Driving: a full licence (and transport), or the disability alternative some councils allow."""

from __future__ import annotations

import datetime as dt
import re

from criteria.spec import DrivingRule
from matching.applicant import Applicant
from matching.patterns.driving import (
    BAN_GOING_ON_RE,
    BAN_OVER_RE,
    HEADING_MARKS,
    OCCASIONAL_WORDS,
    PASS_TO_COME_RE,
    PASSED_RE,
    TOPIC_LEAD_NOUNS,
    TOPIC_LEAD_WORDS,
    TOPIC_WORDS,
)
from matching.pipeline import Mention, ParsedStatement
from matching.recognisers.base import (
    COMMITMENT,
    HELD,
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

BANNED_RE = re.compile(
    r"\b(?:banned|disqualified|revoked|suspended|lost my licence|lost my license)\b", re.I
)
BAN_OVER = re.compile(BAN_OVER_RE, re.I)
BAN_GOING_ON = re.compile(BAN_GOING_ON_RE, re.I)
LEADS = "|".join(TOPIC_LEAD_WORDS)
LEAD_NOUNS = "|".join(TOPIC_LEAD_NOUNS)
TOPICS = "|".join(TOPIC_WORDS)
MARKS = "".join(HEADING_MARKS)
# "About driving", "A note about driving:", "Finally, regarding driving": the topic word at the
# start of the sentence (not "I rely on driving").
TOPIC_BEFORE = re.compile(
    rf"^\W*(?:(?:{LEADS})[,\s]+(?:(?:{LEAD_NOUNS})\s+)?)?(?:{TOPICS})\s*[{MARKS},]?\s*$", re.I
)
PASSED = re.compile(PASSED_RE, re.IGNORECASE)
PASS_TO_COME = re.compile(PASS_TO_COME_RE, re.IGNORECASE)
OCCASIONAL_BEFORE = re.compile(r"\b(?:" + "|".join(OCCASIONAL_WORDS) + r")\b(?:\W+\w+)?\W*$", re.I)


def _names_topic(statement: ParsedStatement, mention: Mention) -> bool:
    """ "About driving - I have a provisional licence", "Driving: ...": the word names what
    the sentence is about; it does not say the applicant drives."""
    sentence = statement.sentence_of(mention)
    before = statement.text[sentence.start : mention.start]
    after = statement.text[mention.end : sentence.end]
    heading = not before.strip() and after.lstrip()[:1] in HEADING_MARKS
    return heading or TOPIC_BEFORE.search(before) is not None


def _occasional(statement: ParsedStatement, mention: Mention) -> bool:
    """ "I occasionally hire a car": a car now and then, not transport of one's own."""
    sentence = statement.sentence_of(mention)
    return OCCASIONAL_BEFORE.search(statement.text[sentence.start : mention.start]) is not None


def _passed(sentence: str) -> bool:
    """The sentence says a driving test was passed: "passed" neither of the theory test nor of
    a pass to come."""
    return any(
        PASS_TO_COME.search(sentence, 0, found.end()) is None for found in PASSED.finditer(sentence)
    )


def _ban_over(statement: ParsedStatement, mention: Mention) -> bool:
    """ "In 2019 I was banned from driving for six months": told as past, and nothing says the
    ban goes on."""
    text = statement.sentence_of(mention).text
    return BAN_OVER.search(text) is not None and BAN_GOING_ON.search(text) is None


def recognise_driving(
    rule: DrivingRule,
    statement: ParsedStatement,
    applicant: Applicant | None,
    reference_date: dt.date,
) -> RuleOutcome:
    driving = [m for m in statement.by_label("DRIVING") if status(m) != OTHER_PERSON]

    def having(*ids: str, states: tuple[str, ...] = (HELD,)) -> list[Mention]:
        return [m for m in driving if m.id in ids and status(m) in states]

    passed = [m for m in having("learning") if _passed(statement.sentence_of(m).text)]
    # "I hold a provisional driving licence", "Driving licence: provisional": not a full one.
    provisional_sentences = {m.sentence for m in having("provisional")}
    licence = [
        m
        for m in having("licence")
        if m.sentence not in provisional_sentences or "full" in m.text.lower()
    ] + passed
    drives = [m for m in having("drive") if not _names_topic(statement, m)]
    vehicle = [m for m in having("vehicle") if not _occasional(statement, m)]
    # "I don't have a car", "... and I'm saving up for a car": none now
    no_vehicle = having("vehicle", states=(NEGATED, LAPSED, PENDING, COMMITMENT))
    refused = having("licence", "drive", states=(NEGATED, LAPSED))
    # "... and expect to sit my test in February": a test to come is learning all the same
    # ("full licence expected Feb 2027": a licence to come is the same)
    learning = having("learning", states=(HELD, PENDING)) + having("licence", states=(PENDING,))
    provisional = having("provisional")

    # "I passed my test in 2015, but I was disqualified last year and I am still banned": the
    # ban is read wherever the applicant's driving is, not only on a "not"
    banned = [m for m in driving if BANNED_RE.search(statement.sentence_of(m).text)]
    if banned and all(_ban_over(statement, m) for m in banned):
        # "I was banned for six months in 2019 ... my licence has been clean since": a ban that
        # is over does not stand against the licence held now; "my licence was suspended ...
        # the DVLA returned it in August": the licence given back is held
        licence = licence or [m for m in banned if m.id == "licence"]
        if licence:
            refused = [m for m in refused if m not in banned]
            banned = []
    if banned and rule.disability_alternative and own_disability(statement, banned):
        # "My licence was revoked by the DVLA in 2024 after a seizure ... I've used taxis": a
        # licence taken away for a medical condition is not driving because of a disability
        return _cannot_drive(rule, statement, banned, learning)
    if banned:  # "I have a full licence but I am banned from driving": the ban decides
        return RuleOutcome(
            Verdict.not_met,
            0.85,
            sentence_spans(statement, banned),
            (
                "Holds a licence but may not drive now: "
                f"{quote(statement.sentence_of(banned[0]).text)}.",
            ),
            flags=("negated",),
        )
    if licence or (drives and not refused):
        held = licence or drives
        evidence = sentence_spans(statement, held + vehicle)
        said = quote(statement.sentence_of(held[0]).text)
        if rule.access_to_transport and no_vehicle and not vehicle:
            return RuleOutcome(
                Verdict.partly_met,
                0.75,
                sentence_spans(statement, held + no_vehicle),
                (
                    f"Holds a driving licence ({said}) but says they have no vehicle "
                    f"({quote(statement.sentence_of(no_vehicle[0]).text)}); this criterion "
                    "also asks for access to transport, so a person should ask how they "
                    "would travel.",
                ),
                needs_review=True,
            )
        if rule.access_to_transport and not vehicle:
            return RuleOutcome(
                Verdict.met,
                0.75,
                evidence,
                (
                    f"Holds a driving licence ({said}); access to transport is not stated, so "
                    "a person should check it.",
                ),
            )
        lines = [f"Holds a full driving licence: {said}."]
        if vehicle:
            lines.append("Access to a vehicle is stated.")
        if refused:  # "I hold a licence ... I do not drive": a person should read it
            lines.append(
                "The statement also says they do not drive: "
                f"{quote(statement.sentence_of(refused[0]).text)}."
            )
            return RuleOutcome(Verdict.met, 0.6, evidence, tuple(lines), needs_review=True)
        return RuleOutcome(Verdict.met, 0.9 if licence else 0.8, evidence, tuple(lines))
    if applicant is not None and applicant.driving_licence:
        lines = ["Holds a driving licence, as given on the application form."]
        confidence = 0.9
        if rule.access_to_transport and not vehicle:
            lines.append("Access to transport is not stated.")
            confidence = 0.75
        return RuleOutcome(Verdict.met, confidence, (), tuple(lines))
    if refused:
        return _cannot_drive(rule, statement, refused, learning)
    if learning:
        return RuleOutcome(
            Verdict.partly_met,
            0.75,
            sentence_spans(statement, learning),
            (
                f"Learning to drive, with a test booked or lessons under way: "
                f"{quote(statement.sentence_of(learning[0]).text)}.",
            ),
            needs_review=True,
        )
    if provisional:
        return RuleOutcome(
            Verdict.not_met,
            0.8,
            sentence_spans(statement, provisional),
            ("Holds a provisional licence only, not a full licence.",),
        )
    if vehicle:
        # "Hardly a day goes by when I am not in my car visiting people": the applicant's own
        # car, used for the work, says they drive though no licence is named
        return RuleOutcome(
            Verdict.met,
            0.6,
            sentence_spans(statement, vehicle),
            (
                "Says they have a vehicle of their own "
                f"({quote(statement.sentence_of(vehicle[0]).text)}) but does not name a "
                "driving licence; a person should check it.",
            ),
            needs_review=True,
        )
    if rule.disability_alternative and (alternative := _travels_otherwise(statement)):
        # "Driving: n/a – registered blind; I travel by taxi and train": no licence claimed,
        # a disability and how they travel instead, in one sentence
        return RuleOutcome(
            Verdict.met,
            0.6,
            sentence_spans(statement, alternative),
            (
                "Says they have a disability and travel by other means "
                f"({quote(statement.sentence_of(alternative[0]).text)}); this criterion accepts "
                "that alternative. The panel should confirm the arrangements.",
            ),
            flags=("disability_alternative",),
            needs_review=True,
        )
    if applicant is not None and applicant.driving_licence is False:
        return RuleOutcome(
            Verdict.not_met, 0.8, (), ("No driving licence, as given on the application form.",)
        )
    return not_mentioned("a driving licence", statement=statement, labels=("DRIVING",))


def _cannot_drive(
    rule: DrivingRule, statement: ParsedStatement, refused: list[Mention], learning: list[Mention]
) -> RuleOutcome:
    # The applicant's own words about a disability count wherever they stand in the statement.
    disability = own_disability(statement, refused)
    travel = _own_travel(statement)
    said = quote(statement.sentence_of(refused[0]).text)
    if disability:
        evidence = sentence_spans(statement, refused + disability + travel)
        modes = ", ".join(dict.fromkeys(m.text.lower() for m in travel))
        how = f" and travels by {modes}" if modes else ""
        if rule.disability_alternative:
            return RuleOutcome(
                Verdict.met,
                0.7,
                evidence,
                (
                    f"Does not drive because of a disability{how} ({said}); this criterion "
                    "accepts that alternative. The panel should confirm the arrangements.",
                ),
                flags=("disability_alternative",),
                needs_review=True,
            )
        return RuleOutcome(
            Verdict.not_met,
            0.6,
            evidence,
            (
                f"Does not drive because of a disability{how} ({said}). This criterion does "
                "not list a disability alternative; the panel should consider a reasonable "
                "adjustment.",
            ),
            flags=("disability_alternative",),
            needs_review=True,
        )
    if learning:
        return RuleOutcome(
            Verdict.partly_met,
            0.7,
            sentence_spans(statement, refused + learning),
            (f"Does not drive yet but is learning, with a test booked: {said}.",),
            needs_review=True,
        )
    return RuleOutcome(
        Verdict.not_met,
        0.85,
        sentence_spans(statement, refused),
        (f"Does not hold a driving licence or drive: {said}.",),
        flags=("negated",),
    )


def _own_travel(statement: ParsedStatement) -> list[Mention]:
    """How the applicant says they travel ("I use taxis"), not someone else's or denied."""
    return [m for m in statement.by_label("TRAVEL") if status(m) not in (OTHER_PERSON, NEGATED)]


def _travels_otherwise(statement: ParsedStatement) -> list[Mention]:
    """The applicant's own disability and their way of travelling, told in one sentence."""
    disability = own_disability(statement, [])
    travel = _own_travel(statement)
    sentences = {m.sentence for m in disability}
    together = [m for m in travel if m.sentence in sentences]
    if not together:
        return []
    return [m for m in disability if m.sentence == together[0].sentence] + together


def disability_stops_driving(statement: ParsedStatement) -> list[tuple[int, int]] | None:
    """The sentences where the applicant says they do not drive and that they have a
    disability (anywhere in the statement), or None when they do not say both."""
    driving = [m for m in statement.by_label("DRIVING") if status(m) != OTHER_PERSON]
    refused = [
        m for m in driving if m.id in ("licence", "drive") and status(m) in (NEGATED, LAPSED)
    ]
    disability = own_disability(statement, refused)
    if not refused or not disability:
        return None
    return list(sentence_spans(statement, refused + disability))


def own_disability(statement: ParsedStatement, refused: list[Mention]) -> list[Mention]:
    """The applicant's own words about a disability. A "not" in the sentence that says they do
    not drive is the driving's ("I am unable to drive due to a medical condition"); a person the
    applicant works with who has one ("I supported a client with epilepsy") is not the
    applicant."""
    refusing = {m.sentence for m in refused}
    return [
        m
        for m in statement.by_label("DISABILITY")
        if status(m) != OTHER_PERSON and (status(m) != NEGATED or m.sentence in refusing)
    ]

