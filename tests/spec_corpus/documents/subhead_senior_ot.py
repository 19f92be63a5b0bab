"""Essential / Desirable subheadings (Word heading styles) over bullet lists, no categories,
no stages; a paragraph about the post before and the equal opportunities line after."""

from tests.spec_corpus.helpers import PLAIN, approved, driving, qual, reg, years
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole

E, D = PLAIN.E, PLAIN.D

ESSENTIAL = [
    E("Degree or Diploma in Occupational Therapy",
      rule=qual("occupational_therapy", level="diploma")),
    E("HCPC registration", rule=reg("HCPC")),
    E("Three years' post-qualifying experience as an Occupational Therapist, including at least "
      "one year in a local authority", rule=years(3, pq=True)),
    E("Experience of complex moving and handling assessments, including hoists and single-handed "
      "care"),
    E("Experience of supervising Occupational Therapists or Community Care Officers"),
    E("Knowledge of the Disabled Facilities Grant process"),
    E("Ability to use clinical reasoning to resolve complex or disputed cases"),
    E("Current driving licence and access to a car", rule=driving(transport=True)),
]
DESIRABLE = [
    D("Practice Educator accreditation", rule=approved("practice_educator")),
    D("Experience of working with bariatric service users"),
    D("Experience of delivering training to staff or carers"),
]

DOCUMENT = CorpusDocument(
    name="subhead_senior_ot",
    layout="essential/desirable subheadings",
    formats=("docx", "pdf", "txt"),
    description="Senior OT; Essential and Desirable subheadings over bullets.",
    blocks=(
        Heading("Senior Practitioner Occupational Therapist"),
        Para("The Senior Practitioner leads on complex cases, supports the development of "
             "the team and acts as a practice supervisor."),
        Heading("Person Specification", level=2),
        Heading("Essential", level=3),
        Bullets(tuple(w.text for w in ESSENTIAL)),
        Heading("Desirable", level=3),
        Bullets(tuple(w.text for w in DESIRABLE)),
        Para("We are an equal opportunities employer and welcome applications from all "
             "sections of the community."),
    ),
    roles=(TruthRole("Senior Practitioner Occupational Therapist", (*ESSENTIAL, *DESIRABLE)),),
)
