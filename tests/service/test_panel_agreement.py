"""Agreement between panel members and the machine, and the verdict/score bands."""

from __future__ import annotations

import pytest

from app.panel.agreement import (
    MACHINE,
    MemberScore,
    criterion_agreement,
    default_score,
    score_problem,
    verdict_for_score,
)
from criteria.spec import Scale
from matching.result import Verdict

M, P, N = Verdict.met, Verdict.partly_met, Verdict.not_met


def test_unanimous_members_agree_with_a_mean_score() -> None:
    a = criterion_agreement(
        "c", MemberScore(MACHINE, P, 1), [MemberScore("Bo", M, 3), MemberScore("Ann", M, 2)]
    )
    assert a.agreed and a.agreed_verdict is M and a.agreed_score == 2.5
    assert not a.members_disagree and a.panel_disagrees_with_machine
    assert [m.member for m in a.members] == ["Ann", "Bo"]
    assert a.score_spread == 1


def test_split_members_have_no_agreed_score() -> None:
    a = criterion_agreement(
        "c", MemberScore(MACHINE, M, 3), [MemberScore("Ann", M, 3), MemberScore("Bo", N, 0)]
    )
    assert not a.agreed and a.agreed_score is None
    assert a.members_disagree
    assert a.verdict_counts == {"met": 1, "not_met": 1}


def test_no_members_yet_is_neither_agreed_nor_disagreeing() -> None:
    a = criterion_agreement("c", MemberScore(MACHINE, M, 3), [])
    assert not a.scored and not a.agreed
    assert not a.members_disagree and not a.panel_disagrees_with_machine


@pytest.mark.parametrize(
    ("scale", "verdict", "score"),
    [
        (Scale(), M, 3),
        (Scale(), P, 1),
        (Scale(), N, 0),
        (Scale(min=1, max=5), P, 3),
        (Scale(min=0, max=10), M, 10),
    ],
)
def test_default_scores_sit_in_their_own_band(scale: Scale, verdict: Verdict, score: float) -> None:
    assert default_score(verdict, scale) == score
    assert verdict_for_score(score, scale) is verdict
    assert score_problem(verdict, score, scale) is None


def test_a_score_outside_its_verdict_band_is_explained() -> None:
    assert score_problem(M, 1, Scale()) == "score 1 on a 0..3 scale is partly_met, not met"
    assert score_problem(M, 4, Scale()) == "score 4 is outside the scale 0..3"
    assert score_problem(Verdict.not_assessed, 0, Scale()) is not None
