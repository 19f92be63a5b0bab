"""A language (usually Welsh) spoken at or above a minimum level."""

from __future__ import annotations

import datetime as dt
import re

from criteria.spec import LANGUAGE_LEVEL_ORDER, LanguageRule
from matching.applicant import Applicant
from matching.patterns.entities import WELSH_COURSES
from matching.patterns.language import LEVEL_ADJECTIVES, LIMIT_LEVEL, LIMIT_RE, PREDICATE_RE
from matching.pipeline import Mention, ParsedStatement
from matching.recognisers.base import (
    COMMITMENT,
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

LEVEL_RANK = {level.value: rank for rank, level in enumerate(LANGUAGE_LEVEL_ORDER)}
# How far (in tokens) a level word ("fluent", "conversational") may stand from the language.
CUE_REACH = 6
USE_REACH = 3
# "I speak Welsh" with no level: read as a working (intermediate) level, for a person to check.
UNSTATED_LEVEL = "intermediate"
# "I can understand Welsh", said with no level: understanding it, not speaking it.
UNDERSTOOD_LEVEL = "foundation"
RUSTY = "rusty"
LEARNING = "learning"
FINISHED_RE = re.compile(r"\b(?:completed|passed|finished)\b", re.IGNORECASE)
# Where a sentence turns from then to now ("... but I would now call myself a beginner").
NOW_RE = re.compile(r"\b(?:now|these days|nowadays)\b", re.IGNORECASE)
# "... and hope to reach Canolradd level next year": a level or course still to come.
HOPED_RE = re.compile(
    r"\b(?:hope|hoping|plan|planning|aim|aiming|want|would like|intend|intending|going)\s+to"
    r"(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)
# "I grew up speaking Welsh at home until I was about eight": the use told of a childhood is
# not a level now.
CHILDHOOD_BEFORE_RE = re.compile(r"\b(?:grew up|brought up|raised)\s+$", re.IGNORECASE)
# Lessons or learning still planned, told before the cue in its clause ("I'm going to sign up
# for the Welsh for work lessons", "I plan to start classes"): not learning now; going on with
# them ("I want to continue my lessons") is learning.
PLANNED_RE = re.compile(
    r"\b(?:(?:am|I'm|I’m)\s+going|plan(?:ning)?|hop(?:e|ing)|intend(?:ing)?|would\s+like"
    r"|['’]d\s+like|want|aim(?:ing)?)\s+to\b(?!\s+(?:continue|carry\s+on|keep))[^.;]*$"
    r"|\bwill\s+(?:sign\s+up|enrol|enroll|start|begin|join|book)\b[^.;]*$",
    re.IGNORECASE,
)
# (Welsh "ond" is "but": "Dydw i ddim yn rhugl eto, ond rwy'n dysgu")
TURN_RE = re.compile(r"\b(?:but|although|though|however|whereas|ond)\b", re.IGNORECASE)
# A "not" just before a level word ("I am not fluent in Welsh", "not a fluent speaker").
DENIED_BEFORE = re.compile(r"(?:\b(?:not|never)|n['’]t)(?:\s+(?:a|very|that|yet|quite))*\s*$", re.I)
PREDICATE = re.compile(PREDICATE_RE, re.IGNORECASE)
LIMIT = re.compile(LIMIT_RE, re.IGNORECASE)
# How much is understood, right after "understand" ("... but I understand a lot", "ond rydw i'n
# deall llawer"), not what ("although I understand how important the language is").
UNDERSTOOD_AMOUNT = re.compile(
    r"\s*(?:$|[.,;]|\s(?:a\s+lot|lots|llawer|much|most|some|quite\s+a\s+bit|a\s+fair\s+bit|"
    r"a\s+little|ychydig|it|more|far\s+more|(?:it\s+)?well|spoken|written|when)\b)",
    re.IGNORECASE,
)
# "I understand most of what is said to me in Welsh": understanding, told up to the language.
UNDERSTOOD_IN_RE = re.compile(r"(?:\s+[\w']+){0,8}?\s+in\s+$")
# A criterion that sets no level ("Ability to communicate in Welsh") asks for a working level:
# "some Welsh", "I understand some but I'm not confident speaking it" is partly met.
IMPLIED_LEVEL = "intermediate"


def recognise_language(
    rule: LanguageRule,
    statement: ParsedStatement,
    applicant: Applicant | None,
    reference_date: dt.date,
) -> RuleOutcome:
    name = rule.language.replace("_", " ").title()
    minimum = rule.min_level.value if rule.min_level else IMPLIED_LEVEL
    asked = "asked for" if rule.min_level else "a criterion without a level asks for"
    found: list[tuple[int, Verdict, str, Mention, bool]] = []  # rank, verdict, line, where, review
    for mention in statement.by_label("LANGUAGE"):
        if mention.id != rule.language:
            continue
        state = status(mention)
        if state == OTHER_PERSON:
            continue
        said = quote(statement.sentence_of(mention).text)
        if mention.text.lower() in WELSH_COURSES and (
            state in (COMMITMENT, PENDING)
            or HOPED_RE.search(
                statement.text, statement.sentences[mention.sentence].start, mention.start
            )
        ):
            continue  # "... and I'm hoping to start Canolradd in September": a course to come
        if state == NEGATED and (turned := _level_after_turn(statement, mention)) == LEARNING:
            found.append((2, Verdict.partly_met, f"Learning {name}: {said}.", mention, False))
            continue
        if state == NEGATED and turned:
            # "I am not fluent in Welsh, but I can hold an everyday conversation": the level
            # told after the turn is the level
            found.append(_by_level(name, turned, minimum, asked, said, mention, review=False))
            continue
        if state == NEGATED and (denied := _denied_level(statement, mention)):
            found.append(_below_denied(name, denied, minimum, asked, said, mention))
            continue
        if state == NEGATED and LIMIT.match(statement.text, mention.end):
            # "My Welsh doesn't go much further than 'bore da'": a limit, not a denial
            found.append(_by_level(name, LIMIT_LEVEL, minimum, asked, said, mention, review=True))
            continue
        if state == NEGATED:
            found.append(
                (0, Verdict.not_met, f"Says they do not speak {name}: {said}.", mention, False)
            )
            continue
        cues = [
            cue
            for cue in statement.in_sentence(mention.sentence, "LANG_LEVEL", "LANG_USE")
            if status(cue) != OTHER_PERSON
            and _near(cue, mention, statement.text)
            and CHILDHOOD_BEFORE_RE.search(statement.text, 0, cue.start) is None
            and not (cue.id == LEARNING and _planned(statement, cue))
        ]
        graded = [cue for cue in cues if cue.label == "LANG_LEVEL" and cue.id in LEVEL_RANK]
        # "My written Welsh is strong"; "I'd be lying if I said my Welsh wasn't strong" (the
        # "not" is the untruth's: the mention is not negated)
        predicated = _predicated(statement, mention)
        sentence = statement.sentences[mention.sentence]
        now = NOW_RE.search(sentence.text)
        if now is not None:
            # "I was fluent in Welsh as a child, but ... would now describe myself as a rusty
            # beginner", "... but I'd only call myself a rusty learner now": the level said for
            # now (after the turn to it) is the level, however far from the language
            turn = max(
                (m.end() for m in TURN_RE.finditer(sentence.text, 0, now.start())),
                default=now.end(),
            )
            later = _level_cues_after(statement, mention.sentence, sentence.start + turn)
            if later:
                graded = [cue for cue in later if cue.id in LEVEL_RANK]
                cues = [*later, *(cue for cue in cues if cue.label == "LANG_USE")]
        # "rusty" is a level only when no other is named ("a rusty beginner" is a beginner)
        named = [cue for cue in graded if cue.text.lower() != RUSTY]
        levels = [cue.id for cue in named or graded] + ([predicated[0]] if predicated else [])
        if any(cue.id == LEARNING for cue in cues) and not (
            graded and FINISHED_RE.search(sentence.text)
        ):  # "I completed the Canolradd (Intermediate) course after three years of classes"
            found.append((2, Verdict.partly_met, f"Learning {name}: {said}.", mention, False))
        elif levels:
            level = max(levels, key=LEVEL_RANK.__getitem__)
            found.append(_by_level(name, level, minimum, asked, said, mention, review=False))
        elif any(cue.label == "LANG_USE" and cue.id != "understand" for cue in cues):
            found.append(
                _by_level(name, UNSTATED_LEVEL, minimum, asked, said, mention, review=True)
            )
        elif cues:  # "I can understand Welsh but I am not confident speaking it"
            found.append(
                _by_level(name, UNDERSTOOD_LEVEL, minimum, asked, said, mention, review=False)
            )
    if found:
        rank, verdict, line, mention, review = max(found, key=lambda f: f[0])
        return RuleOutcome(
            verdict,
            0.85 if not review else 0.65,
            sentence_spans(statement, [mention]),
            (line,),
            flags=("negated",) if rank == 0 else (),
            needs_review=review,
        )
    if applicant is not None and applicant.welsh is not None and rule.language == "welsh":
        level = applicant.welsh.value
        if LEVEL_RANK[level] >= LEVEL_RANK[minimum]:
            return RuleOutcome(
                Verdict.met, 0.9, (), (f"Welsh at {level} level (application form).",)
            )
        return RuleOutcome(
            Verdict.partly_met,
            0.9,
            (),
            (f"Welsh at {level} level (application form), below the {minimum} level {asked}.",),
        )
    return not_mentioned(f"the applicant's {name}")


def _predicated(statement: ParsedStatement, mention: Mention) -> tuple[str, bool] | None:
    """The level said of the language ("my Welsh is strong") and whether it is denied ("my
    Welsh is not strong")."""
    said = PREDICATE.match(statement.text, mention.end, statement.sentences[mention.sentence].end)
    if said is None or said["word"].lower() not in LEVEL_ADJECTIVES:
        return None
    return LEVEL_ADJECTIVES[said["word"].lower()], said["denied"] is not None


def _denied_level(statement: ParsedStatement, mention: Mention) -> str | None:
    """The working level or higher that the applicant says their language is not ("I am not
    fluent in Welsh", "My written Welsh is not strong"): a limit on the level, not a denial of
    speaking it."""
    sentence = statement.sentences[mention.sentence]
    denied = [
        cue.id
        for cue in statement.in_sentence(mention.sentence, "LANG_LEVEL")
        if cue.id in LEVEL_RANK
        and status(cue) != OTHER_PERSON
        and _near(cue, mention, statement.text)
        and DENIED_BEFORE.search(statement.text, sentence.start, cue.start) is not None
    ]
    if (said := _predicated(statement, mention)) and said[1]:
        denied.append(said[0])
    denied = [level for level in denied if LEVEL_RANK[level] >= LEVEL_RANK[IMPLIED_LEVEL]]
    return min(denied, key=LEVEL_RANK.__getitem__) if denied else None


def _below_denied(
    name: str, denied: str, minimum: str, asked: str, said: str, mention: Mention
) -> tuple[int, Verdict, str, Mention, bool]:
    if LEVEL_RANK[denied] <= LEVEL_RANK[minimum]:
        line = f"Says their {name} is not at {denied} level, the {minimum} level {asked}: {said}."
        return 0, Verdict.not_met, line, mention, False
    line = (
        f"Says their {name} is not at {denied} level, which is above the {minimum} level {asked}; "
        f"a person should ask what level they have: {said}."
    )
    return 3, Verdict.partly_met, line, mention, True


def _planned(statement: ParsedStatement, cue: Mention) -> bool:
    """The learning is still a plan, told before the cue in its sentence with no turn between
    ("I'm going to sign up for the lessons", not "I planned to stop, but I am still learning")."""
    sentence = statement.sentences[cue.sentence]
    plan = PLANNED_RE.search(statement.text, sentence.start, cue.start)
    return plan is not None and TURN_RE.search(statement.text, plan.end(), cue.start) is None


def _level_after_turn(statement: ParsedStatement, mention: Mention) -> str | None:
    """The highest level word after a "but" that follows ``mention`` in its sentence, else
    ``learning`` when the applicant says there that they are learning it, else the level of
    understanding when they say there that they understand it."""
    sentence = statement.sentences[mention.sentence]
    turn = TURN_RE.search(statement.text, mention.end, sentence.end)
    if turn is None:
        return None
    cues = _level_cues_after(statement, mention.sentence, turn.end())
    levels = [cue.id for cue in cues if cue.id in LEVEL_RANK]
    if levels:
        return max(levels, key=LEVEL_RANK.__getitem__)
    # "I'm not fluent yet, but I am learning"
    if any(cue.id == LEARNING for cue in cues):
        return LEARNING
    # "I don't speak Welsh well, but I understand a lot", "... ond rydw i'n deall llawer"
    understood = any(
        cue.id == "understand"
        and cue.start >= turn.end()
        and status(cue) != OTHER_PERSON
        and UNDERSTOOD_AMOUNT.match(statement.text, cue.end) is not None
        for cue in statement.in_sentence(mention.sentence, "LANG_USE")
    )
    return UNDERSTOOD_LEVEL if understood else None


def _level_cues_after(statement: ParsedStatement, sentence: int, start: int) -> list[Mention]:
    """The applicant's level words (and "learning") in ``sentence`` from offset ``start`` on,
    leaving out a course still to come ("... but I plan to enrol on a Mynediad course")."""
    return [
        cue
        for cue in statement.in_sentence(sentence, "LANG_LEVEL")
        if status(cue) != OTHER_PERSON
        and cue.start >= start
        and not (
            cue.text.lower() in WELSH_COURSES and HOPED_RE.search(statement.text, start, cue.start)
        )
    ]


def _near(cue: Mention, language: Mention, text: str) -> bool:
    """Level words may stand either side; "speak" comes before the language, "speaker" after."""
    if cue.id == "speak":
        return 0 <= language.tok_start - cue.tok_end <= USE_REACH
    if cue.id == "understand":
        return language.tok_start == cue.tok_end or (
            0 <= language.tok_start - cue.tok_end <= 10
            and UNDERSTOOD_IN_RE.fullmatch(text[cue.end : language.start]) is not None
            and not text[cue.end : language.start].lstrip().lower().startswith("that")
        )
    if cue.id == "speaker":
        return 0 <= cue.tok_start - language.tok_end <= 1
    return abs(cue.tok_start - language.tok_start) <= CUE_REACH


def _by_level(
    name: str,
    level: str,
    minimum: str,
    asked: str,
    said: str,
    mention: Mention,
    *,
    review: bool,
) -> tuple[int, Verdict, str, Mention, bool]:
    if LEVEL_RANK[level] >= LEVEL_RANK[minimum]:
        return 4, Verdict.met, f"Speaks {name} ({level} level): {said}.", mention, review
    return (
        3,
        Verdict.partly_met,
        f"Speaks {name} at about {level} level, below the {minimum} level {asked}: {said}.",
        mention,
        review,
    )
