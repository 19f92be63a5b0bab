"""London borough: a full job description (post details, purpose, numbered key duties, a
working-relationships table, special conditions) and then, after a page break, the person
specification as a numbered table No. | Criteria | E/D | How assessed.

What makes it hard: the duties come first and read like requirements ("To maintain
registration with Social Work England ...", "To hold a caseload ..."); they are not criteria.
The E/D column holds the words "Essential" / "Desirable", and "How assessed" holds words, not
codes ("Application form / Certificates", "Written exercise", "Presentation"). Page furniture
("Page 1 of 2") sits between the parts. Criterion numbers (1.1, 2.3) are not part of the text.

Recruiter's reading: every numbered row is one criterion; stages are exactly the words of the
How assessed column (certificates = documentation, written exercise = test). 5.2 "A full
driving licence ... or the ability to travel across the borough by other means" is met by any
means of travel, so it carries no driving rule. 1.3 "Completed the ASYE" is an asye rule.
"""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    PRES,
    TEST,
    Legend,
    approved,
    asye,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import (
    Bullets,
    CorpusDocument,
    Heading,
    PageBreak,
    Para,
    Table,
    TruthRole,
)

# The How assessed column in words; each word of a phrase maps to the stage it names.
HOW = Legend({
    "APPLICATION": APP, "FORM": APP, "INTERVIEW": IV, "CERTIFICATES": DOC,
    "WRITTEN": TEST, "EXERCISE": TEST, "PRESENTATION": PRES,
})
E, D = HOW.E, HOW.D

GROUPS = [
    ("1. Qualifications", [
        E("Degree or Diploma in Social Work, or an equivalent qualification recognised by "
          "Social Work England", "Application form / Certificates", rule=qual("social_work")),
        E("Current registration with Social Work England", "Application form / Certificates",
          rule=reg("SWE")),
        E("Completed the Assessed and Supported Year in Employment (ASYE)",
          "Application form / Certificates", rule=asye()),
        D("Post-qualifying training in working with children with disabilities or autism",
          "Application form / Certificates"),
        D("Practice Educator Professional Standards (PEPS) Stage 1, or willingness to work "
          "towards it", "Application form", rule=approved("practice_educator", commitment=True)),
    ]),
    ("2. Experience", [
        E("A minimum of two years' post-qualifying experience in a statutory children's social "
          "care setting", "Application form / Interview",
          rule=years(2, pq=True, domain="children's social care")),
        E("Experience of undertaking child and family assessments and child protection "
          "enquiries under section 47 of the Children Act 1989", "Application form / Interview"),
        D("Experience of working directly with disabled children and young people who use "
          "non-verbal communication", "Application form / Interview"),
        D("Experience of transition planning for young people moving to adult services",
          "Interview"),
    ]),
    ("3. Knowledge", [
        E("Knowledge of the Children Act 1989 and 2004, Working Together to Safeguard Children "
          "2023 and the Children and Families Act 2014",
          "Application form / Interview / Written exercise"),
        E("Understanding of the impact of disability, poverty and discrimination on children "
          "and their families", "Interview"),
    ]),
    ("4. Skills and abilities", [
        E("Ability to write clear, analytical assessments, chronologies and reports for court "
          "and child protection conferences", "Written exercise"),
        E("Ability to present a case analysis and plan to a resource panel", "Presentation"),
        D("Ability to communicate using British Sign Language or Makaton",
          "Application form / Interview"),
    ]),
    ("5. Other requirements", [
        E("Willingness to work outside normal office hours when required, including the out of "
          "hours duty rota", "Interview"),
        E("A full driving licence and use of a car for work, or the ability to travel across the "
          "borough by other means in a timely way", "Application form"),
    ]),
]


def _spec_rows() -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for category, wants in GROUPS:
        rows.append((category,))
        section = category.split(".")[0]
        for number, w in enumerate(wants, start=1):
            rows.append((f"{section}.{number}", w.text, w.priority.value.capitalize(), w.code))
    return rows


DUTIES = (
    "To hold a caseload of children with disabilities and their families, undertaking "
    "assessments and reviews under the Children Act 1989 and the Children and Families Act 2014.",
    "To undertake child protection enquiries, prepare reports for child protection conferences "
    "and core groups, and implement child protection plans.",
    "To work with the SEND service, health colleagues and schools to plan support, including "
    "short breaks and direct payments.",
    "To prepare evidence and statements for court and attend hearings as required.",
    "To maintain registration with Social Work England and keep a record of continuing "
    "professional development.",
    "To take part in the team duty rota and the borough's out of hours arrangements.",
    "To supervise social work students on placement when asked to do so.",
    "To comply with the council's policies on equalities, data protection and health and "
    "safety.",
)

DOCUMENT = CorpusDocument(
    name="jd_numbered_childrens_social_worker",
    layout="job description then numbered specification",
    formats=("docx", "pdf"),
    description="London borough children with disabilities social worker; duties first, "
                "numbered criteria with E/D and How assessed in words.",
    blocks=(
        Para("LONDON BOROUGH OF EASTMERE", bold=True),
        Heading("Job Description and Person Specification"),
        Table(rows=(
            ("Post details",),
            ("Post title", "Social Worker"),
            ("Directorate", "Children and Young People's Services"),
            ("Service", "Children with Disabilities Team"),
            ("Grade", "PO3 - PO5 (career progression scheme)"),
            ("Reports to", "Team Manager, Children with Disabilities"),
            ("Post number", "CYP/CWD/0187"),
        ), widths=(45, 135), txt="tabs"),
        Heading("1. Purpose of the job", level=2),
        Para("To provide a high quality social work service to disabled children and their "
             "families, promoting the welfare of each child and safeguarding them from harm, "
             "within the legal framework and the council's procedures."),
        Heading("2. Key duties and responsibilities", level=2),
        Bullets(DUTIES, numbered=True),
        Heading("3. Working relationships", level=2),
        Table(rows=(
            ("Internal", "External"),
            ("Team Manager and Practice Manager\nSEND casework officers\nEarly Help service",
             "Parents and carers\nSchools and colleges\nCommunity paediatricians and CAMHS\n"
             "Courts and Cafcass"),
        ), widths=(90, 90)),
        Heading("4. Special conditions", level=2),
        Para("The post is subject to an enhanced DBS check for work with children. The post "
             "holder may be required to work at any of the council's sites."),
        Para("This job description reflects the main duties of the post at the time of writing "
             "and may be amended after consultation with the post holder.", italic=True),
        Para("LB Eastmere   Social Worker CWD   Page 1 of 2", small=True),
        PageBreak(),
        Heading("Person Specification"),
        Para("The criteria below will be used to shortlist. Please address each criterion by its "
             "number in your supporting statement, giving examples from your own practice."),
        Table(rows=(("No.", "Criteria", "E/D", "How assessed"), *_spec_rows()),
              widths=(12, 100, 24, 44)),
        Para("LB Eastmere   Social Worker CWD   Page 2 of 2", small=True),
    ),
    roles=(TruthRole("Social Worker", tuple(w for _, ws in GROUPS for w in ws)),),
)
