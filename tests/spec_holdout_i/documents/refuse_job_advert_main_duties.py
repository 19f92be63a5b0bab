"""Scottish council job advert with the job description's "Main duties" list, and the person
specification only referred to as a separate attachment. It must be refused: it holds no
criteria.

What makes it hard: it names SSSC registration, a social work degree, a driving licence, PVG
membership, the Mental Health Officer award and practice educator work, but as duties, as
conditions of the post in the advert's "Please note" lines, or as what the salary covers;
it says "essential criteria" and "person specification" (pointing at the other document);
the duties are a numbered list that looks like criteria.
"""

from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para

BLOCKS = (
    Para("Loch Carran Council – Health and Social Care Partnership", bold=True),
    Heading("Social Worker – Adult Community Care Team"),
    Para("Grade SW2: £41,304 – £45,906 per annum.   35 hours per week, permanent.   "
         "Base: Dunvarrow Health Centre.   Closing date: 16 January 2027 at noon."),
    Para("Our community care team supports adults across Dunvarrow and the islands to live "
         "well at home. We are a friendly, experienced team with protected time for "
         "reflective supervision, a hybrid working policy and a generous relocation "
         "package for those moving to the area."),
    Heading("Main duties", level=2),
    Bullets((
        "Carry out assessments of need and risk with adults and their carers, and arrange "
        "and review Self-directed Support.",
        "Act as Council Officer in adult support and protection inquiries and "
        "investigations.",
        "Maintain your registration with the Scottish Social Services Council and keep to the "
        "SSSC Codes of Practice.",
        "Supervise social work students on placement once you hold the Practice Learning "
        "Qualification.",
        "Use your own car for home visits across the mainland and travel by ferry to the "
        "islands; mileage and ferry fares are paid.",
        "Work alongside the Mental Health Officer service and contribute to guardianship "
        "applications.",
        "Keep accurate case records on CareFirst within the team's timescales.",
    ), numbered=True),
    Heading("How to apply", level=2),
    Para("Apply online through myjobscotland. In your supporting statement please show how "
         "you meet each of the essential criteria in the person specification, which is "
         "attached to the advert as a separate document, and the job description."),
    Para("Please note: the successful candidate will be asked to show their social work "
         "degree certificate, proof of SSSC registration and a full driving licence before "
         "starting, and will be required to join the PVG Scheme. An informal chat about the "
         "post is welcome: contact Morag Lindsay, Team Leader, on 01369 702 558."),
    Para("Loch Carran Council is an equal opportunities employer and welcomes applications "
         "from all sections of the community.", small=True),
)

DOCUMENT = CorpusDocument(
    name="refuse_job_advert_main_duties",
    layout="job advert: salary line, about the team, numbered 'Main duties', how to apply "
           "pointing at a separate person specification, 'Please note' conditions",
    formats=("docx", "pdf", "txt"),
    description="Scottish council social worker advert and duties; names registration, degree, "
                "driving and PVG but holds no criteria.",
    blocks=BLOCKS,
    refuse=True,
)
