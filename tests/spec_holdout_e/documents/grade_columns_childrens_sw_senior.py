"""Metropolitan borough council, children's services: ONE person specification for two grades
of the same career path, "Social Worker (Grade 8)" and "Senior Social Worker (Grade 9)". A
ruled table Criteria / Social Worker / Senior Social Worker / Assessed by, with spanning
category rows; each grade column holds "E", "D" or "–" ("not required at this grade", says the
key), and the last column a code (AF application form, INT interview, PE practical exercise).
The text copy is pasted from Word with each cell on its own line.

What makes it hard: two roles share one table and differ only in their columns; a "–" means
the criterion is not part of that role at all; the role titles are the column headings, not a
heading above the table; the same criterion is essential for one grade and desirable for the
other.

Recruiter's reading:
- Two roles. Each has the rows whose column for it holds E or D, with that priority, in table
  order; rows with "–" in its column are not its criteria. The stages are the row's code, the
  same for both grades.
- "Social work degree or equivalent qualification (DipSW, CQSW)": social work, no level.
- "Registered with Social Work England": SWE.
- "Completed the ASYE, or newly qualified and willing to undertake the ASYE" (Social Worker
  only): ASYE with commitment.
- "Practice Educator Stage 1, or working towards it": practice educator; "working towards"
  is read as training under way, so training counts and a bare commitment does not.
  Questionable: a recruiter might read "working towards" as commitment.
- "At least three years' post-qualifying experience in children's statutory social work"
  (Senior only): 3 years post-qualification.
- The driving row ("... or a reasonable adjustment where a disability prevents driving"):
  driving with transport ("use of a car") and the disability alternative.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    IV,
    TEST,
    approved,
    asye,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

E, D = Priority.essential, Priority.desirable
NO = None
CODES = {"AF": APP, "INT": IV, "PE": TEST}
SW, SENIOR = "Social Worker (Grade 8)", "Senior Social Worker (Grade 9)"
# (category, [(text, social worker, senior, code, rule)])
GROUPS = [
    ("Qualifications and registration", [
        ("Social work degree or equivalent qualification (DipSW, CQSW)", E, E, "AF",
         qual("social_work")),
        ("Registered with Social Work England", E, E, "AF", reg("SWE")),
        ("Completed the ASYE, or newly qualified and willing to undertake the ASYE", E, NO,
         "AF", asye(commitment=True)),
        ("Practice Educator Stage 1, or working towards it", D, E, "AF",
         approved("practice_educator", training=True)),
    ]),
    ("Experience", [
        ("Experience of statutory social work with children and families, including "
         "qualifying placements", E, NO, "AF / INT", None),
        ("At least three years' post-qualifying experience in children's statutory social "
         "work", NO, E, "AF", years(3, pq=True, domain="children's social work")),
        ("Experience of child protection enquiries under section 47 of the Children Act 1989",
         D, E, "AF / INT", None),
        ("Experience of supervising students or unqualified staff", NO, D, "AF / INT", None),
    ]),
    ("Knowledge", [
        ("Knowledge of the Children Acts 1989 and 2004 and Working Together to Safeguard "
         "Children", E, E, "INT", None),
        ("Knowledge of the Public Law Outline and family court processes", D, E, "INT", None),
    ]),
    ("Skills and abilities", [
        ("Ability to write analytical assessments and court reports", E, E, "AF / PE", None),
        ("Ability to engage children, young people and families in direct work", E, E, "INT",
         None),
        ("Ability to manage a complex caseload and support less experienced colleagues", NO,
         E, "INT", None),
    ]),
    ("Other", [
        ("Full driving licence and use of a car for work, or a reasonable adjustment where a "
         "disability prevents driving", E, E, "AF", driving(transport=True, disability=True)),
        ("Willingness to work on the out-of-hours duty rota", D, E, "INT", None),
    ]),
]


def _mark(priority) -> str:
    return {E: "E", D: "D", NO: "–"}[priority]


def _stages(code: str):
    return tuple(CODES[part.strip()] for part in code.split("/"))


def _role(title: str, column: int) -> TruthRole:
    wants = []
    for _, items in GROUPS:
        for item in items:
            text, code, rule, priority = item[0], item[3], item[4], item[column]
            if priority is not NO:
                wants.append(Want(text, priority, _stages(code), None, rule, code))
    return TruthRole(title, tuple(wants))


ROWS = [("Criteria", SW, SENIOR, "Assessed by")]
for category, items in GROUPS:
    ROWS.append((category,))
    ROWS += [(text, _mark(sw), _mark(senior), code) for text, sw, senior, code, _ in items]

DOCUMENT = CorpusDocument(
    name="grade_columns_childrens_sw_senior",
    layout="one table for two grades: Social Worker / Senior Social Worker columns holding "
           "E, D or –, and an Assessed by code column",
    formats=("docx", "pdf", "txt"),
    description="Metropolitan borough children's social worker and senior social worker in "
                "one table; grade columns give each role's priority or say not required.",
    blocks=(
        Para("Ashcombe Metropolitan Borough Council – Children's Services", bold=True),
        Heading("Social Worker / Senior Social Worker – Children in Need and Child Protection"),
        Para("This person specification covers both grades of the social work career "
             "progression scheme. Appointment at Grade 9 depends on meeting every criterion "
             "marked E in the Senior Social Worker column."),
        Para("E = essential, D = desirable, – = not required at this grade. Assessed by: AF = "
             "application form, INT = interview, PE = practical exercise."),
        Table(tuple(ROWS), widths=(98, 26, 30, 26)),
    ),
    roles=(_role(SW, 1), _role(SENIOR, 2)),
)
