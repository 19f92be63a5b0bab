"""Essential | Desirable two-column table with footnote markers on criteria, footnotes under
it, and 'Notes for recruiting managers' that must not become criteria."""

from itertools import zip_longest

from tests.spec_corpus.helpers import (
    PLAIN,
    any_of,
    approved,
    driving,
    qual,
    reg,
    specialisms_any,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole

E, D = PLAIN.E, PLAIN.D

ESSENTIAL = [
    (E("Recognised qualification in Occupational Therapy", rule=qual("occupational_therapy")),
     ""),
    (E("Current HCPC registration", rule=reg("HCPC")), "*"),
    (E("Evidence of specialist practice in housing, paediatrics or moving and handling",
       rule=any_of(specialisms_any("housing", "paediatrics", "moving and handling"),
                   approved("practice_educator"))), "**"),
    (E("Experience of supervising staff and students"), ""),
    (E("Ability to manage a complex caseload and support colleagues with theirs"), ""),
    (E("Full driving licence", rule=driving(disability=True)), "***"),
]
DESIRABLE = [
    (D("Practice Educator award, or willingness to complete it", rule=approved(
        "practice_educator", commitment=True)), "**"),
    (D("Experience of working in an integrated health and social care team"), ""),
    (D("Experience of using electronic drawing software for adaptations"), ""),
]

DOCUMENT = CorpusDocument(
    name="footnotes_senior_ot",
    layout="footnotes and notes to managers",
    formats=("docx", "pdf"),
    description="Senior OT; footnote markers, footnotes, notes to recruiting managers.",
    blocks=(
        Heading("Senior Occupational Therapist (G10)"),
        Heading("Person specification", level=2),
        Table(rows=(("Essential", "Desirable"),
                    *((f"{e.text}{em}" if e else "", f"{d.text}{dm}" if d else "")
                      for (e, em), (d, dm) in zip_longest(ESSENTIAL, DESIRABLE,
                                                          fillvalue=(None, "")))),
              widths=(95, 85)),
        Para("* Applicants awaiting HCPC registration will be considered, but cannot take up "
             "post until registered.", small=True),
        Para("** At least one of a specialist area of practice or the Practice Educator award "
             "must be evidenced.", small=True),
        Para("*** Or the ability to travel across the county by other means where a disability "
             "prevents driving.", small=True),
        Heading("Notes for recruiting managers", level=3),
        Para("Please use this specification when shortlisting and record your scores on the "
             "shortlisting matrix. Do not add criteria that are not in this document."),
        Para("Contact HR Advisory on extension 4411 before amending the specification."),
    ),
    roles=(TruthRole("Senior Occupational Therapist (G10)",
                     tuple(w for w, _ in (*ESSENTIAL, *DESIRABLE))),),
)
