"""English county council, Best Interests Assessor (DoLS team, advanced practitioner grade): a
competency framework. Four sections headed "Knowledge", "Skills", "Experience" and "Values
and behaviours", each a three-column table Competency / Level expected / Assessed via, the
level a letter E or D and the assessment a list of codes "AF, I, T". The professional
qualifications sit under "Knowledge", not in a section of their own. The key to the letters
and codes comes only at the very END, on the last page after a page break, under "Key".

What makes it hard: "Level expected" is the priority column but is not called essential or
desirable until the key on the last page; "Assessed via" codes are defined after they are
used; one criterion combines qualification and registration; "at least 20 ... in the last two
years" is a count, not years of experience; a framework preamble about the council's
competency levels (which are NOT the E/D levels) before the tables.

Recruiter's reading:
- Key (last page): E = essential, D = desirable; AF = application form, I = interview,
  T = written test, P = presentation, C = certificates seen (documentation).
- "Qualified Social Worker, Occupational Therapist or Nurse with current registration with
  Social Work England, the HCPC or the NMC": all of (social work, occupational therapy or
  nursing qualification) and (SWE, HCPC or NMC registration).
- "Best Interests Assessor qualification (or completion of BIA training before the start
  date)": BIA, training accepted.
- "Approved Mental Capacity Professional (AMCP) training, or willingness to undertake it when
  Liberty Protection Safeguards are introduced": AMCP, commitment accepted.
- "Minimum of three years' post-qualification experience in adult social care or health":
  3 years post-qualification, domain adult social care or health.
- "Experience of completing at least 20 best interests assessments in the last two years":
  evidence (no years rule).
- "Experience as an AMHP": AMHP held.
- "Practice Educator Stage 1, or willing to undertake": practice educator, commitment
  accepted.
- The travel criterion: driving with access to a vehicle and the disability alternative.
- "Enhanced DBS check with adults' barred list": DBS.
"""

from criteria.spec import Priority
from tests.spec_corpus.helpers import (
    APP,
    DOC,
    IV,
    PRES,
    TEST,
    Legend,
    all_of,
    approved,
    check,
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

TITLE = "Best Interests Assessor – Advanced Practitioner, DoLS Team (Grade 12)"
L = Legend({"AF": APP, "I": IV, "T": TEST, "P": PRES, "C": DOC})

GROUPS: list[tuple[str, list[Want]]] = [
    ("Knowledge", [
        L.E("Qualified Social Worker, Occupational Therapist or Nurse with current "
            "registration with Social Work England, the HCPC or the NMC", "AF, C",
            rule=all_of(qual("social_work", "occupational_therapy", "nursing"),
                        reg("SWE", "HCPC", "NMC"))),
        L.E("Best Interests Assessor qualification (or completion of BIA training before the "
            "start date)", "AF, C", rule=approved("BIA", training=True)),
        L.D("Approved Mental Capacity Professional (AMCP) training, or willingness to "
            "undertake it when Liberty Protection Safeguards are introduced", "AF",
            rule=approved("AMCP", commitment=True)),
        L.E("Detailed knowledge of the Mental Capacity Act 2005, the DoLS Code of Practice and "
            "relevant case law, including Cheshire West", "I, T"),
        L.D("Knowledge of the Mental Health Act 1983 interface with DoLS, including "
            "eligibility assessments", "I"),
    ]),
    ("Skills", [
        L.E("Ability to produce legally sound Form 3 assessments within statutory timescales",
            "T"),
        L.E("Ability to communicate with people who lack capacity, using advocates and "
            "interpreters where needed", "I"),
        L.E("Ability to present and defend your conclusions to managing authorities, families "
            "and the Court of Protection", "P"),
        L.D("Ability to train and mentor newly qualified BIAs", "I"),
    ]),
    ("Experience", [
        L.E("Minimum of three years' post-qualification experience in adult social care or "
            "health", "AF", rule=years(3, pq=True, domain="adult social care or health")),
        L.E("Experience of completing at least 20 best interests assessments in the last two "
            "years", "AF, I"),
        L.D("Experience as an AMHP", "AF", rule=approved("AMHP")),
        L.D("Practice Educator Stage 1, or willing to undertake", "AF",
            rule=approved("practice_educator", commitment=True)),
    ]),
    ("Values and behaviours", [
        L.E("Commitment to promoting human rights and the least restrictive option for the "
            "people we assess", "I"),
        L.E("Willing to travel across the county, holding a full driving licence with access "
            "to a vehicle, or the ability to travel across the county in a timely manner",
            "AF", rule=driving(transport=True, disability=True)),
        L.E("Enhanced DBS check with adults' barred list", "C", rule=check("dbs")),
    ]),
]

BLOCKS: list = [
    Para("Northmoor County Council", bold=True),
    Para("Adults and Health – Deprivation of Liberty Safeguards Team"),
    Heading("Role Profile: Person Specification"),
    Para(f"Role: {TITLE}.   Competency level: Level 3 (Expert).   Role ref: AH-DOLS-12"),
    Para("Northmoor's Practice Competency Framework describes every role at one of four "
         "levels: Level 1 Foundation, Level 2 Practitioner, Level 3 Expert and Level 4 "
         "Strategic. The competencies below are those expected of this role."),
]
WANTS: list[Want] = []
for section, wants in GROUPS:
    BLOCKS.append(Heading(section, level=2))
    rows = [("Competency", "Level expected", "Assessed via")]
    rows += [(w.text, "E" if w.priority is Priority.essential else "D", w.code)
             for w in wants]
    BLOCKS.append(Table(tuple(rows), widths=(70, 14, 16), txt="tabs"))
    WANTS += wants
BLOCKS += [
    PageBreak(),
    Heading("Key", level=2),
    Para("Level expected: E – essential (you must meet this to be shortlisted or appointed); "
         "D – desirable (used to decide between candidates who meet all the essential "
         "criteria)."),
    Para("Assessed via: AF – application form; I – interview; T – written test; "
         "P – presentation; C – certificates, registration and DBS seen before appointment."),
    Para("Northmoor County Council is a Disability Confident Employer and guarantees an "
         "interview to disabled applicants who meet the essential criteria.", small=True),
]

DOCUMENT = CorpusDocument(
    name="ksev_framework_codes_key_at_foot_county_bia",
    layout="competency framework: Knowledge / Skills / Experience / Values and behaviours "
           "tables Competency | Level expected (E/D) | Assessed via (codes), key on the last "
           "page",
    formats=("docx", "pdf", "txt"),
    description="English county council BIA advanced practitioner; E/D and stage codes "
                "defined only in a key after a page break.",
    blocks=tuple(BLOCKS),
    roles=(TruthRole(TITLE, tuple(WANTS)),),
)
