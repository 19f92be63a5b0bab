"""Advert in questions: 'What will I be doing?' (duties), 'What will I need?' (the
requirements), a desirable sentence, 'What's in it for me?' (benefits) and contact."""

from tests.spec_corpus.helpers import PLAIN, all_of, driving, qual, reg
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole

E, D = PLAIN.E, PLAIN.D

NEED = [
    E("A degree in Occupational Therapy and registration with the HCPC",
      rule=all_of(qual("occupational_therapy", level="degree"), reg("HCPC"))),
    E("Experience of working in a community setting"),
    E("Good knowledge of equipment and minor adaptations"),
    E("A full UK driving licence", rule=driving()),
]
ADVANTAGE = D("It would be an advantage if you have completed Trusted Assessor training.")

DOCUMENT = CorpusDocument(
    name="advert_ot_what_will_i_need",
    layout="advert prose",
    formats=("txt", "pdf"),
    description="OT advert in questions; duties and benefits around the requirements.",
    blocks=(
        Heading("Occupational Therapist - Adult Social Care (Grade 9)"),
        Para("£35,235 - £38,220 per annum"),
        Heading("What will I be doing?", level=2),
        Bullets((
            "Assessing people's needs for equipment and adaptations in their own homes",
            "Working with the housing team on Disabled Facilities Grant applications",
            "Supporting carers with moving and handling",
        )),
        Heading("What will I need?", level=2),
        Bullets(tuple(w.text for w in NEED)),
        Para(ADVANTAGE.text),
        Heading("What's in it for me?", level=2),
        Bullets((
            "Flexible working and a 36-hour week",
            "Car allowance and mileage",
            "A supportive team with a monthly OT forum",
        )),
        Heading("Want to know more?", level=2),
        Para("Contact Lee Morgan, Principal OT, on 01632 960456 or lee.morgan@example.gov.uk."),
    ),
    roles=(TruthRole("Occupational Therapist - Adult Social Care (Grade 9)",
                     (*NEED, ADVANTAGE)),),
)
