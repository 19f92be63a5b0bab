"""English NHS foundation trust, hospital discharge social worker: a matrix turned on its side.
Each criterion is a COLUMN (its text is the header cell), and the rows under it are
"Essential / Desirable" (E or D) and one row per assessment stage with a tick where the
criterion is assessed. Four such matrices, one per area, under their own headings.

What makes it hard: the criteria are the header row, read across, not down; priority and
stages are in the rows below each header cell; narrow columns wrap every criterion over
several lines; the row labels ("Application form", "Interview", ...) look like criteria in the
first column; the "Other" matrix has fewer columns than the rest.

Recruiter's reading:
- Key (printed above the matrices): the tick rows are application form, interview, written
  exercise (test) and pre-employment checks (documentation).
- "Degree or postgraduate qualification in social work, or DipSW": social work, no level (the
  lowest named is the DipSW; any qualifying award).
- "Registered with Social Work England": SWE.
- "Completed ASYE or at least 2 years' post-qualifying experience": the ASYE or 2 years
  post-qualification.
- "Best Interests Assessor qualification": BIA held.
- "Practice Educator Professional Standards (PEPS) stage 1 or willing to work towards":
  practice educator, commitment accepted.
- "Full driving licence and use of a vehicle, or the ability to travel between sites in a
  timely manner": driving with access to a vehicle and the disability alternative.
- "Satisfactory enhanced DBS check": DBS before appointment.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    TEST,
    Legend,
    any_of,
    approved,
    asye,
    check,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

TITLE = "Social Worker – Integrated Discharge Team (Band 6)"
L = Legend({"A": APP, "I": IV, "W": TEST, "C": DOC})

GROUPS: list[tuple[str, list[Want]]] = [
    ("1. Qualifications and registration", [
        L.E("Degree or postgraduate qualification in social work, or DipSW", "A C",
            rule=qual("social_work")),
        L.E("Registered with Social Work England", "A C", rule=reg("SWE")),
        L.E("Completed ASYE or at least 2 years' post-qualifying experience", "A",
            rule=any_of(asye(), years(2, pq=True))),
        L.D("Best Interests Assessor qualification", "A C", rule=approved("BIA")),
        L.D("Practice Educator Professional Standards (PEPS) stage 1 or willing to work "
            "towards", "A", rule=approved("practice_educator", commitment=True)),
    ]),
    ("2. Experience", [
        L.E("Experience of assessment and care planning with adults under the Care Act 2014",
            "A I"),
        L.E("Experience of working with acute hospital wards, therapists and discharge "
            "coordinators to plan safe discharges", "A I"),
        L.E("Experience of Mental Capacity Act assessments about where a person will live",
            "A I"),
        L.D("Experience of continuing healthcare (CHC) checklists and fast-track "
            "applications", "A"),
    ]),
    ("3. Knowledge and skills", [
        L.E("Ability to write concise, defensible case records under time pressure", "W I"),
        L.E("Knowledge of Discharge to Assess pathways and the Hospital Discharge Guidance",
            "I"),
        L.E("Ability to negotiate with families and professionals where there is "
            "disagreement about discharge", "I"),
        L.E("IT skills including electronic patient records and Microsoft Office", "A"),
        L.D("Understanding of NHS and local authority funding responsibilities", "I"),
    ]),
    ("4. Other", [
        L.E("Full driving licence and use of a vehicle, or the ability to travel between sites "
            "in a timely manner", "A", rule=driving(transport=True, disability=True)),
        L.E("Willing to work across a seven-day rota including bank holidays", "I"),
        L.E("Satisfactory enhanced DBS check", "C", rule=check("dbs")),
    ]),
]

STAGE_ROWS = (("Application form", APP), ("Interview", IV), ("Written exercise", TEST),
              ("Pre-employment checks", DOC))


def matrix(wants: list[Want]) -> Table:
    rows: list[tuple[str, ...]] = [("Criterion", *(w.text for w in wants))]
    rows.append(("Essential / Desirable",
                 *("E" if w.priority is Priority.essential else "D" for w in wants)))
    for label, stage in STAGE_ROWS:
        rows.append((label, *("✓" if stage in w.stages else "" for w in wants)))
    first = 22.0
    rest = (100 - first) / len(wants)
    return Table(tuple(rows), widths=(first, *([rest] * len(wants))))


BLOCKS: list = [
    Para("Brackenmoor Teaching Hospitals NHS Foundation Trust", bold=True),
    Para("Integrated Discharge Team – in partnership with Brackenmoor County Council Adult "
         "Social Care"),
    Heading("Person Specification"),
    Para(f"Post: {TITLE}.   Base: Brackenmoor General Hospital, with cover at St Aidan's "
         "Community Hospital.   Ref: 344-IDT-0917"),
    Para("How to read the matrix: each criterion is a column. The row 'Essential / Desirable' "
         "shows E for essential or D for desirable; a tick in the rows below shows where the "
         "criterion is assessed – on the application form, at interview, in the written "
         "exercise on the interview day, or through pre-employment checks (certificates, "
         "registration and DBS).", italic=True),
]
WANTS: list[Want] = []
for area, wants in GROUPS:
    BLOCKS += [Heading(area, level=2), matrix(wants)]
    WANTS += wants
BLOCKS.append(Para("The Trust is a Disability Confident Leader. Reasonable adjustments will be "
                   "made at every stage of the process.", small=True))

DOCUMENT = CorpusDocument(
    name="transposed_criteria_columns_nhs_discharge_sw",
    layout="four matrices with the criteria as columns (header cells) and rows 'Essential / "
           "Desirable' (E/D) and one tick row per assessment stage",
    formats=("docx", "pdf"),
    description="English NHS trust hospital discharge social worker; criteria across the top, "
                "priority and stages read down each column.",
    blocks=tuple(BLOCKS),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
