"""An unruled column layout: Area | Essential | Desirable set out in columns without cell
borders, several criteria per cell one per line, no stages."""

from tests.spec_corpus.helpers import PLAIN, asye, driving, qual, reg, welsh
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

E, D = PLAIN.E, PLAIN.D

GROUPS = [
    ("Qualifications", [
        E("Social work degree or equivalent", rule=qual("social_work")),
        E("Registered with Social Care Wales", rule=reg("SCW")),
        E("Completed the first year in practice (or equivalent consolidation programme)",
          rule=asye()),
    ]),
    ("Experience", [
        E("Experience of assessment and care planning with adults"),
        D("Experience of working with carers"),
    ]),
    ("Knowledge", [
        E("Knowledge of the Social Services and Well-being (Wales) Act 2014"),
        D("Knowledge of community resources in the county"),
    ]),
    ("Language", [
        D("Welsh language skills at Level 3 (Intermediate)", rule=welsh("intermediate")),
    ]),
    ("Other", [
        E("Full driving licence", rule=driving()),
    ]),
]


def _rows() -> list[tuple[str, ...]]:
    return [
        (area,
         "\n".join(w.text for w in wants if w.priority.value == "essential"),
         "\n".join(w.text for w in wants if w.priority.value == "desirable"))
        for area, wants in GROUPS
    ]


DOCUMENT = CorpusDocument(
    name="unruled_social_worker",
    layout="unruled columns",
    formats=("pdf", "docx"),
    description="Welsh council social worker; column layout without borders.",
    blocks=(
        Heading("Social Worker - Community Adult Team"),
        Para("PERSON SPECIFICATION", bold=True),
        Table(rows=(("Area", "Essential", "Desirable"), *_rows()), ruled=False,
              widths=(35, 80, 65)),
    ),
    roles=(TruthRole("Social Worker - Community Adult Team",
                     tuple(w for _, ws in GROUPS for w in ws)),),
)
