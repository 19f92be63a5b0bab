"""English county council, Approved Mental Health Professional: a four-column table Area /
Requirement / Essential or Desirable / How assessed, the area printed only on its first row
(blank below, as a merged cell comes out), with one "Knowledge, skills and experience" area
whose rows are long comma-separated lists. The text version is a tab-separated export.

What makes it hard: "Essential"/"Desirable" spelt out in a column; an area label only on the
first row of each group; comma-separated lists that are ONE criterion each, not many;
"AF & INT" with an ampersand; "Warrant / cert" meaning documents; three professions; a
driving criterion with no disability alternative.

Recruiter's reading:
- Key: AF = application form, INT = interview, Warrant / cert = documentation.
- "Social Worker, Occupational Therapist or Registered Mental Health Nurse with a recognised
  professional qualification": social work, occupational therapy or nursing.
- "Current registration with SWE, HCPC or NMC": any of the three.
- "Current AMHP warrant (or eligible for warrant on completion of AMHP training by start
  date)": AMHP, training accepted.
- "BIA qualification": BIA.
- "Minimum 2 years post qualifying experience in a mental health setting": 2 years
  post-qualification, domain mental health.
- Each comma-separated list is one criterion (a recruiter reads the knowledge list as one
  requirement; splitting it would give seven).
- "Car driver with business insurance": driving with access to a vehicle, no disability
  alternative printed.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    Legend,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

TITLE = "Approved Mental Health Professional (AMHP) – Grade 11"
L = Legend({"AF": APP, "INT": IV, "WARRANT": DOC, "CERT": DOC})

GROUPS = [
    ("Qualifications", [
        L.E("Social Worker, Occupational Therapist or Registered Mental Health Nurse with a "
            "recognised professional qualification", "Warrant / cert",
            rule=qual("social_work", "occupational_therapy", "nursing")),
        L.E("Current registration with SWE, HCPC or NMC", "Warrant / cert",
            rule=reg("SWE", "HCPC", "NMC")),
        L.E("Current AMHP warrant (or eligible for warrant on completion of AMHP training by "
            "start date)", "AF / Warrant / cert", rule=approved("AMHP", training=True)),
        L.D("BIA qualification", "AF", rule=approved("BIA")),
    ]),
    ("Experience", [
        L.E("Minimum 2 years post qualifying experience in a mental health setting", "AF & INT",
            rule=years(2, pq=True, domain="mental health")),
        L.E("Experience of coordinating Mental Health Act assessments, including working with "
            "police, ambulance and bed managers", "AF & INT"),
        L.D("Experience of working in a crisis or out of hours service", "AF"),
    ]),
    ("Knowledge, skills and experience", [
        L.E("Knowledge of the Mental Health Act 1983 (as amended 2007), the Code of Practice, "
            "MCA 2005, DoLS / LPS, Care Act 2014, Human Rights Act 1998, Equality Act 2010",
            "INT"),
        L.E("Skills in assessment, risk management, de-escalation, negotiation, report writing "
            "and time management", "AF & INT"),
        L.E("Ability to write reports for the Tribunal and Hospital Managers hearings", "AF"),
        L.E("Understanding of the role of the Nearest Relative and how to consult them", "INT"),
        L.D("Experience of supervising or mentoring trainee AMHPs", "INT"),
    ]),
    ("Other", [
        L.E("Willing to participate in the AMHP rota including evenings and weekends", "INT"),
        L.E("Car driver with business insurance", "AF", rule=driving(transport=True)),
        L.E("Ability to remain calm in hostile or distressing situations", "INT"),
    ]),
]

ROWS: list[tuple[str, ...]] = [("Area", "Requirement", "Essential / Desirable",
                                "How assessed")]
WANTS = []
for area, wants in GROUPS:
    for index, w in enumerate(wants):
        ROWS.append((area if index == 0 else "", w.text,
                     "Essential" if w.priority is Priority.essential else "Desirable", w.code))
        WANTS.append(w)

BLOCKS = (
    Para("Kesteven Wolds County Council", bold=True),
    Para("Adult Care and Community Wellbeing – AMHP Hub"),
    Heading("Person Specification"),
    Para(f"Job title: {TITLE}.   Job family: Social Care Professional.   Ref: ACCW 2291"),
    Table(tuple(ROWS), widths=(18, 52, 14, 16), txt="tabs"),
    Para("AF - application form; INT - interview; Warrant / cert - copies of your warrant and "
         "certificates seen before appointment.", small=True),
)

DOCUMENT = CorpusDocument(
    name="comma_list_category_once_amhp",
    layout="table Area | Requirement | Essential / Desirable | How assessed, area only on its "
           "first row, comma-separated list rows; tab-separated text export",
    formats=("docx", "pdf", "txt"),
    description="English county council AMHP; comma lists that are one criterion each, area "
                "label once per group, three professions.",
    blocks=BLOCKS,
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
