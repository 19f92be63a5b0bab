"""Criteria | Rating table where the rating is 1 or 2 and the key says '1. are desirable, but
not necessary' and '2. are essential'; the key must not become a criterion."""

from tests.spec_corpus.helpers import PLAIN, check, driving, qual
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

E, D = PLAIN.E, PLAIN.D

WANTS = [
    E("Experience of providing personal care to adults in their own homes"),
    # Level 2 is below the lowest level the spec models (nvq3), so no minimum level.
    D("NVQ Level 2 or 3 in Health and Social Care", rule=qual("health_social_care")),
    E("Ability to follow a support plan and record the support given accurately"),
    E("Ability to encourage people to regain skills rather than doing things for them"),
    D("Experience of working with people recently discharged from hospital"),
    E("Ability to work on your own and as part of a team"),
    E("Willingness to work a rota including early mornings, evenings, weekends and bank "
      "holidays"),
    E("A full driving licence and access to a vehicle insured for business use",
      rule=driving(transport=True)),
    D("Understanding of safeguarding and when to report concerns"),
    E("Satisfactory enhanced DBS disclosure", rule=check("dbs")),
]

DOCUMENT = CorpusDocument(
    name="rating_reablement_officer",
    layout="rating legend",
    formats=("docx", "pdf"),
    description="Reablement officer; Rating column 1/2 with a numbered key.",
    blocks=(
        Heading("Reablement Support Officer"),
        Para("Job Ref: RSO-22   Hours: 30 per week"),
        Heading("Person Specification", level=2),
        Para("Key to rating:"),
        Para("1. are desirable, but not necessary"),
        Para("2. are essential"),
        Table(rows=(("Criteria", "Rating"),
                    *((w.text, "2" if w.priority.value == "essential" else "1")
                      for w in WANTS)),
              widths=(150, 30)),
    ),
    roles=(TruthRole("Reablement Support Officer", tuple(WANTS)),),
)
