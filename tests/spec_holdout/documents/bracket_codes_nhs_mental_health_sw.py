"""NHS mental health foundation trust, seconded social worker in a community mental health
team: the specification in sections headed Knowledge, Skills, Experience, Qualifications and
Other (in that order), each with two labelled bullet lists, "Minimum criteria" and
"Additional criteria", and the assessment stage in square brackets after each bullet
("[A/I/T]"); a key above the sections.

What makes it hard: the priority words are not "essential" and "desirable"; the introduction
says minimum criteria are essential and additional criteria are desirable. The stage codes
sit in brackets inside the bullet text and must not become part of the criterion. The
sections come in an unusual order, with qualifications last. The AMHP criterion is met by a
warrant or by a willingness to train ("willingness to undertake AMHP training within two
years of appointment": approved AMHP with commitment). "Ability to travel across the Trust's
sites" carries no driving rule; the enhanced DBS criterion is a pre-employment check.
"""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    TEST,
    Legend,
    approved,
    check,
    qual,
    reg,
)
from tests.spec_corpus.model import Bullets, CorpusDocument, Heading, Para, TruthRole

KEY = Legend({"A": APP, "I": IV, "T": TEST, "C": DOC})
E, D = KEY.E, KEY.D

SECTIONS = [
    ("Knowledge", [
        E("Knowledge of the Mental Health Act 1983, the Mental Capacity Act 2005 and the Care "
          "Act 2014", "A/I/T"),
        E("Understanding of recovery-focused and trauma-informed approaches", "I"),
        D("Knowledge of the Care Programme Approach and the Community Mental Health Framework",
          "A/I"),
    ]),
    ("Skills", [
        E("Ability to assess and manage risk, including risk to self and to others", "I/T"),
        E("Ability to keep accurate and timely records on an electronic patient record system "
          "such as RiO or SystmOne", "A/I"),
        D("Ability to deliver psychosocial interventions", "A/I"),
    ]),
    ("Experience", [
        E("Post-qualifying experience of working with adults with severe and enduring mental "
          "illness", "A/I"),
        E("Experience of leading safeguarding adults enquiries", "A/I"),
        D("Experience of working in an integrated NHS and local authority team", "A"),
    ]),
    ("Qualifications", [
        E("Social work degree, DipSW or equivalent", "A/C", rule=qual("social_work")),
        E("Current registration with Social Work England", "A/C", rule=reg("SWE")),
        E("Approved Mental Health Professional warrant, or willingness to undertake AMHP "
          "training within two years of appointment", "A/C",
          rule=approved("AMHP", commitment=True)),
        D("Best Interests Assessor qualification", "A/C", rule=approved("BIA")),
    ]),
    ("Other", [
        E("Ability to travel across the Trust's sites to meet the needs of the service", "A/I"),
        E("Satisfactory enhanced DBS check", "C", rule=check("dbs")),
    ]),
]


def _blocks() -> list:
    blocks: list = []
    for section, wants in SECTIONS:
        blocks.append(Heading(section, level=2))
        for label, priority in (("Minimum criteria", "essential"),
                                ("Additional criteria", "desirable")):
            items = tuple(f"{w.text} [{w.code}]" for w in wants if w.priority.value == priority)
            if items:
                blocks += [Para(label, bold=True), Bullets(items)]
    return blocks


DOCUMENT = CorpusDocument(
    name="bracket_codes_nhs_mental_health_sw",
    layout="section headings, minimum/additional lists, [A/I] codes",
    formats=("docx", "txt"),
    description="NHS trust CMHT social worker; 'Minimum' / 'Additional' lists per section, "
                "stage codes in square brackets.",
    blocks=(
        Para("Kingsmead Partnership NHS Foundation Trust", bold=True),
        Heading("Person Specification: Mental Health Social Worker"),
        Para("Band 6 (seconded from Kingsmead City Council under a section 75 agreement)   "
             "Team: Riverside Community Mental Health Team"),
        Para("Minimum criteria are essential for the post. Additional criteria are desirable and "
             "will be used to choose between candidates who meet all the minimum criteria."),
        Para("How each criterion is assessed is shown in brackets: [A] Application form, "
             "[I] Interview, [T] Test or scenario, [C] Certificate or check."),
        *_blocks(),
        Para("The Trust's values are described in the candidate information pack.",
             italic=True),
    ),
    roles=(TruthRole("Mental Health Social Worker", tuple(w for _, ws in SECTIONS for w in ws)),),
)
