"""English metropolitan borough, children's Social Worker (post-ASYE): one long table No. /
Criterion / E or D / Weight / Assessed, its rows numbered 1 to 18 with no category rows. The
table runs onto a second page and its header is NOT repeated there: page two starts, after
an empty row, at row 11 (rendered as a second table after a page break whose only "header" is
an empty row, as a Word table split by hand with "repeat header row" off often comes out). The
key above the table gives the stage letters (A, I, W, P) and says weights run 1 to 3.

What makes it hard: on page two nothing says which column is which; rows are numbered, so the
numbers (1-18) sit next to a weight column (1-3) and must be told apart from it; "W" is a
written exercise (a test) and "P" a presentation; priority is a bare "E" or "D".

Recruiter's reading:
- Columns on page two are the columns of page one. Criterion text is without its row number.
- Key: A = application, I = interview, W = test (written exercise), P = presentation.
- Weight is the Weight column (1, 2 or 3).
- "Social work qualification (degree, DipSW or CQSW)": social work, no level.
- "Registered with Social Work England, or eligible to register before starting in post":
  SWE (eligibility is still the registration requirement; a recruiter might want it noted).
- "Successful completion of the Assessed and Supported Year in Employment (ASYE)": ASYE, no
  commitment.
- "At least one year's post-qualifying experience in a children's statutory team": 1 year
  post-qualification.
- "Practice Educator Stage 1, or working towards it": practice educator with training, NOT
  commitment ("working towards" is training under way).
- The driving criterion, "unless a disability prevents you from driving and you can travel in
  another way": driving with transport and the disability alternative.
- "Signs of Safety training": no rule.
"""

from tests.spec_corpus.helpers import (
    APP,
    IV,
    PRES,
    TEST,
    Legend,
    approved,
    asye,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, PageBreak, Para, Table, TruthRole

TITLE = "Social Worker – Children's Assessment and Safeguarding (Level 2)"
L = Legend({"A": APP, "I": IV, "W": TEST, "P": PRES})

WANTS = [
    L.E("Social work qualification (degree, DipSW or CQSW)", "A", weight=3,
        rule=qual("social_work")),
    L.E("Registered with Social Work England, or eligible to register before starting in post",
        "A", weight=3, rule=reg("SWE")),
    L.E("Successful completion of the Assessed and Supported Year in Employment (ASYE)", "A",
        weight=2, rule=asye()),
    L.E("At least one year's post-qualifying experience in a children's statutory team", "A/I",
        weight=3, rule=years(1, pq=True, domain="children's statutory team")),
    L.E("Experience of child protection enquiries under section 47 of the Children Act 1989",
        "A/I", weight=3),
    L.D("Experience of preparing evidence for court in care proceedings", "A/I", weight=2),
    L.E("Experience of direct work with children using creative tools", "I", weight=2),
    L.E("Knowledge of the Children Acts 1989 and 2004 and Working Together to Safeguard "
        "Children 2023", "I/W", weight=2),
    L.E("Understanding of the impact of domestic abuse, parental substance misuse and poor "
        "mental health on children", "I/W", weight=2),
    L.D("Knowledge of contextual safeguarding and criminal and sexual exploitation", "I",
        weight=1),
    L.E("Ability to write a clear, analytical assessment within a set time", "W", weight=3),
    L.D("Ability to present a case to a panel and respond to challenge", "P", weight=1),
    L.E("Ability to build relationships with families who are reluctant to engage", "I",
        weight=2),
    L.D("Practice Educator Stage 1, or working towards it", "A", weight=1,
        rule=approved("practice_educator", training=True)),
    L.D("Signs of Safety training", "A", weight=1),
    L.E("Full driving licence and access to a car for work, unless a disability prevents you "
        "from driving and you can travel in another way", "A", weight=1,
        rule=driving(transport=True, disability=True)),
    L.E("Willingness to join the emergency duty rota", "A/I", weight=1),
    L.E("Commitment to equality, diversity and inclusion", "I", weight=1),
]


def _row(number: int) -> tuple[str, ...]:
    w = WANTS[number - 1]
    return (str(number), w.text, "E" if w.priority.value == "essential" else "D",
            str(int(w.weight)), w.code)


SPLIT = 10
WIDTHS = (12, 110, 14, 18, 26)

DOCUMENT = CorpusDocument(
    name="numbered_rows_unrepeated_header_childrens_sw",
    layout="numbered rows No. / Criterion / E or D / Weight / Assessed letters, the table "
           "continued on page two without its header",
    formats=("pdf", "docx"),
    has_weights=True,
    description="Metropolitan borough children's social worker post-ASYE; 18 numbered rows "
                "over two pages, header not repeated; weights 1-3; A/I/W/P.",
    blocks=(
        Para("Castlebridge Metropolitan Borough Council", bold=True),
        Para("Children and Families Directorate"),
        Heading(TITLE),
        Para("Grade: SW2 (£38,220 – £41,771). Hours: 37 per week. Post ref: CFD/2291."),
        Heading("Person Specification", level=2),
        Para("Assessed: A – application form; I – interview; W – written exercise; P – "
             "presentation. Weight: each criterion is weighted 1 (lower) to 3 (higher) and the "
             "panel's score for it is multiplied by the weight."),
        Para("Shortlisted candidates will be sent the written exercise and the presentation "
             "topic a week before the interview."),
        Table(tuple([("No.", "Criterion", "E / D", "Weight", "Assessed")]
                    + [_row(n) for n in range(1, SPLIT + 1)]), widths=WIDTHS),
        PageBreak(),
        Table(tuple([("", "", "", "", "")]
                    + [_row(n) for n in range(SPLIT + 1, len(WANTS) + 1)]), widths=WIDTHS),
        Para("Castlebridge is a Disability Confident Leader. Disabled applicants who meet the "
             "essential criteria will be offered an interview.", small=True),
    ),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
