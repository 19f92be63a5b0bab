"""London borough adult social care, two roles in one document: "Part 1 – Social Worker
(PO1–PO3)" with a full table Criteria | Essential / Desirable | Assessment method (category
rows, "Essential" / "Desirable" in words, methods coded AF / I / T / C with the key at the
top), then "Part 2 – Senior Social Worker (PO4–PO5)", whose table is headed only "As for
Social Worker, plus:" and lists six additional criteria; a sentence under the Part 2
heading says the senior experience criterion "replaces the Social Worker experience
criterion".

What makes it hard: the senior role's own table holds only six rows, but a recruiter's matrix
for the senior role is the Social Worker criteria plus these, less the one replaced.

Recruiter's reading:
- Truth for Social Worker: the eleven Part 1 criteria in order.
- Truth for Senior Social Worker: the Part 1 criteria in their order without "Completed the
  ASYE or have at least 12 months' post-qualifying experience in adult social care" (the
  sentence says the senior experience criterion replaces it), then the six Part 2 criteria
  in their order. Inherited criteria keep their Part 1 priority and stages (the BIA criterion
  stays desirable for the senior role).
- "Able to travel across the borough to carry out home visits" is not a licence requirement:
  no driving rule (any way of travelling meets it).
- "Practice Educator Professional Standards Stage 1, or working towards it" accepts training
  under way, not a bare commitment; "Best Interests Assessor qualification, or willingness to
  train" accepts a commitment.
"""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    TEST,
    Legend,
    any_of,
    approved,
    asye,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, PageBreak, Para, Table, TruthRole

KEY = Legend({"AF": APP, "I": IV, "T": TEST, "C": DOC})
E, D = KEY.E, KEY.D

SW_GROUPS = [
    ("Qualifications", [
        E("Degree or Diploma in Social Work, or an equivalent qualification recognised by "
          "Social Work England", "AF / C", rule=qual("social_work")),
        E("Registered as a social worker with Social Work England", "AF / C", rule=reg("SWE")),
        D("Best Interests Assessor qualification, or willingness to train", "AF",
          rule=approved("BIA", commitment=True)),
    ]),
    ("Experience", [
        E("Completed the ASYE or have at least 12 months' post-qualifying experience in adult "
          "social care", "AF / I", rule=any_of(asye(), years(1, pq=True))),
        E("Experience of Care Act assessments, support planning and reviews", "AF / I"),
        D("Experience of working with people who have a learning disability or autism",
          "AF / I"),
    ]),
    ("Knowledge", [
        E("Knowledge of the Care Act 2014, the Mental Capacity Act 2005 and adult safeguarding "
          "procedures", "I / T"),
        D("Awareness of the local authority's duties under the Human Rights Act 1998", "I"),
    ]),
    ("Skills", [
        E("Ability to write concise, evidence-based assessments", "T"),
        E("Ability to work with conflict and hold difficult conversations with people and "
          "their families", "I"),
    ]),
    ("Other", [
        E("Able to travel across the borough to carry out home visits", "AF"),
    ]),
]
REPLACED = SW_GROUPS[1][1][0]

SENIOR_PLUS = [
    E("At least three years' post-qualifying experience in adult social care, including "
      "complex safeguarding work", "AF / I", rule=years(3, pq=True)),
    E("Experience of supervising or mentoring social workers, students or social work "
      "assistants", "AF / I"),
    E("Practice Educator Professional Standards Stage 1, or working towards it", "AF / C",
      rule=approved("practice_educator", training=True)),
    E("Experience of chairing safeguarding meetings or leading section 42 enquiries", "AF / I"),
    D("Experience of quality assuring other practitioners' assessments", "AF / I"),
    E("Ability to lead a duty or allocation meeting", "I"),
]

HEADER = ("Criteria", "Essential / Desirable", "Assessment method")
WIDTHS = (120, 32, 28)


def _row(want) -> tuple[str, str, str]:
    return (want.text, want.priority.value.capitalize(), want.code)


SW_ROWS = [HEADER]
for category, wants in SW_GROUPS:
    SW_ROWS.append((category,))
    SW_ROWS += [_row(w) for w in wants]

SOCIAL_WORKER = tuple(w for _, wants in SW_GROUPS for w in wants)

DOCUMENT = CorpusDocument(
    name="two_role_as_for_plus_sw_senior",
    layout="two roles; the senior table is 'As for Social Worker, plus:' with one replacement",
    formats=("docx", "pdf"),
    description="London borough social worker and senior social worker; the senior role "
                "inherits the Social Worker criteria, less one replaced, plus six more.",
    blocks=(
        Para("London Borough of Kingsmere – Adults and Health", bold=True),
        Heading("Person Specification: Social Worker and Senior Social Worker"),
        Para("This document covers two posts in the Community Social Work Teams. Assessment "
             "method: AF = application form, I = interview, T = written test, "
             "C = certificate or registration check."),
        Heading("Part 1 – Social Worker (PO1–PO3)", level=2),
        Table(rows=tuple(SW_ROWS), widths=WIDTHS),
        PageBreak(),
        Heading("Part 2 – Senior Social Worker (PO4–PO5)", level=2),
        Para("Senior Social Workers hold a caseload of complex work and supervise social "
             "workers in their first years of practice. The senior experience criterion below "
             "replaces the Social Worker experience criterion."),
        Table(rows=(("As for Social Worker, plus:",), HEADER, *(_row(w) for w in SENIOR_PLUS)),
              header_rows=2, widths=WIDTHS),
        Para("Kingsmere is a Real Living Wage employer and a signatory to the Care Leavers "
             "Covenant.", small=True),
    ),
    roles=(
        TruthRole("Social Worker (PO1–PO3)", SOCIAL_WORKER),
        TruthRole("Senior Social Worker (PO4–PO5)",
                  (*(w for w in SOCIAL_WORKER if w is not REPLACED), *SENIOR_PLUS)),
    ),
)
