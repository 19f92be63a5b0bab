"""London borough, children's social work team manager: one criterion per paragraph under
plain headings, with NO priority word or column anywhere. A key sentence at the top says
"Criteria printed in bold are essential; criteria in normal type are desirable." Stage codes
(T) and (P) follow some criteria; every criterion is also shortlisted from the application and
explored at interview.

What makes it hard: priority is only the type weight of the paragraph (bold = essential),
so the borough's bold letterhead line is bold too and is not a criterion; the key sentence,
the "(T)" / "(P)" stage marks at the ends of lines; an italic instruction paragraph in the
middle that is not a criterion; no bullets, numbers or table. Word and PDF only (a text copy
would lose the bold, and with it the priority).

Recruiter's reading:
- Key: every criterion application form and interview; (T) adds the written in-tray exercise
  (test), (P) adds the presentation.
- "Social work degree or equivalent qualification recognised by Social Work England": social
  work.
- "Current registration with Social Work England": SWE.
- "Practice Educator (Stage 2)": practice educator held (desirable).
- "At least five years' post-qualifying experience in children's social work, including two
  years as a senior practitioner or assistant team manager": 5 years post-qualification,
  domain children's social work; the two years at senior level are for the panel.
- "Experience of recruiting and retaining social workers, including ASYE social workers":
  evidence, not an ASYE rule.
- "Full driving licence and access to a car, or the ability to travel across the borough in a
  timely manner": driving with access to a car and the disability alternative.
- "Willingness to complete the Practice Supervisor Development Programme": no rule.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    IV,
    PRES,
    TEST,
    Legend,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, TruthRole, Want

TITLE = "Team Manager – Assessment and Intervention (PO6)"
L = Legend({"T": (APP, IV, TEST), "P": (APP, IV, PRES)})


def both(text: str, code: str = "", priority: Priority = Priority.essential, rule=None) -> Want:
    """Every criterion is application and interview; (T) and (P) add a stage."""
    stages = L.stages(code) if code else (APP, IV)
    return Want(text, priority, stages, None, rule, code)


def D(text: str, code: str = "", rule=None) -> Want:
    return both(text, code, Priority.desirable, rule)


E = both

GROUPS: list[tuple[str, list[Want]]] = [
    ("Qualifications", [
        E("Social work degree or equivalent qualification recognised by Social Work England",
          rule=qual("social_work")),
        E("Current registration with Social Work England", rule=reg("SWE")),
        D("Post-qualifying award in leadership or management of social work practice"),
        D("Practice Educator (Stage 2)", rule=approved("practice_educator")),
    ]),
    ("Experience", [
        E("At least five years' post-qualifying experience in children's social work, "
          "including two years as a senior practitioner or assistant team manager",
          rule=years(5, pq=True, domain="children's social work")),
        E("Experience of supervising qualified social workers and managing their caseloads"),
        E("Experience of chairing strategy meetings and overseeing section 47 enquiries"),
        D("Experience of managing a team through an Ofsted inspection"),
        D("Experience of recruiting and retaining social workers, including ASYE social "
          "workers"),
    ]),
    ("Knowledge", [
        E("Thorough knowledge of the Children Act 1989 and 2004, Working Together to "
          "Safeguard Children and the Public Law Outline"),
        D("Knowledge of systemic practice or Signs of Safety"),
    ]),
    ("Skills and abilities", [
        E("Ability to make and record clear management decisions on risk", "T"),
        E("Ability to analyse performance data and use it to improve practice", "P"),
        E("Excellent written communication, including quality assuring court reports", "T"),
    ]),
    ("Other requirements", [
        E("Willing to take part in the out-of-hours management rota"),
        E("Full driving licence and access to a car, or the ability to travel across the "
          "borough in a timely manner", rule=driving(transport=True, disability=True)),
        D("Willingness to complete the Practice Supervisor Development Programme"),
    ]),
]

BLOCKS: list = [
    Para("London Borough of Thamesreach", bold=True),
    Para("Children's Social Care – Assessment and Intervention Service"),
    Heading("Person Specification"),
    Para(f"Job title: {TITLE}.   Reports to: Head of Service.   Post no: CSC/AIS/0412"),
    Para("Criteria printed in bold are essential; criteria in normal type are desirable. All "
         "criteria are shortlisted from your application and explored at interview. (T) means "
         "the criterion is also assessed in the written in-tray exercise, (P) in the "
         "presentation."),
]
WANTS: list[Want] = []
for heading, wants in GROUPS:
    BLOCKS.append(Heading(heading, level=2))
    for w in wants:
        text = f"{w.text} ({w.code})" if w.code else w.text
        BLOCKS.append(Para(text, bold=w.priority is Priority.essential))
        WANTS.append(w)
    if heading == "Experience":
        BLOCKS.append(Para("Please give examples from the last three years when you write "
                           "about your experience.", italic=True, small=True))
BLOCKS.append(Para("Thamesreach is committed to safeguarding children; this post is subject "
                   "to an enhanced DBS check with the children's barred list.", small=True))

DOCUMENT = CorpusDocument(
    name="bold_is_essential_key_london_team_manager",
    layout="one criterion per paragraph under headings; bold paragraph = essential, normal "
           "type = desirable, by a key sentence; (T)/(P) stage marks",
    formats=("docx", "pdf"),
    description="London borough children's team manager; priority is the type weight only.",
    blocks=tuple(BLOCKS),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
