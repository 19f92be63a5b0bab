"""Metropolitan borough children's services, Social Worker (Family Support and Protection):
one table Criteria | Requirement | Tested by, with section rows spanning it ("Section 1 –
Qualifications and training"). The Requirement column holds a bare "E" or "D" and the Tested
by column holds numbers ("1, 4", "2, 3"); both are explained only in a "How to read this
specification" paragraph above the table: "E = essential, D = desirable" and "1 = Application
form, 2 = Interview, 3 = Test (written exercise), 4 = Certificates / documents".

What makes it hard: the column that carries priority is headed "Requirement", not "E/D" or
"Essential/Desirable", and the stage codes are digits, so nothing in the header row says what
either column means. The numbers must be read through the key (3 is a test, 4 is
documentation, not a count or a score).

Recruiter's reading:
- "Enhanced DBS clearance (children's barred list)" is a row of the table with an E and
  "4", so it is an essential criterion with a dbs pre-employment rule, stages as printed
  (documentation); it is never scored at sift.
- "Experience of statutory social work with children and families ... gained as a qualified
  worker or on placement" has no years rule: no length of time is asked for.
- The desirable "families affected by domestic abuse, parental substance misuse or parental
  mental ill health" is an evidence criterion, not a specialisms rule: it describes one kind
  of casework, not a choice of practice areas.
- The paragraph under the table ("This post is politically restricted: no", "Hybrid working")
  is not a criterion.
"""

import re

from criteria.spec import Priority, Rule
from tests.spec_corpus.helpers import APP, DOC, IV, TEST, check, driving, qual, reg
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

TESTED_BY = {"1": APP, "2": IV, "3": TEST, "4": DOC}


def _want(priority: Priority, text: str, code: str, rule: Rule | None = None) -> Want:
    stages = tuple(dict.fromkeys(TESTED_BY[n] for n in re.findall(r"\d", code)))
    return Want(text, priority, stages, None, rule, code)


def E(text: str, code: str, *, rule: Rule | None = None) -> Want:
    return _want(Priority.essential, text, code, rule)


def D(text: str, code: str, *, rule: Rule | None = None) -> Want:
    return _want(Priority.desirable, text, code, rule)


SECTIONS = [
    ("Section 1 – Qualifications and training", [
        E("Social Work Degree, DipSW or equivalent recognised social work qualification", "1, 4",
          rule=qual("social_work")),
        E("Current registration with Social Work England", "1, 4", rule=reg("SWE")),
        D("Post-qualifying training in child protection, or the Child Protection module of the "
          "PQ framework", "1, 4"),
    ]),
    ("Section 2 – Experience", [
        E("Experience of statutory social work with children and families, including child "
          "protection work, gained as a qualified worker or on placement", "1, 2"),
        E("Experience of preparing reports for court or for child protection conferences",
          "1, 2"),
        D("Experience of working with families affected by domestic abuse, parental substance "
          "misuse or parental mental ill health", "1, 2"),
    ]),
    ("Section 3 – Knowledge", [
        E("Knowledge of the Children Act 1989 and 2004 and Working Together to Safeguard "
          "Children", "2, 3"),
        E("Understanding of the impact of trauma and adverse childhood experiences on "
          "children's development", "2"),
        D("Knowledge of the Public Law Outline", "2"),
    ]),
    ("Section 4 – Skills and abilities", [
        E("Ability to write clear, analytical assessments and reports within timescales", "3"),
        E("Ability to build relationships with children and families who may be reluctant to "
          "engage", "1, 2"),
        E("Competent in the use of Microsoft Office and electronic case recording systems",
          "1, 3"),
    ]),
    ("Section 5 – Other requirements", [
        E("Full UK driving licence and access to a vehicle for work purposes", "1",
          rule=driving(transport=True)),
        E("Enhanced DBS clearance (children's barred list)", "4", rule=check("dbs")),
    ]),
]

ROWS: list[tuple[str, ...]] = [("Criteria", "Requirement", "Tested by")]
for section, wants in SECTIONS:
    ROWS.append((section,))
    ROWS += [(w.text, w.priority.value[0].upper(), w.code) for w in wants]

DOCUMENT = CorpusDocument(
    name="tested_by_numbers_family_support_sw",
    layout="E/D under a 'Requirement' header, numeric 'Tested by' codes, key above the table",
    formats=("docx", "pdf"),
    description="Metropolitan borough children's social worker; E/D and tested-by numbers "
                "explained only in a paragraph above the table.",
    blocks=(
        Para("Greybridge Metropolitan Borough Council", bold=True),
        Para("Children and Families Directorate"),
        Heading("Person Specification"),
        Table(rows=(
            ("Job title", "Social Worker – Family Support and Protection"),
            ("Grade", "Grade 9 (SCP 29–33)"),
            ("Post number", "CF/FSP/0412"),
        ), widths=(40, 140)),
        Heading("How to read this specification", level=2),
        Para("The second column shows whether each requirement is essential (E) or desirable "
             "(D). The third column shows how we will test it: 1 = Application form, "
             "2 = Interview, 3 = Test (written exercise), 4 = Certificates / documents."),
        Table(rows=tuple(ROWS), widths=(130, 25, 25)),
        Para("This post is not politically restricted. Hybrid working is available subject to "
             "service needs.", small=True),
        Para("Date of issue: October 2026   Ref: CF/FSP/0412", small=True),
    ),
    roles=(TruthRole("Social Worker – Family Support and Protection",
                     tuple(w for _, wants in SECTIONS for w in wants)),),
)
