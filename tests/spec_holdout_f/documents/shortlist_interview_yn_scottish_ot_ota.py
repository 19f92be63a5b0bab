"""Scottish health and social care partnership, two posts in one document: an Occupational
Therapist and an Occupational Therapy Assistant in a community rehabilitation team. Each post
has its own heading and its own table Criteria / Essential or Desirable / "Used at
shortlisting? (Y/N)" / "Assessed at interview? (Y/N)". There is no stage code: the two
Y/N columns ARE the stages. A note after the second table about PVG Scheme membership is not
a criterion. The text copy is pasted with tabs, one row a line.

What makes it hard: stages read from Y/N columns rather than ticks or letters; "Y" and "N"
look alike to a reader of letter codes (N is not "not required"); two roles whose tables have
the same header; a Y/N column header that is a question; the assistant's qualification may be
worked towards.

Recruiter's reading:
- Priority from the "Essential / Desirable" column; stages: shortlisting Y = application,
  interview Y = interview (every row has at least one Y).
- OT: "Degree or Diploma in Occupational Therapy": occupational therapy, no level; HCPC;
  "At least 18 months' post-registration experience as an Occupational Therapist": 1.5 years
  post-qualification; "Practice Educator, or willingness to become one for OT students":
  practice educator with commitment; the driving row names a vehicle and the disability
  alternative: driving with transport and disability alternative.
- OTA: "SVQ Level 3 in Social Services and Healthcare, or willingness to work towards it":
  health and social care at NVQ/SVQ level 3, training accepted (the model has no
  "commitment" for a qualification; a recruiter may argue for no rule); SSSC registration "or
  willingness to register within six months of starting": SSSC (the six months is a note);
  "Full driving licence": driving, no transport, no disability alternative.
- "Appointment to either post is subject to PVG Scheme membership" is a pre-appointment
  condition in a note after the tables, not a criterion.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import APP, IV, approved, driving, qual, reg, years
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

E, D = Priority.essential, Priority.desirable
OT = "Occupational Therapist (Grade 9)"
OTA = "Occupational Therapy Assistant (Grade 5)"
HEADER = ("Criteria", "Essential / Desirable", "Used at shortlisting? (Y/N)",
          "Assessed at interview? (Y/N)")

OT_ROWS = [
    ("Degree or Diploma in Occupational Therapy", E, "Y", "N", qual("occupational_therapy")),
    ("Registration with the Health and Care Professions Council (HCPC)", E, "Y", "N",
     reg("HCPC")),
    ("At least 18 months' post-registration experience as an Occupational Therapist", E, "Y",
     "N", years(1.5, pq=True, domain="occupational therapy")),
    ("Experience of community rehabilitation or reablement", E, "Y", "Y", None),
    ("Experience of prescribing equipment and minor adaptations", E, "Y", "Y", None),
    ("Experience of supervising Occupational Therapy Assistants or students", D, "Y", "N",
     None),
    ("Knowledge of the Adult Support and Protection (Scotland) Act 2007", E, "N", "Y", None),
    ("Knowledge of Self-directed Support", D, "N", "Y", None),
    ("Ability to carry out and write up functional assessments", E, "Y", "Y", None),
    ("Practice Educator, or willingness to become one for OT students", D, "Y", "N",
     approved("practice_educator", commitment=True)),
    ("Current driving licence and access to a vehicle, or the ability to travel across the "
     "partnership area by other means where a disability prevents driving", E, "Y", "N",
     driving(transport=True, disability=True)),
    ("Good interpersonal and negotiating skills", E, "N", "Y", None),
    ("Commitment to continuing professional development", E, "N", "Y", None),
]
OTA_ROWS = [
    ("SVQ Level 3 in Social Services and Healthcare, or willingness to work towards it", E,
     "Y", "N", qual("health_social_care", level="nvq3", training=True)),
    ("Registration with the Scottish Social Services Council (SSSC), or willingness to "
     "register within six months of starting", E, "Y", "N", reg("SSSC")),
    ("Experience of working in a care, health or rehabilitation setting", E, "Y", "Y", None),
    ("Experience of fitting small aids and adaptations", D, "Y", "Y", None),
    ("Basic understanding of safe moving and handling", E, "N", "Y", None),
    ("Ability to follow a plan set by an Occupational Therapist and report back on progress",
     E, "N", "Y", None),
    ("Good literacy and numeracy skills", E, "Y", "N", None),
    ("Full driving licence", E, "Y", "N", driving()),
    ("Ability to work flexibly, including some weekends", D, "N", "Y", None),
]


def _stages(shortlist: str, interview: str):
    return tuple(s for s, flag in ((APP, shortlist), (IV, interview)) if flag == "Y")


def _table(rows) -> Table:
    cells = [HEADER] + [(text, "Essential" if p is E else "Desirable", s, i)
                        for text, p, s, i, _ in rows]
    return Table(tuple(cells), widths=(100, 30, 30, 30), txt="tabs")


def _role(title, rows) -> TruthRole:
    return TruthRole(title, tuple(Want(text, p, _stages(s, i), None, rule, f"{s}/{i}")
                                  for text, p, s, i, rule in rows))


DOCUMENT = CorpusDocument(
    name="shortlist_interview_yn_scottish_ot_ota",
    layout="two roles, each a table Criteria / Essential or Desirable / Used at shortlisting? "
           "(Y/N) / Assessed at interview? (Y/N)",
    formats=("docx", "pdf", "txt"),
    description="Scottish HSCP OT and OT assistant; stages only in two Y/N columns.",
    blocks=(
        Para("Strathmorven Health and Social Care Partnership", bold=True),
        Para("Community Rehabilitation Team – Person Specifications"),
        Heading(OT),
        Para("The shortlisting panel will only consider the criteria marked Y in the "
             "shortlisting column. Criteria marked Y in the interview column will be explored "
             "at interview."),
        _table(OT_ROWS),
        Heading(OTA),
        _table(OTA_ROWS),
        Para("Appointment to either post is subject to PVG Scheme membership for adults. The "
             "Partnership is a Disability Confident employer.", small=True),
    ),
    roles=(_role(OT, OT_ROWS), _role(OTA, OTA_ROWS)),
)
