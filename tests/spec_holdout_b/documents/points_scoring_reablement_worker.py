"""Social enterprise (a community interest company) Reablement Support Worker: "Person
specification and shortlisting scores", a blank scoring sheet published with the job pack.
One table Shortlisting criterion | Maximum points | Panel score (0–3), with two spanning part
rows ("Part A – Essential: every Part A criterion must score at least 1", "Part B – Desirable:
extra points") and, at the foot, "Total available" and "Minimum score to shortlist" rows. An
explanation above says each criterion is scored 0–3 and that criteria with a maximum of 6
points have their score doubled.

What makes it hard: weights are never written as weights. They follow from the "Maximum
points" column and the sentence above the table: a maximum of 3 is a weight of 1, a maximum of
6 a weight of 2. The "Total available" and "Minimum score to shortlist" rows are not criteria,
and the empty "Panel score" column is to be filled in, not read. Priority comes from the part
rows only.

Recruiter's reading:
- Stages: the page says "These criteria are used for shortlisting only: we score your
  application form. Interviews are scored separately against our values." So every criterion
  is assessed by the application alone, not the default application and interview.
- "Experience of providing personal care, paid or unpaid (including caring for a family
  member)" has no years rule: no length of time is asked.
- "Care Certificate, or NVQ / Diploma Level 2 or 3 in Health and Social Care" is a health and
  social care qualification rule with no minimum level (Level 2 is below the lowest level the
  rule knows, and the Care Certificate is not a qualification level at all).
- The sentence after the table ("All offers are subject to an enhanced DBS check and two
  satisfactory references") is a condition of offer printed outside the scored criteria, not
  a criterion of the sheet; a recruiter keeps it in the role's notes.
"""

from tests.spec_corpus.helpers import APP, Legend, driving, qual
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

SIFT = Legend({"A": APP})


def E(text: str, points: int, **kwargs):
    return SIFT.E(text, "A", weight=points / 3, **kwargs)


def D(text: str, points: int, **kwargs):
    return SIFT.D(text, "A", weight=points / 3, **kwargs)


PART_A = [
    E("Experience of providing personal care, paid or unpaid (including caring for a family "
      "member)", 6),
    E("Understanding of what reablement means: helping people to regain skills and confidence "
      "rather than doing things for them", 6),
    E("Ability to communicate clearly and kindly with older people, including people living "
      "with dementia", 3),
    E("Ability to write short, accurate notes of each visit", 3),
    E("Able to work a rota that includes early mornings, evenings and alternate weekends", 3),
    E("Full UK driving licence and use of a car insured for business use", 3,
      rule=driving(transport=True)),
    E("Understanding of the importance of confidentiality and safeguarding", 3),
]
PART_B = [
    D("Care Certificate, or NVQ / Diploma Level 2 or 3 in Health and Social Care", 3,
      rule=qual("health_social_care")),
    D("Experience of working in a reablement or intermediate care team", 6),
    D("Experience of using a mobile phone app to record visits", 3),
    D("Basic first aid certificate", 3),
    D("Ability to speak a language other than English that is used in the local community", 3),
]


def _rows(wants) -> list[tuple[str, str, str]]:
    return [(w.text, str(round(w.weight * 3)), "") for w in wants]


TOTAL = sum(round(w.weight * 3) for w in PART_A + PART_B)

DOCUMENT = CorpusDocument(
    name="points_scoring_reablement_worker",
    layout="blank shortlisting score sheet: maximum points per criterion, minimum score row",
    formats=("docx", "pdf"),
    has_weights=True,
    description="Social enterprise reablement worker; weights implicit in a 'Maximum points' "
                "column, Part A / Part B rows, total and minimum-score rows.",
    blocks=(
        Para("Homeward Care CIC", bold=True),
        Para("Registered community interest company no. 11873402"),
        Heading("Reablement Support Worker"),
        Heading("Person specification and shortlisting scores", level=2),
        Para("These criteria are used for shortlisting only: we score your application form. "
             "Interviews are scored separately against our values."),
        Para("The panel gives each criterion a score from 0 to 3 (0 = no evidence, "
             "1 = limited evidence, 2 = good evidence, 3 = excellent evidence). Criteria with a "
             "maximum of 6 points are scored 0–3 and the score is doubled."),
        Table(rows=(
            ("Shortlisting criterion", "Maximum points", "Panel score (0–3)"),
            ("Part A – Essential: every Part A criterion must score at least 1",),
            *_rows(PART_A),
            ("Part B – Desirable: extra points",),
            *_rows(PART_B),
            ("Total available", str(TOTAL), ""),
            ("Minimum score to shortlist", "24, with at least 1 on every Part A criterion", ""),
        ), widths=(120, 30, 30)),
        Para("All offers are subject to an enhanced DBS check and two satisfactory "
             "references."),
        Para("Homeward Care CIC is a Disability Confident employer: disabled applicants who "
             "score at least 1 on every Part A criterion are guaranteed an interview."),
    ),
    roles=(TruthRole("Reablement Support Worker", (*PART_A, *PART_B)),),
)
