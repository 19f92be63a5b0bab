"""Scores, totals, essentials, the recommendation and the guaranteed interview; evidence spans."""

from __future__ import annotations

import datetime as dt

import pytest

from criteria.spec import Criterion, RoleSpec, Scale
from matching.applicant import Applicant
from matching.engine import ENGINE_VERSION, get_engine
from matching.result import ScoreResult

REFERENCE = dt.date(2026, 11, 22)
HCPC = {"kind": "registration", "bodies": ["HCPC"]}
DRIVE = {"kind": "driving"}


def _spec(*criteria: Criterion, scale: Scale | None = None) -> RoleSpec:
    return RoleSpec(id="role", title="Role", criteria=list(criteria), scale=scale or Scale())


def _criterion(ident: str, **fields) -> Criterion:
    return Criterion(id=ident, text=fields.pop("text", ident), **fields)


def _score(spec: RoleSpec, statement: str, **kwargs) -> ScoreResult:
    return get_engine().score(spec, statement, reference_date=REFERENCE, **kwargs)


ROLE = _spec(
    _criterion("hcpc", rule=HCPC, assessed_by=["application"], weight=2),
    _criterion("drives", rule=DRIVE, assessed_by=["application"]),
    _criterion(
        "safeguarding",
        text="Experience of safeguarding adults",
        priority="desirable",
        assessed_by=["application", "interview"],
    ),
    _criterion("presents", text="Ability to present", assessed_by=["presentation"]),
    _criterion("dbs", rule={"kind": "pre_employment", "check": "dbs"}, assessed_by=["application"]),
)

ALL_MET = (
    "I am registered with the HCPC (OT12345). I hold a full driving licence. "
    "I led a section 42 enquiry and put a protection plan in place, and the abuse stopped."
)


def test_all_essentials_met_is_a_shortlist_with_weighted_totals() -> None:
    result = _score(ROLE, ALL_MET)
    verdicts = {c.id: c.verdict.value for c in result.criteria}
    assert verdicts == {
        "hcpc": "met",
        "drives": "met",
        "safeguarding": "met",
        "presents": "not_assessed",
        "dbs": "not_assessed",
    }
    assert result.recommendation.value == "shortlist"
    assert (result.essentials.met, result.essentials.total, result.essentials.all_met) == (
        2,
        2,
        True,
    )
    assert (result.score, result.max_score) == (3 * 2 + 3 + 3, 3 * 2 + 3 + 3)
    assert result.engine_version == ENGINE_VERSION
    assert result.reference_date == REFERENCE


def test_an_essential_not_met_is_a_reject() -> None:
    result = _score(ROLE, "I am registered with the HCPC (OT12345). I do not drive.")
    assert result.recommendation.value == "reject"
    assert result.essentials.all_met is False


def test_an_essential_partly_met_is_a_review() -> None:
    statement = "I am awaiting my HCPC PIN. I hold a full driving licence."
    result = _score(ROLE, statement)
    assert result.recommendation.value == "review"
    assert (result.essentials.met, result.essentials.total) == (1, 2)


@pytest.mark.parametrize("stage", ["interview", "test", "presentation"])
def test_criteria_assessed_only_later_are_not_assessed_and_count_in_no_total(stage: str) -> None:
    spec = _spec(_criterion("later", rule=HCPC, assessed_by=[stage]))
    result = _score(spec, "I am not registered with the HCPC.")
    (criterion,) = result.criteria
    assert (criterion.verdict.value, criterion.score) == ("not_assessed", 0)
    assert (result.score, result.max_score) == (0, 0)
    assert result.recommendation.value == "shortlist"


def test_pre_employment_checks_are_never_scored_at_sift() -> None:
    spec = _spec(
        _criterion(
            "dbs", rule={"kind": "pre_employment", "check": "dbs"}, assessed_by=["application"]
        )
    )
    (criterion,) = _score(spec, "I have a caution on my DBS.").criteria
    assert criterion.verdict.value == "not_assessed"
    assert "HR" in criterion.explanation


@pytest.mark.parametrize(
    ("disability_confident", "statement", "guaranteed"),
    [
        (True, ALL_MET, True),
        (True, "I am registered with the HCPC (OT12345). I do not drive.", False),
        (False, ALL_MET, False),
    ],
)
def test_guaranteed_interview_needs_disability_confident_and_all_essentials_met(
    disability_confident: bool, statement: str, guaranteed: bool
) -> None:
    applicant = Applicant(disability_confident=disability_confident)
    assert _score(ROLE, statement, applicant=applicant).guaranteed_interview is guaranteed


