"""London borough, children's social worker (Level 2, experienced practitioner): a person
specification whose criteria are grouped under the nine domains of the Professional
Capabilities Framework. One ruled table Criterion | Shortlisting | Interview | E/D: the stage
columns hold "Y" or "N", and the priority letter is in the RIGHT-HAND column, after the
stages. Each domain is a spanning row "Domain 3 – Diversity and equality: ..." carrying the
PCF's own one-line description of the domain. Requirements outside the PCF (travel) come in a
second, shorter table under "Other requirements".

What makes it hard: the domain rows carry a sentence that reads like a criterion ("Recognise
diversity and apply anti-discriminatory and anti-oppressive principles in practice") but is
the framework's description, not a criterion; Y/N columns, where N must not become a stage;
the priority column comes last, after two columns of Y/N; the key is a sentence above the
table; ASYE and two years in one criterion.

Recruiter's reading:
- Shortlisting Y = application; Interview Y = interview; N = not assessed at that stage.
  E = essential, D = desirable.
- "Degree or postgraduate diploma in social work, or an equivalent qualification recognised by
  Social Work England": social work qualification, no level.
- "Current registration with Social Work England": SWE.
- "Completed ASYE and at least two years' post-qualifying experience in a children's statutory
  setting": all of ASYE and 2 years post-qualification, domain children's statutory social
  work.
- "Practice Educator Stage 1 or 2, or willing to work towards it": practice educator,
  commitment accepted.
- "A full UK driving licence and use of a car for work, or the ability to meet the travel
  requirements of the post in another way": driving with a car and the disability
  alternative.
"""

from criteria.spec import Priority, Stage
from tests.spec_corpus.helpers import all_of, approved, asye, driving, qual, reg, years
from tests.spec_corpus.model import (
    CorpusDocument,
    Heading,
    Para,
    Table,
    TruthRole,
    Want,
)

TITLE = "Social Worker – Children in Need and Child Protection (Level 2, PO2)"
E, D = Priority.essential, Priority.desirable


def w(text: str, shortlisting: str, interview: str, priority: Priority, rule=None) -> Want:
    stages = tuple(s for s, mark in ((Stage.application, shortlisting),
                                     (Stage.interview, interview)) if mark == "Y")
    return Want(text, priority, stages, None, rule, f"{shortlisting}/{interview}")


DOMAINS: list[tuple[str, list[Want]]] = [
    ("Domain 1 – Professionalism: identify and behave as a professional social worker, "
     "committed to professional development", [
        w("Degree or postgraduate diploma in social work, or an equivalent qualification "
          "recognised by Social Work England", "Y", "N", E, qual("social_work")),
        w("Current registration with Social Work England", "Y", "N", E, reg("SWE")),
        w("Completed ASYE and at least two years' post-qualifying experience in a children's "
          "statutory setting", "Y", "Y", E,
          all_of(asye(), years(2, pq=True, domain="children's statutory social work"))),
        w("Practice Educator Stage 1 or 2, or willing to work towards it", "Y", "N", D,
          approved("practice_educator", commitment=True)),
    ]),
    ("Domain 2 – Values and ethics: apply social work ethical principles and values to guide "
     "professional practice", [
        w("Ability to recognise and manage ethical dilemmas in child protection work, using "
          "supervision to reflect on them", "N", "Y", E),
    ]),
    ("Domain 3 – Diversity and equality: recognise diversity and apply anti-discriminatory "
     "and anti-oppressive principles in practice", [
        w("Understanding of how poverty, racism and discrimination shape the lives of the "
          "children and families we work with", "Y", "Y", E),
        w("Ability to communicate in a community language spoken in the borough", "N", "Y", D),
    ]),
    ("Domain 4 – Rights, justice and economic wellbeing: advance human rights and promote "
     "social justice and economic wellbeing", [
        w("Knowledge of children's rights and of how to involve children meaningfully in "
          "decisions about their lives", "Y", "Y", E),
    ]),
    ("Domain 5 – Knowledge: develop and apply relevant knowledge from social work practice and "
     "research, social sciences, law, other professional and relevant fields", [
        w("Sound knowledge of the Children Act 1989, Working Together to Safeguard Children and "
          "the Public Law Outline", "Y", "Y", E),
        w("Knowledge of research on neglect and cumulative harm", "N", "Y", D),
    ]),
    ("Domain 6 – Critical reflection and analysis: apply critical reflection and analysis to "
     "inform and provide a rationale for professional decision-making", [
        w("Ability to analyse complex information and reach evidence-based judgements about "
          "risk", "Y", "Y", E),
        w("Ability to write clear, analytical assessments and court statements", "Y", "N", E),
    ]),
    ("Domain 7 – Skills and interventions: use judgement, authority and skills to intervene "
     "with individuals, families and communities", [
        w("Experience of undertaking Section 47 enquiries and child protection assessments",
          "Y", "Y", E),
        w("Experience of using a recognised direct-work or systemic practice model", "Y", "Y",
          D),
    ]),
    ("Domain 8 – Contexts and organisations: engage with, inform, and adapt to changing "
     "organisational contexts and the social and policy environments", [
        w("Experience of working with partner agencies, including health, police and schools, "
          "to safeguard children", "Y", "Y", E),
        w("Understanding of the role of the Multi-Agency Safeguarding Hub and of early help "
          "services", "N", "Y", D),
    ]),
    ("Domain 9 – Professional leadership: promote the profession and good social work "
     "practice", [
        w("Experience of supervising social work students or mentoring newly qualified social "
          "workers", "Y", "Y", D),
        w("Commitment to your own continuing professional development and to sharing learning "
          "with colleagues", "N", "Y", E),
    ]),
]

