"""London borough children's services, Social Worker – Child Protection and Court Team: a
two-page specification. One table Area | Criteria | E/D, the Area cell filled only on the
first row of each area, the assessment stages printed as superscript letters glued to the end
of each criterion ("... Social Work Englandᴬᴰ"), and the key to the letters above the table.
The table stops at the foot of page 1 in the middle of the Experience rows; page 2 opens with
"Person Specification (continued)", repeats the header row, and the first two rows (still
Experience) have an empty Area cell, as do all later rows of each area.

What makes it hard: the superscripts are part of the word they follow in the extracted text
("Englandᴬᴰ", "proceedingsᴬᴵ"); the rows at the top of page 2 belong to the area that started
on page 1, with nothing on page 2 saying so; the second heading is not a new role or a new
specification.

Recruiter's reading:
- Key: ᴬ application form, ᴵ interview, ᵂ written exercise (test), ᴰ documents seen at
  pre-employment checks (documentation).
- "Practice Educator Professional Standards Stage 2, or willingness to work towards it":
  desirable, approved-role practice educator accepting a commitment.
- "A minimum of two years' post-qualifying experience in statutory children's social work":
  two years post-qualification.
- "Full UK driving licence and access to a car": driving with access to transport; no
  disability alternative is offered.
- The sentence after the table about essential criteria marked ᴬ at shortlisting is not a
  criterion.
"""

from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    TEST,
    Legend,
    approved,
    driving,
    qual,
    reg,
    years,
)
from tests.spec_corpus.model import (
    CorpusDocument,
    Heading,
    PageBreak,
    Para,
    Table,
    TruthRole,
    Want,
)

KEY = Legend({"A": APP, "I": IV, "W": TEST, "D": DOC})
E, D = KEY.E, KEY.D
SUPERSCRIPT = {"A": "ᴬ", "I": "ᴵ", "W": "ᵂ", "D": "ᴰ"}

# (area, criteria); the page break falls after the third Experience criterion
AREAS = [
    ("Qualifications", [
        E("Social work degree or diploma (DipSW, CQSW or equivalent)", "A D",
          rule=qual("social_work")),
        E("Registered as a social worker with Social Work England", "A D", rule=reg("SWE")),
        D("Practice Educator Professional Standards Stage 2, or willingness to work towards it",
          "A", rule=approved("practice_educator", commitment=True)),
    ]),
    ("Experience", [
        E("A minimum of two years' post-qualifying experience in statutory children's social "
          "work", "A I", rule=years(2, pq=True, domain="children's social work")),
        E("Experience of leading child protection enquiries under section 47 of the Children "
          "Act 1989", "A I"),
        E("Experience of preparing and giving evidence in care proceedings", "A I"),
        D("Experience of working under the Public Law Outline pre-proceedings process", "A"),
        E("Experience of direct work with children using creative tools", "I"),
    ]),
    ("Knowledge", [
        E("Knowledge of Working Together to Safeguard Children and the local safeguarding "
          "partnership procedures", "I W"),
        E("Understanding of the impact of domestic abuse, parental substance misuse and "
          "mental ill health on children", "I W"),
    ]),
    ("Skills", [
        E("Ability to write clear, analytical court reports and chronologies", "W"),
        E("Ability to build relationships with families who may be hostile or reluctant to "
          "engage", "A I"),
        D("Ability to use reflective supervision to develop your practice", "I"),
    ]),
    ("Other", [
        E("Full UK driving licence and access to a car", "A", rule=driving(transport=True)),
        D("Willingness to join the out-of-hours duty rota", "I"),
    ]),
]
BREAK_AFTER = 6  # criteria on page 1


def _row(area: str, want: Want) -> tuple[str, str, str]:
    marks = "".join(SUPERSCRIPT[c] for c in want.code.split())
    return (area, want.text + marks, "E" if want.priority.value == "essential" else "D")


ALL = [(area if index == 0 else "", w) for area, wants in AREAS
       for index, w in enumerate(wants)]
HEADER = ("Area", "Criteria", "E/D")
PAGE_1 = (HEADER, *(_row(a, w) for a, w in ALL[:BREAK_AFTER]))
PAGE_2 = (HEADER, *(_row(a, w) for a, w in ALL[BREAK_AFTER:]))

DOCUMENT = CorpusDocument(
    name="continued_superscript_childrens_sw",
    layout="two pages, 'Person Specification (continued)', blank Area on continuation rows, "
           "superscript stage letters",
    formats=("pdf", "docx"),
    description="London borough child protection social worker; table split over two pages "
                "with the area left blank on continued rows, stages as superscript letters.",
    blocks=(
        Para("London Borough of Kingsmere – Children's Services", bold=True),
        Heading("Social Worker – Child Protection and Court Team"),
        Para("Grade: PO3–PO5   Team: Child Protection and Court, Kingsmere Civic Offices"),
        Heading("Person Specification", level=2),
        Para("How each criterion is assessed is shown by the letters after it: ᴬ application "
             "form   ᴵ interview   ᵂ written exercise   ᴰ documents seen at pre-employment "
             "checks. E = essential, D = desirable."),
        Table(rows=PAGE_1, widths=(30, 130, 20)),
        Para("Kingsmere Children's Services – Person Specification – Page 1 of 2", small=True),
        PageBreak(),
        Heading("Person Specification (continued)", level=2),
        Table(rows=PAGE_2, widths=(30, 130, 20)),
        Para("Only applicants who show in their application that they meet every essential "
             "criterion marked ᴬ will be shortlisted."),
        Para("Kingsmere Children's Services – Person Specification – Page 2 of 2", small=True),
    ),
    roles=(TruthRole("Social Worker – Child Protection and Court Team",
                     tuple(w for _, w in ALL)),),
)
