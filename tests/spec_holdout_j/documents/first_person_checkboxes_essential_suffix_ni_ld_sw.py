"""Northern Ireland HSC trust, band 6 social worker in a community learning disability team:
the person specification is a self-check list. Each criterion is a first-person statement on
its own line behind an empty checkbox, "☐ I hold ...", that the applicant must confirm; the
essential ones end "(Essential)", and an introductory paragraph says the statements without
that mark are desirable. Statements sit under four plain headings. A "Declaration" at the end
has two more checkbox lines that are not criteria.

What makes it hard: no table, no bullets and no priority column; the criteria are
first-person sentences ("I am registered ...", "I can ...") and must be kept in that form;
"(Essential)" is a trailing mark to strip, and its ABSENCE means desirable; the declaration's
checkbox lines look exactly like criteria; the AccessNI statement is a pre-employment check
written as an understanding; the NI Assessed Year in Employment is called AYE, not ASYE.

Recruiter's reading:
- Every statement is assessed from the application form and at interview (the introduction
  says so): application and interview.
- "I hold a degree in Social Work, the Diploma in Social Work or an equivalent qualification":
  social work qualification.
- "I am registered with the Northern Ireland Social Care Council, or I will be eligible to
  register before I take up post": NISCC.
- "I have at least two years' post-qualifying social work experience, at least one of which
  is with adults with a learning disability": 2 years post-qualification (the one year in
  learning disability is not a second rule).
- "I have completed the Assessed Year in Employment (AYE)": ASYE (NI's name for it).
- "I hold the Northern Ireland Practice Teaching Award, or I am willing to work towards it":
  practice educator, commitment accepted.
- The travel statement: driving with access to a car and the disability alternative.
- "I understand that appointment depends on a satisfactory AccessNI Enhanced Disclosure":
  DBS (AccessNI is NI's disclosure service).
- The two declaration lines are not criteria.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import PLAIN, approved, asye, check, driving, qual, reg, years
from tests.spec_corpus.model import CorpusDocument, Heading, Para, TruthRole, Want

TITLE = "Social Worker, Community Learning Disability Team (Band 6)"
E, D = PLAIN.E, PLAIN.D

SECTIONS: list[tuple[str, list[Want]]] = [
    ("Qualifications and registration", [
        E("I hold a degree in Social Work, the Diploma in Social Work or an equivalent "
          "qualification", rule=qual("social_work")),
        E("I am registered with the Northern Ireland Social Care Council, or I will be "
          "eligible to register before I take up post", rule=reg("NISCC")),
        D("I have completed the Assessed Year in Employment (AYE)", rule=asye()),
        D("I hold the Northern Ireland Practice Teaching Award, or I am willing to work "
          "towards it", rule=approved("practice_educator", commitment=True)),
    ]),
    ("Experience", [
        E("I have at least two years' post-qualifying social work experience, at least one of "
          "which is with adults with a learning disability", rule=years(2, pq=True)),
        E("I have experience of completing assessments and support plans with adults who have "
          "complex needs, and with their carers"),
        E("I have experience of adult safeguarding work under the regional Adult Safeguarding "
          "Operational Procedures"),
        D("I have experience of working in a multidisciplinary community team"),
        D("I have experience of supporting people to move from hospital or a long-stay setting "
          "into the community"),
    ]),
    ("Knowledge and skills", [
        E("I can show a working knowledge of the Mental Capacity Act (Northern Ireland) 2016 "
          "and its Deprivation of Liberty Safeguards"),
        E("I can write clear, concise reports and case records within agreed timescales"),
        D("I can communicate with people who use non-verbal communication, using Makaton, "
          "pictures or objects of reference"),
    ]),
    ("Other requirements", [
        E("I hold a full current driving licence and have access to a car to meet the "
          "requirements of the post, or I can arrange suitable alternative transport if I "
          "have a disability that prevents me from driving",
          rule=driving(transport=True, disability=True)),
        E("I am willing to work flexibly, including occasional evening and weekend visits"),
        E("I understand that appointment depends on a satisfactory AccessNI Enhanced "
          "Disclosure", rule=check("dbs")),
    ]),
]

BLOCKS: list = [
    Para("Southern Loughside Health and Social Care Trust", bold=True),
    Para("Directorate of Mental Health, Learning Disability and Psychological Services"),
    Heading("Applicant Self-Check: Person Specification"),
    Para(f"Post: {TITLE}.   Job reference: SLT-LD-0611.   Salary: Band 6"),
    Para("Please read each statement and tick the box if it is true for you. Statements "
         "marked (Essential) must all be true for your application to be shortlisted; "
         "statements without that mark are desirable, and the panel may use them to shortlist "
         "if many applicants meet every essential statement. You will need to show in your "
         "application form how you meet each statement, and we will explore them further at "
         "interview."),
]
for heading, wants in SECTIONS:
    BLOCKS.append(Heading(heading, level=2))
    for want in wants:
        mark = " (Essential)" if want.priority is Priority.essential else ""
        BLOCKS.append(Para(f"☐ {want.text}{mark}"))
BLOCKS += [
    Heading("Declaration", level=2),
    Para("☐ I confirm that the information in my application is true and complete"),
    Para("☐ I understand that giving false information may lead to my application being "
         "rejected or to my dismissal"),
    Para("The Trust is an Equal Opportunities Employer. Applicants with a disability who meet "
         "the essential criteria will be offered an interview.", small=True),
]

DOCUMENT = CorpusDocument(
    name="first_person_checkboxes_essential_suffix_ni_ld_sw",
    layout="self-check list: one first-person statement per paragraph behind an empty "
           "checkbox '☐', '(Essential)' after the essential ones, the rest desirable; a "
           "declaration of two more checkbox lines at the end",
    formats=("docx", "txt", "pdf"),
    description="NI HSC trust learning disability social worker band 6; first-person "
                "checkbox statements, priority by a trailing '(Essential)' or its absence.",
    blocks=tuple(BLOCKS),
    roles=(TruthRole(TITLE, tuple(w for _, wants in SECTIONS for w in wants)),),
)
