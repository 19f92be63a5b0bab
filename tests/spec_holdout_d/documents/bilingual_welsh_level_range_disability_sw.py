"""Welsh county borough council, Social Worker in a children with disabilities team: a bilingual
person specification ("Manyleb Person / Person Specification"). Headings, column headings and
category rows are Welsh then English ("Profiad / Experience"); the criteria are in English. A
ruled table Meini prawf / Criteria, Hanfodol / Essential, Dymunol / Desirable (a tick in one of
the two), Dull asesu / Assessment (codes). The Welsh language requirements are not in the
table: a separate bilingual section lists each skill with its level as a number or a range and
its priority in the same line ("Listening and speaking: Welsh language level 3-5 essential",
"Writing: Level 1 desirable"), with a key to the council's five levels.

What makes it hard: the column headings and category rows are two languages joined by "/";
the assessment key is bilingual and its "T" means Tystysgrif (certificate), not test; the
Welsh priority is the last word of the line and the level is a digit or a digit range, to be
read through the key (1 Entry ... 5 Proficient); the Welsh lines have no tick columns.

Recruiter's reading:
- Key: A Ffurflen gais / Application form (application), C Cyfweliad / Interview
  (interview), T Tystysgrif / Certificate (documentation).
- Welsh lines: the text is the line without its priority word ("Listening and speaking: Welsh
  language level 3-5"). Level 3-5 means at least level 3, Intermediate in the key: Welsh
  rule at intermediate, essential. "Level 1" is Entry: Welsh rule at entry, desirable. The
  section says they are assessed from the application form and at interview.
- "Registered with Social Care Wales as a social worker": registration SCW. The qualification
  "or equivalent" takes no level.
- "Practice Educator / Practice Assessor award, or willingness to work towards one": practice
  educator with commitment.
- "At least one year's post-qualifying experience in a children's services setting": one year
  post-qualification.
- The driving criterion's "where a disability prevents driving" is the disability
  alternative; "access to a vehicle" is transport.
"""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    Legend,
    approved,
    driving,
    qual,
    reg,
    welsh,
    years,
)
from tests.spec_corpus.layouts import marked
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

KEY = Legend({"A": APP, "C": IV, "T": DOC})
E, D = KEY.E, KEY.D

GROUPS = [
    ("Cymwysterau / Qualifications", [
        E("Social work degree (BA, BSc or MA), DipSW, CQSW or equivalent", "A, T",
          rule=qual("social_work")),
        E("Registered with Social Care Wales as a social worker", "A, T", rule=reg("SCW")),
        D("Practice Educator / Practice Assessor award, or willingness to work towards one",
          "A, T", rule=approved("practice_educator", commitment=True)),
    ]),
    ("Profiad / Experience", [
        E("At least one year's post-qualifying experience in a children's services setting",
          "A, C", rule=years(1, pq=True, domain="children's services")),
        E("Experience of working with disabled children and their families", "A, C"),
        D("Experience of transition planning with adult services", "A, C"),
    ]),
    ("Gwybodaeth / Knowledge", [
        E("Knowledge of the Social Services and Well-being (Wales) Act 2014 and the Wales "
          "Safeguarding Procedures", "A, C"),
        D("Knowledge of the Additional Learning Needs and Education Tribunal (Wales) Act 2018",
          "C"),
    ]),
    ("Sgiliau / Skills", [
        E("Ability to build relationships with children who communicate without words", "C"),
        E("Ability to write clear assessments and care and support plans", "A, C"),
    ]),
    ("Arall / Other", [
        E("Full driving licence and access to a vehicle, or the ability to travel in a way that "
          "meets the needs of the post where a disability prevents driving", "A",
          rule=driving(transport=True, disability=True)),
    ]),
]
WELSH = [
    E("Listening and speaking: Welsh language level 3-5", "A, C", rule=welsh("intermediate")),
    E("Reading: Welsh language level 3-5", "A, C", rule=welsh("intermediate")),
    D("Writing: Level 1", "A, C", rule=welsh("entry")),
]


def _welsh_lines() -> tuple[str, ...]:
    return tuple(f"{w.text} {'essential' if w.priority.value == 'essential' else 'desirable'}"
                 for w in WELSH)


DOCUMENT = CorpusDocument(
    name="bilingual_welsh_level_range_disability_sw",
    layout="bilingual Welsh / English headings and category rows, tick columns, Welsh "
           "language as 'level 3-5 essential' / 'Level 1 desirable' lines outside the table",
    formats=("docx", "pdf"),
    description="Welsh county borough children with disabilities social worker; bilingual "
                "headings, a 'T = Tystysgrif' certificate code, Welsh levels as digit ranges "
                "with the priority last.",
    blocks=(
        Para("Cyngor Bwrdeistref Sirol Cwm Aeron / Cwm Aeron County Borough Council", bold=True),
        Heading("Gweithiwr Cymdeithasol – Tîm Plant ag Anableddau / Social Worker – Children "
                "with Disabilities Team"),
        Para("Gradd / Grade: 8   Cyf / Ref: CA-GC-3302"),
        Heading("Manyleb Person / Person Specification", level=2),
        Para("Dull asesu / Assessment: A = Ffurflen gais / Application form;  C = Cyfweliad / "
             "Interview;  T = Tystysgrif / Certificate"),
        Table((("Meini prawf / Criteria", "Hanfodol / Essential", "Dymunol / Desirable",
                "Dull asesu / Assessment"),
               *marked(GROUPS, "\u2713", "")), widths=(100, 26, 26, 28)),
        Heading("Sgiliau Iaith Gymraeg / Welsh Language Skills", level=2),
        Para("Lefelau / Levels: 1 Mynediad / Entry; 2 Sylfaen / Foundation; 3 Canolradd / "
             "Intermediate; 4 Uwch / Advanced; 5 Hyfedr / Proficient. Your Welsh language "
             "skills will be assessed from the application form and at interview."),
        *(Para(line) for line in _welsh_lines()),
        Para("Mae'r Cyngor yn croesawu ceisiadau yn Gymraeg. The Council welcomes applications "
             "in Welsh; an application in Welsh will not be treated less favourably.",
             small=True),
    ),
    roles=(TruthRole("Social Worker – Children with Disabilities Team",
                     (*(w for _, wants in GROUPS for w in wants), *WELSH)),),
)