OWN_OPT_INS = [
    "I am applying under the Disability Confident scheme.",
    "As a disabled applicant I wish to apply under the Disability Confident scheme.",
    "Please consider my application under the Disability Confident scheme.",
    "I would like to be considered under the guaranteed interview scheme.",
    "I have a long-term health condition and would like a guaranteed interview.",
    "I am disabled and meet the criteria for the Disability Confident scheme.",
]
NOT_OWN_OPT_INS = [
    "I led my employer's Disability Confident accreditation.",
    "The council is a Disability Confident employer.",
    "I helped my team gain Disability Confident Leader status.",
    "I worked on our Disability Confident action plan.",
    "I am applying to Northshire, a Disability Confident employer.",
    "I am not applying under the Disability Confident scheme.",
    "My colleague applied under the Disability Confident scheme.",
]


@pytest.mark.parametrize("sentence", OWN_OPT_INS)
def test_asking_for_disability_confident_in_the_statement_is_quoted_for_the_panel(
    sentence: str,
) -> None:
    statement = ALL_MET + " " + sentence
    result = _score(ROLE, statement)
    # The form's field is the authoritative opt-in: the statement alone guarantees nothing...
    assert result.guaranteed_interview is False
    # ...but it is not ignored: the sentence is quoted for a person to confirm.
    claim = result.disability_confident_claim
    assert claim is not None
    assert claim.text == sentence
    assert statement[claim.start : claim.end] == sentence
    assert any("Disability Confident" in w and "confirm" in w for w in result.warnings)


@pytest.mark.parametrize("sentence", NOT_OWN_OPT_INS)
def test_disability_confident_said_of_an_employer_or_someone_else_is_not_an_opt_in(
    sentence: str,
) -> None:
    result = _score(ROLE, ALL_MET + " " + sentence)
    assert result.guaranteed_interview is False
    assert result.disability_confident_claim is None
    assert result.warnings == []


def test_the_form_field_gives_the_guarantee_whatever_the_statement_says() -> None:
    statement = ALL_MET + " I led my employer's Disability Confident accreditation."
    result = _score(ROLE, statement, applicant=Applicant(disability_confident=True))
    assert result.guaranteed_interview is True
    assert result.disability_confident_claim is None
    assert result.warnings == []


RULE_SCORES = [
    (Scale(min=0, max=3), {"met": 3, "partly_met": 1, "not_met": 0}),
    (Scale(min=0, max=10), {"met": 10, "partly_met": 5, "not_met": 0}),
    (Scale(min=1, max=5), {"met": 5, "partly_met": 3, "not_met": 1}),
    (Scale(min=0, max=1), {"met": 1, "partly_met": 1, "not_met": 0}),
]
STATEMENTS = {
    "met": "I am registered with the HCPC (OT12345).",
    "partly_met": "I have applied for HCPC registration.",
    "not_met": "My HCPC registration lapsed in 2020.",
}


@pytest.mark.parametrize(("scale", "expected"), RULE_SCORES, ids=lambda v: str(v))
def test_rule_verdicts_map_onto_the_scale(scale: Scale, expected: dict[str, int]) -> None:
    spec = _spec(_criterion("hcpc", rule=HCPC, assessed_by=["application"]), scale=scale)
    for verdict, statement in STATEMENTS.items():
        (criterion,) = _score(spec, statement).criteria
        assert criterion.verdict.value == verdict
        assert (criterion.score, criterion.max_score) == (expected[verdict], scale.max)


EVIDENCE_BANDS = [
    ("I enjoy gardening.", 0, "not_met"),
    ("I have good knowledge of safeguarding.", 1, "partly_met"),
    ("I have completed safeguarding enquiries in my locality team.", 2, "met"),
    (
        "I led a section 42 enquiry: I visited the man, assessed his capacity and put a "
        "protection plan in place. The abuse stopped.",
        3,
        "met",
    ),
]


@pytest.mark.parametrize(
    ("statement", "band", "verdict"), EVIDENCE_BANDS, ids=[b[0][:40] for b in EVIDENCE_BANDS]
)
def test_evidence_criteria_are_scored_in_bands(statement: str, band: int, verdict: str) -> None:
    spec = _spec(
        _criterion("safe", text="Experience of safeguarding adults", assessed_by=["application"])
    )
    (criterion,) = _score(spec, statement).criteria
    assert (criterion.score, criterion.verdict.value) == (band, verdict)
    assert criterion.needs_review is (verdict == "not_met")
    assert bool(criterion.evidence) is (band > 0)


def test_evidence_bands_scale_to_a_ten_point_scale() -> None:
    spec = _spec(
        _criterion("safe", text="Experience of safeguarding adults", assessed_by=["application"]),
        scale=Scale(min=0, max=10),
    )
    (criterion,) = _score(spec, EVIDENCE_BANDS[3][0]).criteria
    assert (criterion.score, criterion.verdict.value) == (10, "met")


