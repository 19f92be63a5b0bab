"""The capabilities of the behavioural suite: what a careful UK social care recruiter reads from a
supporting statement, one capability per kind of sentence.

Every template's acceptable verdicts were written from the recruiter's reading (and the verdict
conventions of docs/scoring.md) before the engine saw it. Conventions: a statement silent about
the applicant's own fact (only someone else's) is ``not_met`` and marked for review; pending,
studying or committed is ``partly_met`` unless the rule accepts training or a commitment (then
``met``); fewer years than asked, lapsed, suspended, removed or negated is ``not_met``. The
reference date is 2026-11-22.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import Literal

from criteria.spec import Criterion, Priority, RoleSpec, Scale
from tests.behaviour import statements as st
from tests.behaviour.criteria import CRITERIA, LEVELS, MIN_YEARS, MONTH_NUMBER, OTHER_PROFESSIONS
from tests.behaviour.criteria import POOLS as BASE_POOLS
from tests.behaviour.suite import (
    ALL_VERDICTS,
    MET,
    NOT_MET,
    PARTLY,
    Capability,
    Case,
    Slots,
    Template,
    draw_slots,
    fill,
    mft,
)

T = Template
REFERENCE_YEAR = 2026 + 10 / 12 + 22 / 365  # 2026-11-22 as a fractional year
NOT_OR_PARTLY = frozenset({"not_met", "partly_met"})
MET_OR_PARTLY = frozenset({"met", "partly_met"})


# --- helpers ---------------------------------------------------------------------------------

ONES = re.findall(
    r"\w+",
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen",
)
TENS = {2: "twenty", 3: "thirty", 4: "forty"}


def number_words(n: int, rng: random.Random) -> str:
    """``n`` in words, as applicants write them: "twenty-one", "twenty one", "thirty two"."""
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    if ones == 0:
        return TENS[tens]
    return TENS[tens] + rng.choice(["-", " "]) + ONES[ones]


def build(facts: Sequence[str], rng: random.Random, criterion: str) -> str:
    """A statement whose neutral sentences fit the profession the criterion is for."""
    if "ot" in criterion.split("_"):
        pool = "ot"
    elif any(word in criterion for word in ("sw", "scw", "asye", "role")):
        pool = "sw"
    else:
        pool = rng.choice(["ot", "sw"])
    return st.statement(facts, rng, pool)


def years_verdict(low: float, high: float, minimum: float) -> frozenset[str] | None:
    """met when even the shortest reading reaches the minimum, not met (for review) when even the
    longest falls short; None (draw again) when the dates are too close to the threshold."""
    if low - minimum >= 0.25:
        return MET
    if minimum - high >= 0.25 and high > 0:
        return NOT_MET
    return None


def span_since(year: int, month: str | None = None) -> tuple[float, float]:
    """Years from a start (a month or a whole year) to the reference date."""
    if month is not None:
        start = year + (MONTH_NUMBER[month] - 1) / 12
        return REFERENCE_YEAR - start - 1 / 12, REFERENCE_YEAR - start
    return REFERENCE_YEAR - year - 1, REFERENCE_YEAR - year


def _capability(
    cid: str, description: str, templates: Sequence[Template], **pools: Sequence[str]
) -> Capability:
    merged = {**BASE_POOLS, **pools}
    return Capability(cid, "mft", description, mft(templates, CRITERIA, merged, build))


def _both_rules(
    facts: Sequence[tuple[str, ...]], strict: str, lenient: str, strict_accept: frozenset[str],
    why: str,
) -> list[Template]:
    """Each fact against a rule that does not accept training/commitment and one that does."""
    return [
        template
        for fact in facts
        for template in (
            T(fact, strict_accept, why + " (the rule does not accept it)", strict),
            T(fact, MET, why + " (the rule accepts it)", lenient),
        )
    ]


# --- held registration -----------------------------------------------------------------------

REGISTRATION_HELD_HCPC = [
    T(("I am registered with the {hcpc} as {a_ot} ({ot_number}).",), MET, "held, own, current",
      "reg_hcpc_ot"),
    T(("I have been an HCPC registered {ot} since {year_past}.",), MET, "held since a date",
      "reg_hcpc_ot"),
    T(("I have been on the Health Professions Council register since {year_hpc} and I have "
       "renewed it every two years as an occupational therapist.",), MET,
      "former name (HPC) of the HCPC", "reg_hcpc_ot"),
    T(("HPC registered OT since {year_hpc} ({ot_number}), now HCPC.",), MET,
      "HPC abbreviation and an OT number", "reg_hcpc_ot"),
    T(("HCPC registration: {ot_number} (current).",), MET, "a bullet with an OT number",
      "reg_hcpc_ot"),
    T(("My registration with the {hcpc} as {a_ot} is current and my number is {ot_number}.",),
      MET, "stated current with number", "reg_hcpc_ot"),
    T(("I was registered by the HCPC as {a_ot} in {year_past} and my registration has been "
       "maintained ever since.",), MET, "passive voice, maintained", "reg_hcpc_ot"),
    T(("Registered Occupational Therapist (HCPC {ot_number}).",), MET, "title line",
      "reg_hcpc_ot"),
    T(("As an HCPC-registered {ot}, I am accountable for my own practice.",), MET,
      "the applicant described as registered", "reg_hcpc_ot"),
    T(("I hold current registration with the {hcpc} as {a_ot} ({ot_number}).",), MET,
      "hold registration", "reg_hcpc_ot"),
    T(("I qualified as {a_ot} in {year_past} and registered with the HCPC straight away; my "
       "registration number is {ot_number}.",), MET, "registered on qualifying, number given",
      "reg_hcpc_ot"),
    T(("{ot_number} is my HCPC registration number, and I have practised as {a_ot} under it "
       "since {year_past}.",), MET, "clause order: number first", "reg_hcpc_ot"),
    T(("I am an occupational therapist and I am registered with the {hcpc}.",), MET,
      "two clauses", "reg_hcpc_ot"),
]

REGISTRATION_HELD_SW = [
    T(("I am registered with Social Work England ({sw_number}).",), MET, "held with SWE",
      "reg_swe"),
    T(("I have been a registered social worker with Social Work England since {year_swe}.",),
      MET, "held since", "reg_swe"),
    T(("Social Work England registration number: {sw_number}.",), MET, "a bullet with number",
      "reg_swe"),
    T(("I am registered with Social Care Wales as a social worker.",), MET, "held with SCW",
      "reg_scw"),
    T(("I have been registered with the Care Council for Wales, now Social Care Wales, since "
       "{year_past}.",), MET, "former name of Social Care Wales", "reg_scw"),
    T(("I am a registered social worker (Social Work England, {sw_number}).",), MET,
      "registered social worker", "reg_sw_any"),
    T(("My registration with Social Work England is current and I renew it every year.",), MET,
      "current, renewed", "reg_swe"),
    T(("I transferred my registration from the HCPC to Social Work England in 2019 and it "
       "remains current.",), MET, "transferred to SWE", "reg_swe"),
    T(("Registered with SWE since {year_swe}, number {sw_number}.",), MET, "SWE abbreviation",
      "reg_swe"),
    T(("I am an SWE-registered social worker.",), MET, "hyphenated adjective", "reg_swe"),
    T(("I am registered as a social worker with Social Care Wales and I work in Welsh and "
       "English.",), MET, "SCW, either body accepted", "reg_sw_any"),
    T(("Since {year_swe} I have been registered with Social Work England.",), MET,
      "fronted time phrase", "reg_swe"),
]

# --- someone else's fact -----------------------------------------------------------------------

WHY_OTHER = "only someone else's; the applicant's own status is not stated"
OTHER_REGISTRATION = [
    T((f,), NOT_MET, WHY_OTHER, crit, needs_review=True)
    for f, crit in (
        ("I work closely with HCPC-registered occupational therapists in the hospital team.",
         "reg_hcpc_ot"),
        ("I am supervised by a registered social worker.", "reg_swe"),
        ("I am supervised by an occupational therapist who is registered with the {hcpc}.",
         "reg_hcpc_ot"),
        ("My manager, who is registered with Social Work England, signs off my assessments.",
         "reg_swe"),
        ("As a support worker I take direction from HCPC registered OTs.", "reg_hcpc_ot"),
        ("Our team includes three occupational therapists registered with the {hcpc}.",
         "reg_hcpc_ot"),
        ("I assist the registered social workers in my team with reviews.", "reg_swe"),
        ("I checked that agency staff were registered with Social Work England before they "
         "started.", "reg_swe"),
        ("My daughter has recently registered with the HCPC as an occupational therapist.",
         "reg_hcpc_ot"),
        ("I refer people to our HCPC registered physiotherapists and OTs.", "reg_hcpc_ot"),
        ("I shadowed a practitioner registered with Social Work England during my induction.",
         "reg_swe"),
        ("Every OT I support as an assistant is registered with the HCPC.", "reg_hcpc_ot"),
        ("The social workers I work beside are all registered with Social Care Wales.",
         "reg_scw"),
    )
]
OTHER_ROLE = [
    T((f,), NOT_MET, WHY_OTHER, crit, needs_review=True)
    for f, crit in (
        ("An AMHP manages our team.", "role_any"),
        ("My manager is a Practice Educator and has supported my development.", "role_any"),
        ("I work alongside AMHPs when people need a Mental Health Act assessment.", "role_any"),
        ("I often liaise with the Best Interests Assessor when a DoLS authorisation is needed.",
         "role_any"),
        ("I was supervised by a Practice Educator during my final placement.", "role_any"),
        ("Our team has two BIAs and an AMCP, and I refer complex cases to them.", "role_any"),
        ("The AMHP on duty asked me to support the family during the assessment.", "role_any"),
        ("I arranged the interview with the approved mental health professional and the "
         "doctors.", "role_amhp"),
        ("My colleague recently qualified as a BIA and I shadowed some of her assessments.",
         "role_any"),
        ("Decisions like these are reviewed by a Best Interests Assessor from the council.",
         "role_any"),
        ("I book the AMHP and make sure the paperwork is ready.", "role_amhp"),
        ("I have learnt a great deal from the Practice Educators I have worked with.",
         "role_any_commit"),
        ("My team leader is a warranted AMHP.", "role_amhp"),
    )
]
OTHER_QUALIFICATION = [
    T((f,), NOT_MET, WHY_OTHER, crit, needs_review=True)
    for f, crit in (
        ("I support OT students who are studying for their BSc (Hons) Occupational Therapy.",
         "qual_ot"),
        ("My colleague holds a BSc in Occupational Therapy and has mentored me.", "qual_ot"),
        ("My manager completed her MA in Social Work at {uni} and encouraged me to apply.",
         "qual_sw"),
        ("I work as an assistant to occupational therapists with DipCOT and BSc qualifications.",
         "qual_ot"),
        ("My sister is studying for a BA in Social Work at {uni}.", "qual_sw"),
        ("The social workers I support all hold a degree in social work.", "qual_sw"),
        ("Our Step Up to Social Work trainees shadow me on visits.", "qual_sw"),
        ("My husband qualified as an occupational therapist from {uni} in {year_past}.",
         "qual_ot"),
        ("My mentor has a social work degree from {uni} and twenty years in practice.",
         "qual_sw"),
        ("I helped a colleague prepare her portfolio for the MSc Occupational Therapy.",
         "qual_ot"),
        ("Several of the carers I supervise hold an NVQ Level 3 in Health and Social Care.",
         "qual_hsc3"),
    )
]

# --- a "not" that belongs to another verb ------------------------------------------------------

WHY_NEG = "the negation governs another verb; the fact itself is held"
NEGATION_CREDENTIALS = [
    T((f,), MET, WHY_NEG, crit)
    for f, crit in (
        ("I did not enjoy my first placement, but I am registered with Social Work England "
         "({sw_number}).", "reg_swe"),
        ("Although I have not worked in a hospital before, I am an HCPC registered {ot}.",
         "reg_hcpc_ot"),
        ("I don't have experience with children, but I hold a BSc (Hons) Occupational Therapy "
         "from {uni}.", "qual_ot"),
        ("While I have never worked in Wales, I am registered with the {hcpc} as {a_ot} "
         "({ot_number}).", "reg_hcpc_ot"),
        ("I could not attend my graduation ceremony, but I was awarded my MA Social Work by "
         "{uni} in {year_past}.", "qual_sw"),
        ("Although I did not expect to enjoy mental health work, I qualified as an AMHP in "
         "{year_past} and I love the role.", "role_any"),
        ("I do not take my responsibilities lightly: I am registered with Social Work England "
         "and follow its professional standards.", "reg_swe"),
        ("Nobody in my family had been to university, yet I graduated with a BSc in "
         "Occupational Therapy in {year_past}.", "qual_ot"),
        ("I am not a manager, but I am a qualified Best Interests Assessor.", "role_any"),
        ("It was not an easy decision to move into adult services, but I hold a DipSW and I "
         "have practised ever since.", "qual_sw"),
        ("I have not always worked in the public sector; I am an HCPC registered occupational "
         "therapist and spent my early career in private practice.", "reg_hcpc_ot"),
        ("I don't give up easily, which helped me complete my Practice Educator award in "
         "{year_past}.", "role_any"),
    )
]
NEGATION_DRIVING = [
    T((f,), MET, WHY_NEG, crit)
    for f, crit in (
        ("Although I do not enjoy motorway driving, I hold a full UK driving licence and have "
         "my own car.", "drive_access"),
        ("I don't mind long journeys: I hold a full driving licence and have access to a car.",
         "drive_access"),
        ("I have not had an accident in my life, and I hold a full clean driving licence.",
         "drive"),
        ("I do not live near the office, but I have a full UK licence and my own car, so "
         "travelling is no problem.", "drive_access"),
        ("Public transport is not reliable in rural areas, so I use my own car; I have held a "
         "full driving licence since {year_licence}.", "drive_access"),
        ("I am not someone who is late for visits: I have a full driving licence and a "
         "reliable car.", "drive_access"),
        ("I did not pass my driving test first time, but I have held a full licence since "
         "{year_licence}.", "drive"),
        ("Parking is not always easy in the city centre, but I have my own car and a full "
         "driving licence.", "drive_access"),
        ("I do not work weekends at present, and I hold a full UK driving licence.", "drive"),
        ("I wouldn't describe myself as a confident city driver, but I have a full driving "
         "licence and access to a car.", "drive_access"),
    )
]
DOUBLE_NEGATIVE = [
    T(fs, MET, "a double negative: never lapsed means held", crit)
    for fs, crit in (
        (("I have never let my HCPC registration lapse since I qualified as {a_ot} in "
          "{year_past}.",), "reg_hcpc_ot"),
        (("I work as an occupational therapist in a community team.",
          "My registration with the {hcpc} has never lapsed."), "reg_hcpc_ot"),
        (("At no point has my Social Work England registration lapsed.",), "reg_swe"),
        (("I have been registered with the {hcpc} as {a_ot} since {year_past} and have never "
          "been suspended or removed from the register.",), "reg_hcpc_ot"),
        (("I have never had my registration with Social Work England suspended or "
          "restricted.",), "reg_swe"),
        (("I have not once allowed my HCPC registration as {a_ot} to lapse.",), "reg_hcpc_ot"),
        (("I have never had any points on my full driving licence.",), "drive"),
        (("I have never been without a full driving licence since I passed my test in "
          "{year_licence}.",), "drive"),
        (("There has never been a gap in my registration with Social Work England "
          "({sw_number}).",), "reg_swe"),
        (("I am a social worker and I have never let my registration with Social Work England "
          "lapse.",), "reg_swe"),
        (("My AMHP warrant has never lapsed since I was first approved in {year_past}.",),
         "role_any"),
        (("I have never failed to renew my HCPC registration as {a_ot} ({ot_number}).",),
         "reg_hcpc_ot"),
    )
]

# --- registration status -----------------------------------------------------------------------

WHY_PENDING = "applied for, not yet registered: pending"
REGISTRATION_PENDING = [
    T(fs, PARTLY, WHY_PENDING, crit, needs_review=True)
    for fs, crit in (
        (("I completed my BSc (Hons) Occupational Therapy at {uni} in July 2026.",
          "HCPC registration: applied for, awaiting outcome."), "reg_hcpc_ot"),
        (("I have applied to the HCPC for registration as {a_ot} and I am awaiting my "
          "registration number.",), "reg_hcpc_ot"),
        (("My application to join the Social Work England register was submitted in "
          "September and is being processed.",), "reg_swe"),
        (("I am awaiting my registration number from Social Work England.",), "reg_swe"),
        (("I am a newly qualified occupational therapist and my HCPC registration is "
          "pending.",), "reg_hcpc_ot"),
        (("My Social Work England registration is pending.",), "reg_swe"),
        (("I submitted my application for HCPC registration as {a_ot} last month.",),
         "reg_hcpc_ot"),
        (("Registration with Social Care Wales has been applied for and I expect confirmation "
          "shortly.",), "reg_scw"),
        (("I graduated in the summer as {a_ot} and have applied to the HCPC; I expect my "
          "registration to be confirmed before the start date.",), "reg_hcpc_ot"),
        (("Social Work England are currently processing my application for registration.",),
         "reg_swe"),
        (("Having finished my MA Social Work this summer, I have applied to register with Social "
          "Work England.",), "reg_swe"),
        (("I am a student occupational therapist and will be eligible to register with the HCPC "
          "when I graduate in July 2027.",), "reg_hcpc_ot"),
    )
]
REGISTRATION_SUSPENDED = [
    T(fs, NOT_MET, "suspended: cannot practise now", crit)
    for fs, crit in (
        (("I am an occupational therapist.",
          "My HCPC registration is currently suspended pending a fitness to practise "
          "hearing."), "reg_hcpc_ot"),
        (("The HCPC suspended my registration as {a_ot} in {month} 2026 while an "
          "investigation takes place.",), "reg_hcpc_ot"),
        (("I am registered with Social Work England but my registration is suspended until the "
          "outcome of a hearing.",), "reg_swe"),
        (("My registration with Social Work England has been suspended since {month} 2026.",),
         "reg_swe"),
        (("An interim suspension order was placed on my HCPC registration as {a_ot} in "
          "{month} 2026.",), "reg_hcpc_ot"),
        (("I was an HCPC registered OT until my registration was suspended earlier this "
          "year.",), "reg_hcpc_ot"),
        (("Social Care Wales suspended my registration in 2026 and the suspension is still in "
          "place.",), "reg_scw"),
        (("I am currently suspended from the Social Work England register.",), "reg_swe"),
        (("My registration ({sw_number}) is suspended at present.",), "reg_swe"),
        (("HCPC registration: {ot_number}, currently suspended.",), "reg_hcpc_ot"),
    )
]
REGISTRATION_REMOVED = [
    T(fs, NOT_MET, "removed from the register: not registered", crit)
    for fs, crit in (
        (("I was struck off the HCPC register as {a_ot} in {year_recent}.",), "reg_hcpc_ot"),
        (("My name was removed from the Social Work England register in {year_recent}.",),
         "reg_swe"),
        (("Social Work England removed me from the register in {year_recent} after a fitness "
          "to practise hearing.",), "reg_swe"),
        (("I voluntarily removed myself from the HCPC register when I left practice as {a_ot} "
          "in {year_recent}.",), "reg_hcpc_ot"),
        (("I was previously registered with the HCPC as {a_ot}, but I was removed from the "
          "register in {year_recent} for non-payment of fees.",), "reg_hcpc_ot"),
        (("I am no longer on the Social Care Wales register, having been removed in "
          "{year_recent}.",), "reg_scw"),
        (("I was registered with Social Work England until {year_recent}, when I was struck "
          "off.",), "reg_swe"),
        (("Following a hearing, the HCPC removed my name from the register of occupational "
          "therapists in {month} {year_recent}.",), "reg_hcpc_ot"),
        (("I was an HCPC registered {ot} for many years before I was removed from the register "
          "in {year_recent}.",), "reg_hcpc_ot"),
    )
]
LAPSE_BEFORE_CLAIM = [
    *[
        T(fs, NOT_MET, "lapsed; the later mention is of the past", crit)
        for fs, crit in (
            (("My HCPC registration lapsed in {year_lapse} when I left the NHS.",
              "Before that I was an HCPC registered {ot} in acute and community teams."),
             "reg_hcpc_ot"),
            (("I let my registration with Social Work England lapse in {year_lapse}.",
              "I had been a registered social worker since 2020."), "reg_swe"),
            (("My registration lapsed in {year_lapse} while I was caring for my mother.",
              "During my time as an HCPC-registered occupational therapist I worked in acute "
              "and community teams."), "reg_hcpc_ot"),
            (("I have allowed my HCPC registration to lapse.",
              "I was registered with the HCPC as {a_ot} ({ot_number}) from {year_past}."),
             "reg_hcpc_ot"),
            (("Since {year_lapse} I have not been on the Social Work England register.",
              "I was registered with Social Work England ({sw_number}) until then."),
             "reg_swe"),
        )
    ],
    *[
        T(fs, ALL_VERDICTS, "a lapse then a present claim with no restoration: ask",
          crit, needs_review=True)
        for fs, crit in (
            (("I let my registration lapse in {year_lapse}.",
              "I am an HCPC registered occupational therapist."), "reg_hcpc_ot"),
            (("My Social Work England registration lapsed in {year_lapse}.",
              "I am a registered social worker with a varied caseload."), "reg_swe"),
            (("My registration has lapsed.",
              "I am registered with the {hcpc} as {a_ot} ({ot_number})."), "reg_hcpc_ot"),
        )
    ],
]
LAPSE_AFTER_CLAIM = [
    T(fs, NOT_MET, "registered, then lapsed: not registered now", crit)
    for fs, crit in (
        (("I qualified as {a_ot} in {year_past} and registered with the HCPC ({ot_number}).",
          "My registration lapsed in {year_lapse} when I left practice to care for my father."),
         "reg_hcpc_ot"),
        (("I am an HCPC registered OT with a background in acute care.",
          "However, I let my registration lapse in {year_lapse} and I have not yet renewed it."),
         "reg_hcpc_ot"),
        (("I was registered with Social Work England from 2020.",
          "My registration lapsed in {year_lapse} and I am not currently registered."),
         "reg_swe"),
        (("I registered with the HCPC as {a_ot} in {year_past}.",
          "My registration has since lapsed."), "reg_hcpc_ot"),
        (("Social Work England registration: {sw_number} (lapsed {month} {year_lapse}).",),
         "reg_swe"),
        (("I hold a BSc (Hons) Occupational Therapy and I was registered with the HCPC.",
          "My registration lapsed during a career break and I plan to complete a return to "
          "practice course."), "reg_hcpc_ot"),
        (("I have been a registered social worker with Social Care Wales.",
          "Unfortunately my registration lapsed in {year_lapse} because I missed the renewal "
          "deadline."), "reg_scw"),
    )
]


def _dated_pair(slots: Slots, rng: random.Random) -> Slots:
    first = rng.randint(2012, 2022)
    return {"y1": str(first), "y2": str(rng.randint(first + 1, 2025))}


LATEST_STATUS = [
    T(fs, accept, why, crit, derive=_dated_pair)
    for fs, accept, why, crit in (
        (("My HCPC registration as {a_ot} lapsed in {y1} during a career break.",
          "I completed a return to practice course and re-registered in {month} {y2}, and my "
          "registration is current ({ot_number})."), MET, "lapsed, then restored", "reg_hcpc_ot"),
        (("Since re-registering with Social Work England in {y2}, I have worked in a hospital "
          "team.", "My registration had lapsed in {y1} while I lived abroad."), MET,
         "restored (stated first), lapse earlier", "reg_swe"),
        (("I registered with the HCPC as {a_ot} in {y1}.",
          "I was removed from the register in {y2}."), NOT_MET, "registered, then removed",
         "reg_hcpc_ot"),
        (("My Social Work England registration was suspended in {y1}.",
          "The suspension ended in {y2} and I have practised without restriction since."), MET,
         "suspended, then lifted", "reg_swe"),
        (("I first registered with the HCPC as {a_ot} in {y1}.",
          "My registration then lapsed in {y2} and has not been renewed."), NOT_MET,
         "registered, then lapsed", "reg_hcpc_ot"),
        (("My HCPC registration as {a_ot} lapsed in {y1}.",
          "I applied to rejoin the register in {month} 2026 and I am awaiting the outcome."),
         PARTLY, "lapsed, then applied: pending", "reg_hcpc_ot"),
        (("I was removed from the Social Work England register in {y1} for not paying my fee.",
          "I was restored to the register in {y2} and my registration is current."), MET,
         "removed, then restored", "reg_swe"),
        (("I have been registered with Social Work England since {y2}.",
          "Before that, my registration with the HCPC as a social worker had lapsed in {y1}."),
         MET, "current registration is the latest", "reg_swe"),
    )
]

# --- qualifications ----------------------------------------------------------------------------

QUALIFICATION_OT = [
    T((f,), MET, "an OT qualification held", crit)
    for f, crit in (
        ("I graduated with a BSc (Hons) Occupational Therapy from {uni} in {year_past}.",
         "qual_ot"),
        ("I hold a BSc (Hons) in Occupational Therapy ({uni}, {year_past}).", "qual_ot"),
        ("I qualified with a DipCOT in {dipcot_year}.", "qual_ot"),
        ("My DipCOT was awarded by {ot_school} in {dipcot_year}.", "qual_ot"),
        ("I completed the MSc Occupational Therapy (pre-registration) at {uni} in {year_past}.",
         "qual_ot_masters"),
        ("Qualifications: BSc (Hons) Occupational Therapy, 2:1, {uni}.", "qual_ot"),
        ("I was awarded a first class BSc in Occupational Therapy by {uni}.", "qual_ot"),
        ("I qualified as an occupational therapist through the degree apprenticeship at {uni} "
         "in {year_recent}.", "qual_ot"),
        ("After an earlier career in retail, I retrained and gained an MSc in Occupational "
         "Therapy (pre-reg) from {uni}.", "qual_ot_masters"),
        ("I have a degree in Occupational Therapy from {uni}.", "qual_ot"),
        ("MSc OT (pre-reg), {uni}, {year_past}.", "qual_ot_masters"),
        ("I hold a Bachelor of Science with Honours in Occupational Therapy.", "qual_ot"),
        ("My pre-registration MSc in Occupational Therapy was completed at {uni} in "
         "{year_past}.", "qual_ot"),
    )
]
QUALIFICATION_SW = [
    T((f,), MET, "a social work qualification held", "qual_sw")
    for f in (
        "I hold a BA (Hons) Social Work from {uni} ({year_past}).",
        "I qualified with an MA in Social Work from {uni} in {year_past}.",
        "I qualified as a social worker in {year_old_sw} with the DipSW.",
        "I qualified through the Step Up to Social Work programme in {year_recent}.",
        "I trained through Frontline and qualified as a social worker in {year_recent}.",
        "Qualifications: MA Social Work (distinction), {uni}.",
        "My BA in Social Work was awarded with first class honours by {uni}.",
        "I completed the Postgraduate Diploma in Social Work through Frontline.",
        "I gained my Diploma in Social Work (DipSW) in {year_old_sw}.",
        "I have a Social Work degree (BSc Hons) from {uni}.",
        "I qualified as a social worker through the Think Ahead programme in {year_recent}.",
        "BA (Hons) Social Work, {uni}, {year_past}.",
        "BA Hons SW ({uni}), awarded {year_past}.",
    )
]
QUALIFICATION_CARE = [
    T((f,), accept, why, "qual_hsc3")
    for f, accept, why in (
        ("I hold an NVQ Level 3 in {hsc}.", MET, "NVQ level 3 held"),
        ("I completed my QCF Level 3 Diploma in {hsc} in {year_past}.", MET, "QCF level 3"),
        ("I have the RQF Level 3 Diploma in Adult Care, which I completed in {year_recent}.", MET,
         "the RQF level 3 in adult care is today's equivalent"),
        ("Level 3 Diploma in {hsc}, {year_past}.", MET, "a bullet, level 3"),
        ("I achieved NVQ 3 in Care in {year_old}.", MET, "the older NVQ 3 in Care"),
        ("I hold a Level 5 Diploma in Leadership for {hsc}.", MET, "above level 3"),
        ("I have an NVQ Level 2 in {hsc}.", NOT_MET, "level 2 is below level 3"),
        ("I am working towards my Level 3 Diploma in {hsc} and expect to finish in {month} "
         "2027.", PARTLY, "studying, the rule does not accept training"),
        ("I was awarded the NVQ Level 3 in {hsc} by my employer's training centre.", MET,
         "passive"),
        ("I completed the Care Certificate and my Level 2 Diploma in {hsc}.", NOT_MET,
         "level 2 only"),
    )
]
STUDYING = _both_rules(
    [
        ("I am due to complete my MSc Occupational Therapy in August 2027.",),
        ("I am in the final year of my BSc (Hons) Occupational Therapy at {uni} and will "
         "graduate in July 2027.",),
        ("I am a final-year student on the BSc Occupational Therapy course at {uni}.",),
        ("I will graduate with a BSc (Hons) Occupational Therapy from {uni} next summer.",),
        ("I started the OT degree apprenticeship in 2024 and I am due to qualify in 2027.",),
        ("I am currently studying for a pre-registration MSc in Occupational Therapy.",),
    ],
    "qual_ot",
    "qual_ot_training",
    PARTLY,
    "still studying",
) + _both_rules(
    [
        ("I am currently studying for an MA in Social Work at {uni}.",),
        ("I expect to complete my BA Social Work in June 2027.",),
        ("My MA Social Work will be awarded in the summer of 2027, subject to my final "
         "placement.",),
        ("I am currently completing the Step Up to Social Work programme.",),
        ("I am in the final year of a BA (Hons) Social Work at {uni}.",),
        ("I am working towards my social work degree and will qualify next year.",),
    ],
    "qual_sw",
    "qual_sw_training",
    PARTLY,
    "still studying",
)
COMPLETED_CLAUSE = [
    T((f,), MET, "a completed award in a subordinate clause", crit)
    for f, crit in (
        ("After completing my BSc (Hons) Occupational Therapy at {uni}, I joined a community "
         "team.", "qual_ot"),
        ("Since finishing my MA in Social Work in {year_past}, I have worked in adult "
         "services.", "qual_sw"),
        ("Having completed my DipSW in {year_old_sw}, I worked in children's services before "
         "moving to adults.", "qual_sw"),
        ("When I graduated with a BSc in Occupational Therapy in {year_past}, I took a "
         "rotational post in the NHS.", "qual_ot"),
        ("Once I had completed my MSc Occupational Therapy, I moved to a reablement team.",
         "qual_ot"),
        ("Upon completion of my BA Social Work at {uni}, I was offered a post in the team where "
         "I had trained.", "qual_sw"),
        ("My first post after completing the Frontline programme was in a child protection "
         "team.", "qual_sw"),
        ("On finishing my degree in Occupational Therapy at {uni} in {year_past}, I started "
         "work in a hand therapy service.", "qual_ot"),
        ("I completed my BA (Hons) Social Work in {year_past} and went straight into a "
         "hospital team.", "qual_sw"),
        ("After I completed my OT degree at {uni}, I spent a year working abroad.", "qual_ot"),
        ("Following the completion of my DipCOT in {dipcot_year}, I worked in mental health.",
         "qual_ot"),
    )
]

# --- wrong profession --------------------------------------------------------------------------


def _other_profession(slots: Slots, rng: random.Random) -> Slots:
    name, prefix = rng.choice(OTHER_PROFESSIONS)
    article = "an" if name[0] in "aeiou" else "a"
    return {
        "other": name,
        "a_other": f"{article} {name}",
        "other_number": f"{prefix}{rng.randint(10000, 99999)}",
    }


WHY_WRONG = "registered, but in another profession"
WRONG_REGISTRATION = [
    T((f,), NOT_MET, WHY_WRONG, "reg_hcpc_ot", derive=_other_profession)
    for f in (
        "I am an HCPC-registered {other}.",
        "I have been registered with the HCPC as {a_other} since {year_past} ({other_number}).",
        "HCPC registration: {other_number} ({other}).",
        "I am {a_other} registered with the {hcpc}.",
        "As an HCPC registered {other}, I work closely with occupational therapists.",
        "I hold current HCPC registration as {a_other} and I am keen to move into social care.",
    )
] + [
    T((f,), NOT_MET, "registered with another regulator", "reg_hcpc_ot")
    for f in (
        "I am a registered nurse (NMC PIN 12A3456E).",
        "I am registered with Social Work England as a social worker ({sw_number}).",
        "I have been on the NMC register as a mental health nurse since {year_past}.",
    )
]
WRONG_QUALIFICATION = [
    T((f,), NOT_MET, "a qualification in another subject", crit)
    for f, crit in (
        ("I hold a BSc (Hons) Physiotherapy from {uni}.", "qual_ot"),
        ("I qualified with a BSc in Speech and Language Therapy in {year_past}.", "qual_ot"),
        ("I hold a BA (Hons) Social Work from {uni}.", "qual_ot"),
        ("I have a BSc in Psychology from {uni}.", "qual_ot"),
        ("I graduated with a BSc (Hons) Occupational Therapy from {uni} in {year_past}.",
         "qual_sw"),
        ("I hold a BSc in Paramedic Science ({uni}, {year_past}).", "qual_ot"),
        ("I completed a BSc (Hons) Nursing (Adult) at {uni} in {year_past}.", "qual_sw"),
        ("My degree is in Sports Science and I worked as a fitness instructor.", "qual_ot"),
        ("I hold a BA in Criminology and Sociology from {uni}.", "qual_sw"),
        ("I have an MSc in Dietetics from {uni}.", "qual_ot"),
    )
]

# --- years of experience -----------------------------------------------------------------------


def _years(words: bool) -> Callable[[Slots, random.Random], Slots | None]:
    def derive(slots: Slots, rng: random.Random) -> Slots | None:
        years = rng.randint(1, 40 if words else 30)
        minimum = rng.choice(MIN_YEARS)
        verdict = MET if years >= minimum else NOT_MET
        rendered = number_words(years, rng) if words else str(years)
        return {"n": rendered, "m": str(minimum), "verdict": "met" if verdict is MET else "short"}

    return derive


def _by_slot(slots: Slots) -> frozenset[str]:
    return MET if slots["verdict"] == "met" else NOT_MET


YEARS_TOTAL_FACTS = (
    ("I have {n} years' experience as a qualified occupational therapist.", "exp_pq_{m}"),
    ("I have worked as a qualified social worker for {n} years.", "exp_pq_{m}"),
    ("{n} yrs experience as a qualified OT in the NHS and social services.", "exp_pq_{m}"),
    ("I have been practising as {a_ot} for {n} years.", "exp_pq_{m}"),
    ("I have {n} years' experience in adult social care, most recently in a locality team.",
     "exp_{m}"),
    ("Over the last {n} years as a qualified OT I have worked in acute and community teams.",
     "exp_pq_{m}"),
    ("I bring {n} years of experience as a qualified social worker.", "exp_pq_{m}"),
    ("Having worked in social care for {n} years, I understand the pressures on services.",
     "exp_{m}"),
    ("I have {n} years of experience working as a qualified social worker in adult services.",
     "exp_pq_{m}"),
    ("For {n} years I have worked as a qualified occupational therapist.", "exp_pq_{m}"),
)
YEARS_TOTAL = [
    T((f,), _by_slot, "a stated total against the minimum", crit, derive=_years(False))
    for f, crit in YEARS_TOTAL_FACTS
]
YEARS_WORDS = [
    T((f,), _by_slot, "a total in number words", crit, derive=_years(True))
    for f, crit in YEARS_TOTAL_FACTS
]
YEARS_PQ = [
    T((f,), _by_slot, "PQ / post-registration mean post-qualifying", "exp_pq_{m}",
      derive=_years(rng_words))
    for f in (
        "I have {n} years' PQ experience in adult social care.",
        "I have {n} years post-registration experience as an OT.",
        "{n} years post-qualifying experience, mostly in hospital teams.",
        "I am {n} years post-qualified and work in a community team.",
        "I have {n} years' post-qualification experience in community settings.",
        "I have {n} years PQE as a social worker.",
        "With {n} years of post-qualifying practice, I am ready for a senior role.",
        "I have been qualified and practising for {n} years.",
    )
    for rng_words in (False, True)
]


def _qualified_on(with_month: bool) -> Callable[[Slots, random.Random], Slots | None]:
    def derive(slots: Slots, rng: random.Random) -> Slots | None:
        year = rng.randint(2000, 2025)
        minimum = rng.choice(MIN_YEARS)
        month = rng.choice(list(MONTH_NUMBER)) if with_month else None
        verdict = years_verdict(*span_since(year, month), minimum)
        if verdict is None:
            return None
        return {
            "y": str(year),
            "mon": month or "",
            "m": str(minimum),
            "verdict": "met" if verdict is MET else "short",
        }

    return derive


QUALIFYING_DATE = [
    T((f,), _by_slot, "years since qualifying, practising since", "exp_pq_{m}",
      derive=_qualified_on(month))
    for f, month in (
        ("I completed my BSc (Hons) OT at {uni} in {mon} {y}, and I have worked as an OT ever "
         "since.", True),
        ("I qualified as a social worker in {mon} {y} and have practised in adult services "
         "since then.", True),
        ("Since qualifying in {y} I have worked as an occupational therapist in {setting}.",
         False),
        ("I have been a qualified social worker since {mon} {y}.", True),
        ("I qualified from {uni} in {y} with a BA Social Work and have been in practice ever "
         "since.", False),
        ("I have worked continuously as an occupational therapist since I qualified in {mon} "
         "{y}.", True),
        ("Qualified as an OT in {y}; I have worked in {setting} from then to the present.",
         False),
    )
]


def _employment(kind: str) -> Callable[[Slots, random.Random], Slots | None]:
    def derive(slots: Slots, rng: random.Random) -> Slots | None:
        start = rng.randint(2000, 2024)
        minimum = rng.choice(MIN_YEARS)
        if kind == "present":
            low, high = span_since(start)
            extra: Slots = {}
        elif kind == "two":
            middle = rng.randint(start + 1, 2025)
            low, high = span_since(start)
            extra = {"s2": str(middle)}
        else:  # a closed range
            end = rng.randint(start + 1, 2026)
            low, high = end - start - 1, end - start + 1
            extra = {"e": str(end)}
        verdict = years_verdict(low, high, minimum)
        if verdict is None:
            return None
        return {"s": str(start), "m": str(minimum), "verdict": "met" if verdict is MET else
                "short", **extra}

    return derive


EMPLOYMENT_RANGES = [
    T(fs, _by_slot, "qualified employment added up", "exp_pq_{m}", derive=_employment(kind))
    for fs, kind in (
        (("Social Worker, {employer}, {s}-present.",), "present"),
        (("{s} - present: Occupational Therapist, {employer}.",), "present"),
        (("Senior Occupational Therapist, {employer} ({s2}-present).",
          "Occupational Therapist, {employer2} ({s}-{s2})."), "two"),
        (("I have worked as a social worker at {employer} since {s}.",), "present"),
        (("From {s} to {s2} I was a social worker at {employer}, and since {s2} I have been a "
          "senior practitioner at {employer2}.",), "two"),
        (("Occupational Therapist, {employer}, {s}-{e}.",), "closed"),
        (("Employment history: Social Worker ({employer}), {s} to date.",), "present"),
        (("I was employed as a qualified social worker by {employer} from {s} until {e}.",),
         "closed"),
        (("My current post, as an Occupational Therapist with {employer}, began in {s}.",),
         "present"),
    )
]


def _recent_qualification(slots: Slots, rng: random.Random) -> Slots:
    return {"q": rng.choice(["2024", "2025"]), "m": rng.choice(["5", "6", "8", "10"])}


NOT_EMPLOYMENT_DATES = (
    "I have been a school governor since {year_old}.",
    "I have been married since {year_old}.",
    "I have volunteered at a food bank every Saturday since {year_old}.",
    "I studied at {uni} from 2019 to 2022.",
    "My final placement ran from September 2023 to April 2024.",
    "I have lived in the area since {year_old}.",
    "I have sung in a community choir since {year_old}.",
    "I have been a trustee of a local carers' charity since {year_old}.",
    "I have been a Scout leader for fifteen years.",
    "I have cared for my mother at home since {year_old}.",
    "I have run the local parkrun as a volunteer since {year_old}.",
    "I have been a magistrate since {year_old}.",
)
DATES_NOT_EMPLOYMENT = [
    T(
        (own, other) if order else (other, own),
        NOT_MET,
        "only the recent qualified work counts; the other date is not employment",
        "exp_pq_{m}",
        derive=_recent_qualification,
    )
    for own in (
        "I qualified as {a_prof} in June {q} and have worked in {setting} since then.",
        "Since qualifying in {q} I have worked as a social worker in {setting}.",
    )
    for other in NOT_EMPLOYMENT_DATES
    for order in (True, False)
] + [
    # Not post-qualifying: any social care work counts, but a life event is not social care.
    T(
        (own, other) if order else (other, own),
        accept,
        why,
        "exp_{m}",
        derive=_recent_qualification,
    )
    for own, accept, why in (
        ("I have worked as a support worker in a care home since June {q}.", NOT_MET,
         "only the care work since {q} counts; the other date is not employment"),
        ("Care Assistant, {employer}, {q}-present.", NOT_MET,
         "only the care work counts; the other date is not employment"),
        ("I am looking for my first job in social care.", NOT_MET,
         "no social care work at all; the other date is not employment"),
    )
    for other in NOT_EMPLOYMENT_DATES
    if "food bank" not in other and "cared for" not in other
    for order in (True, False)
]
UNQUALIFIED_JOBS = [
    T(fs, accept, why, "exp_pq_{m}", derive=_recent_qualification)
    for fs, accept, why in (
        (("Community Care Officer, {employer}, 2012-{q}.", "Social Worker, {employer}, "
          "{q}-present."), NOT_MET, "only the social worker years are post-qualifying"),
        (("Community Care Officer, {employer}, 2016-present.",
          "I completed my BA Social Work in July 2026 and I am applying for my first qualified "
          "post."), NOT_OR_PARTLY, "no qualified employment yet"),
        (("I worked as an OT assistant for eight years before qualifying as an occupational "
          "therapist in {q}, and I now work as an OT in the same team.",), NOT_MET,
         "assistant years are before qualifying"),
        (("I have eleven years' experience as a support worker.",
          "I qualified as a social worker in {q} and since then I have worked in a hospital "
          "team."), NOT_MET, "support work is not post-qualifying"),
        (("Before qualifying in {q}, I spent nine years as a Community Care Officer.",
          "Since then I have worked as a social worker in a locality team."), NOT_MET,
         "CCO years are before qualifying"),
        (("Occupational Therapy Assistant, {employer}, 2010-present.",
          "I am in the final year of my BSc Occupational Therapy."), NOT_MET,
         "not yet qualified: no post-qualifying years"),
        (("I have worked as a support worker for twelve years.",), NOT_MET,
         "unqualified work only"),
        (("Social Work Assistant, {employer}, 2011-{q}.", "Social Worker, {employer}, "
          "{q}-present."), NOT_MET, "assistant years do not count"),
        (("I have been a Community Care Officer with {employer} since 2014.",), NOT_MET,
         "an unqualified post only"),
        (("Over the last ten years I have worked as an occupational therapy technical "
          "instructor.",), NOT_MET, "an unqualified post only"),
    )
]

# --- approved roles ----------------------------------------------------------------------------

APPROVED_HELD = [
    T((f,), accept, why, crit)
    for f, accept, why, crit in (
        ("I have been a warranted AMHP since {year_past}.", MET, "held", "role_any"),
        ("I qualified as a Best Interests Assessor in {year_past}.", MET, "held", "role_any"),
        ("I completed my Practice Educator award (PEPS stage 2) in {year_past}.", MET, "held",
         "role_any"),
        ("I am an Approved Mental Health Professional.", MET, "held", "role_amhp"),
        ("As a BIA, I complete Deprivation of Liberty assessments for the council.", MET, "held",
         "role_any"),
        ("Practice Educator (Stage 2), {year_past}.", MET, "a bullet", "role_any_commit"),
        ("I was approved as an AMHP by {employer} in {year_past} and I am on the rota.", MET,
         "held, passive", "role_amhp"),
        ("I act as a practice educator for final-year social work students.", MET, "held",
         "role_any"),
        ("I am a qualified BIA and complete around ten assessments a year.", MET, "held",
         "role_any_training"),
        ("I am a qualified BIA.", NOT_MET, "a role the criterion does not list", "role_amhp"),
        ("I am a Practice Educator and supervise students every year.", NOT_MET,
         "a role the criterion does not list", "role_amhp"),
        ("I am both an AMHP and a Practice Educator.", MET, "two roles held", "role_two"),
        ("I have been a BIA since {year_past}.", NOT_OR_PARTLY, "one of the two roles asked for",
         "role_two"),
    )
]
APPROVED_FORMER = [
    T((f,), NOT_OR_PARTLY, "held once, not now: for a person to check", crit, needs_review=True)
    for f, crit in (
        ("I was a Best Interests Assessor until {year_recent}.", "role_any"),
        ("I previously held an AMHP warrant but gave it up when I moved to {employer}.",
         "role_amhp"),
        ("I used to be a Practice Educator, before I took a career break.", "role_any"),
        ("My BIA status lapsed in {year_recent} when I stopped taking assessments.", "role_any"),
        ("I practised as an AMHP from 2012 to {year_recent}.", "role_amhp"),
        ("I no longer act as a Practice Educator.", "role_any_commit"),
        ("Until {year_recent} I was on the AMHP rota at {employer}.", "role_any"),
    )
]
APPROVED_TRAINING = _both_rules(
    [
        ("I am currently completing the AMHP programme at {uni}.",),
        ("I am training as a Best Interests Assessor and will finish in {month} 2027.",),
        ("I started the Practice Educator Professional Standards stage 1 course in "
         "September.",),
        ("I am part-way through my BIA training.",),
        ("I am a trainee AMHP and have completed my first assessments under supervision.",),
        ("My employer is funding me to undertake the Practice Educator award, which I started "
         "this autumn.",),
        ("I am on the AMHP course this year.",),
    ],
    "role_any",
    "role_any_training",
    PARTLY,
    "in training",
)
APPROVED_COMMITMENT = [
    template
    for fact in (
        "I would be keen to train as a Practice Educator.",
        "I am willing to undertake AMHP training if appointed.",
        "I am committed to training as a Best Interests Assessor within two years of starting.",
        "I would welcome the opportunity to train as an AMHP.",
        "I intend to complete the Practice Educator course next year.",
        "I would like to train as a BIA in the future.",
        "If appointed, I would undertake the BIA training.",
    )
    for template in (
        T((fact,), NOT_OR_PARTLY, "a commitment only; the rule needs the role", "role_any"),
        T((fact,), MET, "a commitment, which the rule accepts", "role_any_commit"),
    )
]

# --- ASYE ----------------------------------------------------------------------------------------

ASYE_COMPLETED = ("I completed my ASYE in {year_recent}.",
                  "I passed my Assessed and Supported Year in Employment at {employer} in "
                  "{year_recent}.",
                  "My ASYE was signed off in {month} {year_recent}.",
                  "I finished my NQSW year in {year_old_sw}.")
ASYE_IN_PROGRESS = ("I am currently in my ASYE with {employer}.",
                    "I started my ASYE in September 2026.",
                    "I am six months into my Assessed and Supported Year in Employment.")
ASYE_WILLING = ("I am willing to undertake the ASYE.",
                "As a newly qualified social worker I am keen to complete my ASYE with your "
                "team.",
                "I would welcome the structure and support of the ASYE programme.")
ASYE = (
    [T((f,), MET, "ASYE completed", crit)
     for f in ASYE_COMPLETED for crit in ("asye_default", "asye_completed", "asye_willing")]
    + [T((f,), accept, "ASYE in progress", crit)
       for f in ASYE_IN_PROGRESS
       for crit, accept in (("asye_default", MET), ("asye_completed", PARTLY),
                            ("asye_willing", MET))]
    + [T((f,), accept, "willing to undertake the ASYE", crit)
       for f in ASYE_WILLING
       for crit, accept in (("asye_default", NOT_OR_PARTLY), ("asye_completed", NOT_OR_PARTLY),
                            ("asye_willing", MET))]
)

# --- driving -----------------------------------------------------------------------------------

DRIVING_FULL = [
    T((f,), MET, "a full licence", "drive")
    for f in (
        "I hold a full UK driving licence.",
        "Full clean driving licence.",
        "I have no points on my full licence.",
        "I have held a full driving licence since {year_licence}.",
        "I have a full manual driving licence with no endorsements.",
        "Driving licence: full, clean.",
        "I am a confident driver with a full UK licence.",
        "I passed my driving test in {year_licence} and hold a full licence.",
        "I have a full UK licence and I drive to visits every day.",
        "Full driving licence held (category B).",
        "A full driving licence is something I have held for many years.",
    )
]
DRIVING_NOT_FULL = [
    T((f,), accept, why, "drive")
    for f, accept, why in (
        ("I hold a provisional driving licence.", NOT_MET, "provisional is not full"),
        ("I have a provisional licence and I am taking lessons.", NOT_OR_PARTLY, "learning"),
        ("I am learning to drive and my test is booked for {month} 2027.", NOT_OR_PARTLY,
         "learning with a test booked"),
        ("I only have a provisional licence at the moment.", NOT_MET, "provisional"),
        ("I do not currently hold a full driving licence; I have a provisional one.", NOT_MET,
         "provisional"),
        ("I do not drive.", NOT_MET, "does not drive"),
        ("I have never learnt to drive.", NOT_MET, "does not drive"),
        ("I don't hold a driving licence, so I use buses to get to work.", NOT_MET,
         "no licence, no disability"),
        ("Driving licence: provisional.", NOT_MET, "provisional"),
    )
]
DRIVING_VEHICLE = [
    T((f,), accept, why, "drive_access")
    for f, accept, why in (
        ("I hold a full driving licence but I do not have a car.", NOT_OR_PARTLY,
         "licence but no vehicle"),
        ("I have a full licence, although I don't own a car at the moment.", NOT_OR_PARTLY,
         "licence but no vehicle"),
        ("I hold a licence but have no car.", NOT_OR_PARTLY, "licence but no vehicle"),
        ("I have a full driving licence and access to a car.", MET, "licence and access"),
        ("I have a full UK licence and my own car, insured for business use.", MET,
         "licence and own car"),
        ("I have a full driving licence and can use my partner's car for work whenever I need "
         "it.", MET, "licence and access"),
        ("Full driving licence and own vehicle.", MET, "licence and own vehicle"),
        ("I have a full licence and access to a vehicle at all times.", MET, "licence, access"),
        ("I have a full driving licence, but no access to a vehicle.", NOT_OR_PARTLY,
         "licence, no vehicle"),
        ("I own a car and hold a full UK driving licence.", MET, "clause order: car first"),
    )
]
DISABILITY_PAIRS = (
    ("I cannot drive because of my epilepsy.",
     "I would use taxis and public transport to reach visits, supported by Access to Work."),
    ("I am registered blind, so I do not drive.", "I travel to visits by bus and taxi."),
    ("Because of my sight impairment I don't drive.", "Access to Work funds taxis for my visits."),
    ("I have a disability that means I am unable to hold a driving licence.",
     "I get to visits by train, bus and taxi, and I plan my diary around them."),
    ("I do not hold a driving licence due to a medical condition (epilepsy).",
     "In my current role I use taxis paid for through Access to Work."),
    ("I am unable to drive because of my disability.", "I would use taxis to carry out my duties."),
)
DISABILITY = [
    T(pair if order else pair[::-1], accept, why, crit, needs_review=review)
    for pair in DISABILITY_PAIRS
    for order in (True, False)
    for crit, accept, why, review in (
        ("drive_alt", MET, "cannot drive because of a disability, with an alternative the "
         "criterion allows", None),
        ("drive_access", NOT_MET, "the criterion lists no alternative: a person considers an "
         "adjustment", True),
    )
] + [
    T((f,), NOT_MET, "does not drive, no disability given", "drive_alt")
    for f in ("I don't drive, but I am happy to use buses and trains.",
              "I do not drive at the moment and would use public transport.")
]

# --- hypothetical and future -------------------------------------------------------------------

HYPOTHETICAL = [
    T((f,), accept, why, crit)
    for f, accept, why, crit in (
        ("If appointed, I would register with the HCPC as {a_ot}.", NOT_OR_PARTLY,
         "not registered; a commitment to register at most", "reg_hcpc_ot"),
        ("I hope to qualify as an occupational therapist one day.", NOT_MET, "a hope",
         "qual_ot"),
        ("I plan to apply for a BSc in Occupational Therapy next year.", NOT_MET, "a plan",
         "qual_ot"),
        ("I would like to become a registered social worker in the future.", NOT_MET, "a wish",
         "reg_swe"),
        ("Should I be successful, I intend to register with Social Work England.",
         NOT_OR_PARTLY, "not registered; a commitment to register at most", "reg_swe"),
        ("I hope to train as a social worker through Step Up.", NOT_MET, "a hope", "qual_sw"),
        ("If I were offered the post, I would learn to drive.", NOT_MET, "a plan", "drive"),
        ("I would be happy to learn Welsh if appointed.", NOT_MET, "a plan", "welsh_entry"),
        ("Once I have qualified next summer, I will apply to register with the HCPC.",
         NOT_OR_PARTLY, "a student who will be eligible", "reg_hcpc_ot"),
        ("I hope to become a Best Interests Assessor.", NOT_OR_PARTLY, "a hope", "role_any"),
        ("One day I would like to complete a masters in Occupational Therapy.", NOT_MET,
         "a wish", "qual_ot_masters"),
        ("I am thinking about applying for the Frontline programme next year.", NOT_MET,
         "a plan", "qual_sw"),
    )
]

# --- Welsh -------------------------------------------------------------------------------------

WELSH_STATEMENTS = (
    ("I am a fluent Welsh speaker.", "proficiency", False),
    ("Welsh is my first language.", "proficiency", False),
    ("Rwy'n siarad Cymraeg yn rhugl: I am a fluent Welsh speaker and write reports in Welsh.",
     "proficiency", False),
    ("I speak conversational Welsh.", "intermediate", False),
    ("I am learning Welsh at entry level.", "entry", True),
    ("I have reached intermediate level on the Welsh Government's language skills levels.",
     "intermediate", False),
    ("My Welsh is at foundation level: I can greet people and hold a simple conversation.",
     "foundation", False),
    ("I have advanced level Welsh and can chair meetings in Welsh.", "advanced", False),
    ("I have completed the Mynediad (entry level) Welsh course.", "entry", False),
    ("I am studying Welsh at Sylfaen (foundation) level.", "foundation", True),
    ("I do not speak Welsh.", None, False),
    ("I am Welsh but I do not speak the language.", None, False),
    ("I can speak some Welsh.", "foundation", False),
)


def _welsh(level: str | None, learning: bool) -> Callable[[Slots], frozenset[str]]:
    def accept(slots: Slots) -> frozenset[str]:
        if level is None:
            return NOT_MET
        held, wanted = LEVELS.index(level), LEVELS.index(slots["lvl"])
        if held < wanted:
            return PARTLY
        return MET_OR_PARTLY if learning else MET

    return accept


WELSH = [
    T((f,), _welsh(level, learning), "the level held against the level asked for",
      "welsh_{lvl}")
    for f, level, learning in WELSH_STATEMENTS
]

# --- invariance and directional: whole profiles --------------------------------------------------

OT_PROFILE = {
    "hcpc-registration": ("reg_hcpc_ot", Priority.essential),
    "ot-qualification": ("qual_ot", Priority.essential),
    "post-qualifying-experience": ("exp_pq_3", Priority.essential),
    "driving": ("drive_access", Priority.essential),
    "approved-role": ("role_any_commit", Priority.desirable),
    "welsh": ("welsh_intermediate", Priority.desirable),
}
SW_PROFILE = {
    "swe-registration": ("reg_swe", Priority.essential),
    "sw-qualification": ("qual_sw", Priority.essential),
    "post-qualifying-experience": ("exp_pq_2", Priority.essential),
    "driving": ("drive", Priority.essential),
    "asye": ("asye_willing", Priority.desirable),
    "approved-role": ("role_any", Priority.desirable),
}
OT_FACTS: dict[str, tuple[str | None, ...]] = {
    "hcpc-registration": (
        "I am registered with the HCPC as an occupational therapist ({ot_number}).",
        "HCPC registration: {ot_number}.",
        "I have applied for HCPC registration and I am awaiting my number.",
        None,
    ),
    "ot-qualification": (
        "I graduated with a BSc (Hons) Occupational Therapy from {uni} in {year_past}.",
        "I qualified with a DipCOT in {dipcot_year}.",
        "I am in the final year of my BSc Occupational Therapy.",
        None,
    ),
    "post-qualifying-experience": (
        "I have worked as an occupational therapist at {employer} since {year_past}.",
        "I have six years' experience as a qualified OT.",
        None,
    ),
    "driving": (
        "I hold a full UK driving licence and have my own car.",
        "I do not drive.",
        "I hold a full driving licence.",
        None,
    ),
    "approved-role": ("I am a qualified BIA.", "I would be keen to train as a Practice Educator.",
                      None),
    "welsh": ("I speak conversational Welsh.", "I am a fluent Welsh speaker.", None),
}
SW_FACTS: dict[str, tuple[str | None, ...]] = {
    "swe-registration": (
        "I am registered with Social Work England ({sw_number}).",
        "I am a registered social worker with Social Work England.",
        "My application to Social Work England is being processed.",
        None,
    ),
    "sw-qualification": (
        "I hold a BA (Hons) Social Work from {uni}.",
        "I qualified with an MA in Social Work from {uni} in {year_past}.",
        "I am in the final year of a BA Social Work.",
        None,
    ),
    "post-qualifying-experience": (
        "Social Worker, {employer}, {year_past}-present.",
        "I have four years' post-qualifying experience.",
        None,
    ),
    "driving": ("I hold a full UK driving licence.", "I have a provisional licence.", None),
    "asye": ("I completed my ASYE in {year_recent}.", "I am willing to undertake the ASYE.", None),
    "approved-role": ("I have been a warranted AMHP since {year_past}.", None),
}
PROFILES = (("ot", OT_PROFILE, OT_FACTS), ("sw", SW_PROFILE, SW_FACTS))


def profile_spec(name: str, profile: dict[str, tuple[str, Priority]]) -> RoleSpec:
    criteria: list[Criterion] = [
        CRITERIA[key].criterion(cid, priority) for cid, (key, priority) in profile.items()
    ]
    return RoleSpec(id=f"behaviour-{name}-profile", title=f"Behaviour {name} profile",
                    scale=Scale(min=0, max=3), criteria=criteria)


PROFILE_SPECS = {name: profile_spec(name, profile) for name, profile, _ in PROFILES}


def profile_facts(
    facts: dict[str, tuple[str | None, ...]], rng: random.Random, require: str | None = None
) -> dict[str, str]:
    """One phrasing (or silence) per criterion, slots filled; ``require`` forces the first,
    held, phrasing of that criterion."""
    chosen: dict[str, str] = {}
    for cid, options in facts.items():
        option = options[0] if cid == require else rng.choice(options)
        if option is not None:
            chosen[cid] = fill(option, draw_slots([option], BASE_POOLS, rng))
    return chosen


IDENTITY_MARK = "\x00identity\x00"


def identity(rng: random.Random) -> str:
    template = rng.choice(st.IDENTITY)
    return fill(template, {
        "name": rng.choice(st.NAMES), "pronouns": rng.choice(st.PRONOUNS),
        "age": rng.choice(st.AGES), "nationality": rng.choice(st.NATIONALITIES),
        "place": rng.choice(st.PLACES),
    })


def invariance(kind: str) -> Callable[[random.Random], Case | None]:
    def generate(rng: random.Random) -> Case | None:
        name, _, facts = rng.choice(PROFILES)
        chosen = list(profile_facts(facts, rng).values())
        rng.shuffle(chosen)
        groups = st.paragraphs([*chosen, IDENTITY_MARK], rng, name)
        base = st.Rendered([[s if s != IDENTITY_MARK else identity(rng) for s in g]
                            for g in groups])
        text = base.text()
        if kind == "identity":
            variant = st.Rendered([[s if s != IDENTITY_MARK else identity(rng) for s in g]
                                   for g in groups])
            changed = variant.text()
            why = "a different name, pronouns, age, nationality or place"
        elif kind == "paragraph-order":
            if len(base.groups) < 3:
                return None
            order = list(base.groups)
            while order == base.groups:
                rng.shuffle(order)
            changed = st.Rendered(order).text()
            why = "the same paragraphs in another order"
        elif kind == "typos":
            changed = st.typo(text, rng, rng.randint(2, 5))
            why = "typos in ordinary words"
        elif kind == "typography":
            changed = st.non_breaking_spaces(st.en_dashes(st.curly_quotes(text)), rng)
            why = "curly quotes, en dashes and non-breaking spaces"
        else:  # layout
            choice = rng.randrange(3)
            if choice == 0:
                changed = st.bulleted(base.groups, rng)
                why = "the same sentences as bullets"
            elif choice == 1:
                changed = st.crlf(text)
                why = "CRLF line endings"
            else:
                changed = st.crlf(text.replace("\n\n", "\n\n\n")) + "\r\n"
                why = "CRLF and extra blank lines"
        if changed == text:
            return None
        return Case("", 0, PROFILE_SPECS[name], text, why, variant=changed)

    return generate


LAPSES = {
    "hcpc-registration": (
        "My HCPC registration lapsed in {year_lapse}.",
        "I have since let my registration lapse.",
        "My registration lapsed last year and I have not renewed it.",
        "Unfortunately my registration with the HCPC has now lapsed.",
    ),
    "swe-registration": (
        "My Social Work England registration lapsed in {year_lapse}.",
        "I let my registration lapse earlier this year.",
        "My registration with Social Work England has lapsed and I am applying to restore it.",
    ),
}


def _insert(groups: list[list[str]], sentence: str, rng: random.Random) -> list[list[str]]:
    """A copy of the paragraphs with ``sentence`` at a random point."""
    copied = [list(group) for group in groups]
    where = rng.randrange(len(copied))
    copied[where].insert(rng.randint(0, len(copied[where])), sentence)
    return copied


def _filled(options: Sequence[str], rng: random.Random) -> str:
    option = rng.choice(options)
    return fill(option, draw_slots([option], BASE_POOLS, rng))


def directional(kind: str) -> Callable[[random.Random], Case | None]:
    """Cases whose variant adds or removes one thing; ``not_up`` cases watch every criterion
    (adding a lapse must raise nothing at all), ``down`` cases the fact that was changed."""

    def generate(rng: random.Random) -> Case | None:
        name, _, facts = rng.choice(PROFILES)
        registration = "hcpc-registration" if name == "ot" else "swe-registration"
        qualification = "ot-qualification" if name == "ot" else "sw-qualification"
        experience = "post-qualifying-experience"
        target: str | None = None
        direction: Literal["not_up", "down"] = "not_up"
        require = {
            "remove-qualification": qualification,
            "own-fact-to-other-or-negated": rng.choice([registration, qualification, "driving"]),
        }.get(kind)
        chosen = profile_facts(facts, rng, require=require)
        if kind == "own-fact-to-other-or-negated" and require == qualification:
            # A registered or "qualified" OT or social worker holds the qualification: a panel
            # would still count it, so registration and qualified experience are left out.
            chosen.pop(registration, None)
            chosen.pop("post-qualifying-experience", None)
        if kind == "fewer-years":
            chosen.pop(experience, None)
            more, fewer = sorted(rng.sample(range(1, 26), 2), reverse=True)
            role = "OT" if name == "ot" else "social worker"
            own = rng.choice([
                f"I have {{n}} years' experience as a qualified {role}.",
                "I have {n} years' post-qualifying experience.",
                f"I have worked as a qualified {role} for {{n}} years.",
            ])
            chosen[experience] = own.replace("{n}", number_words(more, rng))
            shorter = own.replace("{n}", number_words(fewer, rng))
        order = list(chosen)
        rng.shuffle(order)
        groups = st.paragraphs([chosen[c] for c in order], rng, name)
        if kind == "add-lapse":
            variant = _insert(groups, _filled(LAPSES[registration], rng), rng)
            why = "a lapse added"
        elif kind == "add-other-person":
            variant = _insert(groups, _filled(OTHER_PEOPLE[name], rng), rng)
            why = "someone else's registration, role or qualification added"
        elif kind == "remove-qualification":
            variant = [[s for s in g if s != chosen[qualification]] for g in groups]
            variant = [g for g in variant if g]
            why = "the qualification removed"
        elif kind == "fewer-years":
            target = experience
            variant = [[shorter if s == chosen[experience] else s for s in g] for g in groups]
            why = "fewer years stated"
            if rng.random() < 0.5:
                variant = _insert(variant, _filled(NOT_EMPLOYMENT_DATES, rng), rng)
                why = "fewer years stated and a date that is not employment added"
        else:
            assert require is not None
            target, direction = require, "down"
            changed = rng.choice(OTHERS_OR_NEGATED[require])
            variant = [[changed if s == chosen[require] else s for s in g] for g in groups]
            why = "the applicant's own fact made someone else's or negated"
        return Case("", 0, PROFILE_SPECS[name], st.Rendered(groups).text(), why,
                    variant=st.Rendered(variant).text(), direction=direction, target=target)

    return generate


OTHER_PEOPLE = {
    "ot": tuple(
        t.facts[0] for t in (*OTHER_REGISTRATION, *OTHER_QUALIFICATION, *OTHER_ROLE)
        if t.criterion in ("reg_hcpc_ot", "qual_ot", "role_any", "role_any_commit")
    ),
    "sw": tuple(
        t.facts[0] for t in (*OTHER_REGISTRATION, *OTHER_QUALIFICATION, *OTHER_ROLE)
        if t.criterion in ("reg_swe", "qual_sw", "role_any", "role_amhp")
    ),
}
OTHERS_OR_NEGATED = {
    "hcpc-registration": (
        "I work closely with HCPC-registered occupational therapists.",
        "I am not registered with the HCPC.",
        "My manager is registered with the HCPC as an occupational therapist.",
    ),
    "swe-registration": (
        "I am supervised by a social worker registered with Social Work England.",
        "I am not yet registered with Social Work England.",
        "My colleagues are all registered with Social Work England.",
    ),
    "ot-qualification": (
        "My colleague holds a BSc (Hons) Occupational Therapy.",
        "I do not hold an occupational therapy qualification.",
    ),
    "sw-qualification": (
        "My manager holds an MA in Social Work.",
        "I do not have a social work qualification.",
    ),
    "driving": (
        "My partner holds a full driving licence and drives me to work.",
        "I do not hold a full driving licence.",
        "I no longer drive.",
    ),
}


# --- the suite -----------------------------------------------------------------------------------


def capabilities() -> list[Capability]:
    mfts = [
        ("registration-held-hcpc", "HCPC registration held, former names and numbers",
         REGISTRATION_HELD_HCPC),
        ("registration-held-social-work", "Social Work England / Social Care Wales held",
         REGISTRATION_HELD_SW),
        ("other-person-registration", "someone else's registration", OTHER_REGISTRATION),
        ("other-person-approved-role", "someone else's approved role", OTHER_ROLE),
        ("other-person-qualification", "someone else's qualification", OTHER_QUALIFICATION),
        ("negation-elsewhere-credentials", "a 'not' on another verb (registration, award, role)",
         NEGATION_CREDENTIALS),
        ("negation-elsewhere-driving", "a 'not' on another verb (driving)", NEGATION_DRIVING),
        ("double-negative", "never lapsed / never suspended = held", DOUBLE_NEGATIVE),
        ("registration-pending", "applied for, awaiting outcome", REGISTRATION_PENDING),
        ("registration-suspended", "registration suspended", REGISTRATION_SUSPENDED),
        ("registration-removed", "removed or struck off", REGISTRATION_REMOVED),
        ("lapse-before-claim", "a lapse stated before the mention of registration",
         LAPSE_BEFORE_CLAIM),
        ("lapse-after-claim", "a lapse stated after the claim", LAPSE_AFTER_CLAIM),
        ("latest-dated-status-wins", "the latest dated status wins", LATEST_STATUS),
        ("qualification-held-ot", "OT qualifications held", QUALIFICATION_OT),
        ("qualification-held-social-work", "social work qualifications held", QUALIFICATION_SW),
        ("qualification-held-care-level-3", "NVQ/QCF/RQF level 3 in health and social care",
         QUALIFICATION_CARE),
        ("qualification-studying", "still studying is not held", STUDYING),
        ("qualification-completed-clause", "'after completing my BSc' is held", COMPLETED_CLAUSE),
        ("wrong-profession-registration", "registered in another profession or with another "
         "regulator", WRONG_REGISTRATION),
        ("wrong-profession-qualification", "a qualification in another subject",
         WRONG_QUALIFICATION),
        ("years-stated-total", "a stated total of years (digits)", YEARS_TOTAL),
        ("years-number-words", "a stated total in number words of any size", YEARS_WORDS),
        ("years-pq-post-registration", "'PQ' and 'post-registration' are post-qualifying",
         YEARS_PQ),
        ("years-from-qualifying-date", "years since a stated qualifying date", QUALIFYING_DATE),
        ("years-employment-ranges", "qualified employment ranges", EMPLOYMENT_RANGES),
        ("dates-not-employment", "governor, married, volunteering, study, placement dates",
         DATES_NOT_EMPLOYMENT),
        ("unqualified-jobs-not-post-qualified", "CCO, OT assistant, support worker years",
         UNQUALIFIED_JOBS),
        ("approved-role-held", "AMHP, BIA, Practice Educator held (and not listed)",
         APPROVED_HELD),
        ("approved-role-former", "an approved role held in the past", APPROVED_FORMER),
        ("approved-role-in-training", "approved role in training", APPROVED_TRAINING),
        ("approved-role-commitment", "a commitment to train", APPROVED_COMMITMENT),
        ("asye", "ASYE completed, in progress, willing", ASYE),
        ("driving-full-licence", "a full licence, however phrased", DRIVING_FULL),
        ("driving-provisional-or-none", "provisional, learning or no licence", DRIVING_NOT_FULL),
        ("driving-vehicle-access", "licence with or without a vehicle", DRIVING_VEHICLE),
        ("driving-disability-alternative", "cannot drive because of a disability, anywhere in "
         "the statement", DISABILITY),
        ("hypothetical-future", "if appointed I would, I hope to", HYPOTHETICAL),
        ("welsh-levels", "Welsh Government language levels", WELSH),
    ]
    suite = [
        _capability(cid, description, templates, lvl=LEVELS)
        for cid, description, templates in mfts
    ]
    suite += [
        Capability(f"invariance-{kind}", "inv", description, invariance(kind))
        for kind, description in (
            ("identity", "names, pronouns, ages, nationalities, places"),
            ("paragraph-order", "paragraph order"),
            ("typos", "typos in ordinary words"),
            ("typography", "curly quotes, en dashes, non-breaking spaces"),
            ("layout", "bullets, CRLF, blank lines"),
        )
    ]
    suite += [
        Capability(f"directional-{kind}", "dir", description, directional(kind))
        for kind, description in (
            ("add-lapse", "adding a lapse raises no verdict"),
            ("remove-qualification", "removing the qualification raises no verdict"),
            ("add-other-person", "adding someone else's credential raises no verdict"),
            ("own-fact-to-other-or-negated", "making a held fact someone else's or negated "
             "lowers it"),
            ("fewer-years", "fewer years, or a non-employment date, never raises experience"),
        )
    ]
    return suite
