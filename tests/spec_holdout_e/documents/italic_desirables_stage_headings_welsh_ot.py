"""Welsh county council, Occupational Therapist in a community resource team: no table. The
specification is four numbered section headings that say HOW the requirements beneath them are
assessed ("1. Shortlisting – assessed from your application form", "2. Assessed at
interview", "3. Assessed by a short presentation", "4. Checked before appointment"), each
followed by one paragraph per requirement. Desirable requirements are shown ONLY by
typography: they are set in italics, and a key line says so ("Requirements shown in italics
are desirable. All other requirements are essential."). Welsh language requirements at two
levels, with a line naming the five levels of the council's framework.

What makes it hard: nothing in the words marks a desirable; the stage of a requirement is its
section heading; the heading of the last section names certificates; the line naming the Welsh
levels and the key line are not requirements. Word and PDF only (a text copy would lose the
italics).

Recruiter's reading:
- Italic paragraphs desirable, all others essential.
- Stages: section 1 application, section 2 interview, section 3 presentation only (the
  presentation is the method; no interview questions are said to cover it), section 4
  documentation.
- "A degree or diploma in Occupational Therapy recognised by the Royal College ...":
  occupational therapy qualification, no level (a diploma counts).
- "Registration with the Health and Care Professions Council as an Occupational Therapist":
  HCPC.
- The driving paragraph asks for a licence and use of a vehicle "unless a disability prevents
  you from driving": driving with transport and the disability alternative.
- "Post-registration experience of at least one year ...": 1 year post-qualification (an OT
  registers on qualifying); italic, so desirable.
- "Welsh language skills at Level 1 (Entry) ..." essential: Welsh at entry. "Welsh language
  skills at Level 3 (Intermediate) ..." italic: Welsh at intermediate, desirable.
- "Trusted Assessor or moving and handling key trainer qualification" (italic): an evidence
  criterion, no subject of the model fits.
- The CPD paragraph in section 4 is an evidence criterion checked from the portfolio, not an
  HCPC registration rule.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    PRES,
    driving,
    qual,
    reg,
    welsh,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, TruthRole, Want

E, D = Priority.essential, Priority.desirable
SECTIONS = [
    ("1. Shortlisting – assessed from your application form", (APP,), [
        (E, "A degree or diploma in Occupational Therapy recognised by the Royal College of "
            "Occupational Therapists", qual("occupational_therapy")),
        (E, "Registration with the Health and Care Professions Council as an Occupational "
            "Therapist", reg("HCPC")),
        (D, "Post-registration experience of at least one year in a community or hospital "
            "setting", years(1, pq=True, domain="occupational therapy")),
        (E, "Experience of assessing for and prescribing equipment and minor adaptations in "
            "people's homes", None),
        (D, "Trusted Assessor or moving and handling key trainer qualification", None),
        (E, "A full driving licence and use of a vehicle for work, unless a disability "
            "prevents you from driving, in which case the Council will make reasonable "
            "adjustments", driving(transport=True, disability=True)),
        (E, "Welsh language skills at Level 1 (Entry): able to pronounce Welsh names and use "
            "basic greetings", welsh("entry")),
        (D, "Welsh language skills at Level 3 (Intermediate): able to hold a conversation in "
            "Welsh about everyday work matters", welsh("intermediate")),
    ]),
    ("2. Assessed at interview", (IV,), [
        (E, "Knowledge of the Social Services and Well-being (Wales) Act 2014 and what it "
            "means for occupational therapy practice", None),
        (E, "Ability to manage a caseload, prioritising referrals according to risk", None),
        (D, "Experience of working in a reablement or intermediate care service", None),
        (E, "Willingness to work flexibly, including occasional weekends as part of a "
            "seven-day service", None),
    ]),
    ("3. Assessed by a short presentation", (PRES,), [
        (E, "Ability to explain a clinical reasoning decision clearly to a non-specialist "
            "audience", None),
        (D, "Experience of contributing to service improvement or clinical audit", None),
    ]),
    ("4. Checked before appointment (original certificates and CPD portfolio)", (DOC,), [
        (E, "Evidence of continuing professional development in line with HCPC standards",
         None),
    ]),
]


def _blocks():
    blocks = []
    for heading, _, items in SECTIONS:
        blocks.append(Heading(heading, level=2))
        blocks += [Para(text, italic=priority is D) for priority, text, _ in items]
    return tuple(blocks)


def _wants():
    return tuple(Want(text, priority, stages, None, rule)
                 for _, stages, items in SECTIONS for priority, text, rule in items)


DOCUMENT = CorpusDocument(
    name="italic_desirables_stage_headings_welsh_ot",
    layout="paragraph per requirement under numbered stage headings; desirables only in "
           "italics",
    formats=("docx", "pdf"),
    description="Welsh county council community OT; stages given by section headings, "
                "desirable requirements marked only by italic type, Welsh at two levels.",
    blocks=(
        Para("Cyngor Sir Bryngarth  |  Bryngarth County Council", bold=True),
        Heading("Occupational Therapist – Community Resource Team"),
        Para("Grade 7   37 hours a week   Based at Canolfan Tywyn, Llanfarian"),
        Heading("Person Specification", level=2),
        Para("Requirements shown in italics are desirable. All other requirements are "
             "essential."),
        Para("Welsh language levels are those of the Council's Welsh Language Skills "
             "Framework: Level 1 Entry, Level 2 Foundation, Level 3 Intermediate, Level 4 "
             "Advanced, Level 5 Proficiency.", small=True),
        *_blocks(),
    ),
    roles=(TruthRole("Occupational Therapist – Community Resource Team", _wants()),),
)
