"""Each rule kind's recogniser, table-driven: statement in, verdict (and flags) out."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from criteria.spec import Criterion, RoleSpec
from matching.applicant import Applicant
from matching.engine import get_engine
from matching.result import CriterionResult

REFERENCE = dt.date(2026, 11, 22)


def _score(rule: dict[str, Any], statement: str, applicant: dict | None = None) -> CriterionResult:
    spec = RoleSpec(
        id="one-criterion",
        title="One criterion",
        criteria=[
            Criterion(
                id="under-test", text="Criterion under test", rule=rule, assessed_by=["application"]
            )
        ],
    )
    result = get_engine().score(
        spec,
        statement,
        reference_date=REFERENCE,
        applicant=Applicant.model_validate(applicant) if applicant is not None else None,
    )
    (criterion,) = result.criteria
    for span in criterion.evidence:
        assert statement[span.start : span.end] == span.text
    return criterion


HCPC = {"kind": "registration", "bodies": ["HCPC"]}
SWE = {"kind": "registration", "bodies": ["SWE"]}
OT_DEGREE = {"kind": "qualification", "subjects": ["occupational_therapy"], "min_level": "degree"}
SW_DEGREE = {"kind": "qualification", "subjects": ["social_work"], "min_level": "degree"}
POST_QUAL_2 = {"kind": "experience_years", "min_years": 2, "post_qualification": True}
ANY_4 = {"kind": "experience_years", "min_years": 4}
AMHP_OR_BIA = {"kind": "approved_role", "roles": ["AMHP", "BIA"]}
AMHP_COMMIT = {"kind": "approved_role", "roles": ["AMHP"], "accept_commitment": True}
ASYE = {"kind": "asye"}
DRIVE = {"kind": "driving", "access_to_transport": True, "disability_alternative": True}
DRIVE_PLAIN = {"kind": "driving"}
WELSH = {"kind": "language", "language": "welsh", "min_level": "intermediate"}
AREAS = {
    "kind": "specialisms",
    "options": ["housing", "paediatrics", "moving and handling"],
    "min_count": 2,
}

# (name, rule, statement, verdict, flags that must be present)
CASES: list[tuple[str, dict, str, str, set[str]]] = [
    ("hcpc-with-number-is-met", HCPC, "I’m HCPC registered, number OT11223.", "met", set()),
    (
        "hcpc-lapsed-is-not-met",
        HCPC,
        "My HCPC registration expired last year.",
        "not_met",
        {"lapsed"},
    ),
    (
        "hcpc-negated-is-not-met",
        HCPC,
        "I am not registered with the HCPC yet.",
        "not_met",
        {"negated"},
    ),
    ("hcpc-awaiting-pin-is-pending", HCPC, "I am awaiting my HCPC PIN.", "partly_met", {"pending"}),
    (
        "hcpc-colleagues-do-not-count",
        HCPC,
        "I support HCPC-registered colleagues.",
        "not_met",
        set(),
    ),
    ("swe-is-not-hcpc", HCPC, "I am registered with Social Work England.", "not_met", set()),
    ("swe-number-alone-is-met", SWE, "Social Work England registration: SW120045.", "met", set()),
    ("bsc-ot-is-met", OT_DEGREE, "I hold a BSc Occupational Therapy (2015).", "met", set()),
    (
        "msc-ot-is-above-degree",
        OT_DEGREE,
        "I completed an MSc in Occupational Therapy.",
        "met",
        set(),
    ),
    ("ba-social-work-is-not-ot", OT_DEGREE, "I have a BA (Hons) in Social Work.", "not_met", set()),
    (
        "studying-ot-is-partly-met",
        OT_DEGREE,
        "I am studying for a BSc in Occupational Therapy.",
        "partly_met",
        set(),
    ),
    ("dipsw-is-social-work", SW_DEGREE, "I qualified with a DipSW in 1999.", "met", set()),
    (
        "registered-ot-implies-the-degree",
        OT_DEGREE,
        "I am an HCPC registered occupational therapist (OT22334).",
        "met",
        set(),
    ),
    ("qualified-2021-meets-two-years", POST_QUAL_2, "I qualified as an OT in 2021.", "met", set()),
    (
        "qualified-2025-is-not-met",
        POST_QUAL_2,
        "I qualified as an OT in March 2025.",
        "not_met",
        set(),
    ),
    ("range-to-present-meets-four", ANY_4, "Jan 2020 – present: care officer.", "met", set()),
    ("short-range-is-not-met", ANY_4, "Jan 2020 – Jan 2022: care officer.", "not_met", set()),
    ("no-experience-stated-is-not-met", ANY_4, "I am kind and organised.", "not_met", set()),
    ("warranted-amhp-is-met", AMHP_OR_BIA, "I have been an AMHP since 2019.", "met", set()),
    # Northern Ireland's Approved Social Worker is the warrant an NI spec asks for
    (
        "ni-approved-social-worker-is-met",
        AMHP_OR_BIA,
        "I was appointed an Approved Social Worker by the Trust in 2021 and am on the ASW rota.",
        "met",
        set(),
    ),
    (
        "lapsed-bia-is-not-met",
        AMHP_OR_BIA,
        "I previously held BIA status.",
        "not_met",
        {"lapsed"},
    ),
    (
        "amhp-intent-meets-commitment-rule",
        AMHP_COMMIT,
        "I am keen to train as an AMHP.",
        "met",
        set(),
    ),
    (
        "amhp-intent-without-commitment-rule",
        AMHP_OR_BIA,
        "I am keen to train as an AMHP.",
        "not_met",
        set(),
    ),
    ("asye-completed-is-met", ASYE, "I completed my ASYE in 2023.", "met", set()),
    (
        "asye-colleague-is-ignored",
        ASYE,
        "I mentor colleagues through their ASYE.",
        "not_met",
        set(),
    ),
    ("licence-and-car-is-met", DRIVE, "Full UK driving licence and my own car.", "met", set()),
    (
        "disability-and-taxi-meet-the-alternative",
        DRIVE,
        "Because of my epilepsy I cannot drive, so I use taxis and the bus for visits.",
        "met",
        {"disability_alternative"},
    ),
    (
        "disability-alternative-not-offered-is-not-met",
        DRIVE_PLAIN,
        "Because of my epilepsy I cannot drive, so I use taxis and the bus for visits.",
        "not_met",
        set(),
    ),
    ("no-licence-is-not-met", DRIVE, "I do not have a driving licence.", "not_met", {"negated"}),
    ("provisional-only-is-not-met", DRIVE, "I have a provisional licence.", "not_met", set()),
    (
        "provisional-with-a-test-booked-is-for-the-panel",
        DRIVE,
        "I have a provisional licence and I am booked for my test in January.",
        "partly_met",
        set(),
    ),
    ("fluent-welsh-is-met", WELSH, "I speak fluent Welsh.", "met", set()),
    ("welsh-learner-is-partly-met", WELSH, "I am a Welsh learner.", "partly_met", set()),
    (
        "graduated-in-social-work-is-met",
        SW_DEGREE,
        "I graduated in Social Work in 2015.",
        "met",
        set(),
    ),
    ("basic-welsh-is-partly-met", WELSH, "I have basic Welsh.", "partly_met", set()),
    ("welsh-nationality-says-nothing-about-the-language", WELSH, "I am Welsh.", "not_met", set()),
    (
        "two-areas-are-met",
        AREAS,
        "I have worked on housing adaptations for years and I hold a paediatric caseload.",
        "met",
        set(),
    ),
    (
        "one-area-is-partly-met",
        AREAS,
        "I have five years in moving and handling.",
        "partly_met",
        set(),
    ),
    (
        "put-forward-by-manager-is-own-commitment",
        AMHP_COMMIT,
        "My manager has put me forward for AMHP training next year and I am keen to go.",
        "met",
        set(),
    ),
    (
        "put-forward-is-not-holding-the-role",
        AMHP_OR_BIA,
        "I have been put forward for AMHP training next year.",
        "not_met",
        set(),
    ),
    (
        "put-forward-but-turned-down-is-no-commitment",
        AMHP_COMMIT,
        "My manager has put me forward for AMHP training twice, but I turned it down both times.",
        "not_met",
        set(),
    ),
    (
        "hcpc-application-being-processed-is-pending",
        HCPC,
        "My HCPC application went in on 3 October and is being processed.",
        "partly_met",
        {"pending"},
    ),
    (
        "application-to-join-the-register-is-pending",
        SWE,
        "My application to join the Social Work England register went in on 1 November.",
        "partly_met",
        {"pending"},
    ),
    (
        "application-approved-is-registered",
        HCPC,
        "My HCPC application was approved in 2019 and I have renewed every cycle since.",
        "met",
        set(),
    ),
    (
        "a-renewal-with-the-regulator-is-registration",
        SWE,
        "My Social Work England renewal went through last month and my CPD is on the portal.",
        "met",
        set(),
    ),
    (
        "a-renewal-refused-is-not-registration",
        SWE,
        "My Social Work England renewal was rejected last year after an audit of my CPD.",
        "not_met",
        {"lapsed"},
    ),
    (
        "rusty-welsh-is-some-welsh",
        WELSH,
        "I grew up speaking Welsh with my nain, though it is quite rusty these days.",
        "partly_met",
        set(),
    ),
    (
        "no-chance-so-far-to-train-is-not-the-role",
        AMHP_OR_BIA,
        "I have not had the chance so far to train as a BIA in my current team.",
        "not_met",
        set(),
    ),
    (
        "a-cv-status-line-is-the-applicants",
        AMHP_OR_BIA,
        "Employment\nAMHP warranted (Kent) 2021 - present\nSenior Practitioner, Kent CC",
        "met",
        set(),
    ),
    (
        "asye-begun-and-given-up-is-not-met",
        ASYE,
        "I began my ASYE in Bristol in 2024 but withdrew after a term when my father fell ill.",
        "not_met",
        {"negated"},
    ),
    (
        "asye-finished-in-a-relative-clause-is-met",
        ASYE,
        "The team only took me on after my ASYE, which I completed at Leeds in 2021.",
        "met",
        set(),
    ),
    (
        "asye-put-on-hold-is-partly-met",
        ASYE,
        "My ASYE was put on hold during a long illness and I restart it with my new employer.",
        "partly_met",
        {"in_training"},
    ),
    (
        "asye-welsh-first-three-years-is-met",
        ASYE,
        "I completed the First Three Years in Practice programme with Ceredigion in 2022.",
        "met",
        set(),
    ),
    (
        "driving-test-to-come-is-learning",
        DRIVE,
        "I am expecting to take my test in the spring, so I should have my licence by then.",
        "partly_met",
        set(),
    ),
    (
        "welsh-course-planned-after-a-denial-is-not-met",
        WELSH,
        "I have no Welsh at the moment, but I am planning to join a Sylfaen class next year.",
        "not_met",
        set(),
    ),
    (
        "welsh-course-just-started-is-learning",
        WELSH,
        "I have just started Canolradd at the local college and use a little Welsh at work.",
        "partly_met",
        set(),
    ),
    (
        "a-difficulty-denied-is-not-a-denial",
        DRIVE_PLAIN,
        "I never struggle to drive to rural visits in my own car.",
        "met",
        set(),
    ),
    (
        "a-clients-disability-is-not-the-applicants",
        DRIVE,
        "I supported a client with epilepsy to stay at home. I do not drive.",
        "not_met",
        set(),
    ),
    (
        "as-someone-with-a-disability-is-the-applicant",
        DRIVE,
        "As someone with epilepsy I cannot drive, and I use taxis and trains for visits.",
        "met",
        {"disability_alternative"},
    ),
    (
        "practice-educator-spelt-practise-is-read",
        {"kind": "approved_role", "roles": ["practice_educator"]},
        "I became a practise educator in 2022 and have supported four students since.",
        "met",
        set(),
    ),
    # Checkable facts written in Welsh, with the first consonant mutated after another word
    (
        "welsh-registered-with-the-regulator-is-met",
        {"kind": "registration", "bodies": ["SCW"]},
        "Rydw i'n weithiwr cymdeithasol cofrestredig gyda Gofal Cymdeithasol Cymru.",
        "met",
        set(),
    ),
    (
        "welsh-not-registered-is-not-met",
        {"kind": "registration", "bodies": ["SCW"]},
        "Dydw i ddim wedi cofrestru gyda Gofal Cymdeithasol Cymru.",
        "not_met",
        {"negated"},
    ),
    (
        "welsh-not-yet-registered-with-an-application-waiting-is-pending",
        {"kind": "registration", "bodies": ["SCW"]},
        "Nid wyf wedi cofrestru eto gyda Gofal Cymdeithasol Cymru; mae fy nghais yn cael ei "
        "ystyried.",
        "partly_met",
        {"pending"},
    ),
    (
        "not-yet-registered-with-an-application-being-processed-is-pending",
        {"kind": "registration", "bodies": ["HCPC"]},
        "I am not on the HCPC register yet; my application is currently being processed.",
        "partly_met",
        {"pending"},
    ),
    (
        "welsh-full-licence-and-own-car-is-met",
        DRIVE,
        "Mae gen i drwydded yrru lawn ac rwy'n defnyddio fy nghar fy hun ar gyfer ymweliadau.",
        "met",
        set(),
    ),
    (
        "welsh-provisional-licence-and-lessons-is-learning",
        DRIVE,
        "Mae gen i drwydded dros dro ac rwy'n cael gwersi gyrru bob wythnos.",
        "partly_met",
        set(),
    ),
    # CV date ranges: numeric month and two-digit year, an arrow, a start left open with a dash
    (
        "cv-numeric-month-and-two-digit-year-ranges-are-read",
        {
            "kind": "experience_years",
            "min_years": 6,
            "post_qualification": True,
            "domain": "occupational therapy",
        },
        "Community OT, Powys CC, 04/17-09/20; Senior OT, Ceredigion CC, 10/20-present",
        "met",
        set(),
    ),
    ("cv-start-left-open-with-a-dash-runs-to-now", ANY_4, "2020 – : Social Worker, Conwy CC",
     "met", set()),
    ("cv-range-with-an-arrow-is-read", ANY_4, "Mar '19 → now: Social Worker, Leeds CC", "met",
     set()),
    # Registration: a restoration after a lapse, a conditional "without", a renewal to check, an
    # application gone in
    (
        "lapse-and-restoration-in-one-sentence-is-registered",
        HCPC,
        "My HCPC registration lapsed in 2018 during a career break, and it was restored in March "
        "2024.",
        "met",
        {"lapsed"},
    ),
    (
        "a-conditional-without-does-not-deny-the-registration-told-after-it",
        HCPC,
        "I would never take a statutory post without a current registration, and mine with the "
        "HCPC is valid until 2028.",
        "met",
        set(),
    ),
    (
        "without-a-registration-is-still-a-denial",
        HCPC,
        "I am currently without a registration with the HCPC.",
        "not_met",
        {"negated"},
    ),
    (
        "a-renewal-to-check-is-of-the-registration-held",
        HCPC,
        "As far as I know my HCPC registration is current, though I would need to look up when "
        "the next renewal is due.",
        "met",
        set(),
    ),
    (
        "on-the-register-by-the-start-with-an-application-gone-in-is-pending",
        SWE,
        "I expect to be on the Social Work England register before I start, as my application "
        "went in last month.",
        "partly_met",
        {"pending"},
    ),
    (
        "an-asye-failed-then-retaken-and-completed-is-met",
        ASYE,
        "I did not pass my ASYE in 2021, but I retook it the next year and completed it.",
        "met",
        set(),
    ),
    (
        "an-asye-failed-and-repeated-without-a-pass-told-is-not-met",
        ASYE,
        "I did not pass my ASYE in 2021 and I repeated it in 2022.",
        "not_met",
        set(),
    ),
    (
        "a-degree-left-after-its-first-year-is-not-held",
        SW_DEGREE,
        "I began a BA (Hons) Social Work at Cardiff and left after my first year to care for my "
        "mother.",
        "not_met",
        set(),
    ),
    (
        "a-degree-finished-after-a-hard-second-year-is-held",
        SW_DEGREE,
        "I completed my BA in Social Work in 2016 after a difficult second year.",
        "met",
        set(),
    ),
    (
        "welsh-everyday-conversation-is-intermediate",
        WELSH,
        "Rwy'n gallu cynnal sgwrs yn Gymraeg gyda theuluoedd ar ymweliadau.",
        "met",
        set(),
    ),
    # set m mends (2026-12-04): each behaviour in our own words
    (
        "welsh-degree-gradd-mutated-is-held",
        SW_DEGREE,
        "Enillais i fy ngradd mewn gwaith cymdeithasol yn 2016.",
        "met",
        set(),
    ),
    (
        "never-off-the-register-is-held",
        SWE,
        "I joined the Social Work England register in 2020 and have not once been off it or off "
        "the register since.",
        "met",
        set(),
    ),
    (
        "time-off-work-does-not-undo-a-denial",
        SWE,
        "I am not registered with Social Work England, as I took time off after my degree.",
        "not_met",
        set(),
    ),
    (
        "group-me-included-is-the-applicants",
        HCPC,
        "All the therapists in our service, me included, must keep their HCPC registration "
        "current.",
        "met",
        set(),
    ),
    (
        "bracketed-lapse-is-the-last-items-only",
        {"kind": "approved_role", "roles": ["BIA"]},
        "Warrants: BIA (2021–), AMHP (lapsed 2020)",
        "met",
        set(),
    ),
    (
        "team-members-roles-are-not-the-applicants",
        AMHP_OR_BIA,
        "Our service's three AMHPs cover the rota, and I book the interpreters for them.",
        "not_met",
        set(),
    ),
    (
        "a-relatives-profession-does-not-name-the-applicants-degree",
        OT_DEGREE,
        "My brother is an occupational therapist; my degree is in geography.",
        "not_met",
        set(),
    ),
    (
        "welsh-limited-to-greetings-is-entry-level",
        {"kind": "language", "language": "welsh", "min_level": "entry"},
        "My Welsh does not stretch beyond 'shwmae' and 'iechyd da', but I use it every day.",
        "met",
        set(),
    ),
    (
        "welsh-limited-to-greetings-is-below-intermediate",
        WELSH,
        "My Welsh doesn't really go further than 'bore da'.",
        "partly_met",
        set(),
    ),
    (
        "a-mentors-years-are-not-the-applicants",
        ANY_4,
        "I was mentored by an experienced practitioner with more than fifteen years in child "
        "protection, and I have been qualified for eighteen months.",
        "not_met",
        set(),
    ),
    (
        "a-teams-years-between-them-are-not-the-applicants",
        ANY_4,
        "The hospital team has over thirty years of experience between them; I joined last year.",
        "not_met",
        set(),
    ),
    (
        "a-degree-left-before-the-end-is-not-held",
        SW_DEGREE,
        "I studied for a social work degree at Leeds for eighteen months before dropping out.",
        "not_met",
        set(),
    ),
    (
        "a-claim-taken-back-in-the-sense-that-is-not-held",
        AMHP_OR_BIA,
        "I'm a BIA, in the sense that I once watched a colleague do a capacity assessment.",
        "not_met",
        set(),
    ),
    (
        "the-closest-come-to-being-is-not-being",
        AMHP_OR_BIA,
        "The closest I've come to being an AMHP is covering the duty phone for them.",
        "not_met",
        set(),
    ),
    (
        "years-since-qualifying-part-time-count",
        POST_QUAL_2,
        "Since qualifying I have worked part-time for four years in a children's team.",
        "met",
        set(),
    ),
    (
        "a-total-whose-first-part-is-unqualified-is-not-all-post-qualifying",
        POST_QUAL_2,
        "I have been in adult services for six years, the first five as a social work assistant "
        "and the last one as a qualified social worker.",
        "not_met",
        set(),
    ),
    (
        "a-social-worker-with-years-is-the-applicant",
        ANY_4,
        "I am a social worker with six years' experience in adult safeguarding.",
        "met",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("rule", "statement", "verdict", "flags"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_recogniser_verdict(rule: dict, statement: str, verdict: str, flags: set[str]) -> None:
    result = _score(rule, statement)
    assert result.verdict.value == verdict, result.explanation
    assert flags <= set(result.flags)
    assert result.rule_kind == rule["kind"]
    assert result.explanation


def test_registration_without_a_named_regulator_is_assumed_for_review() -> None:
    result = _score(HCPC, "I am a registered Occupational Therapist.")
    assert (result.verdict.value, result.needs_review) == ("met", True)
    assert "registered occupational therapy practitioner" in result.explanation
    assert result.confidence <= 0.6


def test_silence_on_a_checkable_criterion_is_not_met_and_flagged_for_review() -> None:
    result = _score(HCPC, "I enjoy my work and I am a good listener.")
    assert (result.verdict.value, result.needs_review) == ("not_met", True)
    assert "does not mention" in result.explanation


SWE = {"kind": "registration", "bodies": ["SWE"]}


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        pytest.param(
            "I've been on the register with SWE since the end of September. Mrs B went home and "
            "has had no readmission since.",
            "met",
            id="a-hospital-readmission-is-not-the-register",
        ),
        pytest.param(
            "I am registered with Social Work England. I have supported families for years. "
            "Mr C went home and there was no readmission.",
            "met",
            id="no-readmission-paragraphs-later",
        ),
        pytest.param(
            "I came off the SWE register in 2020 when I had my children. I was readmitted in "
            "2022 and have practised since.",
            "met",
            id="readmitted-to-the-register-the-next-sentence",
        ),
        pytest.param(
            "I was removed from the SWE register in 2023 and have not been readmitted.",
            "not_met",
            id="not-readmitted-to-the-register",
        ),
    ],
)
def test_registration_words_that_mean_something_else_away_from_the_register(
    statement: str, verdict: str
) -> None:
    assert _score(SWE, statement).verdict.value == verdict


APPROVED_ROLES = {"kind": "approved_role", "roles": ["BIA", "AMHP", "practice_educator"]}


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        pytest.param("I am not a BIA, AMHP or practice educator.", "not_met", id="bare-list"),
        pytest.param(
            "I am not a BIA, an AMHP or a practice educator.", "not_met", id="list-with-articles"
        ),
        pytest.param("I am a BIA, an AMHP and a practice educator.", "met", id="held-list"),
        pytest.param(
            "I have been an AMHP since 2019, and I am not a practice educator.",
            "met",
            id="one-held-one-denied",
        ),
    ],
)
def test_a_denial_covers_every_role_of_its_list(statement: str, verdict: str) -> None:
    assert _score(APPROVED_ROLES, statement).verdict.value == verdict


@pytest.mark.parametrize(
    ("roles", "statement", "verdict"),
    [
        pytest.param(["AMHP"], "I am an AMHP but not a BIA.", "met", id="held-before-but"),
        pytest.param(["BIA"], "I am an AMHP but not a BIA.", "not_met", id="denied-after-but"),
        pytest.param(
            ["practice_educator"],
            "I am a practice educator but not an AMHP.",
            "met",
            id="practice-educator-before-but",
        ),
        pytest.param(
            ["AMHP"], "I am a practice educator but not an AMHP.", "not_met", id="amhp-after-but"
        ),
        pytest.param(["BIA"], "I am not an AMHP but I am a BIA.", "met", id="denied-then-held"),
        pytest.param(
            ["AMHP"], "I am an AMHP; not a BIA.", "met", id="semicolon-ends-the-denial"
        ),
    ],
)
def test_a_denial_after_but_does_not_reach_back_to_the_role_before_it(
    roles: list[str], statement: str, verdict: str
) -> None:
    """The parser may hang "not a BIA" over "an AMHP but": "but" still ends the denial."""
    result = _score({"kind": "approved_role", "roles": roles}, statement)
    assert result.verdict.value == verdict


def test_a_role_both_claimed_and_denied_is_for_a_person_to_check_not_met() -> None:
    statement = (
        "Evidence of further professional development including practice education\n"
        "I am not a practice educator, but I have supported students on placement."
    )
    result = _score({"kind": "approved_role", "roles": ["practice_educator"]}, statement)
    assert (result.verdict.value, result.needs_review) == ("partly_met", True)
    assert "both claims and denies Practice Educator" in result.explanation


def test_an_unnamed_award_beside_a_denied_masters_is_below_the_level() -> None:
    rule = {"kind": "qualification", "subjects": ["occupational_therapy"], "min_level": "masters"}
    statement = (
        "I qualified as an Occupational Therapist in July 2025 from Wrexham University. I do not "
        "have a masters degree or a specialist award."
    )
    result = _score(rule, statement)
    assert (result.verdict.value, result.needs_review) == ("not_met", False)
    assert "do not have a masters" in result.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        pytest.param("I speak some Welsh (I did Welsh GCSE) but I am not fluent.", "partly_met",
                     id="some-welsh"),
        pytest.param("I understand some Welsh but I'm not confident speaking it.", "partly_met",
                     id="understands-some"),
        pytest.param("I speak conversational Welsh with my clients.", "met", id="conversational"),
        pytest.param("I am a fluent Welsh speaker.", "met", id="fluent"),
    ],
)
def test_welsh_without_a_level_set_asks_for_a_working_level(statement: str, verdict: str) -> None:
    """"Ability to communicate in Welsh" sets no level: a panel reads it as a working level."""
    assert _score({"kind": "language", "language": "welsh"}, statement).verdict.value == verdict


@pytest.mark.parametrize(
    ("statement", "verdict", "line"),
    [
        # "ond" (but) ends the Welsh "ddim"; "dw i'n dysgu" is "I am learning"
        pytest.param("Dw i ddim yn rhugl, ond dw i'n dysgu Cymraeg bob wythnos.", "partly_met",
                     "Learning Welsh", id="welsh-ond-learning"),
        pytest.param("I'm not fluent in Welsh yet, but I am learning.", "partly_met",
                     "Learning Welsh", id="not-fluent-but-learning"),
        # "speaking Welsh" is speaking it; a childhood told with it is not a level now
        pytest.param("Most days I end up speaking Welsh with the carers on my patch.", "met",
                     "Speaks Welsh", id="speaking-welsh"),
        pytest.param("I was brought up speaking Welsh in Bala, but we moved away when I was six "
                     "and I've forgotten it.", "not_met", "does not mention",
                     id="brought-up-speaking"),
    ],
)
def test_welsh_use_and_learning_as_a_panel_reads_them(
    statement: str, verdict: str, line: str
) -> None:
    result = _score({"kind": "language", "language": "welsh"}, statement)
    assert result.verdict.value == verdict, result.explanation
    assert line in result.explanation
    assert [span.text for span in result.evidence] in ([statement], [])


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # lessons still planned are not learning now; lessons going on are
        pytest.param("Once I am in post I plan to book onto the council's Welsh classes.",
                     "not_met", id="classes-planned"),
        pytest.param("I want to continue my Welsh lessons next year.", "partly_met",
                     id="lessons-continued"),
    ],
)
def test_welsh_lessons_planned_are_not_learning(statement: str, verdict: str) -> None:
    result = _score({"kind": "language", "language": "welsh"}, statement)
    assert result.verdict.value == verdict, result.explanation


def test_understanding_why_welsh_matters_is_not_understanding_welsh() -> None:
    statement = (
        "I do not speak Welsh but I am willing to learn. I understand that Welsh language and "
        "culture are important to people in Wales."
    )
    assert _score(WELSH, statement).verdict.value == "not_met"


def test_met_registration_quotes_the_number_and_the_sentence() -> None:
    statement = "I qualified in 2016. I am registered with the HCPC (OT40517)."
    result = _score(HCPC, statement)
    assert "OT40517" in result.explanation
    assert [e.text for e in result.evidence] == ["I am registered with the HCPC (OT40517)."]


def test_structured_fields_complement_the_statement() -> None:
    silent = "I enjoy working in the community."
    assert _score(HCPC, silent, {"registration": {"body": "HCPC"}}).verdict.value == "met"
    assert _score(DRIVE_PLAIN, silent, {"driving_licence": True}).verdict.value == "met"
    assert _score(WELSH, silent, {"welsh": "advanced"}).verdict.value == "met"
    assert _score(WELSH, silent, {"welsh": "entry"}).verdict.value == "partly_met"
    assert _score(POST_QUAL_2, silent, {"qualified_on": "2020-01-01"}).verdict.value == "met"


def test_experience_explanation_shows_the_arithmetic() -> None:
    result = _score(ANY_4, "Sept 2019 – Feb 2021 OT. March 2021 – present senior OT.")
    assert result.verdict.value == "met"
    assert "2019-09..2021-02" in result.explanation
    assert "present" in result.explanation
    assert "7.2 years" in result.explanation


PQ_FIVE = {"kind": "experience_years", "min_years": 5, "post_qualification": True}
SOCIAL_CARE_FOUR = {"kind": "experience_years", "min_years": 4, "domain": "social care"}


@pytest.mark.parametrize(
    ("rule", "statement", "verdict", "line"),
    [
        # a career break is not practice: its length comes off the years since qualifying ...
        pytest.param(PQ_FIVE, "I qualified in 2015 and took a four-year career break from "
                     "2017 to 2021, and I have practised full time since.", "met",
                     "less a career break of 4.0 years", id="break-length-taken-off"),
        # ... and with a dated return the years told are the count, not the time since
        pytest.param(PQ_FIVE, "I qualified in 2012 and practised for two years, then took a "
                     "career break; I returned to practice in March 2024.", "not_met",
                     "not reached", id="break-then-dated-return"),
        # a break denied is none
        pytest.param(PQ_FIVE, "I qualified in 2015 and have never had a break from practice.",
                     "met", "assuming continuous practice", id="no-break"),
        # hospital years before a move to the council are health care
        pytest.param(SOCIAL_CARE_FOUR, "I worked for six years on an NHS stroke ward before "
                     "joining the council's reablement service in 2025.", "not_met", "",
                     id="ward-years-before-moving"),
    ],
)
def test_years_a_career_break_or_another_setting_took(
    rule: dict, statement: str, verdict: str, line: str
) -> None:
    result = _score(rule, statement)
    assert result.verdict.value == verdict, result.explanation
    assert line in result.explanation


def test_inferred_post_qualifying_years_have_lower_confidence() -> None:
    result = _score(POST_QUAL_2, "I qualified in 2020 and I now work as an OT.")
    assert result.verdict.value == "met"
    assert result.confidence <= 0.7


def test_licence_without_stated_transport_is_met_with_lower_confidence() -> None:
    result = _score(DRIVE, "I have a full driving licence.")
    assert result.verdict.value == "met"
    assert result.confidence <= 0.8
    assert "transport is not stated" in result.explanation


def test_any_of_takes_the_best_child_and_all_of_the_worst() -> None:
    statement = "I am registered with the HCPC (OT1234) but I do not drive."
    any_of = {"kind": "any_of", "rules": [HCPC, DRIVE_PLAIN]}
    all_of = {"kind": "all_of", "rules": [HCPC, DRIVE_PLAIN]}
    assert _score(any_of, statement).verdict.value == "met"
    assert _score(all_of, statement).verdict.value == "not_met"


def test_all_of_ignores_pre_employment_children() -> None:
    rule = {"kind": "all_of", "rules": [HCPC, {"kind": "pre_employment", "check": "dbs"}]}
    assert _score(rule, "I am registered with the HCPC (OT1234).").verdict.value == "met"


def test_holding_a_licence_and_not_driving_is_met_but_reviewed() -> None:
    result = _score(DRIVE_PLAIN, "I hold a full driving licence. I do not drive at night.")
    assert (result.verdict.value, result.needs_review) == ("met", True)


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("I hold an equivalent qualification from Ghana, recognised by the HCPC.", "met"),
        ("I am an experienced (Band B equivalent) practitioner.", "not_met"),
    ],
)
def test_an_equivalent_qualification_is_met_for_review_but_a_band_equivalent_is_not(
    statement: str, verdict: str
) -> None:
    result = _score(OT_DEGREE, statement)
    assert result.verdict.value == verdict
    assert result.needs_review is True


def test_claiming_and_denying_the_same_role_is_flagged_for_review() -> None:
    result = _score(AMHP_OR_BIA, "I am an AMHP. To be clear, I am not an AMHP any more.")
    assert result.needs_review is True
    assert "both claims and denies" in result.explanation


SW_MASTERS = {"kind": "qualification", "subjects": ["social_work"], "min_level": "masters"}


def test_qualified_without_naming_the_award_is_never_a_confident_no_on_its_level() -> None:
    """'I qualified as a social worker' does not say whether it was a BA or an MA: a person
    checks, rather than the sift marking a possibly good applicant as not meeting it."""
    result = _score(SW_MASTERS, "I qualified as a social worker in 2015.")
    assert (result.verdict.value, result.needs_review) == ("partly_met", True)
    assert "the award is not named" in result.explanation
    assert "check its level" in result.explanation


def test_a_named_award_is_judged_and_quoted_rather_than_qualified_as() -> None:
    statement = "I qualified as a social worker in 2015 (BA Hons Social Work, Keele)."
    below = _score(SW_MASTERS, statement)
    assert (below.verdict.value, below.needs_review) == ("not_met", False)
    assert below.explanation.startswith("Holds BA Hons (social work), below the level")
    held = _score(SW_DEGREE, statement)
    assert held.verdict.value == "met"
    assert held.explanation == "Holds BA Hons (social work)."


OT_QUALIFIED_AND_REGISTERED = {"kind": "all_of", "rules": [OT_DEGREE, HCPC]}


def test_one_settled_failure_settles_an_all_of_rule() -> None:
    """'I am not registered' fails 'qualified and registered' whatever the statement leaves
    unsaid about the qualification: not a guess for a person to check."""
    denied = _score(
        OT_QUALIFIED_AND_REGISTERED, "I work alongside OTs. I am not registered with the HCPC."
    )
    assert (denied.verdict.value, denied.needs_review) == ("not_met", False)
    silent = _score(OT_QUALIFIED_AND_REGISTERED, "I enjoy working with older people.")
    assert (silent.verdict.value, silent.needs_review) == ("not_met", True)


@pytest.mark.parametrize(
    ("statement", "verdict", "line"),
    [
        # a pause told of the ASYE, with nothing saying it was finished, is not a completion
        pytest.param("My ASYE has been on hold since my accident; I pick it up again in June.",
                     "partly_met", "paused it", id="asye-on-hold"),
        pytest.param("I completed my ASYE in 2021, though it was put on hold for three months.",
                     "met", "Completed the ASYE", id="asye-finished-despite-pause"),
    ],
)
def test_a_paused_asye_is_not_a_completed_one(statement: str, verdict: str, line: str) -> None:
    result = _score(ASYE, statement)
    assert result.verdict.value == verdict, result.explanation
    assert line in result.explanation
    assert [span.text for span in result.evidence] == [statement]


@pytest.mark.parametrize(
    ("statement", "verdicts"),
    [
        ("I have not completed the practice educator accreditation yet.", {"met", "partly_met"}),
        ("I have not yet finished my Practice Educator award.", {"met", "partly_met"}),
        ("I have not completed the practice educator accreditation.", {"not_met"}),
    ],
)
def test_not_finished_yet_is_under_way_not_denied(statement: str, verdicts: set[str]) -> None:
    """"Not completed ... yet" is an award under way (a strong applicant was rejected on it)."""
    rule = {"kind": "approved_role", "roles": ["practice_educator"], "accept_training": True}
    assert _score(rule, statement).verdict.value in verdicts


def test_the_applicants_own_asye_told_by_mine_after_someone_elses() -> None:
    statement = (
        "Watching my sister pass her ASYE last spring has left me keen to complete mine in "
        "a team like yours."
    )
    accepting = _score({"kind": "asye", "accept_commitment": True}, statement)
    assert accepting.verdict.value == "met", accepting.explanation
    assert [span.text for span in accepting.evidence] == [statement]
    assert _score(ASYE, statement).verdict.value == "not_met"


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("I have not had to give up my AMHP warrant at any point since I qualified.", "met"),
        ("I have never handed back my AMHP warrant, and I am on the rota every month.", "met"),
        ("I have not been given the chance to train as an AMHP.", "not_met"),
        ("I gave up my AMHP warrant in 2021 when I moved into management.", "not_met"),
        ("I gave up my weekends for a year to complete the AMHP programme in 2022.", "met"),
    ],
)
def test_a_denied_loss_of_a_role_is_holding_it(statement: str, verdict: str) -> None:
    """"Not had to give up my warrant" keeps the role; "not given the chance" does not."""
    assert _score({"kind": "approved_role", "roles": ["AMHP"]}, statement).verdict.value == verdict


DRIVING_OR_ALTERNATIVE = {
    "kind": "driving",
    "access_to_transport": True,
    "disability_alternative": True,
}


@pytest.mark.parametrize(
    "statement",
    [
        "I have Meniere's disease and on medical advice I surrendered my driving licence in "
        "2024. I travel to visits by bus and taxi.",
        "After blackouts last year I gave up my licence; I now use taxis for home visits.",
    ],
)
def test_a_licence_given_up_for_a_condition_meets_the_disability_alternative(
    statement: str,
) -> None:
    """A licence surrendered for a condition the DVLA must be told of is not driving because of
    a disability: met where the criterion allows it, for the panel to confirm, never a reject."""
    found = _score(DRIVING_OR_ALTERNATIVE, statement)
    assert (found.verdict.value, found.needs_review) == ("met", True)
    assert "disability_alternative" in found.flags


AMHP_OR_COMMITMENT = {"kind": "approved_role", "roles": ["AMHP"], "accept_commitment": True}


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        (
            "I'm not an AMHP yet. If I'm successful here I am fully committed to training and "
            "joining the rota.",
            "met",
        ),
        ("I am not an AMHP yet, but I would welcome the chance to complete the training.", "met"),
        ("I am not an AMHP yet and I have no plans to train.", "not_met"),
        ("I am not an AMHP. I am committed to training newly qualified staff.", "not_met"),
        (
            "I am not an AMHP yet. My colleague is a BIA and is keen to train as an AMHP too.",
            "not_met",
        ),
    ],
)
def test_a_role_denied_with_yet_and_a_commitment_after_it_is_a_commitment(
    statement: str, verdict: str
) -> None:
    """"Not an AMHP yet" followed by a commitment to train, in that sentence or the next ones
    naming no other role, is the commitment the criterion accepts; a denied plan, or a
    commitment without the "yet", is not."""
    assert _score(AMHP_OR_COMMITMENT, statement).verdict.value == verdict


def test_an_applicant_who_says_they_lack_an_evidence_criterion_is_a_settled_not_met() -> None:
    """'I have no experience of the DFG process' is the applicant's own word, quoted; silence is
    not: a paraphrase the word search missed stays for a person to check."""
    dfg = Criterion(
        id="dfg",
        text="Experience of the Disabled Facilities Grant process",
        assessed_by=["application"],
    )
    spec = RoleSpec(id="evidence", title="Evidence", criteria=[dfg])

    def score(statement: str) -> CriterionResult:
        (result,) = get_engine().score(spec, statement, reference_date=REFERENCE).criteria
        return result

    denied = score("I have no experience of the Disabled Facilities Grant process.")
    assert (denied.verdict.value, denied.needs_review) == ("not_met", False)
    assert [e.text for e in denied.evidence] == [
        "I have no experience of the Disabled Facilities Grant process."
    ]
    assert "says they do not have" in denied.explanation
    for unsure in ("I enjoy gardening.", "My colleague has no experience of the DFG process."):
        result = score(unsure)
        assert (result.verdict.value, result.needs_review) == ("not_met", True), unsure
        assert result.evidence == []
    shown = score("I have not led a DFG case alone, but I have delivered DFG adaptations.")
    assert shown.verdict.value != "not_met"


PQ_TWO_YEARS = {
    "kind": "experience_years",
    "min_years": 2,
    "post_qualification": True,
    "domain": "social work",
}
WELSH_ANY = {"kind": "language", "language": "welsh", "min_level": "intermediate"}


# Phrasings written and labelled on 1 December 2026 (stop 20) before the engine was run on them:
# the verdicts a careful panel would accept, reference date 22 November 2026.
BLIND_PHRASINGS: list[tuple[str, dict[str, Any], str, set[str]]] = [
    ("swe-number", SWE, "My Social Work England registration number is SW123456.", {"met"}),
    ("registered-since", SWE, "I have been a registered social worker since 2019 (SWE).",
     {"met"}),
    ("awaiting-registration", SWE,
     "I'm awaiting my SWE registration, which should come through next month.", {"partly_met"}),
    ("let-it-lapse", SWE, "I let my registration lapse in 2021 and have not renewed it.",
     {"not_met"}),
    ("colleagues-registered", SWE, "My colleagues are all SWE registered; I will apply for "
     "registration after I graduate in July.", {"partly_met", "not_met"}),
    ("hcpc-number-and-rcot", HCPC, "I am HCPC registered (OT61234) and a member of RCOT.",
     {"met"}),
    ("struck-off", HCPC, "I was struck off the HCPC register in 2022.", {"not_met"}),
    ("bsc-ot", OT_DEGREE, "I hold a BSc (Hons) in Occupational Therapy from Cardiff University "
     "(2018).", {"met"}),
    ("final-year-ot", OT_DEGREE, "I am in the final year of my OT degree and expect to graduate "
     "next summer.", {"partly_met"}),
    ("psychology-not-ot", OT_DEGREE, "My degree is in Psychology; I am not an occupational "
     "therapist.", {"not_met"}),
    ("ma-social-work", SW_DEGREE, "I qualified with an MA in Social Work from Sussex in 2015.",
     {"met"}),
    ("dipsw", SW_DEGREE, "I have a Diploma in Social Work (DipSW, 2001).", {"met", "partly_met"}),
    ("bia-rota", AMHP_OR_BIA, "I completed my BIA training at Bournemouth in 2023 and have been "
     "on the BIA rota since.", {"met"}),
    ("amhp-course-not-warranted", AMHP_OR_BIA, "I am not currently warranted as an AMHP, "
     "although I did the AMHP course in 2019.", {"partly_met", "not_met"}),
    ("works-alongside-amhps", AMHP_OR_BIA, "Our team has two AMHPs and a BIA who I work "
     "alongside.", {"not_met"}),
    ("keen-to-train-amhp", AMHP_COMMIT, "I would be keen to undertake AMHP training within two "
     "years of starting.", {"met", "partly_met"}),
    ("passed-asye", ASYE, "I passed my ASYE with Kent in 2022.", {"met"}),
    # (a criterion that asks for the ASYE completed: the plain rule accepts it under way)
    ("six-months-into-asye", {"kind": "asye", "accept_training": False},
     "I am six months into my ASYE.", {"partly_met"}),
    ("licence-ten-years", DRIVE, "I have held a full UK licence for ten years and have use of a "
     "car.", {"met"}),
    ("taxis-for-disability", DRIVE, "Due to my disability I do not drive, and I would use taxis "
     "and public transport to make visits.", {"met"}),
    ("pool-car", DRIVE, "I don't have a car at the moment but I have a full licence and can use "
     "the council's pool car scheme.", {"met", "partly_met"}),
    ("passed-in-august", DRIVE_PLAIN, "I passed my driving test in August.", {"met"}),
    ("welsh-fluent-in-welsh", WELSH_ANY, "Rwy'n siarad Cymraeg yn rhugl.", {"met"}),
    ("welsh-evening-classes", WELSH_ANY, "I am currently learning Welsh at evening classes "
     "(Mynediad level).", {"partly_met"}),
    ("no-welsh-happy-to-learn", WELSH_ANY, "I don't speak Welsh but I'm happy to learn.",
     {"not_met", "partly_met"}),
    ("since-qualifying-2023", PQ_TWO_YEARS, "Since qualifying in June 2023 I have worked in a "
     "hospital social work team.", {"met"}),
    ("qualified-2025", PQ_TWO_YEARS, "I qualified in September 2025 and have worked in an adults "
     "team since.", {"not_met", "partly_met"}),
    ("three-years-pq", PQ_TWO_YEARS, "I have over three years' post-qualifying experience in "
     "children's safeguarding.", {"met"}),
    # a second batch, harder: CV lines, lower case and typos, other people, time and lists
    ("cv-line-registration", SWE, "Registration: Social Work England, SW98765 (current)",
     {"met"}),
    ("lowercase-typo-hcpc", HCPC, "im hcpc registerd and have been since i qualifed", {"met"}),
    ("partner-is-registered", SWE, "My partner is a registered social worker and I have "
     "always wanted to follow her into the profession.", {"not_met"}),
    ("registration-renewed", HCPC, "I renewed my HCPC registration in March, as I do every "
     "two years.", {"met"}),
    ("if-appointed-register", SWE, "If appointed I would register with Social Work England "
     "straight away.", {"not_met", "partly_met"}),
    ("cv-line-degree", OT_DEGREE, "2014-2017 BSc (Hons) Occupational Therapy, University of "
     "Brighton, 2:1", {"met"}),
    ("ot-apprenticeship-year-two", OT_DEGREE, "I am in the second year of an OT degree "
     "apprenticeship sponsored by my trust.", {"partly_met"}),
    ("ba-hons-sw", SW_DEGREE, "BA (Hons) Social Work - First class, 2020", {"met"}),
    ("sister-has-degree", SW_DEGREE, "My sister has a social work degree and has told me a lot "
     "about the job.", {"not_met"}),
    ("bia-and-amhp-both-held", AMHP_OR_BIA, "I have been a BIA since 2018 and an AMHP since "
     "2021.", {"met"}),
    ("bia-lapsed", AMHP_OR_BIA, "I was a BIA until 2020 but let it lapse when I moved to "
     "children's services.", {"partly_met", "not_met"}),
    ("amhp-in-training", AMHP_COMMIT, "I am currently on the AMHP programme at the University "
     "of Kent, due to finish in June.", {"met", "partly_met"}),
    ("asye-cv-line", ASYE, "ASYE completed 2021 (Surrey County Council)", {"met"}),
    ("asye-before-it-existed", {"kind": "asye", "accept_training": False}, "I qualified in "
     "2008, before the ASYE was introduced.", {"partly_met"}),
    ("licence-no-points", DRIVE_PLAIN, "Full clean driving licence, no points.", {"met"}),
    ("husband-drives", DRIVE_PLAIN, "I do not drive but my husband can take me to visits.",
     {"not_met", "partly_met"}),
    ("banned-until", DRIVE_PLAIN, "I hold a full licence but I am currently disqualified "
     "until next June.", {"not_met", "partly_met"}),
    ("cannot-drive-epilepsy-taxis", DRIVE, "Because of my epilepsy I am not allowed to drive; "
     "I get around by taxi and train and have done so throughout my career.", {"met"}),
    ("welsh-first-language-cv", WELSH_ANY, "Languages: Welsh (first language), English",
     {"met"}),
    ("welsh-understand-not-speak", WELSH_ANY, "I can understand Welsh but I am not confident "
     "speaking it.", {"partly_met"}),
    ("grandmother-welsh", WELSH_ANY, "My grandmother was a Welsh speaker.", {"not_met"}),
    ("qualified-2020-then-break", PQ_TWO_YEARS, "I qualified in 2020 and worked as a social "
     "worker for four years before taking a career break in 2024.", {"met"}),
    ("eighteen-months-pq", PQ_TWO_YEARS, "I have eighteen months of post-qualifying experience "
     "in a community team.", {"not_met", "partly_met"}),
    ("years-as-support-worker", PQ_TWO_YEARS, "I have worked as a support worker for six years "
     "and qualified as a social worker in July 2026.", {"not_met", "partly_met"}),
    # a third batch: dates and ranges, approved roles in lists, transport
    ("cv-range-since-qualifying", PQ_TWO_YEARS, "Social Worker, Adults Team, Medway Council, "
     "Sept 2021 - present. Qualified: BA Social Work, 2021.", {"met"}),
    ("pq-years-in-words", PQ_TWO_YEARS, "Since I qualified five years ago I have worked in "
     "safeguarding and long-term teams.", {"met"}),
    ("nqsw-this-year", PQ_TWO_YEARS, "I am a newly qualified social worker and started my first "
     "post in September.", {"not_met", "partly_met"}),
    ("hcpc-pending-new-graduate", HCPC, "I graduate in July and have applied to join the HCPC "
     "register.", {"partly_met", "not_met"}),
    ("registered-in-scotland", SWE, "I am registered with the SSSC in Scotland and will transfer "
     "to Social Work England if successful.", {"partly_met", "not_met"}),
    ("swe-in-a-list", SWE, "Professional registration and memberships: Social Work England "
     "(SW55501), BASW.", {"met"}),
    ("practice-educator-stage-two", APPROVED_ROLES, "I completed the Practice Educator "
     "Professional Standards stage 2 in 2024 and have supported four students.", {"met"}),
    ("bia-interested-only", AMHP_OR_BIA, "I am very interested in becoming a BIA in the future.",
     {"not_met", "partly_met"}),
    ("not-bia-but-amhp-cv", AMHP_OR_BIA, "Warranted AMHP (2020 - present); not a BIA.",
     {"met"}),
    ("amhp-manager-supervises", AMHP_OR_BIA, "I am supervised by an AMHP who has taught me a "
     "great deal about the Mental Health Act.", {"not_met"}),
    ("business-insurance", DRIVE, "I have a full driving licence, my own car and business "
     "insurance.", {"met"}),
    ("licence-no-car-bus", DRIVE, "I have a full licence but no car, and I would get to visits "
     "by bus.", {"partly_met"}),
    ("learner-no-licence-yet", DRIVE_PLAIN, "I have not passed my driving test yet.",
     {"not_met", "partly_met"}),
    ("drive-automatic-only", DRIVE_PLAIN, "I hold a full UK licence for automatic cars only.",
     {"met", "partly_met"}),
    ("welsh-conversational-cv", WELSH_ANY, "Welsh: conversational (Level 3, Canolradd)",
     {"met"}),
    ("welsh-school-forgotten", WELSH_ANY, "I learnt Welsh at school but have forgotten most of "
     "it.", {"partly_met", "not_met"}),
    ("masters-ot-preregistration", OT_DEGREE, "I qualified through the MSc Occupational Therapy "
     "(pre-registration) at Brunel in 2019.", {"met"}),
    ("ot-degree-abroad", OT_DEGREE, "I hold a Bachelor of Occupational Therapy from the "
     "University of Queensland (2012), recognised by the HCPC.", {"met"}),
    # a fourth batch: negative words that do not deny (where a misread rejects a good applicant)
    ("never-let-it-lapse", HCPC, "I have never let my HCPC registration lapse.", {"met"}),
    ("no-breaks-in-registration", SWE, "I have not had any breaks in my Social Work England "
     "registration since 2016.", {"met"}),
    ("not-only-amhp", AMHP_OR_BIA, "Not only am I an AMHP, I am also a BIA.", {"met"}),
    ("not-just-a-licence", DRIVE, "I don't just hold a full licence, I also have my own car.",
     {"met"}),
    ("not-a-new-driver", DRIVE_PLAIN, "I'm not a new driver: I've held my licence since 2009.",
     {"met"}),
    ("not-trained-in-uk", HCPC, "I wasn't trained in the UK, but my Australian OT degree is "
     "recognised and I am HCPC registered.", {"met"}),
    ("no-asye-but-nqsw", ASYE, "Although I did not do an ASYE, I completed the NQSW year in "
     "2010.", {"met", "partly_met"}),
    ("social-work-not-nursing", SW_DEGREE, "I qualified in social work, not in nursing: BA "
     "Social Work, 2012.", {"met"}),
    ("no-restrictions-on-licence", DRIVE_PLAIN, "My driving licence has no restrictions.",
     {"met"}),
    ("never-outside-social-work", PQ_TWO_YEARS, "At no point since qualifying as a social "
     "worker in 2015 have I worked outside social work.", {"met"}),
    ("first-language-never-not", WELSH_ANY, "I can't remember a time I wasn't speaking Welsh; "
     "it is my first language.", {"met"}),
    ("not-only-practice-educator", APPROVED_ROLES, "I am not only a practice educator but also "
     "a BIA.", {"met"}),
    ("welsh-denied-in-welsh", WELSH_ANY, "Nid wyf yn siarad Cymraeg.", {"not_met", "partly_met"}),
    # a fifth batch, the same family
    ("no-gap", SWE, "There has been no gap in my Social Work England registration.", {"met"}),
    ("never-without-licence", DRIVE_PLAIN, "I have never been without a driving licence since "
     "I turned seventeen.", {"met"}),
    ("not-once-lapsed", HCPC, "Not once has my HCPC registration lapsed.", {"met"}),
    ("no-problem-driving", DRIVE, "I hold a full licence and have my own car, so travelling "
     "across the county is no problem.", {"met"}),
    ("not-afraid-amhp", AMHP_OR_BIA, "I am an AMHP and I am not afraid to make difficult "
     "decisions.", {"met"}),
    ("no-longer-bia", AMHP_OR_BIA, "I am no longer a BIA.", {"not_met", "partly_met"}),
    ("nothing-but-social-work", PQ_TWO_YEARS, "I have done nothing but social work since I "
     "qualified in 2016.", {"met"}),
    ("never-failed", SW_DEGREE, "I never failed a module of my BA in Social Work and graduated "
     "in 2019.", {"met"}),
    ("without-points", DRIVE_PLAIN, "I have a full licence without any points.", {"met"}),
    ("no-one-else-drives", DRIVE_PLAIN, "No one else in my family drives, but I have held a "
     "full licence since 2012.", {"met"}),
    ("not-registered-yet", SWE, "I am not yet registered with Social Work England.",
     {"not_met", "partly_met"}),
    ("not-welsh-speaker-but-learning", WELSH_ANY, "I am not a Welsh speaker yet, but I go to "
     "weekly Welsh classes.", {"partly_met"}),
]


@pytest.mark.parametrize(
    ("case", "rule", "statement", "verdicts"),
    [pytest.param(*case, id=case[0]) for case in BLIND_PHRASINGS],
)
def test_checkable_phrasings_written_before_the_engine_ran(
    case: str, rule: dict[str, Any], statement: str, verdicts: set[str]
) -> None:
    assert _score(rule, statement).verdict.value in verdicts


SW_REGISTERS = {"kind": "registration", "bodies": ["SWE", "SCW", "NISCC", "SSSC"]}
SOCIAL_WORK = {"kind": "qualification", "subjects": ["social_work"]}
# (name, rule, statement, verdict, words the quoted evidence must contain)
READINGS_A_PANEL_MAKES: list[tuple[str, dict, str, str, str]] = [
    # someone else named by a pronoun ("everyone", "someone") holds the fact
    ("everyone-else-registered", HCPC, "Everybody else on my ward is HCPC registered; I am "
     "the rehab support worker.", "not_met", "Everybody else"),
    ("someone-registered", HCPC, "Someone in my family is HCPC registered and encouraged "
     "me to apply for this post.", "not_met", "Someone in my family"),
    # a regulator's acronym in lower case, as a quick CV line writes it
    ("sssc-lower-case", SW_REGISTERS, "sssc registered since 2019, working in a fostering "
     "team in dundee", "met", "sssc registered"),
    # two neighbouring letters swapped in the subject
    ("subject-letters-swapped", SOCIAL_WORK, "MA Scoial Work, University of Bristol (2012)",
     "met", "MA Scoial Work"),
    # a number run into its unit, in a lower-case line
    ("years-run-into-unit", POST_QUAL_2, "i have 3yrs as a qualified social worker in an "
     "adults team", "met", "3yrs"),
    # a two-digit year after an apostrophe; "in the team" is where, not someone else; the
    # degree told in a clause of its own does not make the work study
    ("since-apostrophe-year", POST_QUAL_2, "Social worker in the council's hospital team "
     "since ’21, and before that a support worker while I did my degree.", "met", "since ’21"),
    # a role not held, then a welcome of the chance, is a commitment the criterion may accept
    ("welcome-the-chance", {"kind": "approved_role", "roles": ["BIA"], "accept_commitment": True},
     "I am not a BIA yet, but I'd really welcome the chance.", "met", "welcome the chance"),
    # a course still to start is a commitment, not training under way
    ("course-to-start", {"kind": "approved_role", "roles": ["BIA"], "accept_training": True},
     "My place is confirmed and I will start the BIA training in March.", "not_met",
     "start the BIA training"),
    ("stage-to-start", {"kind": "approved_role", "roles": ["practice_educator"],
                        "accept_commitment": True},
     "My manager says I can begin PE stage 1 after Easter.", "met", "PE stage 1"),
]


@pytest.mark.parametrize(
    ("rule", "statement", "verdict", "quoted"),
    [pytest.param(*case[1:], id=case[0]) for case in READINGS_A_PANEL_MAKES],
)
def test_a_careful_readers_reading(rule: dict, statement: str, verdict: str, quoted: str) -> None:
    result = _score(rule, statement)
    assert result.verdict.value == verdict, result.explanation
    assert any(quoted in span.text for span in result.evidence), result.explanation


def test_a_swapped_pair_of_letters_corrects_only_that_slip() -> None:
    # "societal" and "socially" are words of their own, not "social" misspelt
    result = _score(SOCIAL_WORK, "BSc in Societal Studies (2015), and I am socially minded.")
    assert result.verdict.value == "not_met"


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # a licence told as expected is to come; the theory test passed is not the licence
        pytest.param("Full licence expected in March 2027; I passed my theory test in October.",
                     "partly_met", id="licence-expected"),
        pytest.param("Licence: full (expected June 2027, theory passed, practical booked)",
                     "partly_met", id="cv-licence-expected"),
        # "as expected" says what is asked, not a licence to come
        pytest.param("I hold a full licence, as expected for community posts, and my own car.",
                     "met", id="as-expected"),
        # a pass to come is no pass
        pytest.param("Driving test booked for January; I will buy a car once I have passed.",
                     "partly_met", id="once-passed"),
    ],
)
def test_a_licence_to_come_is_not_a_licence_held(statement: str, verdict: str) -> None:
    result = _score(DRIVE, statement)
    assert result.verdict.value == verdict, result.explanation
    assert [span.text for span in result.evidence] == [statement]


def test_starting_the_work_of_a_role_is_not_a_course_to_come() -> None:
    result = _score(AMHP_OR_BIA, "I am a BIA. When I start a BIA assessment I read the care plan.")
    assert result.verdict.value == "met"


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # what the applicant says their Welsh *is* names its level
        pytest.param("My Welsh is very good.", "met", id="welsh-is-very-good"),
        pytest.param("My spoken Welsh is a bit rusty now.", "partly_met", id="welsh-is-rusty"),
        # a level denied is a limit to ask about, not a denial of speaking it
        pytest.param("My written Welsh is not strong.", "partly_met", id="welsh-is-not-strong"),
        pytest.param("I am not fluent in Welsh.", "partly_met", id="not-fluent"),
        pytest.param("I do not speak Welsh.", "not_met", id="does-not-speak"),
        # understanding told after the turn, in English or in Welsh
        pytest.param("I don't speak Welsh well, but I understand a lot.", "partly_met",
                     id="but-understand-a-lot"),
        pytest.param("I don't speak Welsh, although I understand how much it matters here.",
                     "not_met", id="understand-why-it-matters"),
    ],
)
def test_a_level_said_of_welsh_and_a_level_denied(statement: str, verdict: str) -> None:
    result = _score(WELSH, statement)
    assert result.verdict.value == verdict, result.explanation


def test_a_denied_level_at_or_below_the_one_asked_is_not_met() -> None:
    proficiency = {"kind": "language", "language": "welsh", "min_level": "proficiency"}
    assert _score(proficiency, "I am not fluent in Welsh.").verdict.value == "not_met"


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # academic and financial years written with a two-digit end
        pytest.param("2019/20 and 2020/21 social worker, Leeds; 2021-26 senior social worker, "
                     "Wakefield", "met", id="slash-and-dash-years"),
        pytest.param("2024-25 social worker, Bradford", "not_met", id="one-year"),
    ],
)
def test_years_written_with_a_two_digit_end(statement: str, verdict: str) -> None:
    result = _score(PQ_FIVE, statement)
    assert result.verdict.value == verdict, result.explanation


def test_a_cv_line_dates_the_applicants_own_post() -> None:
    statement = (
        "10/2016 – 08/2019  Social Worker, Hull City Council\n"
        "09/2019 – present  Senior Practitioner, East Riding"
    )
    result = _score(PQ_FIVE, statement)
    assert result.verdict.value == "met", result.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the applicant's own question takes the answer after it
        pytest.param("Am I still a BIA? No - I let it go when I went part-time.", "not_met",
                     id="question-no"),
        pytest.param("Am I a BIA? Yes, since 2021, with Kirklees.", "met", id="question-yes"),
    ],
)
def test_a_fact_in_the_applicants_own_question_takes_the_answer(
    statement: str, verdict: str
) -> None:
    result = _score(AMHP_OR_BIA, statement)
    assert result.verdict.value == verdict, result.explanation


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # the regulator transferred from is left behind, the one transferred to is held
        pytest.param("Registered with SWE since 2019, having transferred over from the HCPC.",
                     "met", id="transferred-to-swe"),
        pytest.param("My registration transferred from the HCPC to Social Work England in 2019.",
                     "met", id="from-hcpc-to-swe"),
    ],
)
def test_a_transfer_between_regulators(statement: str, verdict: str) -> None:
    assert _score(SWE, statement).verdict.value == verdict


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # one's own car used for visits says one drives; someone else driving does not
        pytest.param("I use my own car for every home visit across the county.", "met",
                     id="own-car-for-visits"),
        pytest.param("My wife drives me to visits when the buses do not run.", "not_met",
                     id="wife-drives"),
        # a car still to be bought is no car now
        pytest.param("I have a full licence and I am saving for a car.", "partly_met",
                     id="saving-for-a-car"),
    ],
)
def test_whose_car_and_whose_driving(statement: str, verdict: str) -> None:
    result = _score(DRIVE, statement)
    assert result.verdict.value == verdict, result.explanation
