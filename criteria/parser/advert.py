"""Criteria from a job advert that has no person specification, and what a document that is
neither (a shortlisting matrix, a duties-only job description, a letter) looks like.

An advert states its requirements in a few recognisable ways: a section headed "What will I
need?", "Requirements:", "About you", "What we are looking for"; or a sentence anywhere that
starts "You must ...", "You will need ...", "The successful candidate will have ...". Those
become criteria, essential unless their wording says desirable ("would be an advantage").
Everything else in an advert (the role, the team, pay, benefits, how to apply) is not.
"""

from __future__ import annotations

import re

from criteria.parser.extract import Item, text_priority
from criteria.parser.noise import not_a_criterion, starts_non_criteria_section
from criteria.parser.rows import Row
from criteria.parser.text import clean, strip_bullet
from criteria.spec import Priority

REQUIREMENTS_HEADING = re.compile(
    r"^(?:what (?:will )?(?:i|you)(?:'ll| will)? need|what you(?:'ll| will)? need"
    r"|what (?:we are|we're|we’re) looking for|what you(?:'ll| will)? (?:bring|have)"
    r"|(?:key |essential |minimum )?requirements|about you|who (?:we are|we're) looking for"
    r"|the ideal candidate|to be successful(?: in this role)?(?:,? you will need)?"
    r"|skills,? (?:knowledge )?and experience(?: required| needed)?"
    r"|what (?:do )?(?:i|you) need(?: to (?:have|bring))?|you will (?:need|have)"
    r"|(?:qualifications|experience) (?:required|needed))\s*[:?]?$",
    re.I,
)
REQUIREMENT_SENTENCE = re.compile(
    r"^(?:you must|you(?:'ll| will) (?:also )?need|you should (?:also )?(?:have|be|hold)"
    r"|you need to (?:have|be|hold)"
    r"|(?:the )?successful (?:candidate|applicant)s? (?:will|must|should)"
    r"|(?:the )?ideal (?:candidate|applicant)s? (?:will|must|should)"
    r"|(?:applicants|candidates) (?:must|should|will need)|it is essential that you"
    r"|you will (?:also )?(?:be|have) (?:a |an )?(?:qualified|registered|experienced)"
    r"|you(?:'ll| will) (?:also )?(?:have|hold) (?:at least |a minimum of |over )?"
    r"(?:\d|one|two|three|four|five|a (?:degree|diploma|full|current|recognised|relevant)"
    r"|an? (?:social work|occupational therapy)|(?:post[- ]?qualifying )?experience|knowledge)"
    r"|(?:experience|knowledge|understanding|an? [\w -]{3,40}qualification) (?:of|in|with) .{5,120}"
    r"\b(?:is essential|is desirable|would be (?:desirable|an advantage|beneficial|useful))"
    r"|(?:an? |the )?[\w' -]{3,80}\b(?:is|are) (?:essential|required|desirable)\b)",
    re.I,
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def advert_requirements(rows: list[Row]) -> list[Item]:
    """The requirements an advert states, in document order."""
    items: list[Item] = []
    seen: set[str] = set()
    under_heading = False
    for row in rows:
        for cell in row.filled:
            for raw in re.split(r"\n| • ", cell):
                text = clean(raw)
                if not text:
                    continue
                body, bulleted = strip_bullet(text)
                if REQUIREMENTS_HEADING.match(body):
                    under_heading = True
                    continue
                if not bulleted and _ends_section(body):
                    under_heading = False
                    if starts_non_criteria_section(body):
                        continue
                candidates = [body] if under_heading and bulleted else _sentences(body)
                for sentence in candidates:
                    if not _requirement(sentence, under_heading=under_heading, bulleted=bulleted):
                        continue
                    criterion = sentence.strip().rstrip(".;")
                    key = criterion.lower()
                    if not criterion or key in seen or not_a_criterion(criterion):
                        continue
                    seen.add(key)
                    items.append(
                        Item(
                            text=criterion,
                            priority=text_priority(criterion) or Priority.essential,
                            category=None,
                            line=row.line,
                        )
                    )
    return items


def _requirement(sentence: str, *, under_heading: bool, bulleted: bool) -> bool:
    """A bullet under a requirements heading, a short line there, or a requirement sentence."""
    if under_heading and (bulleted or _short_requirement(sentence)):
        return True
    return bool(REQUIREMENT_SENTENCE.match(sentence))


def _sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def _ends_section(text: str) -> bool:
    """A heading-like line (short, no full stop) or a non-criteria section ends a requirements
    section; a requirement written as a sentence does not."""
    if starts_non_criteria_section(text):
        return True
    return (
        len(text.split()) <= 6 and not text.endswith(".") and not REQUIREMENT_SENTENCE.match(text)
    )


def _short_requirement(text: str) -> bool:
    """An unbulleted line under a requirements heading that reads as one requirement."""
    return len(text.split()) <= 25 and not text.endswith("?")


MATRIX_HEADER = re.compile(r"^(?:candidate|applicant)s?\b(?: (?:no|number|name|ref))?", re.I)
MATRIX_SCORE = re.compile(r"\b(?:total|score|shortlist(?:ed)?|y/n|points)\b", re.I)
MATRIX_TOTAL = re.compile(r"^(?:total(?: score)?|shortlist(?:ed)?\s*\(?y/n\)?|score)$", re.I)
SCORE_CELL = re.compile(r"^(?:\d{1,3}(?:\.\d)?|y|n|yes|no)$", re.I)
MATRIX_TITLE = re.compile(
    r"^(?:shortlisting|scoring) (?:matrix|grid|record|form|sheet|scores?)\b", re.I
)
DUTIES = re.compile(
    r"^(?:(?:main|key|principal) )?(?:duties|responsibilities|accountabilities)"
    r"|^(?:job|main) purpose|^what you(?:'ll| will) (?:do|be doing)|^(?:your|the) role\b"
    r"|^key (?:tasks|activities)",
    re.I,
)
TRAINING_TITLE = re.compile(
    r"^(?:(?:a |the )?training needs analysis|training (?:plan|matrix|programme|schedule)"
    r"|(?:mandatory|statutory) training (?:matrix|requirements|plan)"
    r"|learning and development (?:plan|matrix))\b",
    re.I,
)
TRAINING = "a training needs analysis (training by role, not a job's criteria)"
# An interview question sheet: the panel's questions with a score for each. Its "criterion
# tested (E)" column looks like a specification's, but it asks questions, it does not set them.
INTERVIEW_TITLE = re.compile(
    r"^(?:(?:panel|competency|structured|values-based) )?interview (?:questions?|scoring"
    r"|assessment|record)\b",
    re.I,
)
QUESTION_COLUMN = re.compile(r"^(?:interview )?questions?(?: asked)?$", re.I)
SCORE_COLUMN = re.compile(r"\b(?:score|mark|rating)s?\b", re.I)
SCORING_LINE = re.compile(r"\bpass mark\b|\btotal score\b|\bscoring guide\b", re.I)
INTERVIEW = "an interview question sheet (the panel's questions and scores, not the criteria)"
QUESTIONS_TO_REFUSE = 3
LETTER = re.compile(r"^(?:dear\b|yours (?:sincerely|faithfully))", re.I)


def what_it_is(rows: list[Row]) -> str | None:
    """What a document with no person specification and no requirements seems to be."""
    for row in rows:
        cells = [clean(c) for c in row.filled]
        scored = any(MATRIX_SCORE.search(c) for c in cells[1:])
        if row.table and cells and MATRIX_HEADER.match(cells[0]) and scored:
            return "a shortlisting matrix (candidates and their scores)"
        candidates = sum(1 for c in cells if MATRIX_HEADER.match(c))
        totals = bool(cells) and bool(MATRIX_TOTAL.match(cells[0])) and len(cells) >= 3
        if row.table and (
            candidates >= 2 or (totals and all(SCORE_CELL.match(c) for c in cells[1:]))
        ):
            return "a shortlisting matrix (candidates and their scores)"
        if not row.table and cells and MATRIX_TITLE.match(cells[0]):
            return "a shortlisting matrix (candidates and their scores)"
        if not row.table and cells and TRAINING_TITLE.match(cells[0]):
            return TRAINING
    if _interview_questions(rows):
        return INTERVIEW
    texts = [clean(row.text) for row in rows]
    if any(LETTER.match(t) for t in texts):
        return "a letter"
    if any(DUTIES.match(t) for t in texts):
        return "a job description or advert with duties but no requirements"
    return None


def _interview_questions(rows: list[Row]) -> bool:
    """Titled as interview questions, or shaped like them: a Question column beside a Score
    column, or several questions (first cells ending "?") with a pass mark or total score."""
    questions = 0
    scoring = False
    for row in rows:
        cells = [clean(c) for c in row.filled]
        if not cells:
            continue
        if not row.table and INTERVIEW_TITLE.match(cells[0]):
            return True
        if (
            row.table
            and any(QUESTION_COLUMN.match(c) for c in cells)
            and any(SCORE_COLUMN.search(c) for c in cells)
        ):
            return True
        questions += cells[0].endswith("?")
        scoring = scoring or any(SCORING_LINE.search(c) for c in cells)
    return scoring and questions >= QUESTIONS_TO_REFUSE
