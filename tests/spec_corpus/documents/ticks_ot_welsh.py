"""Welsh council OT: Requirement | Essential | Desirable | Measured by (F/C/I/T), ticks only
in the column that applies, the other left blank; Welsh language desirable."""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    TEST,
    Legend,
    approved,
    driving,
    qual,
    reg,
    welsh,
    years,
)
from tests.spec_corpus.layouts import everything, marked
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"F": APP, "C": DOC, "I": IV, "T": TEST})
E, D = KEY.E, KEY.D

GROUPS = [
    ("Qualifications and training", [
        E("Recognised qualification in Occupational Therapy", "F/C",
          rule=qual("occupational_therapy")),
        E("Registration with the Health and Care Professions Council", "F/C", rule=reg("HCPC")),
        D("Practice Educator award", "F/C", rule=approved("practice_educator")),
    ]),
    ("Experience", [
        E("At least one year's post-qualifying experience as an Occupational Therapist", "F/I",
          rule=years(1, pq=True)),
        E("Experience of assessing for major adaptations and working with housing providers",
          "F/I"),
        D("Experience of working with children and young people with disabilities", "F/I"),
    ]),
    ("Skills and abilities", [
        E("Ability to produce scaled drawings and written specifications for adaptations", "F/T"),
        E("Ability to communicate effectively with people of all ages", "I"),
        D("Ability to communicate in Welsh at Foundation level", "F/I",
          rule=welsh("foundation")),
    ]),
    ("Special requirements", [
        E("Hold a full driving licence and have access to a vehicle", "F",
          rule=driving(transport=True)),
    ]),
]

DOCUMENT = CorpusDocument(
    name="ticks_ot_welsh",
    layout="E/D ticks",
    formats=("docx", "pdf", "txt"),
    description="Welsh council OT; ✓ in one column only, Measured by F/C/I/T.",
    blocks=(
        Heading("Person Specification"),
        Para("Post: Occupational Therapist   Grade: G9   Directorate: Social Services"),
        Para("Measured by: F - Application form, C - Certificate, I - Interview, T - Test"),
        Table(rows=(("Requirement", "Essential", "Desirable", "Measured by"),
                    *marked(GROUPS, "✓", "")),
              widths=(110, 22, 22, 26)),
    ),
    roles=(TruthRole("Occupational Therapist", tuple(everything(GROUPS))),),
)
