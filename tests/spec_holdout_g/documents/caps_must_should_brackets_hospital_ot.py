"""English NHS foundation trust, acute hospital Occupational Therapist (Band 6): no table and
no Essential/Desirable words. The criteria are bullet sentences under ALL-CAPS headings
(QUALIFICATIONS, EXPERIENCE, KNOWLEDGE, SKILLS, OTHER) written to the candidate, "You MUST
..." for essential and "You SHOULD ..." for desirable, as a sentence before the lists says;
each ends with its stage letters in square brackets ("[A/I]", "[T]") from a key (A =
application form, I = interview, T = practical assessment on the ward).

What makes it hard: priority is carried by a capitalised modal verb inside the sentence, not by
a column or heading; the headings are bold paragraphs in capitals, not Word headings; stage
codes are in square brackets at the end and combine with "/"; the practical assessment (T)
is a test; an OT-specific practice educator scheme (APPLE) with "willing to become one".

Recruiter's reading:
- Criterion text is the whole sentence as printed, "You MUST"/"You SHOULD" included, without
  the bracketed stage code (the measurement pairs a text without the lead-in too).
- MUST = essential, SHOULD = desirable. Key: A = application, I = interview, T = test.
- "You MUST hold a diploma or degree in occupational therapy": occupational therapy, level
  diploma (a diploma is the least that is accepted).
- "You MUST be registered with the HCPC as an occupational therapist": HCPC.
- "You SHOULD be an accredited practice educator (APPLE), or be willing to become one":
  approved role practice educator with commitment (a willingness to become one is read as a
  commitment, not as training under way).
- "You MUST have at least two years' post-registration experience ...": 2 years
  post-qualification (registration follows qualification for an OT).
- "You MUST be able to travel between the Trust's two hospital sites during the working day":
  NOT a driving rule (a shuttle bus runs between sites; no licence is asked for). A recruiter
  might read it as driving; the truth does not.
"""

from tests.spec_corpus.helpers import APP, IV, TEST, Legend, approved, qual, reg, years
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole

TITLE = "Occupational Therapist – Acute Medicine and Frailty (Band 6)"
L = Legend({"A": APP, "I": IV, "T": TEST})

GROUPS = [
    ("QUALIFICATIONS", [
        L.E("You MUST hold a diploma or degree in occupational therapy", "A",
            rule=qual("occupational_therapy", level="diploma")),
        L.E("You MUST be registered with the HCPC as an occupational therapist", "A",
            rule=reg("HCPC")),
        L.D("You SHOULD have completed post-graduate training in splinting or vocational "
            "rehabilitation", "A"),
        L.D("You SHOULD be an accredited practice educator (APPLE), or be willing to become one",
            "A/I", rule=approved("practice_educator", commitment=True)),
    ]),
    ("EXPERIENCE", [
        L.E("You MUST have at least two years' post-registration experience as an occupational "
            "therapist, including acute hospital rotations", "A/I",
            rule=years(2, pq=True, domain="occupational therapist")),
        L.E("You MUST have experience of discharge planning for patients with complex needs",
            "A/I"),
        L.D("You SHOULD have experience in a stroke or neurology setting", "A/I"),
        L.D("You SHOULD have led a quality improvement project", "I"),
    ]),
    ("KNOWLEDGE", [
        L.E("You MUST understand the Care Act 2014 as it applies to hospital discharge", "I"),
        L.E("You MUST know the principles of the Mental Capacity Act 2005 and when to assess "
            "capacity", "I"),
        L.D("You SHOULD be familiar with the Discharge to Assess model", "I"),
    ]),
    ("SKILLS", [
        L.E("You MUST be able to carry out a kitchen and personal care assessment safely", "T"),
        L.E("You MUST be able to teach patients and carers to use equipment", "T/I"),
        L.E("You MUST write accurate notes to RCOT and Trust standards", "A/T"),
        L.D("You SHOULD be able to use SystmOne or another electronic patient record", "A"),
    ]),
    ("OTHER", [
        L.E("You MUST be able to work a seven-day rota, including bank holidays", "A/I"),
        L.E("You MUST be able to travel between the Trust's two hospital sites during the "
            "working day", "A"),
    ]),
]

BLOCKS = [
    Para("Ashbourne Vale Hospitals NHS Foundation Trust", bold=True),
    Heading(TITLE),
    Para("Therapies Directorate, Wrenfield General Hospital and Ashbourne Community Hospital. "
         "A free shuttle bus runs between the two sites every 30 minutes."),
    Heading("PERSON SPECIFICATION", level=2),
    Para("Read each statement carefully. Where a statement says you MUST, it is essential and "
         "we will not shortlist you without it. Where it says you SHOULD, it is desirable and "
         "will help us choose between candidates."),
    Para("How we assess: [A] application form, [I] interview, [T] practical assessment on the "
         "ward on the day of interview."),
]
WANTS = []
for heading, wants in GROUPS:
    BLOCKS.append(Para(heading, bold=True))
    BLOCKS.append(Bullets(tuple(f"{w.text} [{w.code}]" for w in wants)))
    WANTS += wants
BLOCKS.append(Para("Disclosure: this post requires an Enhanced DBS check with the adults' "
                   "barred list.", small=True))

DOCUMENT = CorpusDocument(
    name="caps_must_should_brackets_hospital_ot",
    layout="ALL-CAPS bold headings, bullet sentences with MUST (essential) / SHOULD "
           "(desirable), stage letters in square brackets at the end",
    formats=("docx", "pdf", "txt"),
    description="NHS acute OT band 6; priority from MUST/SHOULD in each sentence, stages "
                "[A/I/T] after it.",
    blocks=tuple(BLOCKS),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
