"""One table with category rows (Qualifications, Experience, Knowledge, Skills, Personal
qualities) spanning it, and columns Criteria | Essential / Desirable | Assessed by."""

from tests.spec_corpus.helpers import APP, IV, PRES, Legend, qual, reg
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"A": APP, "I": IV, "P": PRES})
E, D = KEY.E, KEY.D

GROUPS = [
    ("Qualifications", [
        # the older qualifying award beside the degree: any qualifying award, no level (as
        # the held-out sets read "degree ... or DipSW")
        E("Social Work degree or DipSW", "A", rule=qual("social_work")),
        E("Current Social Work England registration", "A", rule=reg("SWE")),
    ]),
    ("Experience", [
        E("Experience of statutory social work with adults", "A, I"),
        E("Experience of safeguarding enquiries under section 42 of the Care Act 2014", "A, I"),
        D("Experience of working in a hospital discharge team", "A"),
    ]),
    ("Knowledge", [
        E("Knowledge of the Mental Capacity Act 2005 and best interests decision making", "A, I"),
        D("Knowledge of continuing healthcare and the National Framework", "I"),
    ]),
    ("Skills", [
        E("Ability to build relationships with people who are reluctant to engage", "I"),
        E("Ability to present a case clearly to a panel", "I, P"),
    ]),
    ("Personal qualities", [
        E("Resilience and the ability to manage emotionally demanding work", "I"),
        E("Commitment to the social model of disability", "I"),
    ]),
]


def _rows() -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for category, wants in GROUPS:
        rows.append((category,))
        rows += [(w.text, w.priority.value.capitalize(), w.code) for w in wants]
    return rows


DOCUMENT = CorpusDocument(
    name="catrows_social_worker",
    layout="category rows",
    formats=("docx", "pdf"),
    description="Adult social worker; spanning category rows inside one table.",
    blocks=(
        Heading("Person Specification: Social Worker (Adults)"),
        Para("Grade 9/10 career progression post"),
        Table(rows=(("Criteria", "Essential / Desirable", "Assessed by"), *_rows()),
              widths=(120, 32, 28)),
        Para("Assessed by: A - Application, I - Interview, P - Presentation", small=True),
    ),
    roles=(TruthRole("Social Worker (Adults)", tuple(w for _, ws in GROUPS for w in ws)),),
)
