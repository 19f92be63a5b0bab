"""Unitary council Occupational Therapist: no table. ALL CAPS category labels with trailing
colons ("QUALIFICATIONS AND TRAINING:"), then criteria typed as numbered paragraphs (the
numbers run on from 1 to 14 across the categories), each ending in two parentheses: the
priority in words, "(Essential)" or "(Desirable)", then the assessment in words,
"(Application form / Interview)", "(Certificate)", "(Practical assessment)". A mixed-case
title ("Person Specification – OCCUPATIONAL THERAPIST"), British typography throughout
(en-dashes, curly quotes, "2 years’"), and one criterion with a manual line break inside it.

What makes it hard: the two parentheses are the only structure; the first is the priority and
the second the stage, and neither is a code. Criterion 5 runs over two lines ("... minor
adaptations," / "and of recommending ...") but is one criterion. The truth texts keep the
curly quotes and en-dashes as printed, drop the typed number and both parentheses.

Recruiter's reading:
- "(Certificate)" is documentation only; "(Practical assessment)" is a test only.
- Criterion 4 ("2 years’ post-registration experience ... – at least 1 year of which in a
  community or social care setting") is a years rule of 2, post-qualification (registration
  as an OT follows qualifying); the one year in a community setting is for the panel.
- Criterion 13 is a driving rule with access to a vehicle and the disability alternative the
  criterion itself spells out.
- The closing note ("Please address each numbered criterion in your supporting statement")
  and the "Document owner" line are not criteria.
"""

from tests.spec_corpus.helpers import APP, DOC, IV, TEST, Legend, driving, qual, reg, years
from tests.spec_corpus.model import CorpusDocument, Heading, Para, TruthRole

KEY = Legend({"APPLICATION": APP, "FORM": APP, "INTERVIEW": IV, "CERTIFICATE": DOC,
              "PRACTICAL": TEST, "ASSESSMENT": TEST})
E, D = KEY.E, KEY.D

LINE_BREAK_HEAD = "Experience of prescribing equipment and minor adaptations,"
LINE_BREAK_TAIL = ("and of recommending major adaptations through the Disabled Facilities "
                   "Grant process")

GROUPS = [
    ("QUALIFICATIONS AND TRAINING:", [
        E("Degree or Diploma in Occupational Therapy", "Certificate",
          rule=qual("occupational_therapy")),
        E("Registered with the Health and Care Professions Council (HCPC) as an Occupational "
          "Therapist", "Certificate", rule=reg("HCPC")),
        D("Trusted Assessor or Moving and Handling Trainer qualification", "Certificate"),
    ]),
    ("EXPERIENCE:", [
        E("A minimum of 2 years’ post-registration experience as an Occupational Therapist – "
          "at least 1 year of which in a community or social care setting",
          "Application form / Interview", rule=years(2, pq=True)),
        E(f"{LINE_BREAK_HEAD} {LINE_BREAK_TAIL}", "Application form / Interview"),
        D("Experience of moving and handling assessments, including single-handed care "
          "reviews", "Application form / Interview"),
        D("Experience of supervising Occupational Therapy Assistants or students",
          "Application form"),
    ]),
    ("KNOWLEDGE:", [
        E("Knowledge of the Care Act 2014 – in particular the ‘wellbeing’ and ‘prevention’ "
          "duties", "Interview"),
        E("Understanding of the Mental Capacity Act 2005 and how it applies to OT assessment",
          "Interview"),
    ]),
    ("SKILLS AND ABILITIES:", [
        E("Ability to carry out a functional assessment and write a clear, person-centred "
          "report", "Practical assessment"),
        E("Able to prioritise a caseload and manage waiting lists safely", "Interview"),
        D("Ability to use ‘Liquidlogic’ or a similar electronic case management system",
          "Application form"),
    ]),
    ("OTHER REQUIREMENTS:", [
        E("Full driving licence and access to a vehicle for work – or, for a disabled "
          "applicant who cannot drive, the ability to travel around the borough by other "
          "means", "Application form", rule=driving(transport=True, disability=True)),
        E("Commitment to the council’s “Working Together” values", "Interview"),
    ]),
]


def _blocks() -> list[Para]:
    blocks: list[Para] = []
    number = 0
    for label, wants in GROUPS:
        blocks.append(Para(label, bold=True))
        for want in wants:
            number += 1
            text = want.text
            if text.startswith(LINE_BREAK_HEAD):
                text = f"{LINE_BREAK_HEAD}\n{LINE_BREAK_TAIL}"
            blocks.append(Para(f"{number}.  {text} ({want.priority.value.capitalize()}) "
                               f"({want.code})"))
    return blocks


DOCUMENT = CorpusDocument(
    name="numbered_words_parenthesis_ot",
    layout="numbered paragraphs ending '(Essential)' / '(Desirable)' then '(stage in words)'",
    formats=("docx", "txt"),
    description="Unitary council OT; numbered criteria with priority and stage in two "
                "parentheses, ALL CAPS labels with colons, curly quotes and a line break.",
    blocks=(
        Para("Westhaven Council – Adult Social Care: Independence and Wellbeing Service"),
        Heading("Person Specification – OCCUPATIONAL THERAPIST"),
        Para("Grade: Band H   Hours: 37 per week   Base: Civic Centre, Westhaven"),
        Para("Each criterion below says whether it is essential or desirable, and how it will "
             "be assessed."),
        *_blocks(),
        Para("Note: Please address each numbered criterion in your supporting statement, "
             "quoting its number.", italic=True),
        Para("Document owner: Head of Independence and Wellbeing – reviewed September 2026",
             small=True),
    ),
    roles=(TruthRole("Occupational Therapist",
                     tuple(w for _, wants in GROUPS for w in wants)),),
)
