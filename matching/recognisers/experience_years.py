"""Years of experience: stated totals, the union of employment ranges, years since qualifying."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from criteria.spec import ExperienceYearsRule
from matching import dates
from matching.applicant import Applicant
from matching.patterns import employment
from matching.patterns.holders import PERSON_NOUNS
from matching.pipeline import Mention, ParsedStatement
from matching.recognisers.base import (
    HELD,
    LAPSED,
    RuleOutcome,
    not_mentioned,
    sentence_spans,
    status,
)
from matching.result import Verdict

STUDY_RE = re.compile(
    r"\b(?:stud(?:y|ied|ying)|student|degree|university|course|bsc|msc|ba|ma|diploma|"
    r"pre-registration|apprenticeship|placement)\b",
    re.IGNORECASE,
)
TEMPORAL = frozenset({"DATE", "DATE_RANGE", "DURATION"})
NOT_EMPLOYMENT_RE = {
    ident: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)
    for ident, pattern in employment.NOT_EMPLOYMENT.items()
}
QUALIFIED_ROLE_RE = re.compile(rf"(?:{employment.QUALIFIED_ROLES})", re.IGNORECASE)
UNQUALIFIED_ROLE_RE = re.compile(rf"\b(?:{employment.UNQUALIFIED_ROLES})\b", re.IGNORECASE)
WORK_RE = re.compile(rf"\b(?:{employment.WORK})", re.IGNORECASE)
CLAUSE_BREAK_RE = re.compile(employment.CLAUSE_BREAK, re.IGNORECASE)
STARTED_RE = re.compile(r"\b(?:began|started|joined|took up|commenced|appointed)\b", re.I)
ONGOING_WORK_RE = re.compile(
    r"\b(?:current|currently|still|to date|ever since|since then|now|present)\b", re.I
)
# A criterion's profession, the words that name it in a statement, and other professions.
PROFESSION_WORDS = {
    "occupational therap": re.compile(r"\b(?:(?i:occupational therap\w*)|OTs?)\b"),
    "social work": re.compile(r"\b(?:social work\w*|SWs?)\b", re.IGNORECASE),
}
OTHER_PROFESSION_RE = re.compile(
    r"\b(?:physio\w*|nurs(?:e|es|ing)|teach(?:er|ers|ing)|paramedic|pharmacist|doctor|midwi\w+"
    r"|police|speech and language|dietitian|psycholog\w+|social work\w*|occupational therap\w*)",
    re.IGNORECASE,
)
# After the start date, in the same sentence: the post is still held.
STILL_THERE_RE = re.compile(
    r"\b(?:ever since|since then|to this day|(?:I am|I'm) still (?:there|here|in"
    r" (?:the|that|this|my) (?:post|role|team|job))|(?:have|I've) (?:been|stayed|remained)"
    r" (?:there|in (?:the|that) (?:team|post|role)))",
    re.IGNORECASE,
)
# "since I joined ... in 2018": a start that goes on to now.
SINCE_STARTED_RE = re.compile(
    r"\bsince (?:I|we) (?:first )?(?:joined|started|began|took up|moved (?:to|into))\b",
    re.IGNORECASE,
)
CAREER_BREAK_RE = re.compile(employment.CAREER_BREAK, re.IGNORECASE)
BREAK_DENIED_RE = re.compile(employment.BREAK_DENIED, re.IGNORECASE)
RETURNED_RE = re.compile(employment.RETURNED, re.IGNORECASE)
OUT_OF_FIELD_RE = re.compile(rf"\b(?:{employment.OUT_OF_FIELD})", re.IGNORECASE)
IN_FIELD_RE = re.compile(rf"\b(?:{employment.IN_FIELD})\b", re.IGNORECASE)
HEALTH_ONLY_RE = re.compile(rf"(?:{employment.HEALTH_ONLY_SETTINGS})", re.IGNORECASE)
SOCIAL_CARE_RE = re.compile(rf"\b(?:{employment.SOCIAL_CARE_SETTINGS})\b", re.IGNORECASE)
PROFESSIONAL_SUBJECTS = frozenset({"occupational_therapy", "social_work"})
# "I completed my BSc (Hons) Occupational Therapy in Oct 2012": the award's date is the
# qualifying date when the sentence names the applicant's award.
COMPLETED_RE = re.compile(
    r"\b(?:completed|finished|gained|obtained|achieved|received|was awarded|passed)\b",
    re.IGNORECASE,
)
# "after ten years as a carer" (said of the time before qualifying)
BEFORE_QUALIFYING_RE = re.compile(r"\b(?:after|before|following)\s+(?:over\s+)?$", re.IGNORECASE)
# "for eight years before qualifying": the years were spent before the qualification.
PRE_QUALIFYING_AFTER_RE = re.compile(
    r"[^.;]{0,40}?\b(?:before|prior to|until)\s+(?:I\s+)?(?:qualif\w*|graduat\w*|"
    r"train\w* as|registering|starting (?:my|the) (?:degree|course|training))",
    re.IGNORECASE,
)
AGO_RE = re.compile(r"\s+ago\b", re.IGNORECASE)
GROUP_TOTAL_RE = re.compile(employment.GROUP_TOTAL, re.IGNORECASE)
OTHER_PERSON_YEARS_RE = re.compile(
    employment.OTHER_PERSON_YEARS_BEFORE.replace(
        "{persons}", "|".join(sorted(map(re.escape, PERSON_NOUNS), key=len, reverse=True))
    ),
    re.IGNORECASE,
)
# How far back (characters) the person whose years they are may be named.
OTHER_PERSON_YEARS_REACH = 80
# What r"\b(?:qualif\w*|graduat\w*|post[- ]?qual\w*|awarded|registered|passed my degree)\b" finds
# ignoring case, written to start with a character class, so the regex engine jumps from one
# candidate first letter to the next instead of trying every position (4x faster on a statement).
QUALIFIED_RE = re.compile(
    r"[QqGgPpAaRr](?<!\w.)"
    r"(?:(?<=[Qq])(?i:ualif\w*)|(?<=[Gg])(?i:raduat\w*)|(?<=[Pp])(?i:ost[- ]?qual\w*)"
    r"|(?<=[Pp])(?i:assed my degree)|(?<=[Aa])(?i:warded)|(?<=[Rr])(?i:egistered))\b"
)
POST_QUALIFICATION_RE = re.compile(
    r"\b(?:qualified|post[- ]?qual\w*|as an? (?:qualified|registered)|as an? (?:ot|occupational "
    r"therapist|social worker)|since qualifying|registered|PQ|post[- ]?registration)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _is_study(sentence: str) -> bool:
    return STUDY_RE.search(sentence) is not None


@lru_cache(maxsize=4096)
def _is_post_qualification(sentence: str) -> bool:
    return POST_QUALIFICATION_RE.search(sentence) is not None


def _clause(statement: ParsedStatement, mention: Mention) -> str:
    """The clause of its sentence that holds ``mention``."""
    sentence = statement.sentence_of(mention)
    text = statement.spaced_text
    start, end = sentence.start, sentence.end
    for cut in CLAUSE_BREAK_RE.finditer(text, sentence.start, sentence.end):
        if cut.end() <= mention.start:
            start = cut.end()
        elif cut.start() >= mention.end:
            end = cut.start()
            break
    return text[start:end]


@lru_cache(maxsize=4096)
def work_kind(clause: str) -> str:
    """``qualified`` (a job that needs the qualification), ``unqualified`` (an assistant's,
    a carer's), ``not_employment`` (married since, governor, study, volunteering) or
    ``unknown``: what a dated clause is about."""
    unqualified = UNQUALIFIED_ROLE_RE.search(clause) is not None
    qualified = QUALIFIED_ROLE_RE.search(UNQUALIFIED_ROLE_RE.sub(" ", clause)) is not None
    if qualified:
        return "qualified"
    if WORK_RE.search(clause) is None:
        found = [i for i, pattern in NOT_EMPLOYMENT_RE.items() if pattern.search(clause)]
        if "family-care" in found:
            return "personal_care"  # "I have looked after my granddad since 2023"
        if "volunteering" in found:
            return "voluntary"
        if found:
            return "not_employment"  # "a foster carer since 2010", "married since 2009"
    if OUT_OF_FIELD_RE.search(clause) and not IN_FIELD_RE.search(clause):
        return "out_of_field"  # "I have worked at a supermarket for four years"
    if unqualified:
        return "unqualified"
    return "unknown"


def _professional(statement: ParsedStatement, award: Mention) -> bool:
    """Whether an award is the professional qualification (OT or social work), whose date
    starts post-qualifying experience; a later module or certificate does not."""
    end = min(statement.sentence_of(award).end, award.start + 80)
    words = statement.spaced_text[award.start : end]
    return re.search(
        r"occupational therap|\bOT\b|social work", words, re.IGNORECASE
    ) is not None or award.id in ("dipcot", "dipsw", "step_up")


def _counts(kind: str, rule: ExperienceYearsRule, qualified_on: dt.date | None) -> bool:
    """Whether years in a clause of this kind count towards the rule."""
    if kind == "not_employment":
        return False
    if kind == "out_of_field":
        return rule.domain is None and not rule.post_qualification  # "experience of work"
    if kind in ("voluntary", "personal_care"):
        # counted only where the criterion says so, and within its field
        return rule.voluntary and (rule.domain is None or kind == "personal_care")
    if not rule.post_qualification:
        return True
    if kind == "unqualified":
        return False
    return kind == "qualified" or qualified_on is not None


def _outside_domain(rule: ExperienceYearsRule, clause: str) -> bool:
    """Years a criterion's field does not take: for "two years working in social care", an NHS
    trust or a hospital ward is health care ("2008 - 2020: Physiotherapist, Calder Vale NHS
    Trust"), unless the clause also names a social care setting."""
    domain = (rule.domain or "").lower()
    for profession, own_words in PROFESSION_WORDS.items():
        # "experience as an Occupational Therapist": years as a physiotherapy assistant or a
        # teacher are another profession's
        if profession in domain and not own_words.search(clause):
            return OTHER_PROFESSION_RE.search(clause) is not None
    return (
        domain in employment.SOCIAL_CARE_DOMAINS
        and HEALTH_ONLY_RE.search(clause) is not None
        and SOCIAL_CARE_RE.search(clause) is None
    )


def _someone_elses(statement: ParsedStatement, duration: Mention, clause: str) -> bool:
    """A stated total that is a group's ("between the four of us we have forty years") or
    another person's ("supervised by a manager with over twenty years' experience")."""
    if GROUP_TOTAL_RE.search(clause):
        return True
    text = statement.spaced_text
    start = max(statement.sentence_of(duration).start, duration.start - OTHER_PERSON_YEARS_REACH)
    return OTHER_PERSON_YEARS_RE.search(text, start, duration.start) is not None


def _parts_before_qualifying(
    statement: ParsedStatement, total: Mention, own: list[Mention]
) -> bool:
    """A total told in parts, the first of them in an unqualified job ("nine years, the first
    seven as a family support worker and the last two as a qualified social worker"): the total
    is not all post-qualifying; the later part ("the last two") is read on its own."""
    text = statement.spaced_text
    return any(
        part.label == "DURATION"
        and part.sentence == total.sentence
        and part.start > total.end
        and text[part.start : part.end].lower().startswith("the ")
        and UNQUALIFIED_ROLE_RE.search(text, total.end, part.start) is not None
        for part in own
    )


def _fmt(day: dt.date, reference_date: dt.date) -> str:
    return "present" if day == reference_date else day.strftime("%Y-%m")


def recognise_experience_years(
    rule: ExperienceYearsRule,
    statement: ParsedStatement,
    applicant: Applicant | None,
    reference_date: dt.date,
) -> RuleOutcome:
    text = statement.spaced_text
    own = [m for m in statement.by_label(*TEMPORAL) if status(m) in (HELD, LAPSED)]
    qualified_on, qualified_mention = _qualification_date(statement, own, applicant, reference_date)
    sources: list[tuple[float, float, str, list[Mention]]] = []  # (years, confidence, line, spans)

    breaks, of_breaks = _career_breaks(statement, reference_date)
    own = [m for m in own if m not in of_breaks]  # "a five-year career break" is not work
    totals: list[tuple[float, Mention]] = []
    for mention in own:
        if mention.label != "DURATION":
            continue
        if not dates.is_experience_duration(text, mention.start, mention.end):
            continue
        clause = _clause(statement, mention)
        if _someone_elses(statement, mention, clause):
            continue
        if rule.post_qualification and _parts_before_qualifying(statement, mention, own):
            continue
        kind = work_kind(clause)
        if not _counts(kind, rule, qualified_on) or _outside_domain(rule, clause):
            continue
        if rule.post_qualification and (
            not (kind == "qualified" or _is_post_qualification(clause))
            or BEFORE_QUALIFYING_RE.search(text, max(0, mention.start - 12), mention.start)
            or PRE_QUALIFYING_AFTER_RE.match(text, mention.end)
        ):
            continue
        years = dates.resolve_duration(mention.text)
        if years:
            totals.append((years, mention))
    if totals:
        years, mention = max(totals, key=lambda pair: pair[0])
        line = f"States {' '.join(mention.text.split())} = {years:g} years."
        since = dates.years_between(qualified_on, reference_date) if qualified_on else None
        if rule.post_qualification and since is not None and since < years:
            # "I have worked in occupational therapy for ten years, eight of them as an OT
            # assistant" after qualifying in 2024: no more years are post-qualifying than have
            # passed since qualifying.
            years = max(since, 0.0)
            line += (
                f" Qualified {qualified_on:%Y-%m}, so at most {years:.1f} of them are "
                "post-qualifying."
            )
        sources.append((years, 0.9, line, [mention]))

    ranges: list[tuple[dt.date, dt.date, Mention]] = []
    for mention in own:
        if mention.label not in ("DATE_RANGE", "DATE"):
            continue
        clause = _clause(statement, mention)
        # study told in a clause of its own does not make the dated work beside it study ("OT
        # in the team since '19, and before that ... while I did my degree part-time")
        if _is_study(clause):
            continue
        if not _counts(work_kind(clause), rule, qualified_on) or _outside_domain(rule, clause):
            continue
        if mention.label == "DATE":
            # "My current post, as an OT with Sunderland City Council, began in 2015": a start
            # date of work that goes on is a range to the present.
            start = dates.resolve_date(mention.text)
            sentence = statement.sentence_of(mention)
            # "I started ... on 4 September 2024 and I am still there", "since I joined the
            # Assessment Team in 2018": the work goes on, told in the sentence around the date
            joined_since = SINCE_STARTED_RE.search(text, sentence.start, mention.start)
            returned = RETURNED_RE.search(clause)
            started = joined_since or returned or STARTED_RE.search(clause)
            goes_on = (
                joined_since
                or returned
                or ONGOING_WORK_RE.search(clause)
                or STILL_THERE_RE.search(text, mention.end, sentence.end)
            )
            if start is None or not (started and goes_on):
                continue
            resolved: tuple[dt.date, dt.date] | None = (start, reference_date)
        else:
            resolved = dates.resolve_range(mention.text, reference_date)
        if resolved is None:
            continue
        first, last = resolved
        if rule.post_qualification and qualified_on is not None:
            first = max(first, qualified_on)
        if first < last:
            ranges.append((first, last, mention))
    if ranges:
        years = dates.merged_years([(first, last) for first, last, _ in ranges])
        parts = " + ".join(
            f"{_fmt(first, reference_date)}..{_fmt(last, reference_date)}"
            for first, last, _ in sorted(ranges, key=lambda r: r[0])
        )
        overlap = " (overlaps counted once)" if len(ranges) > 1 else ""
        cut = " counted from qualifying" if rule.post_qualification and qualified_on else ""
        sources.append(
            (
                years,
                0.9,
                f"Employment {parts}{cut} = {years:.1f} years{overlap}.",
                [r[2] for r in ranges],
            )
        )

    if (
        rule.post_qualification
        and qualified_on is not None
        and not (breaks and (None in breaks or _dated_return(statement)))
    ):
        # a break of unstated length, or one the applicant dates their return from (the work
        # is then told), leaves the years since qualifying uncounted
        years = dates.years_between(qualified_on, reference_date)
        where = "on the application form" if qualified_mention is None else "in the statement"
        to_now = (
            f"Qualified {qualified_on:%Y-%m} ({where}), so {years:.1f} years to "
            f"{reference_date:%Y-%m-%d}"
        )
        if breaks:
            away = sum(length for length in breaks if length is not None)
            years -= away
            line = (
                f"{to_now}, less a career break of {away:.1f} years = {years:.1f}, assuming "
                "practice otherwise."
            )
        else:
            line = f"{to_now}, assuming continuous practice."
        sources.append(
            (max(years, 0.0), 0.65, line, [qualified_mention] if qualified_mention else [])
        )

    kind = "post-qualifying experience" if rule.post_qualification else "experience"
    wanted = f"{rule.min_years:g} years' {kind}"
    if not sources:
        return not_mentioned(f"how many years of {kind} the applicant has")
    years, confidence, line, spans = max(sources, key=lambda source: (source[0], source[1]))
    if years >= rule.min_years:
        # A firmer source that also reaches the minimum is preferred over the inference.
        firm = [s for s in sources if s[0] >= rule.min_years and s[1] > confidence]
        if firm:
            years, confidence, line, spans = max(firm, key=lambda s: s[1])
        verdict = Verdict.met
    else:
        # Fewer years than asked is not met, as a panel marks it; marked for review (never a
        # rejection on the machine's own count), since a job the machine did not read would
        # change the sum.
        verdict = Verdict.not_met
    lines = [line, f"Needs {wanted}: {'reached' if verdict is Verdict.met else 'not reached'}."]
    return RuleOutcome(
        verdict=verdict,
        confidence=confidence,
        evidence=sentence_spans(statement, [m for m in spans if m is not None]),
        explanation=tuple(lines),
        needs_review=verdict is Verdict.not_met,
    )


def _dated_return(statement: ParsedStatement) -> bool:
    """A return to the work told with its date ("I returned to social work in January 2024")."""
    text = statement.spaced_text
    return any(
        RETURNED_RE.search(_clause(statement, m)) is not None
        for m in statement.by_label("DATE", "DATE_RANGE")
        if RETURNED_RE.search(text, statement.sentence_of(m).start, m.start) is not None
    )


def _career_breaks(
    statement: ParsedStatement, reference_date: dt.date
) -> tuple[list[float | None], set[Mention]]:
    """Each career break the statement tells, with its length in years (None when it is not
    told), and the dates and durations that are the breaks' own: its length right before it
    ("a five-year career break") or its dates soon after it ("career break to bring up my
    children, Sept 2017 – Aug 2024"). A denied break ("not had a single break") is none."""
    text = statement.spaced_text
    lengths: list[float | None] = []
    own: set[Mention] = set()
    for sentence in statement.sentences:
        for found in CAREER_BREAK_RE.finditer(text, sentence.start, sentence.end):
            if BREAK_DENIED_RE.search(text, sentence.start, found.start()):
                continue
            temporal = [
                m
                for m in statement.mentions_by_sentence.get(sentence.index, ())
                if m.label in TEMPORAL
            ]
            length: float | None = None
            for m in temporal:
                if m.label == "DURATION" and 0 <= found.start() - m.end <= 2:
                    length = dates.resolve_duration(m.text)
                elif (
                    m.label == "DATE_RANGE"
                    and 0 <= m.start - found.end() <= employment.BREAK_DATES_REACH
                    and (span := dates.resolve_range(m.text, reference_date)) is not None
                ):
                    length = dates.merged_years([span])
                else:
                    continue
                own.add(m)
                break
            lengths.append(length)
    return lengths, own


def _qualification_date(
    statement: ParsedStatement,
    own: list[Mention],
    applicant: Applicant | None,
    reference_date: dt.date,
) -> tuple[dt.date | None, Mention | None]:
    """The latest date the applicant says they qualified, or the form's ``qualified_on``."""
    text = statement.spaced_text
    found: list[tuple[dt.date, Mention]] = []
    cues: dict[int, int] = {}  # sentence -> where it first says "qualified"
    # Only sentences with a date of the applicant's are read (a cue never crosses a sentence:
    # each ends before white space or the end of the text).
    for sentence_index in sorted({m.sentence for m in own if m.label in TEMPORAL}):
        sentence = statement.sentences[sentence_index]
        cue = QUALIFIED_RE.search(text, sentence.start, sentence.end)
        if cue is None and any(
            m.label == "QUAL" and status(m) == HELD and _professional(statement, m)
            for m in statement.mentions_by_sentence.get(sentence_index, ())
        ):
            cue = COMPLETED_RE.search(text, sentence.start, sentence.end)
        if cue is not None:
            cues[sentence_index] = cue.start()
    for sentence_index, cue_at in cues.items():
        sentence = statement.sentences[sentence_index]
        candidates: list[tuple[int, dt.date, Mention]] = []
        for mention in statement.mentions_by_sentence.get(sentence_index, ()):
            if mention.label not in TEMPORAL or status(mention) not in (HELD, LAPSED):
                continue
            day: dt.date | None = None
            if mention.label == "DATE":
                day = dates.resolve_date_in(text, mention.start, mention.end)
            elif mention.label == "DURATION" and AGO_RE.match(text, mention.end):
                # "I qualified 18 months ago"
                years = dates.resolve_duration(mention.text) or 0.0
                day = reference_date - dt.timedelta(days=round(years * 365.25))
            elif mention.label == "DATE_RANGE" and _is_study(sentence.text):
                # "MSc Occupational Therapy (2021–2023)": qualified when the course ended
                resolved = dates.resolve_range(mention.text, reference_date)
                day = resolved[1] if resolved and resolved[1] != reference_date else None
            if day is not None:
                # The first date after the cue, else the nearest one before it.
                rank = (
                    mention.start - cue_at
                    if mention.start >= cue_at
                    else 10_000 + cue_at - mention.start
                )
                candidates.append((rank, day, mention))
        if candidates:
            _, day, mention = min(candidates, key=lambda c: c[0])
            found.append((day, mention))
    if found:
        return max(found, key=lambda pair: pair[0])
    if applicant is not None and applicant.qualified_on is not None:
        return applicant.qualified_on, None
    return None, None
