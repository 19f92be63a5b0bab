"""Children's services trust, Advanced Practitioner: a first page setting out the trust's
behaviours framework (a table Behaviour | At practitioner level | At leader level), then the
person specification under "Essential" and "Desirable" subheadings, every bullet ending in a
stage marker "(S)", "(I)" or "(S/I)".

What makes it hard: the behaviours page looks like criteria (short capability statements in a
table) but the document says the behaviours are used in appraisal and are not shortlisting
criteria. The bracketed markers at the ends of the bullets look like (E)/(D) markers but are
stages: (S) shortlisting from the application, (I) interview only; the priority comes from the
subheading. One essential criterion mentions the ASYE, but as work the applicant supervises
("newly qualified social workers in their ASYE"): it is an evidence criterion, not an ASYE
rule. "PEPS Stage 2, or currently working towards it" accepts training in progress.
"""

from tests.spec_corpus.helpers import APP, IV, Legend, approved, qual, reg, years
from tests.spec_corpus.model import (
    Bullets,
    CorpusDocument,
    Heading,
    PageBreak,
    Para,
    Table,
    TruthRole,
)

KEY = Legend({"S": APP, "I": IV})
E, D = KEY.E, KEY.D

ESSENTIAL = [
    E("Social work qualification (degree, DipSW, CQSW or equivalent)", "S",
      rule=qual("social_work")),
    E("Registered with Social Work England", "S", rule=reg("SWE")),
    E("At least five years' post-qualifying experience in children's social care, including "
      "child protection and court work", "S/I", rule=years(5, pq=True)),
    E("Practice Educator Professional Standards Stage 2, or currently working towards it", "S",
      rule=approved("practice_educator", training=True)),
    E("Experience of supervising or mentoring social workers, including newly qualified social "
      "workers in their ASYE", "S/I"),
    E("Experience of presenting evidence in care proceedings", "S/I"),
    E("Knowledge of research and evidence-based practice in child protection", "S/I"),
    E("Ability to provide reflective case consultation to colleagues", "I"),
    E("Ability to remain calm and make sound decisions under pressure", "I"),
]
DESIRABLE = [
    D("Training in systemic practice or motivational interviewing", "S"),
    D("Experience of delivering training to multi-agency audiences", "S/I"),
    D("Experience of auditing case files against practice standards", "S"),
]

BEHAVIOURS = (
    ("Behaviour", "At practitioner level", "At leader level"),
    ("Child-centred",
     "Keeps the child's voice and lived experience at the centre of every decision",
     "Makes sure the service is designed around what children tell us"),
    ("Curious",
     "Asks questions, tests hypotheses and is open to other explanations",
     "Builds a culture where challenge and reflection are welcomed"),
    ("Collaborative",
     "Works openly with families and partner agencies to agree plans",
     "Leads partnership work and resolves professional disagreements"),
    ("Accountable",
     "Takes responsibility for own practice and learns from mistakes",
     "Holds others to account fairly and models high standards"),
)

DOCUMENT = CorpusDocument(
    name="behaviours_stage_markers_advanced_practitioner",
    layout="behaviours framework page, (S)/(I) stage markers",
    formats=("docx", "pdf"),
    description="Children's trust advanced practitioner; a behaviours framework before the "
                "spec, stage markers that look like E/D markers.",
    blocks=(
        Para("Brightwater Children's Trust", bold=True),
        Heading("Our behaviours"),
        Para("Our behaviours describe how everyone at the Trust works, whatever their role. "
             "They are used in supervision and appraisal; they are not shortlisting criteria."),
        Table(rows=BEHAVIOURS, widths=(30, 75, 75)),
        PageBreak(),
        Heading("Advanced Practitioner - Person Specification"),
        Para("Locality Social Work Teams   Grade: ST7"),
        Para("Key: (S) assessed at shortlisting from your application;  (I) assessed at "
             "interview only."),
        Heading("Essential", level=3),
        Bullets(tuple(f"{w.text} ({w.code})" for w in ESSENTIAL)),
        Heading("Desirable", level=3),
        Bullets(tuple(f"{w.text} ({w.code})" for w in DESIRABLE)),
        Para("Please make sure your supporting statement addresses every criterion marked (S).",
             italic=True),
    ),
    roles=(TruthRole("Advanced Practitioner", (*ESSENTIAL, *DESIRABLE)),),
)
