"""Scottish council care at home service, Senior Social Care Worker (Care at Home): one
table Criteria | Essential / Preferred | Application form | Interview | Certificates, section
rows spanning it, priority in words ("Essential" or "Preferred", never "Desirable"), and the
assessment stages as ticks ("✓") in three stage columns, blank where a stage does not apply.
SVQ and SCQF qualifications, SSSC registration and PVG membership.

What makes it hard: the tick columns are stages, not priority (in every other ticked layout a
tick marks Essential or Desirable); "Preferred" is the word for desirable; a paragraph above
the table quotes applicant guidance ("You should demonstrate in your supporting statement
how you meet ...") that is not a criterion; in the PDF the table runs onto a second page with
its header row repeated; in the Word table the blank tick cells are empty.

Recruiter's reading:
- Stages are the ticked columns: application form, interview, certificates (documentation).
- "SVQ Level 3 Social Services and Healthcare (SCQF Level 7), or an equivalent qualification
  accepted by the SSSC": health and social care at NVQ 3 level.
- "SVQ Level 4 Social Services and Healthcare": preferred, health and social care at diploma
  level (above an SVQ 3; a recruiter might set no level at all).
- "Registered with the SSSC ..., or able to register within six months of appointment":
  registration SSSC; the six-month route is an escape clause the rule cannot check (a
  not-met needs a person to look).
- "At least two years' experience of providing personal care ..." counts any experience, not
  post-qualifying: two years.
- "A full driving licence and use of a car for work, or the ability to meet the travel
  requirements of the post by other means": any way of travelling meets it, so no driving
  rule.
- "Membership of the PVG Scheme ..., or willingness to join": a pre-employment check (dbs; PVG
  is Scotland's disclosure scheme).
"""

from tests.spec_corpus.helpers import APP, DOC, IV, Legend, check, qual, reg, years
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"A": APP, "I": IV, "C": DOC})
E, D = KEY.E, KEY.D
TICK = "✓"

SECTIONS = [
    ("Qualifications and registration", [
        E("SVQ Level 3 Social Services and Healthcare (SCQF Level 7), or an equivalent "
          "qualification accepted by the SSSC", "A C",
          rule=qual("health_social_care", level="nvq3")),
        E("Registered with the SSSC as a Supervisor in a Care at Home service, or able to "
          "register within six months of appointment", "A C", rule=reg("SSSC")),
        D("SVQ Level 4 Social Services and Healthcare", "A C",
          rule=qual("health_social_care", level="diploma")),
    ]),
    ("Experience", [
        E("At least two years' experience of providing personal care and support to adults in "
          "their own homes or a care setting", "A I", rule=years(2, domain="social care")),
        E("Experience of supervising or leading a small team of care staff", "A I"),
        D("Experience of organising rotas or scheduling care visits", "A"),
    ]),
    ("Knowledge", [
        E("Knowledge of the Health and Social Care Standards (Scotland)", "I"),
        E("Understanding of adult support and protection procedures and your duty to report "
          "harm", "I"),
        D("Knowledge of Self-directed Support and outcome-focused care planning", "I"),
    ]),
    ("Skills", [
        E("Good written skills for care plans, reviews and incident reports", "A I"),
        D("Ability to use an electronic scheduling and care recording system", "A I"),
        E("Ability to motivate and support staff through supervision and observation of "
          "practice", "I"),
    ]),
    ("Other requirements", [
        E("A full driving licence and use of a car for work, or the ability to meet the travel "
          "requirements of the post by other means", "A"),
        E("Membership of the PVG Scheme for regulated work with adults, or willingness to join",
          "C", rule=check("dbs")),
        E("Willingness to work shifts, including weekends and public holidays, and to take "
          "part in the on-call rota", "I"),
    ]),
]

ROWS: list[tuple[str, ...]] = [
    ("Criteria", "Essential / Preferred", "Application form", "Interview", "Certificates")]
for section, wants in SECTIONS:
    ROWS.append((section,))
    for w in wants:
        codes = w.code.split()
        ROWS.append((w.text, "Essential" if w.priority.value == "essential" else "Preferred",
                     *(TICK if c in codes else "" for c in ("A", "I", "C"))))

DOCUMENT = CorpusDocument(
    name="stage_ticks_preferred_scottish_care",
    layout="Essential / Preferred in words; ticks in Application form | Interview | "
           "Certificates stage columns",
    formats=("pdf", "docx"),
    description="Scottish care at home senior social care worker; stage tick columns, "
                "'Preferred' for desirable, SVQ/SCQF, SSSC and PVG.",
    blocks=(
        Para("Kinloch and Avondale Council – Health and Social Care Partnership", bold=True),
        Heading("Senior Social Care Worker (Care at Home)"),
        Para("Grade 6   Location: Avondale Care at Home, Kinloch   Hours: 35 per week, "
             "shifts"),
        Heading("Person Specification", level=2),
        Para("Essential criteria must be met for you to be shortlisted. Preferred criteria "
             "will be used to decide between applicants who meet all the essential criteria. "
             "You should demonstrate in your supporting statement how you meet each of the "
             "criteria ticked under \u2018Application form\u2019."),
        Table(rows=tuple(ROWS), widths=(84, 26, 24, 20, 26)),
        Para("Certificates of qualifications and your SSSC registration will be checked at "
             "interview. Kinloch and Avondale Council is a Living Wage employer."),
    ),
    roles=(TruthRole("Senior Social Care Worker (Care at Home)",
                     tuple(w for _, wants in SECTIONS for w in wants)),),
)
