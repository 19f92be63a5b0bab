"""Northern Ireland health and social care trust, Senior Social Worker in a community mental
health team: the person specification comes LAST in a long job description, after a job
summary, a numbered list of fifteen main duties, a "What we offer" list of benefits and a
note on the Trust's values. The specification itself is two numbered lists under "Essential
criteria" and "Desirable criteria", with a paragraph saying how they are used (the essential
criteria for shortlisting, the desirable ones "to enhance" shortlisting, everything tested at
interview unless marked "(interview only)"), and the standard Northern Ireland driving
criterion with its disability waiver written as a second sentence.

What makes it hard: the duties ("Undertake Approved Social Worker duties ...", "Maintain
registration with NISCC ...") and the benefits ("Access to the Trust's ASW and PQ
programmes") read like criteria but are not; the specification has no table; the stage of
most criteria comes from a paragraph, not a mark; two criteria carry a trailing
"(interview only)" mark; the driving criterion is two sentences.

Recruiter's reading:
- Essential and desirable criteria alike are assessed from the application form and at
  interview (the paragraph: essentials shortlist, desirables may enhance shortlisting, all
  are assessed at interview); "(interview only)" means interview and is not part of the text.
- "A degree in Social Work or an equivalent recognised social work qualification (e.g.
  DipSW, CQSW)": social work, no level.
- "Registered with the Northern Ireland Social Care Council (NISCC)": NISCC.
- "Approved Social Worker (ASW) status, or a commitment to complete the ASW programme within
  two years of taking up post": Northern Ireland's ASW is the counterpart of the AMHP warrant;
  approved role AMHP with commitment.
- "Three years' post-qualifying experience in a statutory mental health setting": 3 years
  post-qualification.
- The driving criterion, with its waiver for applicants "whose disability prohibits driving"
  who have other transport, is one criterion: driving with transport and the disability
  alternative; its text is both sentences.
- "Practice Teacher Award or Practice Educator qualification": approved role practice
  educator (the Practice Teacher Award is its older name), no commitment.
- "Post-qualifying award in mental health (NISCC PQ Framework)": no model subject fits a PQ
  award; an evidence criterion.
"""

from tests.spec_corpus.helpers import IV, PLAIN, approved, driving, qual, reg, years
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole, Want

TITLE = "Senior Social Worker – Community Mental Health Team (Band 7)"
ONLY = " (interview only)"

ESSENTIAL = [
    PLAIN.E("A degree in Social Work or an equivalent recognised social work qualification "
            "(e.g. DipSW, CQSW)", rule=qual("social_work")),
    PLAIN.E("Registered with the Northern Ireland Social Care Council (NISCC)",
            rule=reg("NISCC")),
    PLAIN.E("Approved Social Worker (ASW) status, or a commitment to complete the ASW "
            "programme within two years of taking up post",
            rule=approved("AMHP", commitment=True)),
    PLAIN.E("Three years' post-qualifying experience in a statutory mental health setting",
            rule=years(3, pq=True, domain="statutory mental health setting")),
    PLAIN.E("Experience of working in a multi-disciplinary team alongside psychiatry, nursing "
            "and psychology colleagues"),
    PLAIN.E("Experience of assessment and care planning under the Mental Capacity Act "
            "(Northern Ireland) 2016"),
    Want("Knowledge of the Mental Health (Northern Ireland) Order 1986 and the role of the "
         "Approved Social Worker within it", stages=(IV,)),
    Want("Ability to manage a complex caseload and prioritise competing demands", stages=(IV,)),
    PLAIN.E("Evidence of continuous professional development in the last three years"),
    PLAIN.E("Hold a full current driving licence valid for use in the UK and have access to a "
            "car on appointment. This criterion will be waived in the case of applicants whose "
            "disability prohibits driving but who have access to a form of transport approved "
            "by the Trust which will permit them to carry out the duties of the post in full",
            rule=driving(transport=True, disability=True)),
]
DESIRABLE = [
    PLAIN.D("Practice Teacher Award or Practice Educator qualification",
            rule=approved("practice_educator")),
    PLAIN.D("Post-qualifying award in mental health (NISCC PQ Framework)"),
    PLAIN.D("Experience of delivering a psychological intervention, such as CBT or DBT"),
    PLAIN.D("Experience of recovery-focused or peer-led approaches"),
    PLAIN.D("Knowledge of the regional mental health care pathway"),
]


