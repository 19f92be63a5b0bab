"""Compile a criterion's wording into a checkable rule, or leave it an evidence criterion.

Each recogniser below reads one kind of requirement (registration, qualification, years of
experience, approved roles, ASYE, driving, Welsh, specialisms, pre-employment checks) and
returns the rule with ``phrase`` set to the words it was read from. Several requirements in
one criterion combine: joined by "or" into ``any_of``, otherwise ``all_of``. Anything no
recogniser claims stays an evidence criterion (``rule`` is ``None``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from criteria.spec import (
    AllOfRule,
    AnyOfRule,
    ApprovedRole,
    ApprovedRoleRule,
    AsyeRule,
    DrivingRule,
    ExperienceYearsRule,
    LanguageLevel,
    LanguageRule,
    PreEmploymentCheck,
    PreEmploymentRule,
    QualificationLevel,
    QualificationRule,
    RegistrationBody,
    RegistrationRule,
    Rule,
    SpecialismsRule,
    Subject,
)


@dataclass(frozen=True)
class _Part:
    rule: Rule
    start: int
    end: int


NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "a": 1,
    "an": 1,
}
NUMBER = r"(?P<number>\d{1,2}(?:\.\d)?|" + "|".join(k for k in NUMBER_WORDS if len(k) > 2) + ")"

BODIES: tuple[tuple[str, RegistrationBody], ...] = (
    (r"\bHCPC\b|health (?:and|&) care profession(?:s|al)? council", RegistrationBody.HCPC),
    (r"social work england|\bSWE\b", RegistrationBody.SWE),
    (r"social care wales|\bSCW\b|care council for wales", RegistrationBody.SCW),
    (r"\bNISCC\b|northern ireland social care council", RegistrationBody.NISCC),
    (r"\bSSSC\b|scottish social services council", RegistrationBody.SSSC),
    (r"\bNMC\b|nursing (?:and|&) midwifery council", RegistrationBody.NMC),
)
SOCIAL_WORK_BODIES = [
    RegistrationBody.SWE,
    RegistrationBody.SCW,
    RegistrationBody.NISCC,
    RegistrationBody.SSSC,
]
SUBJECTS: tuple[tuple[str, Subject], ...] = (
    (r"occupational therap\w*|\bO\.?T\b|\bDipCOT\b", Subject.occupational_therapy),
    (r"social work(?!er)|\bDipSW\b|\bCQSW\b|\bCSS\b", Subject.social_work),
    (
        r"health\s*(?:/|and|&|or)\s*social care|social care|health care|care qualification",
        Subject.health_social_care,
    ),
    (r"\bnurs(?:e|ing)\b|\bRGN\b|\bRMN\b", Subject.nursing),
)
LEVELS: tuple[tuple[str, QualificationLevel], ...] = (
    (r"\bNVQ\b|\bQCF\b|\bRQF\b|level 3\b", QualificationLevel.nvq3),
    (r"\bdiploma\b|\bDipSW\b|\bDipCOT\b|\bCQSW\b", QualificationLevel.diploma),
    (
        r"\bdegree\b(?! of)|\bBSc\b|\bBA\b|(?<!post )(?<!post-)(?<!post)graduate\b",
        QualificationLevel.degree,
    ),
    (
        r"post[- ]?graduate|\bPG ?(?:Dip|Cert)\b|post[- ]?qualifying award",
        QualificationLevel.postgraduate,
    ),
    (r"\bmasters?\b|\bMSc\b|\bMA\b", QualificationLevel.masters),
)
QUALIFICATION_WORDS = re.compile(
    r"(?<!post )(?<!post-)(?<!post)qualifications?\b|\bdegree\b(?! of)|\bdiploma\b|\bmasters?\b"
    r"|\bMSc\b|\bBSc\b|\bNVQ\b|\bDipSW\b|\bDipCOT\b|\bCQSW\b"
    r"|post[- ]?graduate (?:study|studies|award|certificate)|post[- ]?qualifying award",
    re.I,
)
SUBJECT_WINDOW = 50  # characters either side of a qualification word where its subject is named
ROLES: tuple[tuple[str, ApprovedRole], ...] = (
    (
        r"\bAMHP\b|\bAMPH\b|approved (?:adult )?mental health (?:practitioner|professional)",
        ApprovedRole.AMHP,
    ),
    # Northern Ireland's Approved Social Worker (Mental Health (NI) Order 1986) does the AMHP's job
    (r"\bASW\b|approved social worker", ApprovedRole.AMHP),
    (r"\bBIA\b|best interests? assessor", ApprovedRole.BIA),
    (r"\bAMCP\b|\bACMP\b|approved mental capacity professional", ApprovedRole.AMCP),
    (
        r"practice educator|practice education (?:award|accreditation|qualification)|\bPEPS\b"
        # the older name, still used in Northern Ireland: the Practice Teaching Award
        r"|practice teach(?:er|ing) (?:award|qualification)"
        # Scotland's Practice Learning Qualification (Practice Educator) is the same standing
        r"|practice learning qualification|\bPLQ\b",
        ApprovedRole.practice_educator,
    ),
)
COMMITMENT = re.compile(
    r"commitment to (?:train|achieve|undertake|obtain|complete|work towards|become)"
    r"|willing(?:ness)? to (?:train|undertake|complete|work towards)"
    r"|prepared to (?:train|undertake)|or (?:be )?willing"
    # "Practice Educator Award (Stage 1), or the wish to train for it"
    r"|(?:wish|desire|intention|aspiration|keenness) to (?:train|undertake|complete|work towards)",
    re.I,
)
TRAINING = re.compile(
    r"work(?:ing)? towards|currently (?:training|studying)|in training|or training|undertaking"
    r"|willing(?:ness)? to (?:train|study|undertake|work towards)",
    re.I,
)
WELSH_LEVELS = {
    "1": LanguageLevel.entry,
    "2": LanguageLevel.foundation,
    "3": LanguageLevel.intermediate,
    "4": LanguageLevel.advanced,
    "5": LanguageLevel.proficiency,
    "entry": LanguageLevel.entry,
    "foundation": LanguageLevel.foundation,
    "intermediate": LanguageLevel.intermediate,
    "advanced": LanguageLevel.advanced,
    "proficiency": LanguageLevel.proficiency,
    "fluent": LanguageLevel.proficiency,
}


def _span(text: str, matches: list[re.Match[str]]) -> tuple[int, int]:
    return min(m.start() for m in matches), max(m.end() for m in matches)


def _phrase(text: str, start: int, end: int) -> str:
    return text[start:end].strip(" ,;.()")


def _all(pattern: str, text: str) -> list[re.Match[str]]:
    return list(re.finditer(pattern, text, re.I))


def _registration(text: str) -> list[_Part]:
    verbs = _all(r"\bregist(?:er|ered|ration|rable)\b", text)
    if not verbs:
        return []
    found: list[re.Match[str]] = []
    bodies: list[RegistrationBody] = []
    for pattern, body in BODIES:
        for match in _all(pattern, text):
            found.append(match)
            if body not in bodies:
                bodies.append(body)
    if not bodies:
        return []
    if re.search(r"or (?:an? )?equivalent (?:body|regulator)", text, re.I) and any(
        b in SOCIAL_WORK_BODIES for b in bodies
    ):
        bodies += [b for b in SOCIAL_WORK_BODIES if b not in bodies]
    profession = None
    if re.search(r"occupational therap", text, re.I):
        profession = "occupational therapist"
    elif re.search(r"social work", text, re.I):
        profession = "social worker"
    start, end = _span(text, verbs + found)
    rule = RegistrationRule(bodies=bodies, profession=profession, phrase=_phrase(text, start, end))
    return [_Part(rule, start, end)]


def _qualification(text: str) -> list[_Part]:
    words = list(QUALIFICATION_WORDS.finditer(text))
    if not words:
        return []
    if re.search(r"\b(?:additional|further|other|any)\b[^.]{0,30}qualifications?", text, re.I):
        return []  # "Additional qualifications relevant to the service area": evidence
    subjects: list[Subject] = []
    found: list[re.Match[str]] = list(words)
    near = [(max(0, w.start() - SUBJECT_WINDOW), w.end() + SUBJECT_WINDOW) for w in words]
    for pattern, subject in SUBJECTS:
        matches = [m for m in _all(pattern, text) if any(a <= m.start() < b for a, b in near)]
        if matches and subject not in subjects:
            # "recognised by Social Work England" names a regulator, not a subject
            matches = [m for m in matches if not _inside_body(text, m)]
            if matches:
                subjects.append(subject)
                found += matches
    levels: list[QualificationLevel] = []
    for pattern, level in LEVELS:
        matches = _all(pattern, text)
        if matches:
            levels.append(level)
            found += matches
    if not subjects:
        if not levels:
            return []
        subjects = [Subject.any]
    masters_degree = QualificationLevel.masters in levels and QualificationLevel.degree in levels
    if masters_degree and re.search(r"masters?\b[^.,]{0,40}\bdegree", text, re.I):
        levels.remove(QualificationLevel.degree)
    if Subject.occupational_therapy in subjects and Subject.health_social_care in subjects:
        subjects.remove(Subject.health_social_care)
    if Subject.social_work in subjects and Subject.health_social_care in subjects:
        subjects.remove(Subject.health_social_care)
    min_level = min(levels, key=list(QualificationLevel).index) if levels else None
    if _profession_equivalent(text, subjects):
        min_level = None
    accept_training = bool(
        TRAINING.search(text) or re.search(r"studying|student|\bstudy\b", text, re.I)
    )
    start, end = _span(text, found)
    rule = QualificationRule(
        subjects=subjects,
        min_level=min_level,
        accept_training=accept_training,
        phrase=_phrase(text, start, end),
    )
    return [_Part(rule, start, end)]


def _profession_equivalent(text: str, subjects: list[Subject]) -> bool:
    """ "A degree in social work or an equivalent qualification" lets through what the
    regulator recognises as equivalent, the DipSW, CQSW and DipCOT among them, and so does a
    degree "or DipSW": the level the text names is not a minimum (docs/role-spec.md)."""
    professions = {Subject.social_work, Subject.occupational_therapy}
    if not professions & set(subjects):
        return False
    # "Degree ... in social work, or DipSW": the profession's older qualifying awards named
    # beside the degree are any qualifying award, not a diploma minimum
    awards = re.search(r"\bor (?:the |a )?(?:DipSW|CQSW|CSS|DipCOT)\b", text)
    return awards is not None or bool(
        re.search(r"\bor (?:an? )?(?:recognised )?equivalent\b", text, re.I)
    )


def _inside_body(text: str, match: re.Match[str]) -> bool:
    for pattern, _ in BODIES:
        for body in _all(pattern, text):
            if body.start() <= match.start() < body.end():
                return True
    return False


def _experience(text: str) -> list[_Part]:
    pattern = (
        r"(?:(?:at least|a minimum of|minimum of|minimum|min\.?|over|more than|no less than)\s+)?"
        + NUMBER
        + r"\+?\s*(?:\(\d+\)\s*)?(?:or more\s+)?(?P<unit>years?|yrs?|months?)['’]?"
    )
    parts: list[_Part] = []
    matches = _all(pattern, text)
    for position, match in enumerate(matches):
        if parts and match.start() < parts[-1].end:
            continue
        limit = matches[position + 1].start() if position + 1 < len(matches) else len(text)
        tail = text[match.end() : match.end() + 120].lower()
        head = text[max(0, match.start() - 40) : match.start()].lower()
        if not re.search(r"experience|working|work|post[- ]?qualif|practice|employ", tail + head):
            continue
        if re.search(r"period|accidents|every|per year", tail[:30] + head[-20:]):
            continue
        if re.search(r"\bwithin(?: a| the)?\s*$", head):
            continue  # "able to register within six months of appointment" is a deadline
        raw = match.group("number").lower()
        number = float(NUMBER_WORDS.get(raw, 0) or raw)
        if match.group("unit").lower().startswith("month"):
            number = round(number / 12, 2)
        clause = text[match.start() : min(match.end() + 80, limit)]
        post = bool(
            re.search(
                r"post[- ]?qualif|as a qualified|since qualifying|after qualifying"
                r"|qualified experience|post[- ]?registration|as a registered",
                clause,
                re.I,
            )
            # "Post-registration experience of at least one year"
            or re.search(
                r"post[- ]?(?:qualif\w*|registration)\s+(?:experience|practice|work)\b[^.;]{0,25}$",
                head,
            )
        )
        end = match.end()
        if post:
            post_match = re.search(
                r"post[- ]?(?:qualif|registration)\w*|qualified|registered", clause, re.I
            )
            if post_match:
                end = match.start() + post_match.end()
        experience = re.search(r"experience|working", text[match.end() : limit], re.I)
        if experience and experience.start() < 40:
            end = max(end, match.end() + experience.end())
        rule = ExperienceYearsRule(
            min_years=number, post_qualification=post, phrase=_phrase(text, match.start(), end)
        )
        parts.append(_Part(rule, match.start(), end))
    return parts


def _approved_roles(text: str) -> list[_Part]:
    roles: list[ApprovedRole] = []
    found: list[re.Match[str]] = []
    for pattern, role in ROLES:
        matches = _all(pattern, text)
        if matches:
            found += matches
            if role not in roles:
                roles.append(role)
    if not roles:
        return []
    if re.search(
        r"countywide rota|alongside|support(?:ing)? (?:an? )?(?:AMHP|BIA)"
        r"|(?:understanding|knowledge|awareness) of (?:the )?(?:role|work|duties|function)",
        text,
        re.I,
    ) or re.search(
        # "Ability to write clear AMHP reports", "Willingness to join the AMHP rota"
        r"^(?:ability|able|willing(?:ness)?|knowledge|understanding|awareness|commitment)\b"
        r".*\b(?:AMHP|BIA|AMCP)s?\s+(?:reports?|rota|duty|service|team|work|practice)\b",
        text,
        re.I,
    ):
        return []  # knowing about the role, or a skill in its work, is not holding it
    commitment = list(COMMITMENT.finditer(text))
    training = list(TRAINING.finditer(text))
    start, end = _span(text, found + commitment + training)
    order = [r for r in ApprovedRole if r in roles]
    rule = ApprovedRoleRule(
        roles=order,
        accept_training=bool(commitment or training),
        accept_commitment=bool(commitment),
        phrase=_phrase(text, start, end),
    )
    return [_Part(rule, start, end)]


def _asye(text: str) -> list[_Part]:
    # Northern Ireland's Assessed Year in Employment (AYE) is the same first year; "aye" in
    # lower case is a Scots "yes"
    found = _all(
        r"\bASYE\b|assessed (?:and supported )?year in employment|\bNQSW\b|(?-i:\bAYE\b)", text
    )
    if not found:
        return []
    commitment = list(COMMITMENT.finditer(text)) + _all(r"willing to undertake", text)
    start, end = _span(text, found + commitment)
    rule = AsyeRule(accept_commitment=bool(commitment), phrase=_phrase(text, start, end))
    return [_Part(rule, start, end)]


def _driving(text: str) -> list[_Part]:
    found = _all(r"driving licen[cs]e|\bdriver\b|\bable to drive\b|\bcar driver\b", text)
    if not found or re.search(r"licen[cs]e is not required|not required to drive", text, re.I):
        return []
    transport = _all(
        r"access to (?:a |your own |their own )?(?:transport|car|vehicle)"
        r"|own (?:car|vehicle|transport)|use of a (?:car|vehicle)|pool car|(?:a|their) car",
        text,
    )
    alternative = _all(
        r"taxis?|disab\w+|reasonable adjustment|other forms of transport|public transport", text
    )
    start, end = _span(text, found + transport + alternative)
    rule = DrivingRule(
        access_to_transport=bool(transport),
        disability_alternative=bool(alternative),
        phrase=_phrase(text, start, end),
    )
    return [_Part(rule, start, end)]


def _language(text: str) -> list[_Part]:
    welsh = _all(r"\bwelsh\b|\bcymraeg\b", text)
    if not welsh:
        return []
    if re.search(
        r"importance of|awareness of|understanding of|culture", text, re.I
    ) and not re.search(
        r"speak|communicate|fluen|level \d|conversation|written and spoken|spoken", text, re.I
    ):
        return []
    if not re.search(
        r"speak|communicate|fluen|level|conversation|spoken|written|skills|speaker|language|ability",
        text,
        re.I,
    ):
        return []
    level = None
    found = list(welsh)
    level_match = re.search(
        r"level\s*(?P<digit>[1-5])|(?P<word>entry|foundation|intermediate|advanced|proficiency|fluent)",
        text,
        re.I,
    )
    if level_match:
        key = (level_match.group("digit") or level_match.group("word")).lower()
        level = WELSH_LEVELS[key]
        found.append(level_match)
    start, end = _span(text, found)
    sentence_start = text.rfind(".", 0, start) + 1
    start = min(start, sentence_start if start - sentence_start < 60 else start)
    rule = LanguageRule(language="welsh", min_level=level, phrase=_phrase(text, start, end))
    return [_Part(rule, start, end)]


def _specialisms(text: str) -> list[_Part]:
    match = re.search(
        r"(?:in |at least )?(?P<count>\d|one|two|three|four)\s+(?:or more\s+)?of the following"
        r"(?: areas| specialisms| specialist areas)?\s*:?\s*(?P<options>.+)$",
        text,
        re.I,
    )
    if not match:
        return []
    raw_options = re.split(r"[,;/]|\bor\b", match.group("options"))
    options = [re.sub(r"^and\s+", "", o.strip(" .")) for o in raw_options]
    options = [o for o in options if o]
    raw = match.group("count").lower()
    count = int(NUMBER_WORDS.get(raw, 0) or raw)
    if not options or count > len(options):
        return []
    rule = SpecialismsRule(
        options=options, min_count=count, phrase=_phrase(text, match.start(), match.end())
    )
    return [_Part(rule, match.start(), match.end())]


CHECKS: tuple[tuple[str, PreEmploymentCheck], ...] = (
    (
        r"\bDBS\b|disclosure (?:and|&) barring|\bCRB\b|criminal records? check",
        PreEmploymentCheck.dbs,
    ),
    (
        r"right to work|eligib\w+ to work in the UK|authority to work|permission to work",
        PreEmploymentCheck.right_to_work,
    ),
    (
        r"occupational health clearance|medical clearance|health clearance|medical check",
        PreEmploymentCheck.medical,
    ),
    (r"satisfactory references", PreEmploymentCheck.references),
)


def _pre_employment(text: str) -> list[_Part]:
    parts = []
    for pattern, check in CHECKS:
        matches = _all(pattern, text)
        if matches:
            start, end = _span(text, matches)
            sentence = _phrase(text, start, end)
            check_word = re.search(r"\bcheck\b|clearance|disclosure", text[end : end + 30], re.I)
            if check_word:
                end += check_word.end()
                sentence = _phrase(text, start, end)
            parts.append(_Part(PreEmploymentRule(check=check, phrase=sentence), start, end))
    return parts


RECOGNISERS: tuple[Callable[[str], list[_Part]], ...] = (
    _registration,
    _qualification,
    _experience,
    _approved_roles,
    _asye,
    _driving,
    _language,
    _specialisms,
    _pre_employment,
)


NEWLY_QUALIFIED = re.compile(
    r"\bor\b[^.;]{0,60}?\b(?P<route>newly[- ]qualified|NQSW|recently qualified)", re.I
)


def _newly_qualified_route(text: str, parts: list[_Part]) -> list[_Part]:
    """ "Two years' post-qualifying experience, or newly qualified with ..." is two routes in:
    the years, or being a newly qualified worker (who does the ASYE). Without this route the
    years would read as a flat minimum that turns away the newly qualified the text invites."""
    if any(part.rule.kind == "asye" for part in parts):
        return parts
    for part in parts:
        if part.rule.kind != "experience_years":
            continue
        match = NEWLY_QUALIFIED.search(text, part.end)
        if match is not None:
            route = AsyeRule(accept_commitment=True, phrase=match.group("route"))
            return [*parts, _Part(route, match.start("route"), match.end("route"))]
    return parts


# Alternatives a document printed with "AND" / "OR" on lines of their own, joined back into one
# criterion: "Hold a degree AND be registered OR hold a diploma AND ...". The capitals group
# the requirements into routes (any one route, every requirement of it).
CAPITAL_OR = re.compile(r"\s+OR\s+")
CAPITAL_AND = re.compile(r"\s+AND\s+")


def _capital_routes(text: str) -> Rule | None:
    """The routes of a criterion joined by capital AND / OR, or ``None`` when it has no such
    joiners, a part of a route is not checkable, or every route is the same kind of requirement
    (then the wording as a whole says it better: "AMHP OR willing to train")."""
    if text.isupper() or not (CAPITAL_OR.search(text) or CAPITAL_AND.search(text)):
        return None
    routes: list[Rule] = []
    for route in CAPITAL_OR.split(text):
        rules = [_compile(part) for part in CAPITAL_AND.split(route)]
        checkable = [rule for rule in rules if rule is not None]
        if len(checkable) != len(rules):
            return None
        routes.append(
            checkable[0] if len(checkable) == 1 else AllOfRule(rules=checkable, phrase=route)
        )
    if len(routes) == 1:
        return routes[0]
    if len({route.kind for route in routes}) == 1 and routes[0].kind not in {"all_of", "any_of"}:
        return None
    return AnyOfRule(rules=routes, phrase=text)


def compile_rule(text: str) -> Rule | None:
    """The rule a criterion's wording states, or ``None`` for an evidence criterion."""
    return _capital_routes(text) or _compile(text)


