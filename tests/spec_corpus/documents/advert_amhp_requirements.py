"""Advert with a 'Requirements:' list after the main duties, salary with an allowance, a
benefits list and a DBS notice; no person specification."""

from tests.spec_corpus.helpers import PLAIN, approved, reg, years
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole

E, D = PLAIN.E, PLAIN.D

REQUIREMENTS = [
    E("Qualified Social Worker, Nurse, Occupational Therapist or Psychologist with current "
      "professional registration", rule=reg("SWE", "NMC", "HCPC")),
    E("Current AMHP warrant, or completed AMHP training and awaiting warrant",
      rule=approved("AMHP", training=True)),
    E("At least 2 years' experience of working in mental health services", rule=years(2)),
    E("Willingness to join the out of hours AMHP rota"),
    D("Experience of Community Treatment Orders is desirable"),
]

DOCUMENT = CorpusDocument(
    name="advert_amhp_requirements",
    layout="advert prose",
    formats=("docx",),
    description="AMHP advert with a 'Requirements:' list.",
    blocks=(
        Heading("Approved Mental Health Professional (AMHP) - Community Mental Health"),
        Para("Salary: £41,511 - £44,711 plus AMHP allowance of £2,500"),
        Para("Location: Northgate Hub   Hours: 37 per week"),
        Heading("Job summary", level=2),
        Para("We are looking for an experienced AMHP to join our busy daytime AMHP hub, which "
             "coordinates Mental Health Act assessments across the borough."),
        Heading("Main duties", level=2),
        Bullets((
            "Coordinate Mental Health Act assessments and make applications for admission "
            "where appropriate",
            "Provide advice to colleagues on the least restrictive option",
            "Take part in the daytime AMHP rota",
        )),
        Para("Requirements:", bold=True),
        Bullets(tuple(w.text for w in REQUIREMENTS)),
        Para("Benefits:", bold=True),
        Bullets(("Local Government Pension Scheme", "27 days annual leave plus bank holidays",
                 "Cycle to work scheme")),
        Para("Please note: this post is exempt from the Rehabilitation of Offenders Act and an "
             "enhanced DBS check will be required.", italic=True),
    ),
    roles=(TruthRole("Approved Mental Health Professional (AMHP)", tuple(REQUIREMENTS)),),
)
