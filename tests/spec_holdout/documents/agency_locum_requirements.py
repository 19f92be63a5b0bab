"""Social care recruitment agency's job brief for a locum social worker placed with a
metropolitan borough: assignment details as label/value lines, a "Client requirements" table
Requirement | Mandatory / Preferred | Evidence, then a separate "Compliance" table of the
agency's pre-placement checks, and the agency's own selling points.

What makes it hard: the priority words are "Mandatory" and "Preferred"; the evidence column
uses words ("CV", "CV / client interview", "Certificate", "Register check", "Compliance
check") that must be read as stages (CV = application; register check, certificate and
compliance check = documentation). Requirements are terse agency shorthand ("BIA
qualification", "Full UK driving licence and own vehicle"). The rate, IR35 status and "Why
Meridian?" bullets are not criteria.

Recruiter's reading: the compliance items are listed as requirements a candidate must meet
before the CV goes to the client, so each is an essential criterion with a pre-employment
rule (dbs, right_to_work, references), assessed by documentation, as the table says. The
occupational health line is a medical check. "No conditions or sanctions" on the register
is for the person checking the register, within the registration rule.
"""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    Legend,
    approved,
    check,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, Table, TruthRole

EVIDENCE = Legend({"CV": APP, "CLIENT": IV, "INTERVIEW": IV, "CERTIFICATE": DOC,
                   "REGISTER": DOC, "COMPLIANCE": DOC, "CHECK": DOC})
MUST, NICE = EVIDENCE.E, EVIDENCE.D

CLIENT = [
    MUST("Social Work England registration (no conditions or sanctions)", "Register check",
         rule=reg("SWE")),
    MUST("Social work degree or equivalent", "Certificate", rule=qual("social_work")),
    MUST("Minimum 2 years' post-qualified experience in UK statutory adult social care", "CV",
         rule=years(2, pq=True)),
    MUST("Recent hospital discharge or Discharge to Assess experience (within the last 2 "
         "years)", "CV / client interview"),
    MUST("Confident completing Care Act assessments and support plans on Mosaic",
         "CV / client interview"),
    MUST("Full UK driving licence and own vehicle", "CV", rule=driving(transport=True)),
    NICE("BIA qualification", "Certificate", rule=approved("BIA")),
    NICE("Experience of NHS Continuing Healthcare (CHC) checklists", "CV / client interview"),
]
COMPLIANCE = [
    MUST("Enhanced DBS (adult workforce) registered on the Update Service", "Compliance check",
         rule=check("dbs")),
    MUST("Proof of right to work in the UK", "Compliance check", rule=check("right_to_work")),
    MUST("Two professional references, one from a recent statutory line manager",
         "Compliance check", rule=check("references")),
    MUST("Occupational health clearance", "Compliance check", rule=check("medical")),
]

LEVEL = {"essential": "Mandatory", "desirable": "Preferred"}

DOCUMENT = CorpusDocument(
    name="agency_locum_requirements",
    layout="agency job brief, mandatory/preferred and compliance tables",
    formats=("docx", "txt"),
    description="Agency locum adult hospital social worker; 'Mandatory'/'Preferred', "
                "evidence words, compliance checks as criteria.",
    blocks=(
        Para("Meridian Social Care Recruitment Ltd", bold=True),
        Heading("Job brief: Locum Social Worker - Hospital Discharge Team"),
        Table(rows=(
            ("Assignment details",),
            ("Client", "Westbridge Metropolitan Borough Council (Adult Social Care)"),
            ("Location", "Westbridge General Hospital, hybrid 3 days on site"),
            ("Rate", "£40.00 per hour (umbrella), inside IR35"),
            ("Duration", "3 months initially, likely to extend"),
            ("Hours", "37 per week, Monday to Friday; occasional weekend discharge cover"),
            ("Consultant", "Priya Shah - 0161 496 0731"),
        ), widths=(35, 145), txt="tabs"),
        Heading("Client requirements", level=2),
        Table(rows=(("Requirement", "Mandatory / Preferred", "Evidence"),
                    *((w.text, LEVEL[w.priority.value], w.code) for w in CLIENT)),
              widths=(110, 35, 35), txt="tabs"),
        Heading("Compliance (checked by Meridian before your CV is sent to the client)",
                level=2),
        Table(rows=(("Item", "Mandatory / Preferred", "Evidence"),
                    *((w.text, LEVEL[w.priority.value], w.code) for w in COMPLIANCE)),
              widths=(110, 35, 35), txt="tabs"),
        Heading("Why Meridian?", level=2),
        Bullets((
            "Weekly pay and a dedicated compliance officer",
            "£250 referral bonus for every social worker you recommend",
            "Free CPD webinars with Social Work England approved trainers",
        )),
        Para("Interested? Reply with an up-to-date CV covering the last 10 years with no "
             "unexplained gaps.", italic=True),
    ),
    roles=(TruthRole("Locum Social Worker - Hospital Discharge Team", (*CLIENT, *COMPLIANCE)),),
)
