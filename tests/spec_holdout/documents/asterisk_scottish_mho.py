"""Scottish council Mental Health Officer: "Job details" lines, then bold section labels
(not heading styles) over bullet lists, and a legend "Criteria marked * are desirable; all
others are essential." The asterisk is glued to the end of the desirable bullets.

What makes it hard: priority comes only from a trailing asterisk; Scottish terms throughout
(SSSC registration, the Mental Health Officer award, Mental Health (Care and Treatment)
(Scotland) Act 2003, PVG Scheme membership). The legend says how every criterion is assessed
("through the application form and at interview"), so every criterion is [application,
interview] because the document says so, not by default.

Recruiter's reading: the truth text drops the asterisk. The MHO award is the Scottish
statutory mental health role, a different legal role from the English AMHP; the engine's
approved roles are AMHP, BIA, AMCP and Practice Educator only, so the MHO criterion is an
evidence criterion (rule=None) with "or currently undertaking" left to the panel. The
Practice Learning Qualification is Scotland's practice educator award (approved
practice_educator). PVG Scheme membership is Scotland's disclosure check for regulated work,
the counterpart of an enhanced DBS check: a pre-employment check (check "dbs"). The closing
paragraph on regulated work is a note, not another criterion.
"""

from tests.spec_corpus.helpers import PLAIN, approved, check, driving, qual, reg, years
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole

E, D = PLAIN.E, PLAIN.D

GROUPS = [
    ("Qualifications and registration", [
        E("Degree or Diploma in Social Work, or an equivalent qualification recognised by the "
          "SSSC", rule=qual("social_work")),
        E("Registration with the Scottish Social Services Council (SSSC) as a Social Worker",
          rule=reg("SSSC")),
        E("Mental Health Officer (MHO) award, or currently undertaking the MHO award"),
        D("Practice Learning Qualification (Social Services) or equivalent practice educator "
          "award", rule=approved("practice_educator")),
    ]),
    ("Experience", [
        E("Minimum of three years' post-qualifying social work experience, including at least "
          "one year in a mental health setting", rule=years(3, pq=True)),
        E("Experience of undertaking assessments and preparing reports under the Mental Health "
          "(Care and Treatment) (Scotland) Act 2003"),
        D("Experience of applying for and reviewing Compulsory Treatment Orders"),
        D("Experience of working with people affected by alcohol and drug use"),
    ]),
    ("Knowledge", [
        E("Sound knowledge of the Mental Health (Care and Treatment) (Scotland) Act 2003, the "
          "Adults with Incapacity (Scotland) Act 2000 and the Adult Support and Protection "
          "(Scotland) Act 2007"),
        E("Knowledge of the SSSC Codes of Practice for Social Service Workers and Employers"),
        D("Awareness of the Getting It Right For Everyone (GIRFE) approach"),
    ]),
    ("Skills and abilities", [
        E("Ability to produce social circumstances reports to the standard required by the "
          "Mental Health Tribunal for Scotland"),
        E("Ability to assess and manage risk and to make sound decisions in crisis situations"),
    ]),
    ("Other requirements", [
        E("Full driving licence and access to a car for business use",
          rule=driving(transport=True)),
        E("Willingness to participate in the out-of-hours MHO rota"),
        E("Membership of the PVG Scheme for regulated work with adults, or willingness to join "
          "the scheme", rule=check("dbs")),
    ]),
]


def _blocks() -> list:
    blocks: list = []
    for label, wants in GROUPS:
        blocks.append(Para(label, bold=True))
        blocks.append(Bullets(tuple(
            w.text + ("*" if w.priority.value == "desirable" else "") for w in wants)))
    return blocks


DOCUMENT = CorpusDocument(
    name="asterisk_scottish_mho",
    layout="asterisk legend, Scottish terms",
    formats=("pdf", "txt"),
    description="Scottish council Mental Health Officer; '*' marks desirable, SSSC, MHO, PVG.",
    blocks=(
        Para("Glenmoray Council", bold=True),
        Heading("Mental Health Officer (Social Worker)"),
        Para("Service: Health and Social Care Partnership - Adult Mental Health Team"),
        Para("Grade: SC11   Hours: 35 per week   Location: Inverlea Area Office"),
        Heading("Person Specification", level=2),
        Para("Candidates will be assessed against these criteria through the application form "
             "and at interview. Criteria marked * are desirable; all others are essential."),
        *_blocks(),
        Para("This post is regulated work with protected adults under the Protection of "
             "Vulnerable Groups (Scotland) Act 2007. The successful candidate will be asked to "
             "join or update their PVG Scheme membership before starting.", italic=True),
        Para("Glenmoray Council is a Living Wage employer and a Disability Confident Leader.",
             small=True),
    ),
    roles=(TruthRole("Mental Health Officer (Social Worker)",
                     tuple(w for _, ws in GROUPS for w in ws)),),
)
