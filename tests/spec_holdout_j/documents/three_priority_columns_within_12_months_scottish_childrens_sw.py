"""Scottish council, social worker in a children and families practice team: a wide table
Criteria | Essential at appointment | Essential within 12 months | Desirable | How assessed,
the three priority columns ticked ✓, under spanning category rows. The middle column holds
what the post-holder must have gained within a year of starting (training the council
provides), so at shortlisting it is an essential criterion met by a commitment.

What makes it hard: THREE priority columns where the model has two; "Essential within 12
months" is essential, and where it names an approved role it accepts training and a
commitment; the ✓ is the only content of the priority cells; "12 months" is one year; the PVG
Scheme is Scotland's disclosure; the codes (A, I, W, C) are keyed in a sentence after the
table.

Recruiter's reading:
- Essential at appointment and Essential within 12 months → essential; Desirable →
  desirable. A = application form, I = interview, W = written exercise (test), C =
  certificates and registration seen (documentation).
- "Degree or Diploma in Social Work, or an equivalent qualification accepted by the SSSC":
  social work qualification. "Registration with the Scottish Social Services Council as a
  social worker": SSSC.
- "Practice Learning Qualification (Practice Educator), or equivalent" ticked within 12
  months: practice educator, training and commitment accepted.
- "Postgraduate award in child welfare and protection": a postgraduate qualification of any
  subject (the model has no child-protection subject); a recruiter might leave it unruled.
- "A minimum of 12 months' post-qualifying experience in a social work setting": 1 year
  post-qualification, no domain.
- The travel criterion: driving with access to a vehicle and the disability alternative
  ("reasonable adjustments").
- "Membership of the PVG Scheme for regulated work with children, or willingness to join":
  DBS (the model has no PVG).
- SCIM training and Safe and Together knowledge "within 12 months" are essential evidence
  criteria (no rule).
"""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    TEST,
    Legend,
    approved,
    check,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

TITLE = "Social Worker – Children and Families Practice Team (Grade SW2)"
L = Legend({"A": APP, "I": IV, "W": TEST, "C": DOC})
NOW, YEAR, NICE = "at appointment", "within 12 months", "desirable"

GROUPS: list[tuple[str, list[tuple[str, Want]]]] = [
    ("Qualifications and training", [
        (NOW, L.E("Degree or Diploma in Social Work, or an equivalent qualification accepted "
                  "by the SSSC", "A, C", rule=qual("social_work"))),
        (NOW, L.E("Registration with the Scottish Social Services Council as a social worker",
                  "A, C", rule=reg("SSSC"))),
        (YEAR, L.E("Scottish Child Interview Model (SCIM) joint investigative interview "
                   "training", "A")),
        (YEAR, L.E("Practice Learning Qualification (Practice Educator), or equivalent", "A",
                   rule=approved("practice_educator", commitment=True, training=True))),
        (NICE, L.D("Postgraduate award in child welfare and protection", "A, C",
                   rule=qual("any", level="postgraduate"))),
    ]),
    ("Experience", [
        (NOW, L.E("A minimum of 12 months' post-qualifying experience in a social work "
                  "setting", "A", rule=years(1, pq=True))),
        (NOW, L.E("Experience of statutory social work with children and families, including "
                  "child protection investigations", "A, I")),
        (NICE, L.D("Experience of preparing reports for Children's Hearings and the courts",
                   "A, I")),
        (NICE, L.D("Experience of working alongside kinship carers or foster carers", "A, I")),
    ]),
    ("Knowledge", [
        (NOW, L.E("Knowledge of the Children (Scotland) Act 1995, the Children's Hearings "
                  "(Scotland) Act 2011 and the National Guidance for Child Protection in "
                  "Scotland", "A, I")),
        (NOW, L.E("Understanding of Getting it Right for Every Child (GIRFEC) and the "
                  "commitments of The Promise", "I")),
        (YEAR, L.E("Working knowledge of the Safe and Together model", "I")),
    ]),
    ("Skills and abilities", [
        (NOW, L.E("Ability to build trusting relationships with children, young people and "
                  "families who may be reluctant to engage", "I")),
        (NOW, L.E("Ability to analyse risk and record decisions clearly and promptly",
                  "I, W")),
        (NICE, L.D("Ability to use the Signs of Safety approach in assessment and planning",
                   "I")),
    ]),
    ("Other", [
        (NOW, L.E("Current driving licence and access to a vehicle for work; where a "
                  "disability prevents driving, the council will consider reasonable "
                  "adjustments", "A", rule=driving(transport=True, disability=True))),
        (NOW, L.E("Membership of the PVG Scheme for regulated work with children, or "
                  "willingness to join", "C", rule=check("dbs"))),
    ]),
]

TICK = "✓"
ROWS: list[tuple[str, ...]] = [
    ("Criteria", "Essential at appointment", "Essential within 12 months", "Desirable",
     "How assessed"),
]
for category, items in GROUPS:
    ROWS.append((category,))
    for column, want in items:
        ROWS.append((want.text, TICK if column == NOW else "", TICK if column == YEAR else "",
                     TICK if column == NICE else "", want.code))

BLOCKS = (
    Para("Clydemuir Council", bold=True),
    Para("Education and Children's Services – Children and Families Social Work"),
    Heading("Employee Specification"),
    Para(f"Post: {TITLE}.   Post ref: ECS/CF/0318.   Hours: 35 per week"),
    Para("The table shows what you must bring to the post on the day you start (Essential at "
         "appointment), what you must gain within your first 12 months in post through the "
         "training we provide (Essential within 12 months), and what would be an advantage "
         "(Desirable)."),
    Table(tuple(ROWS), widths=(48, 15, 13, 11, 13)),
    Para("How assessed: A – application form; I – interview; W – written exercise on the day "
         "of interview; C – certificates, SSSC registration and PVG membership seen before "
         "appointment."),
)

DOCUMENT = CorpusDocument(
    name="three_priority_columns_within_12_months_scottish_childrens_sw",
    layout="wide table Criteria | Essential at appointment | Essential within 12 months | "
           "Desirable | How assessed, ✓ in one of the three priority columns, spanning "
           "category rows, codes keyed after the table",
    formats=("pdf", "docx"),
    description="Scottish council children and families social worker; three priority "
                "columns, the middle one an essential met by training or commitment.",
    blocks=BLOCKS,
    roles=(TruthRole(TITLE, tuple(w for _, items in GROUPS for _, w in items)),),
)
