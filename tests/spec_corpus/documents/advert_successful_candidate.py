"""Advert prose: 'The successful candidate will have ...', an experience-or-ASYE route,
a 'would be desirable' sentence, market supplement and how to apply."""

from tests.spec_corpus.helpers import PLAIN, all_of, any_of, asye, driving, qual, reg, years
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole

E, D = PLAIN.E, PLAIN.D

WANTS = [
    E("The successful candidate will have a social work degree or equivalent and be "
      "registered with Social Work England.", rule=all_of(qual("social_work"), reg("SWE"))),
    E("You will have 2 years post-qualifying experience or be newly qualified with ASYE "
      "completed.", rule=any_of(years(2, pq=True), asye())),
    D("Experience of working with disabled children and their families would be desirable."),
    E("You will also need a full driving licence.", rule=driving()),
]

DOCUMENT = CorpusDocument(
    name="advert_successful_candidate",
    layout="advert prose",
    formats=("txt", "docx"),
    description="Children with disabilities social worker advert, prose requirements.",
    blocks=(
        Heading("Social Worker - Children with Disabilities Team"),
        Para("Grade: PO1-PO3 (£37,938 - £43,693) plus £3,000 market supplement"),
        Para("Our Children with Disabilities Team works with families to help disabled "
             "children live full lives at home and in their communities. We have manageable "
             "caseloads and a strong culture of reflective supervision."),
        Para(" ".join(w.text for w in WANTS[:3])),
        Para(WANTS[3].text),
        Para("In return we offer:"),
        Bullets(("Hybrid working", "An employee assistance programme", "A lease car scheme")),
        Para("Interviews will be held on 3 February. To apply, complete the online application "
             "form; CVs are not accepted."),
    ),
    roles=(TruthRole("Social Worker - Children with Disabilities Team", tuple(WANTS)),),
)
