"""E/D mark columns: Criteria | Essential | Desirable | Assessed by, an X in the column that
applies (the other left blank), category rows spanning the table."""

from tests.spec_corpus.helpers import APP, DOC, IV, Legend, check, driving, qual
from tests.spec_corpus.layouts import everything, marked
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"A": APP, "I": IV, "D": DOC})
E, D = KEY.E, KEY.D

GROUPS = [
    ("Qualifications", [
        E("NVQ Level 3 in Health and Social Care or equivalent", "A/D",
          rule=qual("health_social_care", level="nvq3")),
        D("Moving and handling or equipment trainer certificate", "A/D"),
    ]),
    ("Experience", [
        E("Experience of working with older or disabled people in a care setting", "A/I"),
        E("Experience of assessing for and fitting simple daily living equipment", "A/I"),
        D("Experience of working in a reablement or intermediate care service", "A/I"),
    ]),
    ("Knowledge and skills", [
        E("Understanding of the need for confidentiality and data protection", "I"),
        E("Ability to keep accurate records on an electronic case system", "A/I"),
        E("Good communication skills with people who may be confused or distressed", "I"),
        D("Basic knowledge of the Care Act 2014", "I"),
    ]),
    ("Other", [
        E("Current driving licence and use of a vehicle for work", "A",
          rule=driving(transport=True)),
        E("Enhanced DBS check satisfactory to the council", "D", rule=check("dbs")),
    ]),
]

DOCUMENT = CorpusDocument(
    name="ticks_care_officer",
    layout="E/D ticks",
    formats=("docx", "pdf"),
    description="Community care officer; an X in the essential or the desirable column.",
    blocks=(
        Heading("Community Care Officer - Person Specification"),
        Para("Adult Social Care, Occupational Therapy Team   Grade 5"),
        Table(rows=(("Criteria", "Essential", "Desirable", "Assessed by"),
                    *marked(GROUPS, "X", "")),
              widths=(110, 22, 22, 26)),
        Para("Assessed by: A = Application form, I = Interview, D = Documents", small=True),
    ),
    roles=(TruthRole("Community Care Officer", tuple(everything(GROUPS))),),
)
