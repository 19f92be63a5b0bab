"""English county council, Approved Mental Health Professional: a person specification saved
from the council's careers web page as plain text (and that text pasted into Word). Headings
are underlined the way an HTML-to-text export does it: "Essential criteria" over a line of
"=" and, under it, stage sub-headings ("Assessed from your application", "Assessed from your
application and at interview", "Assessed at interview") over a line of "-". Criteria are
"* " bullets, several to a paragraph. A trailing "(x2)" marks a criterion that counts double,
keyed once at the top.

What makes it hard: the "====" and "----" lines are underlines, not content or separators;
the priority and the stage both come from headings, two levels deep; the bullet is an
asterisk; the weight is a trailing "(x2)" that is not part of the criterion's text; the
top-level "Person specification" heading is underlined too.

Recruiter's reading:
- Text without the "* " and without "(x2)"; weight 2 where "(x2)" is printed, 1 elsewhere
  (the set is weighted).
- Priority from the "=" heading; stages from the "-" heading: application; application and
  interview; interview.
- "Warranted as an Approved Mental Health Professional, or completing the AMHP programme and
  due to be warranted by the start date": AMHP, training accepted (not commitment).
- "Registered with Social Work England, the NMC or the HCPC": SWE, NMC, HCPC.
- "At least two years' experience of mental health work since qualifying": 2 years
  post-qualification.
- The driving bullet names a car and offers a disabled applicant other ways of getting to
  assessments: driving with transport and the disability alternative.
- "Best Interests Assessor qualification, or willingness to train as a BIA": BIA with
  commitment.
- "Practice Educator (Stage 2)": practice educator.
- "Master's degree in mental health practice or a related field": any subject, masters (the
  model has no mental health subject).
- "Ability to produce written accounts of assessments that set out the legal basis for each
  decision" and "Experience of supervising AMHP trainees" are evidence criteria: naming the
  AMHP role does not make them approved-role rules.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import APP, IV, approved, driving, qual, reg, years
from tests.spec_corpus.model import CorpusDocument, Para, TruthRole, Want

E, D = Priority.essential, Priority.desirable
TITLE = "Approved Mental Health Professional (Grade 11)"

# (priority heading, [(stage heading, stages, [(text, weight, rule)])])
SPEC = [
    (E, "Essential criteria", [
        ("Assessed from your application", (APP,), [
            ("Warranted as an Approved Mental Health Professional, or completing the AMHP "
             "programme and due to be warranted by the start date", 2,
             approved("AMHP", training=True)),
            ("Registered with Social Work England, the NMC or the HCPC", 1,
             reg("SWE", "NMC", "HCPC")),
            ("At least two years' experience of mental health work since qualifying", 2,
             years(2, pq=True, domain="mental health")),
            ("A full driving licence and a car available for work; if a disability prevents "
             "you from driving, we will discuss other ways of getting to assessments", 1,
             driving(transport=True, disability=True)),
        ]),
        ("Assessed from your application and at interview", (APP, IV), [
            ("Experience of coordinating Mental Health Act assessments and making applications "
             "for detention", 2, None),
            ("Sound knowledge of the Mental Health Act 1983 (as amended 2007), its Code of "
             "Practice and related case law", 2, None),
            ("Ability to produce written accounts of assessments that set out the legal basis "
             "for each decision", 1, None),
            ("Experience of working with the police, ambulance service and bed managers in a "
             "crisis", 1, None),
        ]),
        ("Assessed at interview", (IV,), [
            ("Ability to remain calm and make independent decisions when other professionals "
             "disagree", 1, None),
            ("Understanding of the impact of race and culture on the use of the Mental Health "
             "Act", 1, None),
            ("Willingness to work on the AMHP day and night rota, including weekends and bank "
             "holidays", 1, None),
        ]),
    ]),
    (D, "Desirable criteria", [
        ("Assessed from your application", (APP,), [
            ("Best Interests Assessor qualification, or willingness to train as a BIA", 1,
             approved("BIA", commitment=True)),
            ("Practice Educator (Stage 2)", 1, approved("practice_educator")),
            ("Master's degree in mental health practice or a related field", 1,
             qual("any", level="masters")),
        ]),
        ("Assessed at interview", (IV,), [
            ("Experience of supervising AMHP trainees", 1, None),
            ("Knowledge of the Liberty Protection Safeguards proposals", 1, None),
        ]),
    ]),
]


def _underlined(text: str, mark: str) -> tuple[Para]:
    return (Para(f"{text}\n{mark * len(text)}"),)


BLOCKS = [
    Para("Fenmarsh County Council"),
    Para(TITLE + " – Countywide AMHP Service"),
    Para("Location: Ely Road Hub, with countywide working. Closing date: 18 January 2027."),
    *_underlined("Person specification", "="),
    Para("Key: (x2) after a criterion means it counts double in the shortlisting score."),
]
WANTS = []
for priority, heading, groups in SPEC:
    BLOCKS += _underlined(heading, "=")
    for subheading, stages, items in groups:
        BLOCKS += _underlined(subheading, "-")
        BLOCKS.append(Para("\n".join(f"* {text}" + (" (x2)" if weight == 2 else "")
                                     for text, weight, _ in items)))
        WANTS += [Want(text, priority, stages, float(weight), rule, subheading)
                  for text, weight, rule in items]
BLOCKS.append(Para("Back to top | Print this page | Share"))

DOCUMENT = CorpusDocument(
    name="setext_underlined_star_bullets_amhp",
    layout="web-page text export: headings underlined with = and -, * bullets, (x2) weights",
    formats=("txt", "docx"),
    has_weights=True,
    description="County council AMHP; priority and stage from setext-underlined headings, "
                "double weight as a trailing (x2).",
    blocks=tuple(BLOCKS),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
