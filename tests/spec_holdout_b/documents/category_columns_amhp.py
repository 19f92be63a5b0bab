"""County council Approved Mental Health Professional, the specification as a landscape-style
grid turned round: the categories are the COLUMNS (Qualifications | Experience | Knowledge and
understanding | Skills and abilities) and "Essential" / "Desirable" are ROW headers in the first
column, each cell holding that category's bullets; a last row "How assessed" gives one method
per column ("Certificates / application form", "Scenario exercise and interview").

What makes it hard: priority is read from the row, stage from the column's "How assessed"
cell at the foot of the table, and the cells of one row sit side by side, so a reading line
by line runs across four categories at once.

Recruiter's reading:
- Document order is row by row, left to right: the Essential row (Qualifications,
  Experience, Knowledge, Skills) and then the Desirable row in the same column order.
- Each criterion takes its column's method: Qualifications = documentation and application;
  Experience = application and interview; Knowledge = interview; Skills = test (the scenario
  exercise) and interview.
- "At least two years' experience of practising as an AMHP" is a years rule of 2 in the
  domain "AMHP practice", not post-qualification (it counts from approval, which the rule
  cannot tell; the panel checks).
- "Practice Educator Stage 1, or willing to work towards it" accepts a commitment.
- The paragraph after the table about the rota, the AMHP allowance and the warrant transfer
  is not a criterion.
"""

from tests.spec_corpus.helpers import APP, DOC, IV, TEST, Legend, approved, reg, years
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"CERTIFICATES": DOC, "APPLICATION": APP, "FORM": APP, "INTERVIEW": IV,
              "SCENARIO": TEST, "EXERCISE": TEST, "AND": ()})
E, D = KEY.E, KEY.D

COLUMNS = ("Qualifications", "Experience", "Knowledge and understanding", "Skills and abilities")
HOW = ("Certificates / application form", "Application form and interview", "Interview",
       "Scenario exercise and interview")

ESSENTIAL = (
    [E("Approved Mental Health Professional (AMHP) qualification", HOW[0],
       rule=approved("AMHP")),
     E("Current registration with Social Work England, the NMC or the HCPC", HOW[0],
       rule=reg("SWE", "NMC", "HCPC"))],
    [E("At least two years' experience of practising as an AMHP", HOW[1],
       rule=years(2, domain="AMHP practice")),
     E("Experience of coordinating Mental Health Act assessments out of hours", HOW[1])],
    [E("Detailed knowledge of the Mental Health Act 1983 (as amended 2007) and its Code of "
       "Practice", HOW[2]),
     E("Knowledge of the interface between the Mental Health Act and the Mental Capacity Act "
       "2005", HOW[2])],
    [E("Ability to make and record defensible decisions under pressure", HOW[3]),
     E("Ability to negotiate with police, ambulance and bed management services", HOW[3])],
)
DESIRABLE = (
    [D("Best Interests Assessor qualification", HOW[0], rule=approved("BIA")),
     D("Practice Educator Stage 1, or willing to work towards it", HOW[0],
       rule=approved("practice_educator", commitment=True))],
    [D("Experience of working in a community mental health team or crisis team", HOW[1])],
    [D("Awareness of the proposed reforms to the Mental Health Act", HOW[2])],
    [D("Ability to provide consultation and advice to colleagues who are not AMHPs", HOW[3])],
)


def _cell(wants) -> str:
    return "\n".join(f"• {w.text}" for w in wants)


DOCUMENT = CorpusDocument(
    name="category_columns_amhp",
    layout="categories as columns, Essential / Desirable as row headers, method row at foot",
    formats=("pdf", "docx"),
    description="County council AMHP; categories across the top, Essential and Desirable "
                "rows, one 'How assessed' cell per column.",
    blocks=(
        Para("Southmoor County Council – Adult Social Care, Mental Health Services", bold=True),
        Heading("AMHP (Approved Mental Health Professional) – Person Specification"),
        Para("Grade 11 · Countywide AMHP Hub · Permanent, full time"),
        Table(rows=(
            ("", *COLUMNS),
            ("Essential", *(_cell(ws) for ws in ESSENTIAL)),
            ("Desirable", *(_cell(ws) for ws in DESIRABLE)),
            ("How assessed", *HOW),
        ), widths=(22, 42, 42, 42, 42)),
        Para("The post holder will join the countywide AMHP rota, including nights on a "
             "1-in-6 basis, and receives the AMHP allowance. AMHPs warranted by another "
             "authority will be supported to transfer their warrant to Southmoor."),
    ),
    roles=(TruthRole("AMHP (Approved Mental Health Professional)",
                     (*(w for ws in ESSENTIAL for w in ws),
                      *(w for ws in DESIRABLE for w in ws))),),
)