def _printed(want: Want) -> str:
    return want.text + (ONLY if want.stages == (IV,) else "") + "."


DUTIES = (
    "Carry a caseload of adults with severe and enduring mental illness, providing assessment, "
    "care planning and review.",
    "Undertake Approved Social Worker duties under the Mental Health (Northern Ireland) Order "
    "1986 as part of the Trust's ASW rota.",
    "Provide supervision and practice support to social workers and social work students.",
    "Lead on adult safeguarding referrals for the team and chair strategy meetings as needed.",
    "Contribute to the Trust's implementation of the Mental Capacity Act (Northern Ireland) "
    "2016.",
    "Work with carers and families, offering carers' assessments.",
    "Liaise with housing, employment and voluntary sector partners.",
    "Maintain accurate records on PARIS in line with Trust standards.",
    "Maintain registration with NISCC and meet its post-registration training requirements.",
    "Participate in audits and service improvement projects.",
    "Deputise for the Team Leader when required.",
    "Attend team meetings, case conferences and multi-disciplinary reviews.",
    "Promote recovery and social inclusion in all aspects of practice.",
    "Adhere to Trust policies on health and safety, information governance and equality.",
    "Undertake any other duties commensurate with the grade of the post.",
)
OFFER = (
    "Access to the Trust's ASW and PQ programmes, with protected study time",
    "27 days' annual leave rising to 33 days, plus 12 statutory holidays",
    "HSC pension scheme",
    "Flexible and hybrid working arrangements",
    "An employee wellbeing service and occupational health support",
    "Cycle to work scheme and discounted gym membership",
)

DOCUMENT = CorpusDocument(
    name="jd_then_offer_then_spec_ni_mental_health_sw",
    layout="job description (summary, numbered duties, What we offer, values) then "
           "personnel specification as two numbered lists with a how-used paragraph",
    formats=("docx", "pdf", "txt"),
    description="NI trust senior social worker in mental health; the specification comes "
                "after duties and benefits; stages from a paragraph and '(interview only)'.",
    blocks=(
        Para("Loughmore Health and Social Care Trust", bold=True),
        Heading("Job Description"),
        Para(f"Job title: {TITLE}"),
        Para("Directorate: Mental Health and Disability. Base: Ballycarran Community Mental "
             "Health Centre. Reference: 71554/LM."),
        Heading("Job summary", level=2),
        Para("The post holder will provide a high standard of social work assessment and "
             "intervention to adults with mental health needs, carry out statutory functions as "
             "an Approved Social Worker and support the professional development of staff."),
        Heading("Main duties and responsibilities", level=2),
        Bullets(DUTIES, numbered=True),
        Heading("What we offer", level=2),
        Bullets(OFFER),
        Heading("Our values", level=2),
        Para("Working together, excellence, openness and honesty, compassion. We expect every "
             "member of staff to show these values in their work."),
        Heading("Personnel Specification", level=2),
        Para("Applicants must clearly demonstrate on their application form how they meet each "
             "of the essential criteria; these will be used for shortlisting. The desirable "
             "criteria may be used to enhance the shortlisting criteria. All criteria will also "
             "be assessed at interview, and those marked (interview only) will be assessed at "
             "interview alone."),
        Para("Essential criteria", bold=True),
        Bullets(tuple(_printed(w) for w in ESSENTIAL), numbered=True),
        Para("Desirable criteria", bold=True),
        Bullets(tuple(_printed(w) for w in DESIRABLE), numbered=True),
        Para("The Trust is an equal opportunities employer. Canvassing will disqualify.",
             small=True),
    ),
    roles=(TruthRole(TITLE, tuple(ESSENTIAL + DESIRABLE)),),
)
