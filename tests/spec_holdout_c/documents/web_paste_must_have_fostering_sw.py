"""Children's trust, Supervising Social Worker – Fostering: a vacancy web page copied and
pasted into a text file. Markdown-like headings ("# ...", "## About the role", "## Must have",
"## Nice to have"), "*" bullets with one level of nested "  *" bullets, and the page's
furniture kept: "Skip to main content", a breadcrumb, "Share this page", "Back to top",
cookie and accessibility links.

What makes it hard: priority comes only from the headings "Must have" and "Nice to have"; the
"What you'll be doing" and "What we offer" lists above and below use the same "*" bullets;
one criterion is a lead-in ("Experience in at least one of the following:") with three nested
bullets, which a recruiter reads as one criterion; the wording is chatty ("you'll be writing
Form F assessments", "(we pay mileage)").

Recruiter's reading:
- Stages: "How to apply" says the trust shortlists from the answers to the application
  questions and then interviews, so application and interview for all (the default, because
  the page says so).
- The nested list is one criterion with a specialisms rule, any one of the three areas; its
  text is the lead-in followed by the three items.
- "At least 18 months' post-qualifying experience in children's social care": 1.5 years
  post-qualification.
- "A full driving licence and your own car (we pay mileage)": driving with access to
  transport, no disability alternative.
- "Practice Educator qualification, or you'd like to train as one": desirable, approved-role
  practice educator accepting a commitment.
- The enhanced DBS check mentioned under "How to apply" is a condition of appointment outside
  the lists: not a criterion.
"""

from tests.spec_corpus.helpers import (
    PLAIN,
    approved,
    driving,
    qual,
    reg,
    specialisms_any,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Para, TruthRole

E, D = PLAIN.E, PLAIN.D

AREAS = ("fostering assessments (Form F)", "kinship or connected persons assessments",
         "adoption")
LEAD_IN = "Experience in at least one of the following:"

MUST = [
    E("A social work qualification (degree, DipSW or equivalent)", rule=qual("social_work")),
    E("Current registration with Social Work England", rule=reg("SWE")),
    E("At least 18 months' post-qualifying experience in children's social care",
      rule=years(1.5, pq=True, domain="children's social care")),
    E(f"{LEAD_IN} {', '.join(AREAS)}", rule=specialisms_any(*AREAS)),
    E("Knowledge of the Fostering Services (England) Regulations 2011 and the National "
      "Minimum Standards"),
    E("A clear understanding of safer caring and how allegations against foster carers are "
      "managed"),
    E("Great written skills – you'll be writing Form F assessments and reports for panel"),
    E("A full driving licence and your own car (we pay mileage)",
      rule=driving(transport=True)),
    E("The flexibility to work some evenings and weekends to fit around foster carers' lives"),
]
NICE = [
    D("Experience of presenting assessments at fostering panel"),
    D("Practice Educator qualification, or you'd like to train as one",
      rule=approved("practice_educator", commitment=True)),
    D("Training in therapeutic parenting approaches such as PACE"),
    D("Experience of working with unaccompanied asylum-seeking children"),
]


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"* {line}" for line in lines)


MUST_LINES = []
for want in MUST:
    if want.text.startswith(LEAD_IN):
        MUST_LINES.append(LEAD_IN + "\n" + "\n".join(f"  * {area}" for area in AREAS))
    else:
        MUST_LINES.append(want.text)

DOCUMENT = CorpusDocument(
    name="web_paste_must_have_fostering_sw",
    layout="web page pasted as text: '##' headings, '*' bullets, 'Must have' / 'Nice to have'",
    formats=("txt",),
    description="Children's trust fostering social worker; a pasted vacancy page with "
                "markdown-like headings and bullets, Must have / Nice to have, a nested list.",
    blocks=(
        Para("Skip to main content"),
        Para("Oakhollow Children's Trust   Menu   Search"),
        Para("Home > Work for us > Current vacancies > Supervising Social Worker – Fostering"),
        Para("# Supervising Social Worker – Fostering"),
        Para("Salary: £38,220 – £42,708 plus a £2,000 welcome payment\n"
             "Contract: Permanent, 37 hours\n"
             "Closing date: 5 January 2027\n"
             "Reference: OCT-FOS-0112"),
        Para("Share this page: Facebook | LinkedIn | X | Email"),
        Para("## About the role"),
        Para("Our fostering service is growing, and we're looking for a supervising social "
             "worker to join a friendly team of twelve. You'll support a caseload of foster "
             "families and help us find new ones for the children of Oakhollow."),
        Para("## What you'll be doing"),
        Para(_bullets([
            "Assess prospective foster carers and present your assessments to panel",
            "Supervise and support approved foster carers through regular visits",
            "Review foster carers' approval every year and when things change",
            "Work alongside children's social workers to keep placements stable",
        ])),
        Para("## Must have"),
        Para(_bullets(MUST_LINES)),
        Para("## Nice to have"),
        Para(_bullets([w.text for w in NICE])),
        Para("## What we offer"),
        Para(_bullets([
            "27 days' annual leave, rising to 32 with service",
            "Monthly reflective supervision and a protected caseload in your first year",
            "Hybrid working, with a laptop and phone",
            "Local Government Pension Scheme",
        ])),
        Para("## How to apply"),
        Para("Apply online and answer the application questions, telling us how you meet "
             "everything under Must have and anything under Nice to have. We shortlist from "
             "your answers and invite shortlisted applicants to an interview. The successful "
             "applicant will need an enhanced DBS check."),
        Para("Back to top"),
        Para("© Oakhollow Children's Trust 2026 | Accessibility | Cookies | Privacy notice"),
    ),
    roles=(TruthRole("Supervising Social Worker – Fostering", (*MUST, *NICE)),),
)
