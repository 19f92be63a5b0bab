"""An 'Essential Criteria' table and a 'Desirable Criteria' table, each grouped by category in
its first column, with an 'Assessed By' column (A/I/T/P/D) and the key above them."""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    PRES,
    TEST,
    Legend,
    approved,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"A": APP, "I": IV, "T": TEST, "P": PRES, "D": DOC})
E, D = KEY.E, KEY.D

ESSENTIAL = [
    ("Qualifications", [
        E("Degree in Occupational Therapy", "A, D", rule=qual("occupational_therapy",
                                                                level="degree")),
        E("HCPC registered Occupational Therapist", "A, D", rule=reg("HCPC")),
    ]),
    ("Experience", [
        E("Two years' experience as a qualified Occupational Therapist", "A, I",
          rule=years(2, pq=True)),
        E("Experience of providing short-term goal-focused interventions", "A, I"),
    ]),
    ("Skills", [
        E("Ability to train and guide reablement support workers", "I, P"),
        E("Ability to carry out moving and handling risk assessments", "A, T"),
    ]),
]
DESIRABLE = [
    ("Qualifications", [
        D("Practice Educator or Best Interests Assessor award, or the commitment to train",
          "A, D", rule=approved("practice_educator", "BIA", commitment=True)),
    ]),
    ("Experience", [
        D("Experience of working in a reablement or intermediate care team", "A, I"),
    ]),
]


def _table(groups: list) -> Table:
    rows: list[tuple[str, ...]] = [("Category", "Criteria", "Assessed By")]
    for category, wants in groups:
        for index, w in enumerate(wants):
            rows.append((category if index == 0 else "", w.text, w.code))
    return Table(rows=tuple(rows), widths=(35, 115, 30))


DOCUMENT = CorpusDocument(
    name="separate_tables_reablement_ot",
    layout="separate essential and desirable tables",
    formats=("docx", "pdf", "txt"),
    description="Reablement OT; two tables, category first column, Assessed By codes.",
    blocks=(
        Heading("Occupational Therapist, Reablement Service (G10)"),
        Para("Assessed By: A = Application form, I = Interview, T = Test/exercise, "
             "P = Presentation, D = Documentation"),
        Heading("Essential Criteria", level=2),
        _table(ESSENTIAL),
        Heading("Desirable Criteria", level=2),
        _table(DESIRABLE),
    ),
    roles=(TruthRole("Occupational Therapist, Reablement Service (G10)",
                     tuple(w for _, ws in (*ESSENTIAL, *DESIRABLE) for w in ws)),),
)
