"""Attributes | Essential | Desirable | M.O.A., numbered criteria in the cells, codes such as
'A.I' meaning application and interview, and the M.O.A. key in the document."""

from tests.spec_corpus.helpers import (
    APP,
    IV,
    PRES,
    TEST,
    Legend,
    any_of,
    approved,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"A": APP, "I": IV, "P": PRES, "T": TEST})
E, D = KEY.E, KEY.D

GROUPS = [
    ("Qualifications", "A", [
        E("Qualified Social Worker with a recognised social work qualification", "A",
          rule=qual("social_work")),
        E("Registered with Social Work England", "A", rule=reg("SWE")),
        E("AMHP, BIA or Practice Educator, or evidence of relevant post-qualifying study", "A",
          rule=any_of(approved("AMHP", "BIA", "practice_educator"),
                      qual("any", level="postgraduate"))),
        D("Management or leadership qualification", "A"),
    ]),
    ("Experience", "A.I", [
        E("Five years' post-qualifying experience, two of them in adult social care",
          "A.I", rule=years(5, pq=True)),
        E("Experience of leading complex case work, including court work", "A.I"),
        D("Experience of chairing safeguarding meetings", "A.I"),
    ]),
    ("Skills", "I.P", [
        E("Ability to mentor and coach practitioners and promote reflective practice", "I.P"),
        E("Ability to present complex information to a range of audiences", "I.P"),
    ]),
    ("Knowledge", "A.I.T", [
        E("Expert knowledge of adult social care legislation and case law", "A.I.T"),
        D("Knowledge of research-informed practice and how to apply it", "A.I.T"),
    ]),
]


def _rows() -> list[tuple[str, ...]]:
    rows = []
    number = 0
    for attribute, code, wants in GROUPS:
        lines = {"essential": [], "desirable": []}
        for w in wants:
            number += 1
            lines[w.priority.value].append(f"{number}. {w.text}")
        rows.append((attribute, "\n".join(lines["essential"]), "\n".join(lines["desirable"]),
                     code))
    return rows


DOCUMENT = CorpusDocument(
    name="moa_advanced_practitioner",
    layout="M.O.A. column",
    formats=("docx", "pdf"),
    description="Advanced practitioner; numbered criteria in cells, M.O.A. codes 'A.I'.",
    blocks=(
        Heading("Advanced Practitioner - Adult Social Work"),
        Para("PERSON SPECIFICATION", bold=True),
        Para("M.O.A. = Method of Assessment.  A = Application form  I = Interview  "
             "P = Presentation  T = Test"),
        Table(rows=(("Attributes", "Essential", "Desirable", "M.O.A."), *_rows()),
              widths=(28, 75, 55, 22)),
    ),
    roles=(TruthRole("Advanced Practitioner - Adult Social Work",
                     tuple(w for _, _, ws in GROUPS for w in ws)),),
)