OTHER: list[Want] = [
    w("A full UK driving licence and use of a car for work, or the ability to meet the travel "
      "requirements of the post in another way", "Y", "N", E,
      driving(transport=True, disability=True)),
]

HEADER = ("Criterion", "Shortlisting", "Interview", "E / D")


def row(want: Want) -> tuple[str, str, str, str]:
    shortlisting, interview = want.code.split("/")
    return (want.text, shortlisting, interview,
            "E" if want.priority is Priority.essential else "D")


ROWS: list[tuple[str, ...]] = [HEADER]
WANTS: list[Want] = []
for domain, wants in DOMAINS:
    ROWS.append((domain,))
    ROWS += [row(x) for x in wants]
    WANTS += wants
WANTS += OTHER

BLOCKS = (
    Para("London Borough of Haverleigh", bold=True),
    Para("Children's Services – Assessment and Child Protection Service"),
    Heading("Person Specification"),
    Para(f"Post: {TITLE}.   Reports to: Team Manager.   Post number: CS-4471"),
    Para("Haverleigh uses the Professional Capabilities Framework (PCF), published by the "
         "British Association of Social Workers, to describe what we expect of our social "
         "workers at each career level. The criteria for this post are grouped under the nine "
         "PCF domains; the wording of each domain is the PCF's own."),
    Para("How to read the table: a Y in the Shortlisting column means we will assess the "
         "criterion from your application form; a Y in the Interview column means we will "
         "assess it at interview; N means it is not assessed at that stage. The last column "
         "shows whether the criterion is essential (E) or desirable (D)."),
    Table(tuple(ROWS), widths=(64, 13, 11, 12)),
    Heading("Other requirements", level=2),
    Para("These requirements sit outside the PCF but are part of the person specification."),
    Table((HEADER, *[row(x) for x in OTHER]), widths=(64, 13, 11, 12)),
    Para("Haverleigh is committed to safeguarding and promoting the welfare of children. All "
         "appointments are subject to satisfactory references and an enhanced DBS check.",
         small=True),
)

DOCUMENT = CorpusDocument(
    name="pcf_nine_domains_yn_then_e_d_london_childrens_sw",
    layout="one ruled table Criterion | Shortlisting (Y/N) | Interview (Y/N) | E / D under "
           "spanning rows for the nine PCF domains, each with the domain's description; a "
           "second small table of other requirements",
    formats=("docx", "pdf"),
    description="London borough children's social worker; PCF domains as categories, Y/N "
                "stage columns and the E/D letter in the last column.",
    blocks=BLOCKS,
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