def test_evidence_spans_index_the_original_text_exactly() -> None:
    statement = (
        "  \u201cSafeguarding\u201d matters to me.\r\n\r\n\u2022 I led a section 42 enquiry "
        "and the abuse stopped.\tI also   completed  DFG referrals!  "
    )
    spec = _spec(
        _criterion("safe", text="Experience of safeguarding adults", assessed_by=["application"]),
        _criterion(
            "dfg", text="Experience of Disabled Facilities Grants", assessed_by=["application"]
        ),
        _criterion("hcpc", rule=HCPC, assessed_by=["application"]),
    )
    result = _score(spec, statement)
    spans = [span for c in result.criteria for span in c.evidence]
    assert spans
    for span in spans:
        assert statement[span.start : span.end] == span.text
        assert span.text == span.text.strip()


def test_statement_warnings_pass_through_to_the_result() -> None:
    warning = "hidden text left out of scoring: “HCPC registered”"
    result = _score(ROLE, ALL_MET, warnings=[warning])
    assert result.warnings == [warning]


def test_score_many_matches_score_in_input_order() -> None:
    statements = [ALL_MET, "I do not drive.", "I am awaiting my HCPC PIN."]
    applicants = [None, Applicant(driving_licence=True), None]
    many = get_engine().score_many(
        ROLE, statements, reference_date=REFERENCE, applicants=applicants
    )
    one_by_one = [
        _score(ROLE, statement, applicant=applicant)
        for statement, applicant in zip(statements, applicants, strict=True)
    ]
    assert many == one_by_one


def test_score_many_refuses_a_wrong_number_of_applicants() -> None:
    with pytest.raises(ValueError, match="2 applicants given for 1 statements"):
        get_engine().score_many(ROLE, [ALL_MET], reference_date=REFERENCE, applicants=[None, None])


def test_the_engine_is_built_once_per_process() -> None:
    assert get_engine() is get_engine()


def test_concurrent_scoring_gives_the_same_results() -> None:
    from concurrent.futures import ThreadPoolExecutor

    statements = [ALL_MET, "I do not drive.", "I am awaiting my HCPC PIN."] * 8
    expected = [_score(ROLE, s) for s in statements]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda s: _score(ROLE, s), statements))
    assert results == expected


FIVE_ASKS = _spec(
    _criterion("hcpc", rule=HCPC, assessed_by=["application"]),
    _criterion(
        "safeguarding", text="Experience of safeguarding adults", assessed_by=["application"]
    ),
    _criterion("supervision", text="Experience of supervising staff", assessed_by=["application"]),
    _criterion("mdt", text="Experience of multi-disciplinary working", assessed_by=["application"]),
    _criterion("records", text="Ability to keep clear records", assessed_by=["application"]),
    _criterion("dfg", text="Experience of Disabled Facilities Grants", assessed_by=["application"]),
)
STRONG_FOUR = (
    "I am registered with the HCPC (OT12345). "
    "Last year I led a section 42 enquiry for a woman whose carer was taking her money; I put a "
    "protection plan in place and the abuse stopped. "
    "I supervise two OTs and an OTA every month. "
    "In 2024 I set up weekly MDT meetings with the district nurses and the GP surgery. "
    "I wrote 40 case records a month on Mosaic and my manager audits them. "
)


def test_a_statement_thin_on_one_essential_in_five_is_still_a_shortlist() -> None:
    result = _score(FIVE_ASKS, STRONG_FOUR + "I have good knowledge of DFGs.")
    verdicts = {c.id: c.verdict.value for c in result.criteria}
    assert verdicts["dfg"] == "partly_met"
    assert [v for k, v in verdicts.items() if k != "dfg"] == ["met"] * 5
    assert result.recommendation.value == "shortlist"
    assert not result.essentials.all_met


def test_a_disabled_applicant_shortlisted_with_one_thin_essential_is_guaranteed_an_interview():
    statement = STRONG_FOUR + "I have good knowledge of DFGs."
    result = _score(FIVE_ASKS, statement, applicant=Applicant(disability_confident=True))
    assert result.recommendation.value == "shortlist"
    assert result.guaranteed_interview
    assert not _score(FIVE_ASKS, statement).guaranteed_interview  # only with the form's opt-in


def test_thin_on_two_essentials_in_five_is_review() -> None:
    statement = STRONG_FOUR.replace("I supervise two OTs and an OTA every month. ", "")
    result = _score(FIVE_ASKS, statement + "I have good knowledge of DFGs.")
    assert result.recommendation.value == "review"


def test_a_checkable_fact_short_of_met_is_never_outweighed_by_evidence() -> None:
    statement = STRONG_FOUR.replace("I am registered with the HCPC (OT12345). ", "")
    result = _score(FIVE_ASKS, statement + "I led DFG adaptations for 30 people in 2025.")
    assert {c.id: c.verdict.value for c in result.criteria}["hcpc"] != "met"
    assert result.recommendation.value != "shortlist"
