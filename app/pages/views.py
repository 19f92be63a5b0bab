"""Shaping service results for the templates: verdict words and icons, the statement cut into
highlightable pieces, the matrix sort, and a history line in plain words. Pure functions."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment

from app.shortlist.schemas import ShortlistEntry
from matching.result import Evidence

VERDICTS: dict[str, tuple[str, str]] = {
    "met": ("✓", "Met"),
    "partly_met": ("◐", "Partly met"),
    "not_met": ("✗", "Not met"),
    "not_assessed": ("–", "Not assessed"),
}
GATES: dict[str, tuple[str, str]] = {
    "meets_essentials": ("✓", "Meets all essentials"),
    "review": ("?", "Review"),
    "does_not_meet": ("✗", "Does not meet"),
}
DECISIONS: dict[str, str] = {
    "shortlist": "Shortlist",
    "reserve": "Reserve",
    "reject": "Do not shortlist",
}
SORTS = ("rank", "applicant", "score")


def number(value: float | None) -> str:
    """A score as the panel writes it: 3, 2.5, 0."""
    return "" if value is None else f"{value:g}"


def verdict_icon(verdict: str | None) -> str:
    return VERDICTS.get(str(verdict), ("", ""))[0]


def verdict_label(verdict: str | None) -> str:
    return VERDICTS.get(str(verdict), ("", str(verdict)))[1]


def install_filters(env: Environment) -> None:
    env.trim_blocks = True  # no blank lines or indentation left behind by template tags
    env.lstrip_blocks = True
    env.filters["number"] = number
    env.filters["verdict_icon"] = verdict_icon
    env.filters["verdict_label"] = verdict_label
    env.filters["percent"] = lambda value: f"{round(float(value) * 100)}%"
    env.globals["GATES"] = GATES
    env.globals["DECISIONS"] = DECISIONS
    env.globals["VERDICTS"] = VERDICTS


@dataclass(frozen=True)
class Piece:
    """A run of statement text and the criteria whose evidence covers it (none: plain text)."""

    text: str
    criteria: tuple[str, ...] = ()


def highlight(text: str, evidence: Mapping[str, Sequence[Evidence]]) -> list[Piece]:
    """Cut ``text`` at every evidence boundary so each piece is covered by a fixed set of
    criteria; spans that do not match the text (an erased or changed statement) are left out."""
    spans: list[tuple[int, int, str]] = []
    for criterion_id, items in evidence.items():
        for e in items:
            if 0 <= e.start < e.end <= len(text) and text[e.start : e.end] == e.text:
                spans.append((e.start, e.end, criterion_id))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces = []
    for start, end in itertools.pairwise(cuts):
        covering = tuple(sorted({cid for s, e, cid in spans if s <= start and end <= e}))
        pieces.append(Piece(text[start:end], covering))
    return pieces


def sort_entries(entries: Iterable[ShortlistEntry], sort: str) -> list[ShortlistEntry]:
    """``rank`` (the service's order), ``applicant`` (number), ``score`` (high first) or
    ``criterion:<id>`` (that criterion's score, high first, then rank)."""
    rows = list(entries)
    if sort == "applicant":
        return sorted(rows, key=lambda e: e.applicant_ref)
    if sort == "score":
        return sorted(rows, key=lambda e: (-e.score, e.rank))
    if sort.startswith("criterion:"):
        wanted = sort.removeprefix("criterion:")

        def criterion_score(entry: ShortlistEntry) -> float:
            return next((c.score for c in entry.cells if c.criterion_id == wanted), -1.0)

        return sorted(rows, key=lambda e: (-criterion_score(e), e.rank))
    return sorted(rows, key=lambda e: e.rank)


def history_line(action: str, detail: Mapping[str, Any]) -> str:
    """One audit line in a panel chair's words."""
    if action == "application.created":
        return (
            f"Received and scored (spec version {detail.get('spec_version')}); machine "
            f"recommendation: {detail.get('recommendation')}"
        )
    if action == "panel.scores_recorded":
        parts = []
        for s in detail.get("scores", []):
            verdict, score = verdict_label(s.get("verdict")), number(s.get("score"))
            text = f"{s.get('criterion_id')}: {verdict} {score}"
            if s.get("previous"):
                before = s["previous"]
                was = f"{verdict_label(before.get('verdict'))} {number(before.get('score'))}"
                text += f" (was {was})"
            if s.get("reason"):
                text += f" — reason: {s['reason']}"
            parts.append(text)
        return "Scores recorded: " + "; ".join(parts)
    if action == "panel.completed":
        return "Marked their scoring complete"
    if action == "panel.reopened":
        return "Reopened their scoring"
    if action == "decision.finalised":
        decision = DECISIONS.get(str(detail.get("decision")), str(detail.get("decision")))
        text = f"Decision: {decision} — reason: {detail.get('reason')}"
        if detail.get("previous_decision"):
            previous = DECISIONS.get(str(detail["previous_decision"]), "")
            text += f" (was {previous})"
        return text
    return action.replace("_", " ").replace(".", ": ")


def actor_name(actor: str) -> str:
    """``panel:sl_live_ab12cd34 Ann Lee`` -> ``Ann Lee (panel)``; the key prefix stays out."""
    role, _, rest = actor.partition(":")
    _, _, name = rest.partition(" ")
    return f"{name or rest} ({role})" if rest else actor
