"""County council OT: one row per area, columns Area | Essential criteria | Desirable criteria |
Assessment, several criteria in each cell as plain lines (no bullets, no numbers), one
assessment code for the row, and the key to the codes only in a footer after the table. The
table runs over a page break: the header row repeats on page 2 and page furniture ("OFFICIAL",
"Page 1 of 2") sits around it.

What makes it hard: each line of a cell is a criterion and several lines wrap; nothing marks
where one criterion ends but the line break. The codes are not the usual ones: "S" is
shortlisting from the application form, "E" is a practical exercise (a test, not "essential"),
and "R" is certificates and references checked (documentation). The key is after the table,
so a reader meets the codes before their meaning.

Recruiter's reading: a row's code applies to every criterion in that row, essential and
desirable alike. "Willingness to work towards the Practice Educator award" is an approved-role
criterion met by a commitment.
"""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    TEST,
    Legend,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, PageBreak, Para, Table, TruthRole

KEY = Legend({"S": APP, "I": IV, "E": TEST, "R": DOC})

# (area, code, essential texts with rules, desirable texts with rules)
AREAS = [
    ("Qualifications", "S, R", [
        ("Diploma or degree in Occupational Therapy", qual("occupational_therapy")),
        ("Registration with the Health and Care Professions Council as an Occupational "
         "Therapist", reg("HCPC")),
    ], [
        ("Trusted Assessor or Disabled Facilities Grant training", None),
        ("Membership of the Royal College of Occupational Therapists", None),
    ]),
    ("Experience", "S, I", [
        ("Two years' post-registration experience as an Occupational Therapist, at least one "
         "of them in a community or social care setting", years(2, pq=True)),
        ("Experience of assessing for and recommending major adaptations, including level "
         "access showers, stairlifts and extensions", None),
    ], [
        ("Experience of working with children and young people with complex physical "
         "disabilities", None),
    ]),
    ("Knowledge", "S, I, E", [
        ("Knowledge of the Care Act 2014 and the Housing Grants, Construction and Regeneration "
         "Act 1996 as they apply to adaptations", None),
        ("Knowledge of moving and handling legislation and safe systems of work", None),
    ], [
        ("Knowledge of the council's equipment catalogue and prescribing processes", None),
    ]),
    ("Skills and abilities", "I, E", [
        ("Ability to interpret architectural plans and produce scaled drawings", None),
        ("Ability to manage a caseload of complex cases and prioritise on the basis of risk",
         None),
    ], []),
    ("Other", "S", [
        ("Full UK driving licence and access to a vehicle for work purposes",
         driving(transport=True)),
    ], [
        ("Willingness to work towards the Practice Educator award",
         approved("practice_educator", commitment=True)),
    ]),
]

CRITERIA = tuple(
    want
    for _, code, essential, desirable in AREAS
    for want in (*(KEY.E(t, code, rule=r) for t, r in essential),
                 *(KEY.D(t, code, rule=r) for t, r in desirable))
)

HEADER = ("Area", "Essential criteria", "Desirable criteria", "Assessment")
WIDTHS = (28, 70, 58, 24)


def _row(area: tuple) -> tuple[str, ...]:
    name, code, essential, desirable = area
    return (name, "\n".join(t for t, _ in essential), "\n".join(t for t, _ in desirable), code)


DOCUMENT = CorpusDocument(
    name="area_rows_exercise_code_ot",
    layout="area rows, plain lines in cells, key after table",
    formats=("docx", "pdf"),
    description="County council community OT; criteria as plain lines per cell, E = exercise, "
                "table split over a page break.",
    blocks=(
        Para("OFFICIAL", small=True),
        Para("Northwold County Council - Adult Social Care", bold=True),
        Heading("Occupational Therapist - Community Equipment and Adaptations"),
        Para("Grade: Band 10   Location: Northwold Hub and community   Hours: 37"),
        Heading("Person specification", level=2),
        Para("Applicants should use the 'Supporting information' section of the application "
             "form to show how they meet the criteria assessed at shortlisting."),
        Table(rows=(HEADER, *(_row(a) for a in AREAS[:3])), widths=WIDTHS),
        Para("Page 1 of 2", small=True),
        PageBreak(),
        Para("OFFICIAL", small=True),
        Table(rows=(HEADER, *(_row(a) for a in AREAS[3:])), widths=WIDTHS),
        Para("Assessment key: S = Shortlisting (application form); I = Interview; E = Practical "
             "exercise on the day; R = Certificates and references checked before appointment.",
             small=True),
        Para("Version 3, reviewed January 2027   Page 2 of 2", small=True),
    ),
    roles=(TruthRole("Occupational Therapist - Community Equipment and Adaptations", CRITERIA),),
)
