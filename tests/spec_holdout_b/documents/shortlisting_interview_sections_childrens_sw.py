"""Children's services trust (a company running a borough's children's social care),
Social Worker – Children in Care: a long recruitment pack page first ("About the team", "A
week in the team", "What we offer", all full of sentences about the job and its support),
then "What we are looking for" in two sections headed "Shortlisting criteria" and "Interview
criteria" instead of Essential / Desirable, each over a bullet list with a one-paragraph note.

What makes it hard:
- Priority comes only from the notes: "All shortlisting criteria are essential" and, under
  the interview criteria, "Criteria marked (desirable) will help us choose between strong
  candidates; all others are essential".
- Stages come from the section too: shortlisting criteria are read from the application form
  (application only); interview criteria at interview, except those marked "(W)", which the
  note says are assessed in the written exercise on the day (a test only).
- The pack sentences above are not criteria, though several read like them: "You will be
  supported to complete the Practice Educator training after your first year", "We expect
  every child to be visited at least every six weeks", "an essential car user allowance",
  "funded post-qualifying training, including the Child Protection PQ award".

Recruiter's reading: truth texts drop the "(W)" and "(desirable)" markers. "Completed the
ASYE, or at least one year's post-qualifying experience in a statutory children's social care
team" is any_of an ASYE and one year post-qualified. The driving criterion's bracket ("we will
make reasonable adjustments for a disabled applicant who cannot drive") is the disability
alternative.
"""

from tests.spec_corpus.helpers import (
    APP,
    IV,
    TEST,
    Legend,
    any_of,
    asye,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole

KEY = Legend({"A": APP, "I": IV, "W": TEST})
E, D = KEY.E, KEY.D

SHORTLISTING = [
    E("A degree, DipSW or other recognised qualification in social work", "A",
      rule=qual("social_work")),
    E("Registered with Social Work England", "A", rule=reg("SWE")),
    E("Completed the ASYE, or at least one year's post-qualifying experience in a statutory "
      "children's social care team", "A", rule=any_of(asye(), years(1, pq=True))),
    E("Experience of direct work with children and young people, including children who are "
      "looked after", "A"),
    E("Experience of writing care plans and reports for Independent Reviewing Officer "
      "reviews", "A"),
    E("A full UK driving licence and access to a car for work (we will make reasonable "
      "adjustments for a disabled applicant who cannot drive)", "A",
      rule=driving(transport=True, disability=True)),
]
INTERVIEW = [
    E("Knowledge of the legal framework for children in care, including the Care Planning, "
      "Placement and Case Review (England) Regulations 2010", "I"),
    E("Understanding of permanence planning and of how to support children to keep in touch "
      "with their families", "I"),
    E("Ability to write a clear, analytical chronology and assessment", "W"),
    E("Ability to manage a caseload and prioritise competing demands", "I"),
    E("Commitment to hearing the voice of the child in every piece of work", "I"),
    E("Ability to use reflective supervision to develop your practice", "I"),
    D("Experience of life-story work", "I"),
    D("Knowledge of the Signs of Safety approach", "I"),
    D("Experience of working with unaccompanied asylum-seeking children", "I"),
]


def _item(want) -> str:
    if want.priority.value == "desirable":
        return f"{want.text} (desirable)"
    return f"{want.text} (W)" if want.code == "W" else want.text


DOCUMENT = CorpusDocument(
    name="shortlisting_interview_sections_childrens_sw",
    layout="'Shortlisting criteria' / 'Interview criteria' sections after a long pack page",
    formats=("docx", "txt"),
    description="Children's trust social worker; criteria split by stage, not priority, after "
                "long 'About the team' and 'What we offer' sections.",
    blocks=(
        Para("Northbrook Children's Trust", bold=True),
        Heading("Social Worker – Children in Care"),
        Para("Salary: £38,220 – £43,693 plus a £2,000 recruitment and retention payment   "
             "Contract: permanent, 36 hours"),
        Heading("About the team", level=2),
        Para("Our Children in Care service supports around 320 children and young people, "
             "from babies in foster care to teenagers preparing to leave care. The service is "
             "split into four locality teams of seven social workers, each led by a team "
             "manager and a senior practitioner."),
        Para("Every social worker has a protected caseload of no more than 16 children. You "
             "will receive monthly reflective supervision, and you will be supported to "
             "complete the Practice Educator training after your first year with us. We expect "
             "every child to be visited at least every six weeks, and more often when their "
             "plan says so."),
        Heading("A week in the team", level=2),
        Para("A typical week might include a statutory visit to a child in a residential home "
             "out of county, a looked-after review chaired by an Independent Reviewing "
             "Officer, a life-story session with a seven-year-old and a court deadline for a "
             "final care plan. You will work closely with our virtual school, the Children in "
             "Care Council and the health team for children in care."),
        Heading("What we offer", level=2),
        Bullets((
            "26 days' annual leave rising to 31 after five years, plus bank holidays",
            "An essential car user allowance and a lease car scheme",
            "Funded post-qualifying training, including the Child Protection PQ award",
            "Hybrid working, with a desk in our Northbrook hub whenever you want one",
            "A Principal Social Worker's practice forum every month",
        )),
        Heading("What we are looking for", level=2),
        Heading("Shortlisting criteria", level=3),
        Para("All shortlisting criteria are essential. We will shortlist from your application "
             "form, so please show how you meet each one."),
        Bullets(tuple(_item(w) for w in SHORTLISTING)),
        Heading("Interview criteria", level=3),
        Para("These are assessed at interview. Criteria marked (W) are assessed in a short "
             "written exercise on the day instead. Criteria marked (desirable) will help us "
             "choose between strong candidates; all others are essential. You do not need to "
             "address the interview criteria in your application."),
        Bullets(tuple(_item(w) for w in INTERVIEW)),
        Para("For an informal conversation about the role, contact Priya Lal, Head of Service, "
             "on 01632 960 418. Closing date: 9 January 2027."),
    ),
    roles=(TruthRole("Social Worker – Children in Care", (*SHORTLISTING, *INTERVIEW)),),
)
