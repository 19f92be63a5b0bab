"""NHS grid for a Band 7 clinical lead OT, assessment column headed 'Assessed by' with codes
S (shortlisting), I, P; a role summary paragraph and the band under the title."""

from tests.spec_corpus.helpers import APP, IV, PRES, Legend, approved, qual, reg, years
from tests.spec_corpus.layouts import everything, grid
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"S": APP, "I": IV, "P": PRES})
E, D = KEY.E, KEY.D

GROUPS = [
    ("Qualifications", [
        E("Degree in Occupational Therapy", "S", rule=qual("occupational_therapy",
                                                            level="degree")),
        E("Current registration with the Health and Care Professions Council", "S",
          rule=reg("HCPC")),
        E("Post-graduate qualification at Masters level, or working towards one", "S",
          rule=qual("any", level="masters", training=True)),
        D("Accredited practice educator or supervisor training", "S",
          rule=approved("practice_educator")),
    ]),
    ("Experience", [
        E("Substantial post-qualification experience, with at least 3 years at Band 6 or "
          "above", "S/I", rule=years(3, pq=True)),
        E("Experience of managing and developing staff, including appraisal", "S/I"),
        E("Experience of service development and change management", "S/I"),
        D("Experience of managing a budget", "S/I"),
    ]),
    ("Skills", [
        E("Leadership skills, with the ability to motivate a team through change", "I/P"),
        E("Ability to analyse data and present it to senior managers", "I/P"),
        D("Presentation and teaching skills", "I/P"),
    ]),
    ("Knowledge", [
        E("In-depth knowledge of current legislation and national policy affecting "
          "occupational therapy in mental health", "I"),
        D("Knowledge of the Mental Health Act 1983 and the role of the AMHP", "I"),
    ]),
]

DOCUMENT = CorpusDocument(
    name="nhs_ot_band7",
    layout="nhs grid",
    formats=("docx",),
    description="NHS Band 7 lead OT; 'Assessed by' with S/I/P codes.",
    blocks=(
        Heading("Clinical Lead Occupational Therapist"),
        Para("Band 7 - Adult Mental Health Services"),
        Heading("Person specification", level=2),
        Para("Candidates will be assessed against the criteria below. S = shortlisting "
             "(application form), I = interview, P = presentation."),
        Table(rows=(("Requirements", "Essential", "Desirable", "Assessed by"), *grid(GROUPS)),
              widths=(30, 70, 55, 25)),
    ),
    roles=(TruthRole("Clinical Lead Occupational Therapist Band 7", tuple(everything(GROUPS))),),
)
