"""Welsh county council adult services, Best Interests Assessor / Senior Practitioner
(Deprivation of Liberty Safeguards Team): no table. Numbered section headings ("1.
Qualifications and training" ... "6. Other requirements"), under each the requirements as
typed paragraphs numbered with roman numerals "(i)", "(ii)", "(iii)", the numbering starting
again in each section, and each requirement STARTING with its assessment codes in brackets
("(i) (A,C) A recognised social work qualification ..."). There are no Essential / Desirable
labels: the opening note says everything is essential except what follows the italic line "It
would be an advantage to have:" in a section, and the roman numbering runs on across that
line.

What makes it hard: two bracketed prefixes before every criterion (the number and the codes);
priority changes in the middle of a section at a lead-in sentence, not at a heading, and
not every section has one; the Welsh language section mixes an essential commitment with a
desirable ability; "Guidance for applicants" at the end reads like a requirement.

Recruiter's reading:
- Key: A application form, I interview, P presentation (on the interview day), C
  certificates (documentation).
- "Registered as a social worker with Social Care Wales": registration SCW.
- "Best Interests Assessor qualification" essential (approved-role BIA, no commitment); the
  AMHP warrant is desirable (approved-role AMHP).
- "At least three years' post-qualifying experience in adult social work": three years
  post-qualification.
- "Willingness to learn Welsh to Level 1 (Entry) within a year of appointment" is a
  commitment, not an ability: essential, no language rule. "Welsh language skills at Level 3
  (Intermediate) ..." is desirable with a Welsh rule at intermediate.
- The driving requirement's "unless a disability prevents you from driving" is the disability
  alternative; "a vehicle for work" is access to transport.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    PRES,
    Legend,
    approved,
    driving,
    qual,
    reg,
    welsh,
    years,
)
from tests.spec_corpus.model import Block, CorpusDocument, Heading, Para, TruthRole

KEY = Legend({"A": APP, "I": IV, "P": PRES, "C": DOC})
E, D = KEY.E, KEY.D
ROMAN = ("i", "ii", "iii", "iv", "v", "vi")
ADVANTAGE = "It would be an advantage to have:"

SECTIONS = [
    ("1. Qualifications and training", [
        E("A recognised social work qualification (BSc/BA, MA, DipSW or CQSW)", "A,C",
          rule=qual("social_work")),
        E("Registered as a social worker with Social Care Wales", "A,C", rule=reg("SCW")),
        E("Best Interests Assessor qualification", "A,C", rule=approved("BIA")),
        D("Approved Mental Health Professional warrant", "A,C", rule=approved("AMHP")),
    ]),
    ("2. Experience", [
        E("At least three years' post-qualifying experience in adult social work", "A,I",
          rule=years(3, pq=True, domain="adult social work")),
        E("Experience of completing Deprivation of Liberty Safeguards best interests "
          "assessments", "A,I"),
        D("Experience of preparing for, or giving evidence in, the Court of Protection", "A,I"),
    ]),
    ("3. Knowledge", [
        E("Detailed knowledge of the Mental Capacity Act 2005, the Deprivation of Liberty "
          "Safeguards and relevant case law", "I,P"),
        E("Knowledge of the Social Services and Well-being (Wales) Act 2014", "I"),
        D("Awareness of the planned Liberty Protection Safeguards and what they would change",
          "I,P"),
    ]),
    ("4. Skills and abilities", [
        E("Ability to write clear, well-reasoned assessments that will withstand legal "
          "challenge", "A,I"),
        E("Ability to explain complex decisions to families, care providers and the "
          "supervisory body", "I,P"),
    ]),
    ("5. Welsh language", [
        E("Willingness to learn Welsh to Level 1 (Entry) within a year of appointment", "A"),
        D("Welsh language skills at Level 3 (Intermediate): able to hold a conversation about "
          "work matters", "A,I", rule=welsh("intermediate")),
    ]),
    ("6. Other requirements", [
        E("A full driving licence valid in the UK and a vehicle for work, unless a disability "
          "prevents you from driving", "A", rule=driving(transport=True, disability=True)),
        E("Ability to work flexibly, including occasional evenings, to meet statutory "
          "timescales", "A,I"),
    ]),
]


def _section(title: str, wants: list) -> list[Block]:
    blocks: list[Block] = [Heading(title, level=2)]
    said = False
    for number, want in enumerate(wants):
        if want.priority is Priority.desirable and not said:
            blocks.append(Para(ADVANTAGE, italic=True))
            said = True
        blocks.append(Para(f"({ROMAN[number]}) ({want.code}) {want.text}"))
    return blocks


BODY: list[Block] = []
for title, wants in SECTIONS:
    BODY += _section(title, wants)

DOCUMENT = CorpusDocument(
    name="roman_leading_codes_welsh_bia",
    layout="roman-numeral paragraphs with '(A,I)' codes at the start; desirables after 'It "
           "would be an advantage to have:'",
    formats=("docx", "pdf", "txt"),
    description="Welsh county council BIA / senior practitioner; (i), (ii) paragraphs that "
                "begin with their assessment codes, priority switched by a lead-in line, "
                "Social Care Wales and Welsh levels.",
    blocks=(
        Para("Cyngor Sir Glanteifi – Glanteifi County Council", bold=True),
        Heading("Best Interests Assessor / Senior Practitioner"),
        Para("Deprivation of Liberty Safeguards Team   Grade 10   Ref: GCC-ASC-2291"),
        Heading("Person Specification", level=2),
        Para("All requirements are essential unless they are listed after the words \u201cIt "
             "would be an advantage to have\u201d. The letters in brackets at the start of each "
             "requirement show how it will be assessed: A – application form; I – interview; "
             "P – presentation; C – certificates."),
        *BODY,
        Heading("Guidance for applicants", level=2),
        Para("In your personal statement you should give examples of how you meet each "
             "requirement marked A. Statements that do not address the requirements cannot "
             "be shortlisted. You may apply in Welsh or English; an application in Welsh will "
             "not be treated less favourably than one in English."),
    ),
    roles=(TruthRole("Best Interests Assessor / Senior Practitioner",
                     tuple(w for _, wants in SECTIONS for w in wants)),),
)
