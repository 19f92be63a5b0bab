"""The page helpers that shape what a panel reads: evidence pieces, sorting, history lines."""

from __future__ import annotations

from app.pages.views import (
    HistoryLine,
    Piece,
    actor_name,
    highlight,
    history_line,
    sort_entries,
)
from app.shortlist.ranking import Gate
from app.shortlist.schemas import ShortlistEntry
from matching.result import Evidence, Recommendation

TEXT = "I am registered with HCPC. I drive. I led section 42 enquiries."


def _span(text: str) -> Evidence:
    start = TEXT.index(text)
    return Evidence(start=start, end=start + len(text), text=text)


def test_the_statement_is_cut_where_evidence_starts_and_ends_and_loses_nothing() -> None:
    pieces = highlight(
        TEXT,
        {
            "registration": [_span("I am registered with HCPC.")],
            "safeguarding": [_span("I led section 42 enquiries."), _span("section 42")],
            "driving": [],
        },
    )
    assert "".join(p.text for p in pieces) == TEXT
    assert pieces[0] == Piece("I am registered with HCPC.", ("registration",))
    assert Piece(" I drive. ", ()) in pieces
    assert [p.text for p in pieces if p.criteria == ("safeguarding",)] == [
        "I led ",
        "section 42",
        " enquiries.",
    ]


def test_overlapping_evidence_of_two_criteria_names_both_on_the_shared_words() -> None:
    pieces = highlight(
        TEXT,
        {"a": [_span("HCPC. I drive.")], "b": [_span("I drive. I led")]},
    )
    assert Piece("I drive.", ("a", "b")) in pieces
    assert Piece("HCPC. ", ("a",)) in pieces and Piece(" I led", ("b",)) in pieces


def test_evidence_that_no_longer_matches_the_text_is_not_highlighted() -> None:
    stale = Evidence(start=5, end=15, text="something else")
    beyond = Evidence(start=60, end=90, text="x" * 30)
    pieces = highlight(TEXT, {"registration": [stale, beyond]})
    assert pieces == [Piece(TEXT, ())]
    assert highlight("", {"registration": [stale]}) == []


def _entry(ref: str, rank: int, score: float) -> ShortlistEntry:
    return ShortlistEntry(
        rank=rank,
        application_id=ref,
        applicant_ref=ref,
        gate=Gate.review,
        recommendation=Recommendation.review,
        machine_recommendation=Recommendation.review,
        score=score,
        max_score=9,
        machine_score=score,
        essentials_met=1,
        essentials_total=2,
        needs_review=False,
        needs_review_count=0,
        guaranteed_interview=False,
        disability_confident=None,
        decision=None,
        panel_completed_by=[],
        panel_hidden=False,
        spec_version=1,
        cells=[],
    )


def test_the_matrix_sorts_by_rank_number_or_total() -> None:
    entries = [_entry("A-0002", 1, 4), _entry("A-0003", 3, 7), _entry("A-0001", 2, 7)]
    assert [e.applicant_ref for e in sort_entries(entries, "rank")] == [
        "A-0002",
        "A-0001",
        "A-0003",
    ]
    assert [e.applicant_ref for e in sort_entries(entries, "applicant")] == [
        "A-0001",
        "A-0002",
        "A-0003",
    ]
    # High total first; a tie keeps the rank order.
    assert [e.applicant_ref for e in sort_entries(entries, "score")] == [
        "A-0001",
        "A-0003",
        "A-0002",
    ]


def test_history_lines_read_as_a_panel_would_say_them() -> None:
    scores = {
        "scores": [
            {
                "criterion_id": "registration",
                "verdict": "partly_met",
                "score": 1.5,
                "previous": {"verdict": "met", "score": 3.0},
                "reason": "Number not given",
            }
        ]
    }
    named = {"registration": "Registered with Social Work England"}
    assert history_line("panel.scores_recorded", scores, named) == HistoryLine(
        "Scores recorded",
        (
            "Registered with Social Work England: Partly met 1.5 (was Met 3)"
            " — reason: Number not given",
        ),
    )
    decided = {"decision": "reject", "reason": "No registration", "previous_decision": "reserve"}
    assert history_line("decision.finalised", decided) == HistoryLine(
        "Decision: Do not shortlist (was Reserve)", ("Reason: No registration",)
    )
    assert history_line("application.created", {"recommendation": "reject"}).what.endswith(
        "the machine's recommendation: Do not shortlist"
    )
    assert history_line("application.erased", {}) == HistoryLine("Erased on request")
    updated = {
        "changed": ["Disability Confident"],
        "guaranteed_interview": True,
        "was_guaranteed_interview": False,
    }
    assert history_line("application.details_updated", updated).items == (
        "Changed: Disability Confident",
        "The applicant now has a guaranteed interview (Disability Confident)",
    )
    assert actor_name("panel:sl_live_ab12cd34 Ann Lee") == "Ann Lee (panel)"
    assert actor_name("cli") == "cli"
