"""What shows practice-education experience without the title, as data.

Supervising and assessing students on their placements is the work of a practice educator
("For the last four years I have supervised occupational therapy students on their eight-week
placements"). Where the criterion asks for *experience* as a practice educator, a panel counts it
as some of that experience, but not as the role or award, which the statement does not name:
partly met, for a person to check. Where it asks for the qualification or status ("Practice
Educator (Level 2)"), supervising students is not it.
"""

from __future__ import annotations

# The applicant's own verb or role, then the students within a few words ("supervised
# occupational therapy students", "an on-site supervisor for two first-year social work
# students"); the sentence must be in the first person.
STUDENT_SUPERVISION_RE = (
    r"\b(?:supervis(?:e|ed|es|ing|or)|on-site supervisor|practice assessor|assess(?:ed|ing)?"
    r"|mentor(?:ed|ing)?|educat(?:e|ed|ing)|long-arm supervisor)\b"
    r"(?:\W+[\w-]+){0,6}?\W+students?\b"
)
# The applicant on the receiving end: "As a student I was supervised by a practice educator".
RECEIVING_RE = r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:supervised|assessed|mentored)\b"
FIRST_PERSON_RE = r"\bI\b"
# A criterion that asks for experience in the role, not for the award.
EXPERIENCE_ASKED_RE = r"\bexperience\b"
DENIAL_RE = r"\b(?:not|never|no)\b|n['’]t\b"
