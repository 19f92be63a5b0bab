"""English county council, Senior Practitioner in a Mental Capacity and DoLS team (Best
Interests Assessor, with Approved Mental Capacity Professional in prospect): a four-column
table drawn WITHOUT borders, Area / Minimum (needed to be shortlisted) / Additional (an
advantage) / How we'll know. The Minimum and Additional cells each hold several bulleted
criteria; "How we'll know" is one phrase per area written to the candidate ("From your
statement and your certificates", "By your presentation and at interview").

What makes it hard: the priority words are "Minimum" and "Additional", not essential and
desirable; with no borders, the two bullet columns sit side by side and their lines
interleave in a PDF; the stage of every criterion is the area's phrase, in words a key never
defines; three approved roles (BIA, AMCP, AMHP) and a qualification open to three
professions.

Recruiter's reading:
- Minimum = essential, Additional = desirable.
- "From your statement" = application; "your certificates" = documentation; "at interview" =
  interview; "By your presentation" = presentation.
- "Qualified social worker, occupational therapist or nurse": qualification in social work,
  occupational therapy or nursing, no level.
- "Current registration with Social Work England, the HCPC or the NMC": any of the three.
- "Qualified Best Interests Assessor, with BIA refresher training in the last 12 months":
  approved role BIA (the refresher is for the panel to check; no commitment).
- "Approved Mental Capacity Professional training, or a commitment to complete it when the
  Liberty Protection Safeguards come in": AMCP with commitment.
- "Approved Mental Health Professional warrant": AMHP, no commitment.
- "At least three years' post-qualifying experience in adult health or social care": 3 years
  post-qualification.
- The travel criterion ("with a full licence and a car, or by another means if you do not
  drive because of a disability"): driving with transport and the disability alternative.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    PRES,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

E, D = Priority.essential, Priority.desirable
TITLE = "Senior Practitioner – Mental Capacity and DoLS Team (Grade 11)"

AREAS = [
    ("Qualifications and approvals", "From your statement and your certificates", (APP, DOC), [
        ("Qualified social worker, occupational therapist or nurse", E,
         qual("social_work", "occupational_therapy", "nursing")),
        ("Current registration with Social Work England, the HCPC or the NMC", E,
         reg("SWE", "HCPC", "NMC")),
        ("Qualified Best Interests Assessor, with BIA refresher training in the last 12 months",
         E, approved("BIA")),
        ("Approved Mental Capacity Professional training, or a commitment to complete it when "
         "the Liberty Protection Safeguards come in", D, approved("AMCP", commitment=True)),
        ("Approved Mental Health Professional warrant", D, approved("AMHP")),
    ]),
    ("Experience", "From your statement and at interview", (APP, IV), [
        ("At least three years' post-qualifying experience in adult health or social care", E,
         years(3, pq=True, domain="adult health or social care")),
        ("Experience of completing standard and urgent DoLS authorisations as a BIA", E, None),
        ("Experience of preparing witness statements for the Court of Protection", E, None),
        ("Experience of supervising or mentoring other BIAs", D, None),
    ]),
    ("Knowledge", "At interview", (IV,), [
        ("Detailed knowledge of the Mental Capacity Act 2005 and the DoLS Code of Practice", E,
         None),
        ("Knowledge of current case law, including the Cheshire West judgment", E, None),
        ("Understanding of the Liberty Protection Safeguards as set out in the draft Code", D,
         None),
    ]),
    ("Skills", "By your presentation and at interview", (PRES, IV), [
        ("Ability to explain a complex capacity decision clearly to a family member", E, None),
        ("Ability to chair a best interests meeting", E, None),
        ("Ability to deliver Mental Capacity Act training to colleagues", D, None),
    ]),
    ("Practicalities", "From your statement", (APP,), [
        ("Able to travel across the county, with a full licence and a car, or by another means "
         "if you do not drive because of a disability", E,
         driving(transport=True, disability=True)),
        ("Willing to work a duty rota that includes some weekends", E, None),
    ]),
]

ROWS = [("Area", "Minimum (needed to be shortlisted)", "Additional (an advantage)",
         "How we'll know")]
WANTS = []
for area, how, stages, items in AREAS:
    minimum = [text for text, p, _ in items if p is E]
    additional = [text for text, p, _ in items if p is D]
    ROWS.append((area, "\n".join(f"• {t}" for t in minimum),
                 "\n".join(f"• {t}" for t in additional), how))
    WANTS += [Want(text, p, stages, None, rule, how) for text, p, rule in items]

DOCUMENT = CorpusDocument(
    name="minimum_additional_unruled_bullets_bia_amcp",
    layout="borderless Area / Minimum / Additional / How we'll know, bullets in the two "
           "priority cells, one stage phrase per area",
    formats=("docx", "pdf", "txt"),
    description="County council BIA senior practitioner; Minimum/Additional columns without "
                "borders, stages as phrases to the candidate.",
    blocks=(
        Para("Westmarch County Council – Adult Social Care", bold=True),
        Heading(TITLE),
        Para("Working base: County Hall, Sedgeford, with hybrid working. Job family: Social "
             "Care Professional. Ref: ASC-MCA-0412."),
        Heading("About you", level=2),
        Para("To be shortlisted you need everything in the Minimum column. The Additional "
             "column tells you what would give you an advantage. The last column says how we "
             "will find out; shortlisted candidates will give a short presentation at "
             "interview."),
        Table(tuple(ROWS), ruled=False, widths=(30, 65, 55, 40)),
    ),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
