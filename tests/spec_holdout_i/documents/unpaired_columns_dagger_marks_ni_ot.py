"""Northern Ireland HSC trust, band 6 occupational therapist (hospital discharge and
reablement): an UNRULED two-column layout, "Essential criteria" on the left and "Desirable
criteria" on the right, under spanning factor rows. The two columns are independent lists:
row n on the left has nothing to do with row n on the right, the left column is longer in
every factor, and many right-hand cells are empty. Stages come from glyphs glued to the end
of the text: † interview only, ‡ application form and documents; everything else is
shortlisted from the application form and tested again at interview.

What makes it hard: no borders, so the two columns are only positions; a short desirable
criterion beside a long essential one that wraps; the pairing rows are not pairs; marks † and
‡ glued to the last word; the key is a footnote paragraph under the layout; NI wording of the
driving alternative.

Recruiter's reading:
- Order: within each factor, the essential column then the desirable column (read down each
  column, as a recruiter reads it), factors in order.
- Key: † = interview; ‡ = application form and documents (certificates, registration, AccessNI
  seen before appointment); no mark = application form and interview.
- "BSc (Hons) in Occupational Therapy or equivalent recognised qualification": occupational
  therapy, degree level (equivalents accepted).
- "Current registration with the Health and Care Professions Council as an Occupational
  Therapist": HCPC.
- "Postgraduate qualification in occupational therapy practice": occupational therapy,
  postgraduate.
- "At least two years' post-registration experience as an Occupational Therapist, of which
  one year must be in a community or hospital setting": 2 years post-qualification, no domain.
- "Experience of supervising Occupational Therapy students on placement": evidence, not the
  practice educator role.
- "Full driving licence and access to a car, or access to a form of transport that will allow
  you to meet the requirements of the post in full": driving with access to a car and the
  disability alternative (the NI trusts' wording of it).
- "Satisfactory Enhanced AccessNI disclosure": the DBS pre-employment check (NI's disclosure).
- "Membership of the Royal College of Occupational Therapists": no rule (not registration).
"""

from itertools import zip_longest

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    Legend,
    check,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

TITLE = "Occupational Therapist, Band 6 – Hospital Discharge and Reablement"
L = Legend({"ALL": (APP, IV), "INT": IV, "DOCS": (APP, DOC)})
MARK = {"ALL": "", "INT": "†", "DOCS": "‡"}

GROUPS: list[tuple[str, list[Want]]] = [
    ("Qualifications and registration", [
        L.E("BSc (Hons) in Occupational Therapy or equivalent recognised qualification",
            "DOCS", rule=qual("occupational_therapy", level="degree")),
        L.E("Current registration with the Health and Care Professions Council as an "
            "Occupational Therapist", "DOCS", rule=reg("HCPC")),
        L.D("Postgraduate qualification in occupational therapy practice", "DOCS",
            rule=qual("occupational_therapy", level="postgraduate")),
    ]),
    ("Experience", [
        L.E("At least two years' post-registration experience as an Occupational Therapist, "
            "of which one year must be in a community or hospital setting", "ALL",
            rule=years(2, pq=True)),
        L.E("Experience of assessing for and prescribing equipment and minor adaptations",
            "ALL"),
        L.E("Experience of carrying out home visits before discharge from hospital", "ALL"),
        L.D("Experience of working in a reablement or intermediate care team", "ALL"),
        L.D("Experience of supervising Occupational Therapy students on placement", "ALL"),
    ]),
    ("Skills and knowledge", [
        L.E("Knowledge of the Mental Capacity Act (Northern Ireland) 2016 and its application "
            "in discharge planning", "INT"),
        L.E("Ability to carry out moving and handling risk assessments and demonstrate safe "
            "use of hoists", "INT"),
        L.E("Good written and verbal communication skills", "ALL"),
        L.E("Ability to manage a caseload and prioritise referrals", "ALL"),
        L.D("Knowledge of the Regional Reablement model and the Trust's Home First approach",
            "INT"),
    ]),
    ("Other", [
        L.E("Full driving licence and access to a car, or access to a form of transport that "
            "will allow you to meet the requirements of the post in full", "ALL",
            rule=driving(transport=True, disability=True)),
        L.E("Satisfactory Enhanced AccessNI disclosure", "DOCS", rule=check("dbs")),
        L.D("Membership of the Royal College of Occupational Therapists", "ALL"),
    ]),
]

ROWS: list[tuple[str, ...]] = [("Essential criteria", "Desirable criteria")]
WANTS: list[Want] = []
for factor, wants in GROUPS:
    ROWS.append((factor,))
    essential = [w for w in wants if w.priority is Priority.essential]
    desirable = [w for w in wants if w.priority is Priority.desirable]
    for e, d in zip_longest(essential, desirable):
        ROWS.append((f"{e.text}{MARK[e.code]}" if e else "",
                     f"{d.text}{MARK[d.code]}" if d else ""))
    WANTS += essential + desirable

BLOCKS = (
    Para("Southern Lough Health and Social Care Trust", bold=True),
    Para("Directorate of Older People and Primary Care – Allied Health Professions"),
    Heading("Personnel Specification"),
    Para(f"Job title: {TITLE}.   Salary: Band 6 (Agenda for Change).   Ref: SL24/118/OT"),
    Para("Applicants must clearly demonstrate on their application form how they meet each "
         "essential criterion; the desirable criteria may be used to enhance shortlisting."),
    Table(tuple(ROWS), ruled=False, widths=(58, 42)),
    Para("† assessed at interview only.   ‡ assessed from the application form and by "
         "documents seen before appointment.   All other criteria are used at shortlisting "
         "and tested again at interview.", small=True),
)

DOCUMENT = CorpusDocument(
    name="unpaired_columns_dagger_marks_ni_ot",
    layout="unruled two-column layout Essential | Desirable under spanning factor rows, the "
           "columns independent lists of unequal length; † / ‡ glued stage marks",
    formats=("pdf", "docx", "txt"),
    description="NI trust band 6 OT; essential and desirable side by side with rows that do "
                "not pair; stage marks † ‡.",
    blocks=BLOCKS,
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
