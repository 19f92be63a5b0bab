"""Three roles in one document ('Role 1', 'Role 2', 'Role 3' labels before each title), each
with Essential and Desirable subheadings over bullets; criteria repeat across roles."""

from tests.spec_corpus.helpers import (
    PLAIN,
    all_of_asye_years,
    approved,
    asye,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import (
    Bullets,
    CorpusDocument,
    Heading,
    PageBreak,
    Para,
    TruthRole,
)

E, D = PLAIN.E, PLAIN.D

DEGREE = E("Social Work degree or equivalent qualification", rule=qual("social_work"))
SWE = E("Registered with Social Work England", rule=reg("SWE"))
CARE_ACT = E("Knowledge of the Care Act 2014 and the Mental Capacity Act 2005")

ROLES = [
    ("Social Worker (Level 1 - Newly Qualified)", [
        DEGREE, SWE,
        E("Willing to undertake the Assessed and Supported Year in Employment",
          rule=asye(commitment=True)),
        E("Experience of social work placements in a statutory setting"),
        CARE_ACT,
        D("Previous experience of working in social care before qualifying"),
    ]),
    ("Social Worker (Level 2)", [
        DEGREE, SWE,
        E("Completed ASYE and at least one year of post-qualifying experience",
          rule=all_of_asye_years(1)),
        E("Experience of managing a caseload of complex assessments"),
        CARE_ACT,
        D("Best Interests Assessor or Practice Educator qualification",
          rule=approved("BIA", "practice_educator")),
    ]),
    ("Senior Social Worker (Level 3)", [
        DEGREE, SWE,
        E("At least three years' post-qualifying experience", rule=years(3, pq=True)),
        E("Experience of supervising students or newly qualified social workers"),
        E("BIA, AMHP or Practice Educator qualification, or working towards one",
          rule=approved("BIA", "AMHP", "practice_educator", training=True)),
        CARE_ACT,
        D("Experience of leading on practice development in a team"),
    ]),
]


def _blocks() -> list:
    blocks: list = []
    for number, (title, wants) in enumerate(ROLES, start=1):
        if number > 1:
            blocks.append(PageBreak())
        blocks += [
            Para(f"Role {number}", bold=True),
            Heading(title, level=2),
            Heading("Essential", level=3),
            Bullets(tuple(w.text for w in wants if w.priority.value == "essential")),
            Heading("Desirable", level=3),
            Bullets(tuple(w.text for w in wants if w.priority.value == "desirable")),
        ]
    return blocks


DOCUMENT = CorpusDocument(
    name="multi_role_social_worker_levels",
    layout="multi-role",
    formats=("docx", "pdf"),
    description="Three social worker levels in one document, 'Role N' labels.",
    blocks=(
        Heading("Adult Social Work Career Pathway - Person Specifications"),
        Para("This document holds the person specification for each level of the pathway. "
             "Apply for the level that matches your experience."),
        *_blocks(),
    ),
    roles=tuple(TruthRole(title, tuple(wants)) for title, wants in ROLES),
)
