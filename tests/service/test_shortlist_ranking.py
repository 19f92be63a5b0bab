"""Ranking, filters and the panel's overrides, on hand-built results (no database)."""

from __future__ import annotations

import datetime as dt

from app.panel.agreement import MACHINE, MemberScore, criterion_agreement
from app.shortlist.ranking import (
    Candidate,
    Decision,
    Filters,
    FinalDecision,
    Gate,
    apply_filters,
    rank,
)
from criteria.spec import Criterion, RoleSpec
from matching.result import CriterionResult, Recommendation, Verdict

SPEC = RoleSpec(
    id="social-worker",
    title="Social Worker",
    criteria=[
        Criterion(id="registration", text="Registered with Social Work England"),
        Criterion(id="safeguarding", text="Experience of safeguarding adults", weight=2),
        Criterion(id="welsh", text="Welsh speaker", priority="desirable"),
        Criterion(id="presentation", text="Presents well", assessed_by=["interview"]),
    ],
)
SCORES = {Verdict.met: 3, Verdict.partly_met: 1, Verdict.not_met: 0, Verdict.not_assessed: 0}


def results(registration: Verdict, safeguarding: Verdict, welsh: Verdict, *, review: bool = False):
    def one(cid: str, priority: str, verdict: Verdict) -> CriterionResult:
        return CriterionResult(
            id=cid,
            priority=priority,
            verdict=verdict,
            score=SCORES[verdict],
            max_score=3,
            confidence=0.9,
            needs_review=review and verdict is not Verdict.met,
            explanation="hand-built",
        )

    return [
        one("registration", "essential", registration),
        one("safeguarding", "essential", safeguarding),
        one("welsh", "desirable", welsh),
        one("presentation", "essential", Verdict.not_assessed),
    ]


def candidate(seq: int, *verdicts: Verdict, **kwargs) -> Candidate:
    return Candidate(
        application_id=f"app-{seq}",
        number=f"A-{seq:04d}",
        sequence=seq,
        results=results(*verdicts, review=kwargs.pop("review", False)),
        **kwargs,
    )


M, P, N = Verdict.met, Verdict.partly_met, Verdict.not_met


def numbers(rows) -> list[str]:
    return [r.candidate.number for r in rows]


def test_essential_gate_outranks_a_higher_total() -> None:
    rows = rank(
        SPEC,
        [
            candidate(1, N, M, M),  # high total but fails registration
            candidate(2, M, M, N),  # meets essentials
            candidate(3, M, P, M),  # review
        ],
    )
    assert numbers(rows) == ["A-0002", "A-0003", "A-0001"]
    assert [r.gate for r in rows] == [Gate.meets_essentials, Gate.review, Gate.does_not_meet]
    assert [r.rank for r in rows] == [1, 2, 3]


def test_ties_break_on_fewer_reviews_then_applicant_number() -> None:
    rows = rank(
        SPEC,
        [
            candidate(7, M, M, P, review=True),
            candidate(5, M, M, P),
            candidate(6, M, M, P),
        ],
    )
    assert numbers(rows) == ["A-0005", "A-0006", "A-0007"]


def test_weights_count_and_interview_criteria_do_not() -> None:
    (row,) = rank(SPEC, [candidate(1, M, M, N)])
    # registration 3*1 + safeguarding 3*2 + welsh 0; presentation is not scored at sift.
    assert row.score == 9 and row.max_score == 12
    assert (row.essentials_met, row.essentials_total) == (2, 2)


def test_agreed_panel_verdict_overrides_the_machine_and_both_are_kept() -> None:
    machine = MemberScore(MACHINE, N, 0)
    agreement = criterion_agreement(
        "registration",
        machine,
        [MemberScore("Ann", M, 3, "PIN SW12345 quoted"), MemberScore("Bo", M, 3, "seen")],
    )
    rows = rank(
        SPEC,
        [candidate(1, N, M, M, agreements={"registration": agreement}), candidate(2, M, M, N)],
    )
    assert numbers(rows) == ["A-0001", "A-0002"]
    top = rows[0]
    assert top.gate is Gate.meets_essentials
    assert top.machine_recommendation is Recommendation.reject
    assert top.score == 12 and top.machine_score == 9
    cell = top.cells[0]
    assert (cell.verdict, cell.source, cell.machine.verdict) == (M, "panel", N)
    assert cell.disagreement


