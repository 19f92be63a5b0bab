"""'Essential:' and 'Desirable:' as bold paragraph labels (not heading styles) over bullets,
with an 'or' route: two years' experience, or newly qualified with the ASYE completed."""

from tests.spec_corpus.helpers import PLAIN, any_of, asye, qual, reg, years
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole

E, D = PLAIN.E, PLAIN.D

ESSENTIAL = [
    E("Degree or postgraduate qualification in Social Work",
      rule=qual("social_work", level="degree")),
    E("Registered with Social Work England", rule=reg("SWE")),
    E("Two years' post-qualifying experience in children's social care, or newly qualified "
      "with the ASYE completed", rule=any_of(years(2, pq=True), asye())),
    E("Knowledge of the Children Act 1989 and Working Together to Safeguard Children"),
    E("Experience of direct work with children, young people and families"),
    E("Ability to analyse risk and write clear assessments and court reports"),
]
DESIRABLE = [
    D("Experience of care proceedings and the Public Law Outline"),
    D("Training in a recognised practice model such as Signs of Safety"),
]

DOCUMENT = CorpusDocument(
    name="subhead_childrens_social_worker",
    layout="essential/desirable subheadings",
    formats=("docx", "txt"),
    description="Children's social worker; bold 'Essential:' labels and an 'or' route.",
    blocks=(
        Heading("Social Worker - Children's Assessment and Intervention Team"),
        Para("Salary: £36,124 - £40,476 (Grade 10)"),
        Heading("What we are looking for", level=2),
        Para("Essential:", bold=True),
        Bullets(tuple(w.text for w in ESSENTIAL)),
        Para("Desirable:", bold=True),
        Bullets(tuple(w.text for w in DESIRABLE)),
        Para("This post is subject to an enhanced DBS check."),
    ),
    roles=(TruthRole("Social Worker - Children's Assessment and Intervention Team",
                     (*ESSENTIAL, *DESIRABLE)),),
)
