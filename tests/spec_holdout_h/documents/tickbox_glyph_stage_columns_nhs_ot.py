"""English NHS trust, Community Learning Disabilities Occupational Therapist (Band 6): a form
with tick-box glyphs. Columns: Requirement / E or D / Application / Interview / Practical
test, each stage cell a ticked box ☑ or an empty box ☐; category rows span the table.

What makes it hard: every stage cell holds a box glyph, ticked or empty, so the presence of a
mark is not enough (an empty box ☐ is a mark too); the test column is a practical
assessment; a driving requirement with an Equality Act disability exception written into a
travel sentence.

Recruiter's reading:
- Stages are the columns with ☑; ☐ means not assessed there. Practical test = test.
- "BSc (Hons) Occupational Therapy or Diploma in Occupational Therapy": OT, level diploma.
- "Current HCPC registration as an Occupational Therapist": HCPC.
- "APPLE accreditation / practice educator training": practice educator (the training is the
  accreditation course, read as holding the role, not training under way).
- "Minimum 12 months post-registration experience as an OT": 1 year post-qualification.
- The travel sentence asks for a licence unless the candidate has a disability: driving with
  the disability alternative, no access to a vehicle asked for.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import APP, IV, TEST, approved, driving, qual, reg, years
from tests.spec_corpus.model import CorpusDocument, Para, Table, TruthRole, Want

TITLE = "Occupational Therapist – Community Learning Disabilities Team (Band 6)"
E, D = Priority.essential, Priority.desirable

GROUPS = [
    ("Qualifications and training", [
        Want("BSc (Hons) Occupational Therapy or Diploma in Occupational Therapy", E, (APP,),
             rule=qual("occupational_therapy", level="diploma")),
        Want("Current HCPC registration as an Occupational Therapist", E, (APP,),
             rule=reg("HCPC")),
        Want("Evidence of CPD, maintained portfolio", E, (APP, IV)),
        Want("Sensory integration training (Level 1 or above)", D, (APP,)),
        Want("APPLE accreditation / practice educator training", D, (APP,),
             rule=approved("practice_educator")),
    ]),
    ("Experience", [
        Want("Minimum 12 months post-registration experience as an OT", E, (APP, IV),
             rule=years(1, pq=True, domain="occupational therapy")),
        Want("Experience of working with adults with a learning disability", E, (APP, IV)),
        Want("Experience of postural management and 24 hour seating assessment", D, (APP, IV)),
    ]),
    ("Skills and abilities", [
        Want("Able to complete a functional assessment and write an OT report", E, (IV, TEST)),
        Want("Good IT skills inc. Microsoft Office and RiO", E, (APP,)),
        Want("Communication skills adapted for people with limited verbal communication "
             "(Makaton, easy read)", E, (IV, TEST)),
        Want("Able to use standardised assessments e.g. AMPS, MOHOST", D, (IV, TEST)),
    ]),
    ("Knowledge", [
        Want("Knowledge of the MCA 2005 and Best Interests decision making", E, (IV,)),
        Want("Understanding of Positive Behaviour Support", D, (IV,)),
    ]),
    ("Other requirements", [
        Want("Able to travel across the county in a timely manner; a full driving licence is "
             "required unless you have a disability as defined by the Equality Act 2010", E,
             (APP,), rule=driving(disability=True)),
        Want("Flexible approach to working hours to meet the needs of the service", E, (IV,)),
    ]),
]

ROWS: list[tuple[str, ...]] = [("Requirement", "E / D", "Application", "Interview",
                                "Practical test")]
WANTS: list[Want] = []
for category, wants in GROUPS:
    ROWS.append((category,))
    for w in wants:
        ROWS.append((w.text, "E" if w.priority is E else "D",
                     *("☑" if s in w.stages else "☐" for s in (APP, IV, TEST))))
        WANTS.append(w)

BLOCKS = (
    Para("Thornbury and Wyre Partnership NHS Trust", bold=True),
    Para("PERSON SPECIFICATION FORM", bold=True),
    Para(f"Post: {TITLE}        Base: Kingsmoor Resource Centre"),
    Para("E = Essential, D = Desirable. A ticked box (☑) shows where each requirement will be "
         "assessed; the practical test is a short functional assessment with a volunteer on "
         "the interview day."),
    Table(tuple(ROWS), widths=(52, 9, 13, 13, 13)),
    Para("Form PS/3 (rev. 04/26). Completed by: Head of OT, LD Services.", small=True),
)

DOCUMENT = CorpusDocument(
    name="tickbox_glyph_stage_columns_nhs_ot",
    layout="form table Requirement | E / D | Application | Interview | Practical test, stage "
           "cells ticked ☑ or empty ☐ boxes, spanning category rows",
    formats=("docx", "pdf", "txt"),
    description="NHS community LD OT band 6; stage columns of box glyphs where an empty box "
                "means no.",
    blocks=BLOCKS,
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