def test_split_panel_keeps_the_machine_figures_and_asks_for_review() -> None:
    agreement = criterion_agreement(
        "safeguarding",
        MemberScore(MACHINE, M, 3),
        [MemberScore("Ann", M, 3), MemberScore("Bo", P, 1)],
    )
    (row,) = rank(SPEC, [candidate(1, M, M, M, agreements={"safeguarding": agreement})])
    cell = row.cells[1]
    assert cell.source == "machine" and cell.verdict is M
    assert cell.needs_review and row.needs_review


def test_finalised_decision_sets_the_tier() -> None:
    decided = FinalDecision(Decision.shortlist, "strong practice", "Lead", dt.datetime(2026, 11, 1))
    rejected = FinalDecision(Decision.reject, "no registration", "Lead", dt.datetime(2026, 11, 1))
    rows = rank(
        SPEC,
        [
            candidate(1, M, M, M, decision=rejected),
            candidate(2, M, P, N, decision=decided),
            candidate(3, M, M, N),
        ],
    )
    assert numbers(rows) == ["A-0003", "A-0002", "A-0001"]
    assert rows[1].decision is Decision.shortlist


def test_guaranteed_interview_needs_disability_confident_and_all_essentials() -> None:
    rows = rank(
        SPEC,
        [
            candidate(1, M, M, N, disability_confident=True),
            candidate(2, M, P, N, disability_confident=True),
            candidate(3, M, M, N),
        ],
    )
    assert {r.candidate.number: r.guaranteed_interview for r in rows} == {
        "A-0001": True,
        "A-0002": False,
        "A-0003": False,
    }


def test_filters_keep_rank_from_the_full_list() -> None:
    rows = rank(
        SPEC,
        [candidate(1, M, M, M), candidate(2, M, P, M, review=True), candidate(3, N, M, M)],
    )
    review = apply_filters(rows, Filters(recommendation=Recommendation.review))
    assert [(r.candidate.number, r.rank) for r in review] == [("A-0002", 2)]
    assert numbers(apply_filters(rows, Filters(min_score=9))) == ["A-0001", "A-0003"]
    assert numbers(apply_filters(rows, Filters(needs_review=True))) == ["A-0002"]
    assert numbers(apply_filters(rows, Filters(undecided=True))) == numbers(rows)
    assert apply_filters(rows, Filters(decision=Decision.reserve)) == []


def test_a_not_met_the_machine_marked_for_review_is_review_not_does_not_meet() -> None:
    # the engine's own keyword miss never rejects, on the shortlist as in the engine's result
    (row,) = rank(SPEC, [candidate(1, M, N, M, review=True)])
    assert row.gate is Gate.review
    assert row.machine_recommendation is Recommendation.review
    (settled,) = rank(SPEC, [candidate(2, M, N, M)])  # the applicant's own "I have never ..."
    assert settled.gate is Gate.does_not_meet


FIVE = RoleSpec(
    id="five",
    title="Five asks",
    criteria=[
        Criterion(
            id="registration", text="Registered", rule={"kind": "registration", "bodies": ["SWE"]}
        ),
        *(Criterion(id=f"ask-{i}", text=f"Experience of thing {i}") for i in range(5)),
    ],
)


def test_one_thin_evidence_criterion_in_five_is_still_a_shortlist_but_never_a_thin_fact() -> None:
    def five(seq: int, registration: Verdict, *asks: Verdict) -> Candidate:
        rows = [
            CriterionResult(
                id=cid,
                priority="essential",
                verdict=v,
                score=SCORES[v],
                max_score=3,
                confidence=0.9,
                explanation="hand-built",
            )
            for cid, v in zip(
                ["registration", *(f"ask-{i}" for i in range(5))],
                [registration, *asks],
                strict=True,
            )
        ]
        return Candidate(
            application_id=f"app-{seq}",
            number=f"A-{seq:04d}",
            sequence=seq,
            results=rows,
            disability_confident=True,
        )

    rows = rank(
        FIVE, [five(1, M, M, M, M, M, P), five(2, M, M, M, M, P, P), five(3, P, M, M, M, M, M)]
    )
    thin, thinner, no_fact = sorted(rows, key=lambda row: row.candidate.number)
    assert thin.gate is Gate.meets_essentials and thin.guaranteed_interview
    assert thinner.gate is Gate.review and not thinner.guaranteed_interview
    assert no_fact.gate is Gate.review
