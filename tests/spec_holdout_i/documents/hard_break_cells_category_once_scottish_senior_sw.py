"""Scottish council, senior social worker (adult services): a four-column table Attribute /
Criteria / E or D / How assessed, where the attribute is printed once in the first row of
its group (below it the cell is empty, as a vertically merged cell comes out) and is itself
broken over two lines, and where many criteria are broken with a HARD line break inside their
cell (a new paragraph in Word, a new line in the text copy) in the middle of a sentence. One
row holds two criteria on two lines of one cell, with "E" and "D" on two lines of the priority
cell and two lines of codes.

What makes it hard: a line break in a cell is sometimes the middle of one criterion and once
the boundary between two; the break before "and ..." in the last row does NOT start a second
criterion (one E mark); the category cell "Qualifications and / registration" is broken too;
codes key below the table.

Recruiter's reading:
- Key: AF = application form, I = interview, CS = case study exercise (test), C = certificates
  and registration checked (documentation).
- Broken criteria are joined with a space at the break.
- "Degree in Social Work, DipSW, CQSW or equivalent": social work.
- "Registered with the Scottish Social Services Council (SSSC) as a Social Worker": SSSC.
- "Practice Learning Qualification (Practice Educator) or working towards it": practice
  educator, training accepted.
- "Adult Support and Protection Council Officer training": no rule.
- "A minimum of three years' post-qualifying experience, of which at least one year in adult
  services": 3 years post-qualification, no domain (the domain is for one of the three).
- "Full driving licence and access to a car, or a means of travelling throughout the council
  area in a timely manner": driving with access to a car and the disability alternative.
- "Membership of the PVG Scheme for protected adults, or willingness to join": the disclosure
  check, read as the DBS pre-employment check (Scotland's PVG).
"""

from criteria.spec import Priority
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

TITLE = "Senior Social Worker – Adult Services (Grade SC8)"
L = Legend({"AF": APP, "I": IV, "CS": TEST, "C": DOC})

# (attribute cell, [(printed criteria cell, wants in it)]); a printed cell joins its wants'
# texts, or breaks one want's text, at "\n".
GROUPS: list[tuple[str, list[tuple[str, list[Want]]]]] = [
    ("Qualifications and\nregistration", [
        ("Degree in Social Work, DipSW, CQSW or\nequivalent",
         [L.E("Degree in Social Work, DipSW, CQSW or equivalent", "C",
              rule=qual("social_work"))]),
        ("Registered with the Scottish Social Services Council\n(SSSC) as a Social Worker",
         [L.E("Registered with the Scottish Social Services Council (SSSC) as a Social Worker",
              "C", rule=reg("SSSC"))]),
        ("Practice Learning Qualification (Practice Educator) or\nworking towards it",
         [L.D("Practice Learning Qualification (Practice Educator) or working towards it",
              "AF", rule=approved("practice_educator", training=True))]),
        ("Adult Support and Protection Council Officer training",
         [L.D("Adult Support and Protection Council Officer training", "AF")]),
    ]),
    ("Experience", [
        ("A minimum of three years' post-qualifying experience,\nof which at least one year "
         "in adult services",
         [L.E("A minimum of three years' post-qualifying experience, of which at least one "
              "year in adult services", "AF", rule=years(3, pq=True))]),
        ("Experience of undertaking investigations under the Adult Support and\nProtection "
         "(Scotland) Act 2007",
         [L.E("Experience of undertaking investigations under the Adult Support and "
              "Protection (Scotland) Act 2007", "AF, I")]),
        ("Experience of providing supervision to social workers or students\nExperience of "
         "leading a multi-agency case conference",
         [L.E("Experience of providing supervision to social workers or students", "AF, I"),
          L.D("Experience of leading a multi-agency case conference", "I")]),
        ("Experience of Self-directed Support (SDS) assessments and budgets",
         [L.D("Experience of Self-directed Support (SDS) assessments and budgets", "AF")]),
    ]),
    ("Knowledge", [
        ("Knowledge of the Adults with Incapacity (Scotland) Act 2000\nand guardianship "
         "applications",
         [L.E("Knowledge of the Adults with Incapacity (Scotland) Act 2000 and guardianship "
              "applications", "I, CS")]),
        ("Understanding of the Health and Social Care Standards: My support, my life",
         [L.E("Understanding of the Health and Social Care Standards: My support, my life",
              "I")]),
        ("Awareness of Getting It Right For Everyone (GIRFE)",
         [L.D("Awareness of Getting It Right For Everyone (GIRFE)", "I")]),
    ]),
    ("Skills and\nabilities", [
        ("Ability to analyse complex information and write clear, evidence-based\nreports "
         "for the Sheriff Court",
         [L.E("Ability to analyse complex information and write clear, evidence-based "
              "reports for the Sheriff Court", "CS")]),
        ("Ability to manage competing priorities and a complex caseload",
         [L.E("Ability to manage competing priorities and a complex caseload", "AF, I")]),
        ("Full driving licence and access to a car, or a means of travelling\nthroughout the "
         "council area in a timely manner",
         [L.E("Full driving licence and access to a car, or a means of travelling throughout "
              "the council area in a timely manner", "AF",
              rule=driving(transport=True, disability=True))]),
    ]),
    ("Other", [
        ("Membership of the PVG Scheme for protected adults, or willingness to join",
         [L.E("Membership of the PVG Scheme for protected adults, or willingness to join",
              "C", rule=check("dbs"))]),
        ("Commitment to the SSSC Codes of Practice\nand to continuous professional learning",
         [L.E("Commitment to the SSSC Codes of Practice and to continuous professional "
              "learning", "I")]),
    ]),
]

ROWS: list[tuple[str, ...]] = [("Attribute", "Criteria", "E / D", "How assessed")]
WANTS: list[Want] = []
for attribute, cells in GROUPS:
    for index, (printed, wants) in enumerate(cells):
        marks = "\n".join("E" if w.priority is Priority.essential else "D" for w in wants)
        ROWS.append((attribute if index == 0 else "", printed, marks,
                     "\n".join(w.code for w in wants)))
        WANTS += wants

BLOCKS = (
    Para("Strathallan Council", bold=True),
    Para("Strathallan Health and Social Care Partnership – Adult Social Work Services"),
    Heading("Person Specification"),
    Para(f"Post: {TITLE}.   Location: Kinross Road Resource Centre.   Ref: HSCP/0551"),
    Table(tuple(ROWS), widths=(17, 59, 8, 16)),
    Para("How assessed: AF – application form; I – interview; CS – case study exercise on the "
         "interview day; C – certificates and SSSC registration checked before appointment.",
         small=True),
    Para("E – essential; D – desirable.", small=True),
)

DOCUMENT = CorpusDocument(
    name="hard_break_cells_category_once_scottish_senior_sw",
    layout="table Attribute | Criteria | E / D | How assessed, attribute once per group, hard "
           "line breaks inside criterion cells, one cell holding two criteria",
    formats=("docx", "pdf", "txt"),
    description="Scottish council senior social worker; criteria broken mid-sentence inside "
                "their cells, one cell with two criteria and 'E\\nD'.",
    blocks=BLOCKS,
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
