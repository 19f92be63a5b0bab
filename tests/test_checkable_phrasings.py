"""Checkable phrasings written and labelled by other hands before the engine read them.

Each entry of ``tests/checkable_phrasings/*.yaml`` (see its README) is one passage, one rule and
the verdicts a panel would accept; the engine must give one of them.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import pytest
import yaml

from benchmarks.bench_checkable import PHRASINGS_DIR, one_rule_spec
from matching.engine import get_engine
from matching.result import Verdict

FAMILIES = {"plain", "negation", "hedge", "other-person", "time", "contrast", "form"}
VERDICTS = {Verdict.met.value, Verdict.partly_met.value, Verdict.not_met.value}
FILE_KEYS = {"written_on", "labelled_before_engine_run", "reference_date", "phrasings"}
PHRASING_KEYS = {"id", "family", "rule", "statement", "verdicts", "why"}


# Read otherwise than labelled after the first run's mending (docs/benchmarks.md, "Checkable
# phrasings written by other hands"): strict, so each one mended shows as an unexpected pass.
# Where the engine follows a documented rule the labels differ from, the reason says so.
FEWER_YEARS = (
    "rule: fewer years than asked is not met, for review (docs/scoring.md, since 2026-12-02, as "
    "sets c and d and both evidence corpora label it); this set's writer labelled it from the "
    "rule before, partly met"
)
KNOWN_MISSES: dict[str, str] = {
    "time-welsh-fluent-as-child-rusty": "rule: Welsh below the level asked is partly met "
    "(docs/scoring.md); the label says not met for a self-described beginner",
    "form-welsh-finished-mynediad": "rule: learning Welsh is partly met (docs/scoring.md); the "
    "label says not met at entry level",
    "neg-no-hesitation-committing-amhp": "'no hesitation in committing to the AMHP programme' "
    "reads as claiming and denying the role, not as a commitment",
    # set d (first run at 999be78: 75 of 100; see docs/benchmarks.md)
    "d-con-practice-educator-although-no-student-since": "an accreditation 'still in place' "
    "after students stopped in 2020 reads as a role held before (partly met)",
    "d-neg-let-hcpc-registration-go": "'let my registration go ... before I can apply to be "
    "readmitted': the readmission to come reads as registered now (met, for review)",
    "d-neg-never-paid-for-caring": "years of unpaid caring from 2019 until 2023 are not read as "
    "experience the criterion's 'voluntary' accepts",
    "d-neg-no-car-of-my-own": "'no car of my own' with a partner's car insured for business "
    "use: the partner's car is not read as access to transport (partly met)",
    "d-con-bsc-ot-but-msc-public-health": "'I did go on to an MSc, but in Public Health rather "
    "than OT': the masters takes the OT named beside it",
    "d-con-moving-and-handling-paediatrics-barely": "an area 'only really touched on, covering a "
    "handful of days' still counts as experience in it",
    "d-hed-possibly-consider-amhp": "'I would possibly consider AMHP training at some point' "
    "reads as a commitment to train",
    "d-hed-welsh-probably-intermediate-maybe-below": "'probably around intermediate, maybe a "
    "bit below': the hedge on the level is not read",
    "d-hed-hcpc-should-come-through-any-day": "a registration that 'should come through any "
    "day' reads as held",
    "d-frm-nvq2-doing-lvl3": "'Currently doing my lvl 3 diploma' after an NVQ 2 line: the level 3 "
    "under way is not tied to the subject named the sentence before",
    # set e (first run at 92103e7: 109 of 120; see docs/benchmarks.md)
    "e-exp-two-years-against-three": FEWER_YEARS,
    "e-ar-bia-until-2022": "rule: a role held before is not met, for review (docs/scoring.md, "
    "since 2026-12-02, as sets c, f and g label it); this set's writer labelled it from the rule "
    "before",
    "e-exp-will-have-two-by-start": FEWER_YEARS,
    "e-exp-qualified-2023-after-assistant": FEWER_YEARS,
    "e-exp-nearly-three-years": FEWER_YEARS,
    "e-exp-cv-line-mind-2025": FEWER_YEARS,
    "e-exp-eight-years-although-qualified-2024": FEWER_YEARS,
    "e-exp-eighteen-months-plus-asye": "the ASYE year before 'the last eighteen months' is not "
    "counted as post-qualifying work",
    "e-exp-career-break-summed": "the years since 'returned to practice in April 2024' are not "
    "added to the range before the career break",
    # set f (first run at e5c2f7e: 90 of 120; labelled without reading docs/scoring.md)
    "f-exp-13-summer-before-lockdown": "'I graduated the summer before lockdown': a date told by "
    "an event is not read",
    "f-exp-26-cv-fragment-oct-22-now": "'qual'd 2022 (BA SW ...) - SW, CYPS, NPT CBC, oct 22 - "
    "now': 'qual'd' and 'SW' as the post are not read as qualified work",
    "f-reg-09-partner-and-me": "'I joined the register myself' after a partner's SWE "
    "registration: the register is not tied to the body named before",
    "f-qual-07-will-be-enrolled": "'told I will be enrolled on the Level 3 Diploma': read as "
    "studying, not as a course to come",
    "f-qual-11-finished-it-2021": "'I finished my degree in 2021. It was in social work': the "
    "subject is told in the next sentence, by a pronoun",
    "f-qual-13-rgn-diploma-1996": "an RGN through the diploma route reads as a nursing "
    "qualification at any level",
    "f-ar-06-manager-says-ready": "'My manager says I'm ready for the BIA course and has put my "
    "name forward': read as in training",
    "f-ar-13-lps-working-group": "preparing the authority for the AMCP role reads as holding it",
    "f-ar-17-bia-whereas-amhp-future": "'AMHP training is something I would like to do in "
    "future' after 'I am an experienced BIA': the wish is not read on the AMHP",
    "f-asye-05-expect-to-complete-january": "'I expect to complete my ASYE at the end of "
    "January': read as only willing, not as under way",
    "f-asye-09-cohort-whereas-extension": "'Most of my cohort passed their ASYE ..., whereas I "
    "... was signed off in March 2025': the applicant's sign-off is not tied to the ASYE",
    "f-drv-05-never-a-point": "'I don't need to borrow a car as I have my own': the car borrowed "
    "is read, 'my own' is not",
    "f-drv-08-share-partners-car": "'my partner and I share hers and I am insured on it for "
    "business use': a licence is implied, never named",
    "f-drv-15-south-african-licence": "a full licence from abroad not yet exchanged reads as a "
    "full licence",
    "f-spec-04-team-paeds-ot": "'The paediatric OT in our team takes all the referrals for "
    "children': a colleague's specialism reads as the applicant's",
    # set g (first run at 8f0edd3, after sets e and f were mended: 84 of 100; labelled without
    # reading docs/scoring.md)
    "g-exp-early-retirement-return": "'from 1994 until I took early retirement in 2016': a range "
    "ended by an event, not a date, is not read",
    "g-exp-secondment-eight-months": "'the rest of my nine-year career has been in a learning "
    "disability team' counts for a criterion asking for years in mental health",
    "g-reg-ahpra-hcpc-waiting": "'applied to the HCPC ... waiting for their decision' after an "
    "overseas registration reads as a registered practitioner",
    "g-qual-dipsw-not-degree": "a DipSW reads as meeting a degree-level criterion (it is the "
    "recognised qualification); the label says below a degree",
    "g-qual-frontline-cohort-masters": "'Most of my Frontline cohort went on to complete the "
    "master's year, and I completed mine in 2024 as well': 'mine' is not read as the master's",
    "g-qual-romania-recognised": "a Romanian 'Social Assistance' degree recognised by Social Work "
    "England is not read as social work",
    "g-ar-team-four-bias-fifth": "'Our team has four BIAs, and I became the fifth': the "
    "applicant's role is told as 'the fifth'",
    # set h (another hand, stop 23), first run 52/73 at b05ca37
    "h-reg-removed-sanction": "'the suspension ended in October 2025, so I am back on the "
    "register': the end of a suspension is not read as registered again",
    "h-reg-not-only-registered": "'There has been no point since 2016 at which I have not been "
    "registered': the double negative reads as a denial",
    "h-reg-service-user-registered": "'One of the people I support was a registered social "
    "worker': the person supported is not read as someone else",
    "h-qual-in-progress-level3": "a Level 3 diploma under way is read as held",
    "h-qual-related-masters": "a related masters beside a BSc in the subject: the masters is "
    "not read as partial credit",
    "h-exp-years-since-2010-married": "'a school governor since 2010 and a social worker since "
    "2023': the governor years are counted as social work",
    "h-exp-voluntary-counted": "voluntary years the criterion counts are not read",
    "h-ar-amhp-past-commitment": "a lapsed warrant with a commitment to be re-approved: the "
    "commitment after 'but' is not tied to the role",
    "h-exp-nhs-vs-social-care": "six years in the NHS against social care experience: the "
    "setting is not told apart",
    "h-ar-amcp-plain": "'practised as one of the council's AMCPs': the council's possessive "
    "makes the role someone else's",
    # set i (another hand, first run 57/70 at d0df5dd)
    "i-welsh-neg-never-struggle": "'I never struggle to switch between Welsh and English ... "
    "spoken both at home': no longer a denial, but switching and 'spoken both' are not read as "
    "speaking Welsh",
    "i-yrs-other-husband-nurse": "'My husband and I both qualified in 2014; ... I spent most of "
    "those years as a staff nurse': the husband's social work years from 2014 are counted",
    "i-pe-contrast-stage1-commit-stage2": "'I have completed Stage 1 but not yet Stage 2, and I "
    "am committed to finishing Stage 2': neither Stage 1 nor the commitment is read",
    # set j (another hand, stop 27), first run 113/129 at e454bdf
    "j-qual-dipsw-against-degree": "rule: the DipSW is read as the degree-level social work "
    "qualification (docs/scoring.md; test_engine_recognisers 'dipsw-is-social-work'); this set, "
    "like set g, labels it below a degree minimum",
    "j-welsh-mother-fluent": "'I only understand a little' after the mother's fluency: the "
    "applicant's own little Welsh is not read; reading it (partly met) turns sets c and g's "
    "labels of the same shape ('other-wife-welsh-speaker', 'g-cy-parents-speakers', not met)",
    # set k (first run at 8c18914: 117 of 135; see docs/benchmarks.md); 17 mended since
    "k-welsh-rusty-beginner-now": "Welsh now at beginner level after going rusty, in a passage "
    "that never names the language: the level is not read without the language",
    # set l (another hand, 2026-12-04), first run 118/140 at 663ce41 (engine 1.10.0)
    "l-qual-no-part-distance-learning": "a social work degree told with 'no part of it by distance "
    "learning': the subject is lost",
    "l-exp-left-profession-returned": "years out of the profession after qualifying are counted as "
    "practice",
    "l-ar-not-a-year-without-student": "'Not a year has gone by since 2017 without me supervising "
    "... as a Stage 2 Practice Educator': the role is read as the student's",
    "l-ar-amhp-trained-awaiting-warrant": "AMHP training finished with the warrant still awaited "
    "is read as held",
    "l-drv-fathers-car-still-learning": "access to a father's car while still learning: learning "
    "read as partly met, the panel says not met",
    "l-lang-mynediad-learner-entry-asked": "a learner at Mynediad level against an entry-level "
    "criterion: learning is read as partly met",
    "l-spec-moving-handling-no-paeds-housing": "one area of the two asked, the others denied: "
    "partly met, the panel says not met",
    "l-spec-team-has-specialists": "the team's specialists are read as the applicant's areas",
    # set m (another hand, 2026-12-04), first run 100/126 at 6296540 (engine 1.11.0)
    "m-reg-niscc-not-yet-swe": "NISCC registration beside an SWE registration not yet held is read "
    "as SWE held",
    "m-qual-dipcot-told-equivalent": "a DipCOT where the criterion refuses equivalents is read as "
    "met",
    "m-qual-pgcert-awaiting-exam-board": "a PG Cert awaiting its exam board is read as held",
    "m-exp-autumn-twenty-nineteen": "'since the autumn of twenty-nineteen' (a year in words) is "
    "not read",
    "m-exp-career-break-returned": "years before a career break are not added to the years since "
    "the return",
    "m-exp-locum-list-months": "a list of locum posts in months is read as the last post only",
    "m-exp-three-years-in-january": "'three years in January' (reached next month) is not read",
    "m-exp-roughly-three-asye-finished": "roughly three years with the ASYE finished: the "
    "qualifying date inferred cuts the years",
    "m-ar-bia-no-refresher": "a BIA without the refresher the criterion asks for is read as met",
    "m-asye-pre-2012-never-did-one": "a pre-2012 qualifier who never did an ASYE: partly met for "
    "the panel to weigh; the label says met",
    "m-drv-sold-car-would-buy": "a licence with the car sold and one to buy is read as access to a "
    "vehicle",
    "m-lang-sylfaen-done-canolradd-started": "Sylfaen finished and Canolradd just started is read "
    "as intermediate",
    "m-lang-ddim-rhugl-sgwrs-syml": "'ond rydw i'n gallu cynnal sgwrs syml' (a simple "
    "conversation) is read as intermediate",
}


@cache
def _files() -> list[dict[str, Any]]:
    return [
        {**yaml.safe_load(path.read_text(encoding="utf-8")), "_path": path.name}
        for path in sorted(PHRASINGS_DIR.glob("*.yaml"))
    ]


def _phrasings() -> list[tuple[dt.date, dict[str, Any]]]:
    return [(raw["reference_date"], item) for raw in _files() for item in raw["phrasings"]]


def _problems(item: dict[str, Any]) -> list[str]:
    problems = [f"unknown key {key!r}" for key in sorted(set(item) - PHRASING_KEYS)]
    problems += [f"missing key {key!r}" for key in sorted(PHRASING_KEYS - {"why"} - set(item))]
    if item.get("family") not in FAMILIES:
        problems.append(f"family {item.get('family')!r} is not one of {sorted(FAMILIES)}")
    verdicts = item.get("verdicts")
    if not isinstance(verdicts, list) or not verdicts or not set(verdicts) <= VERDICTS:
        problems.append(f"verdicts must be a list of {sorted(VERDICTS)}")
    if not isinstance(item.get("statement"), str) or not item["statement"].strip():
        problems.append("statement must be text")
    try:
        one_rule_spec(item.get("rule") or {})
    except ValueError as error:
        problems.append(f"rule: {str(error).splitlines()[0]}")
    return problems


def test_files_record_that_labels_came_first() -> None:
    for raw in _files():
        assert set(raw) - {"_path"} == FILE_KEYS, raw["_path"]
        assert raw["labelled_before_engine_run"] is True, raw["_path"]
        assert isinstance(raw["written_on"], dt.date) and isinstance(raw["reference_date"], dt.date)


def test_every_known_miss_names_a_phrasing() -> None:
    assert set(KNOWN_MISSES) <= {item["id"] for _, item in _phrasings()}


def test_every_phrasing_is_well_formed_and_named_once() -> None:
    items = [item for _, item in _phrasings()]
    problems = {str(item.get("id")): _problems(item) for item in items}
    assert {name: found for name, found in problems.items() if found} == {}
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


@pytest.mark.parametrize(
    ("reference", "item"),
    [
        pytest.param(
            reference,
            item,
            id=item["id"],
            marks=[pytest.mark.xfail(reason=KNOWN_MISSES[item["id"]], strict=True)]
            if item["id"] in KNOWN_MISSES
            else [],
        )
        for reference, item in _phrasings()
    ],
)
def test_the_engine_gives_a_verdict_the_panel_accepts(
    reference: dt.date, item: dict[str, Any]
) -> None:
    result = get_engine().score(
        one_rule_spec(item["rule"]), item["statement"], reference_date=reference
    )
    (criterion,) = result.criteria
    assert criterion.verdict.value in item["verdicts"], criterion.explanation