def _compile(text: str) -> Rule | None:
    parts: list[_Part] = []
    for recogniser in RECOGNISERS:
        parts.extend(recogniser(text))
    if not parts:
        return None
    parts = _newly_qualified_route(text, _drop_overlaps(parts))
    if len(parts) == 1:
        return parts[0].rule
    parts.sort(key=lambda part: part.start)
    start, end = parts[0].start, max(p.end for p in parts)
    # "One of the following awards: BIA; AMHP; Practice Educator" offers a choice too
    one_of = re.search(r"\b(?:one|any|either) of the following\b", text[: parts[0].start], re.I)
    joined_by_or = bool(one_of) or any(
        re.search(r"\bor\b", text[a.end : b.start], re.I) for a, b in itertools.pairwise(parts)
    )
    rules = [part.rule for part in parts]
    phrase = _phrase(text, start, end)
    if joined_by_or:
        return AnyOfRule(rules=rules, phrase=phrase)
    return AllOfRule(rules=rules, phrase=phrase)


def _drop_overlaps(parts: list[_Part]) -> list[_Part]:
    """A qualification "recognised by the HCPC" is one requirement, not two: when a
    qualification and a registration were read from the same words, the registration wins
    only if the text says "registered"; an ASYE or approved role inside a qualification's
    span is the more specific reading."""
    kinds = {part.rule.kind for part in parts}
    kept = list(parts)
    if "approved_role" in kinds or "asye" in kinds:
        specific = [p for p in parts if p.rule.kind in {"approved_role", "asye"}]
        kept = [
            p
            for p in kept
            if p.rule.kind != "qualification"
            or not any(s.start <= p.start < s.end or p.start <= s.start < p.end for s in specific)
            or _qualification_stands_alone(p)
        ]
    # "One of the following awards: BIA; AMHP; Practice Educator": a choice among checkable
    # facts is those facts, not specialisms, and "award" alone is not a qualification
    for choice in [p for p in kept if p.rule.kind == "specialisms"]:
        within = [p for p in kept if p is not choice and choice.start <= p.start < choice.end]
        if any(p.rule.kind != "qualification" for p in within):
            loose = {id(p) for p in within if p.rule.kind == "qualification"}
            loose -= {id(p) for p in within if _qualification_stands_alone(p)}
            kept = [p for p in kept if p is not choice and id(p) not in loose]
    return kept


def _qualification_stands_alone(part: _Part) -> bool:
    rule = part.rule
    return isinstance(rule, QualificationRule) and rule.subjects != [Subject.any]
