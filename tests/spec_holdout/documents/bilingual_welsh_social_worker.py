"""Welsh county council, bilingual person specification: every heading, category row and
criterion cell is in Welsh then English (the Welsh line above the English line in the same
cell). Columns "Meini Prawf / Criteria | Hanfodol / Essential | Dymunol / Desirable | Dull
Asesu / Assessment", a tick in the column that applies.

What makes it hard: the criterion texts are the English lines only (the Welsh line of the same
cell is the same criterion, not another one); the assessment key is Welsh first and its
letters mean something else than in English specifications: "C" is Cyfweliad (interview), not
certificate, "T" is Tystysgrifau (certificates), not test, "Pr" is Prawf (test) and "Ff" is
Ffurflen gais (application form). Two Welsh-language criteria at different levels, one
essential (Level 2, Foundation) and one desirable (Level 4, Advanced). A bilingual DBS
sentence after the table is a note, not a criterion.
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
    welsh,
    years,
)
from tests.spec_corpus.model import CorpusDocument, Heading, Para, Table, TruthRole, Want

KEY = Legend({"FF": APP, "C": IV, "T": DOC, "PR": TEST})
E, D = KEY.E, KEY.D

# (category, [(Welsh text, criterion with the English text)])
GROUPS: list[tuple[str, list[tuple[str, Want]]]] = [
    ("Cymwysterau / Qualifications", [
        ("Gradd mewn Gwaith Cymdeithasol neu gymhwyster cyfatebol",
         E("Degree in Social Work or an equivalent qualification", "Ff/T",
           rule=qual("social_work"))),
        ("Wedi cofrestru gyda Gofal Cymdeithasol Cymru fel Gweithiwr Cymdeithasol",
         E("Registered with Social Care Wales as a Social Worker", "Ff/T", rule=reg("SCW"))),
        ("Dyfarniad Asesydd Budd Pennaf",
         D("Best Interests Assessor award", "Ff/T", rule=approved("BIA"))),
        ("Cymhwyster Addysgwr Ymarfer, neu ymrwymiad i'w gwblhau",
         D("Practice Educator qualification, or a commitment to complete it", "Ff",
           rule=approved("practice_educator", commitment=True))),
    ]),
    ("Profiad / Experience", [
        ("O leiaf blwyddyn o brofiad ôl-gymhwyso mewn lleoliad gofal cymdeithasol statudol",
         E("At least one year's post-qualifying experience in a statutory social care setting",
           "Ff/C", rule=years(1, pq=True))),
        ("Profiad o asesu a chynllunio gofal a chymorth o dan Ddeddf Gwasanaethau Cymdeithasol "
         "a Llesiant (Cymru) 2014",
         E("Experience of assessment and care and support planning under the Social Services "
           "and Well-being (Wales) Act 2014", "Ff/C")),
        ("Profiad o weithio gydag oedolion ag anabledd dysgu",
         D("Experience of working with adults with a learning disability", "Ff/C")),
    ]),
    ("Gwybodaeth / Knowledge", [
        ("Gwybodaeth am Ddeddf Galluedd Meddyliol 2005 a'r Trefniadau Diogelu rhag Colli "
         "Rhyddid",
         E("Knowledge of the Mental Capacity Act 2005 and the Deprivation of Liberty "
           "Safeguards", "C/Pr")),
        ("Dealltwriaeth o ymarfer sy'n seiliedig ar gryfderau a sgyrsiau 'Beth sy'n Bwysig'",
         E("Understanding of strengths-based practice and 'What Matters' conversations", "C")),
    ]),
    ("Sgiliau a Galluoedd / Skills and Abilities", [
        ("Y gallu i ysgrifennu asesiadau ac adroddiadau clir a chywir",
         E("Ability to write clear and accurate assessments and reports", "Pr")),
        ("Sgiliau TG da, gan gynnwys defnyddio WCCIS",
         E("Good IT skills, including use of WCCIS", "Ff/Pr")),
    ]),
    ("Iaith Gymraeg / Welsh Language", [
        ("Sgiliau Cymraeg Lefel 2 (Sylfaen) mewn gwrando a siarad",
         E("Welsh language skills at Level 2 (Foundation) in listening and speaking", "Ff/C",
           rule=welsh("foundation"))),
        ("Sgiliau Cymraeg Lefel 4 (Uwch) neu uwch",
         D("Welsh language skills at Level 4 (Advanced) or above", "Ff/C",
           rule=welsh("advanced"))),
    ]),
    ("Arall / Other", [
        ("Trwydded yrru lawn a mynediad at gerbyd, neu'r gallu i deithio o amgylch y sir mewn "
         "ffordd arall os yw anabledd yn eich atal rhag gyrru",
         E("Full driving licence and access to a vehicle, or the ability to travel around the "
           "county by other means where a disability prevents you from driving", "Ff",
           rule=driving(transport=True, disability=True))),
        ("Ymrwymiad i gydraddoldeb, amrywiaeth a chynhwysiant",
         E("Commitment to equality, diversity and inclusion", "C")),
    ]),
]


def _rows() -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for category, pairs in GROUPS:
        rows.append((category,))
        for cymraeg, want in pairs:
            essential = want.priority.value == "essential"
            rows.append((f"{cymraeg}\n{want.text}", "✓" if essential else "",
                         "" if essential else "✓", want.code))
    return rows


DOCUMENT = CorpusDocument(
    name="bilingual_welsh_social_worker",
    layout="bilingual Welsh/English table",
    formats=("docx", "pdf"),
    description="Welsh county council adult social worker; Welsh above English in every cell, "
                "Welsh assessment key (C = interview, T = certificates).",
    blocks=(
        Para("CYNGOR SIR DYFFRYN / DYFFRYN COUNTY COUNCIL", bold=True),
        Heading("Manyleb Person / Person Specification"),
        Para("Swydd / Post: Gweithiwr Cymdeithasol / Social Worker - Tîm Oedolion / Adult Team"),
        Para("Gradd / Grade: 9   Cyfeirnod / Reference: GC/ASC/118"),
        Para("Dull asesu / Method of assessment: Ff = Ffurflen gais / Application form;  "
             "C = Cyfweliad / Interview;  T = Tystysgrifau / Certificates;  "
             "Pr = Prawf / Test", small=True),
        Table(rows=(("Meini Prawf / Criteria", "Hanfodol / Essential", "Dymunol / Desirable",
                     "Dull Asesu / Assessment"), *_rows()),
              widths=(112, 22, 22, 24)),
        Para("Bydd angen gwiriad manwl gan y Gwasanaeth Datgelu a Gwahardd (DBS) ar gyfer y "
             "swydd hon. / This post requires an enhanced Disclosure and Barring Service (DBS) "
             "check.", small=True),
        Para("Mae'r ddogfen hon ar gael yn Gymraeg ac yn Saesneg. / This document is available "
             "in Welsh and in English.", small=True),
    ),
    roles=(TruthRole("Social Worker - Adult Team",
                     tuple(w for _, pairs in GROUPS for _, w in pairs)),),
)
