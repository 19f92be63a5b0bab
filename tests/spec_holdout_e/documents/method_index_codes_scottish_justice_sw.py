"""Scottish council, Social Worker in Justice Social Work: a ruled two-column table Code /
Requirement with spanning category rows, every requirement carrying a code, E1 to E10 for the
essential ones and D1 to D5 for the desirable ones (a line above the table says so). HOW each
requirement is assessed is not in the table at all: a separate "How we will assess you" index
AFTER the table lists the codes per method, with ranges ("E7–E10", "D3–D5") and single codes
mixed ("Application form: E1–E4, E6, E8, D1, D2").

What makes it hard: the priority is only the letter of the code; the stages of a criterion are
found by looking its code up in an index several paragraphs away, expanding ranges; a code may
be listed under several methods; the index lines look like criteria or like headings.

Recruiter's reading:
- Priority: E codes essential, D codes desirable.
- Stages: application where the code is in the "Application form" line, documentation where
  it is in "Certificates and SSSC registration check", interview where in "Interview", test
  where in "Written exercise". So E1 and E2 application and documentation; E3, E4 and E8
  application and interview; E6 and D1, D2 application only; E5, E9, E10, D3, D5 interview
  only; E7 and D4 interview and test.
- E1 "... recognised by the SSSC, or equivalent (e.g. DipSW, CQSW)": social work
  qualification, no level (the equivalents are diplomas).
- E2 "Registered with the SSSC ..., or eligible to register before taking up post": SSSC
  registration (the eligibility is for the panel; the rule's bodies are what is checked).
- E3 "two years' post-qualifying experience": 2 years post-qualification, social work.
- E6 driving licence "or the ability to meet the travel requirements of the post where a
  disability prevents driving": driving with the disability alternative, no vehicle asked for.
- D2 "Practice Educator qualification or the Practice Learning Qualification (Scotland)":
  approved role practice educator, no commitment.
- D5 "Mental Health Officer award, or willingness to work towards it": the MHO is Scotland's
  counterpart of the AMHP but is not one of the model's approved roles (AMHP is an English and
  Welsh warrant); a recruiter would not check it as an AMHP, so no rule. Questionable.
- D1 programme facilitator training is an evidence criterion (no qualification subject fits).
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import APP, DOC, IV, TEST, approved, driving, qual, reg, years
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

E, D = Priority.essential, Priority.desirable
# (category, [(code, text, rule)])
GROUPS = [
    ("Qualifications and registration", [
        ("E1", "A degree or diploma in social work recognised by the SSSC, or equivalent "
               "(e.g. DipSW, CQSW)", qual("social_work")),
        ("E2", "Registered with the Scottish Social Services Council as a Social Worker, or "
               "eligible to register before taking up post", reg("SSSC")),
        ("D1", "Accredited programme facilitator training (e.g. Caledonian System, Moving "
               "Forward Making Changes)", None),
        ("D2", "Practice Educator qualification or the Practice Learning Qualification "
               "(Scotland)", approved("practice_educator")),
        ("D5", "Mental Health Officer award, or willingness to work towards it", None),
    ]),
    ("Experience", [
        ("E3", "At least two years' post-qualifying experience in a statutory social work "
               "setting", years(2, pq=True, domain="social work")),
        ("E4", "Experience of preparing Criminal Justice Social Work Reports for the courts",
         None),
        ("E8", "Experience of risk assessment and management using LS/CMI or similar tools",
         None),
        ("D3", "Experience of working with people convicted of sexual or domestic abuse "
               "offences", None),
    ]),
    ("Knowledge and skills", [
        ("E5", "Knowledge of the legislation and national outcomes and standards for justice "
               "social work in Scotland", None),
        ("E7", "Ability to write clear, concise and analytical reports to court timescales",
         None),
        ("E9", "Ability to build motivational relationships with people who are resistant to "
               "change", None),
        ("D4", "Knowledge of the Multi-Agency Public Protection Arrangements (MAPPA)", None),
    ]),
    ("Other requirements", [
        ("E6", "A full driving licence valid in the UK, or the ability to meet the travel "
               "requirements of the post where a disability prevents driving",
         driving(disability=True)),
        ("E10", "Commitment to trauma-informed practice and to the SSSC Codes of Practice",
         None),
    ]),
]

# The index after the table, as printed, and what each line's codes are.
INDEX = [
    ("Application form", "E1–E4, E6, E8, D1, D2", APP,
     {"E1", "E2", "E3", "E4", "E6", "E8", "D1", "D2"}),
    ("Certificates and SSSC registration check", "E1, E2", DOC, {"E1", "E2"}),
    ("Interview", "E3–E5, E7–E10, D3–D5", IV,
     {"E3", "E4", "E5", "E7", "E8", "E9", "E10", "D3", "D4", "D5"}),
    ("Written exercise", "E7, D4", TEST, {"E7", "D4"}),
]


def _want(code: str, text: str, rule) -> Want:
    stages = tuple(stage for _, _, stage, codes in INDEX if code in codes)
    priority = E if code.startswith("E") else D
    return Want(text, priority, stages, None, rule, code)


ROWS = [("Code", "Requirement")]
for category, items in GROUPS:
    ROWS.append((category,))
    ROWS += [(code, text) for code, text, _ in items]

DOCUMENT = CorpusDocument(
    name="method_index_codes_scottish_justice_sw",
    layout="Code / Requirement table (E1.., D1..), assessment methods in a code index after "
           "the table with ranges",
    formats=("docx", "pdf"),
    description="Scottish council justice social worker; priority only in the code letter, "
                "stages only in an index of codes after the table.",
    blocks=(
        Para("Glenmorven Council – Health and Social Care Partnership", bold=True),
        Heading("Social Worker (Justice Social Work Services)"),
        Para("Grade: SW2 (£40,218 – £45,063)   Location: Kilbrannan Office   Ref: GC/JSW/0917"),
        Heading("Person Specification", level=2),
        Para("Requirements with a code beginning E are essential; requirements with a code "
             "beginning D are desirable."),
        Table(tuple(ROWS), widths=(16, 164)),
        Heading("How we will assess you", level=2),
        Para("Each requirement is assessed by the methods whose line lists its code."),
        *(Para(f"{method}: {codes}") for method, codes, _, _ in INDEX),
        Para("Shortlisting is based on the application form only. Please address every code "
             "listed against the application form in your supporting statement.", italic=True),
    ),
    roles=(TruthRole("Social Worker (Justice Social Work Services)",
                     tuple(_want(*item) for _, items in GROUPS for item in items)),),
)
