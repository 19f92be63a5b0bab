"""Shaping service results for the templates: verdict words and icons, the statement cut into
highlightable pieces, the matrix sort, and a history line in plain words. Pure functions."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment

from app.shortlist.schemas import ShortlistEntry
from app.shortlist.words import (
    DECISION_WORDS,
    GATE_WORDS,
    RECOMMENDATION_WORDS,
    VERDICT_WORDS,
)
from matching.result import Evidence

_VERDICT_ICONS = {"met": "✓", "partly_met": "◐", "not_met": "✗", "not_assessed": "–"}
_GATE_ICONS = {"meets_essentials": "✓", "review": "?", "does_not_meet": "✗"}
VERDICTS: dict[str, tuple[str, str]] = {
    code: (_VERDICT_ICONS[code], words) for code, words in VERDICT_WORDS.items()
}
GATES: dict[str, tuple[str, str]] = {
    code: (_GATE_ICONS[code], words) for code, words in GATE_WORDS.items()
}
DECISIONS: dict[str, str] = DECISION_WORDS
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


def masked(pieces: Sequence[Piece], text: str, hidden: Iterable[str]) -> list[Piece]:
    """The pieces with every occurrence of ``hidden`` (the applicant's name and email, as the
    statement's own "Name:" line gives them) blacked out letter for letter, so the evidence
    still lines up and a blind reader does not learn who wrote it."""
    shown = text
    for value in sorted({h for h in hidden if h and len(h) >= 3}, key=len, reverse=True):
        shown = re.sub(re.escape(value), lambda m: "•" * len(m.group(0)), shown, flags=re.I)
    out, at = [], 0
    for piece in pieces:
        out.append(Piece(shown[at : at + len(piece.text)], piece.criteria))
        at += len(piece.text)
    return out


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


@dataclass(frozen=True)
class HistoryLine:
    """One audit line in a panel chair's words: what happened, and its details one per line."""

    what: str
    items: tuple[str, ...] = ()


_HAPPENED = {
    "application.erased": "Erased on request",
    "application.details_updated": "Applicant's details recorded",
    "panel.completed": "Marked their scoring complete",
    "panel.reopened": "Reopened their scoring",
}


def history_line(
    action: str, detail: Mapping[str, Any], named: Mapping[str, str] | None = None
) -> HistoryLine:
    """One audit line in a panel chair's words; ``named`` gives criteria their titles."""
    named = named or {}
    if action == "application.created":
        recommendation = RECOMMENDATION_WORDS.get(
            str(detail.get("recommendation")), str(detail.get("recommendation"))
        )
        return HistoryLine(
            f"Received and scored (spec version {detail.get('spec_version')}); "
            f"the machine's recommendation: {recommendation}"
        )
    if action == "panel.scores_recorded":
        items = []
        for s in detail.get("scores", []):
            verdict, score = verdict_label(s.get("verdict")), number(s.get("score"))
            criterion = named.get(str(s.get("criterion_id")), str(s.get("criterion_id")))
            text = f"{criterion}: {verdict} {score}"
            if s.get("previous"):
                before = s["previous"]
                was = f"{verdict_label(before.get('verdict'))} {number(before.get('score'))}"
                text += f" (was {was})"
            if s.get("reason"):
                text += f" — reason: {s['reason']}"
            items.append(text)
        return HistoryLine("Scores recorded", tuple(items))
    if action == "decision.finalised":
        decision = DECISIONS.get(str(detail.get("decision")), str(detail.get("decision")))
        text = f"Decision: {decision}"
        if detail.get("previous_decision"):
            text += f" (was {DECISIONS.get(str(detail['previous_decision']), '')})"
        return HistoryLine(text, (f"Reason: {detail.get('reason')}",))
    if action == "application.details_updated":
        items = [f"Changed: {', '.join(detail.get('changed', []))}"]
        if detail.get("guaranteed_interview") != detail.get("was_guaranteed_interview"):
            now = "now has" if detail.get("guaranteed_interview") else "no longer has"
            items.append(f"The applicant {now} a guaranteed interview (Disability Confident)")
        return HistoryLine(_HAPPENED[action], tuple(items))
    if action in _HAPPENED:
        return HistoryLine(_HAPPENED[action])
    return HistoryLine(action.replace("_", " ").replace(".", ": ").capitalize())


def actor_name(actor: str) -> str:
    """``panel:sl_live_ab12cd34 Ann Lee`` -> ``Ann Lee (panel)``; the key prefix stays out."""
    role, _, rest = actor.partition(":")
    _, _, name = rest.partition(" ")
    return f"{name or rest} ({role})" if rest else actor


# The engine's warnings name form fields; a recruiter reads what to do instead.
_FIELD_WORDING = [
    (
        re.compile(r"a person should confirm with the applicant:"),
        "confirm it with the applicant and record it under “Applicant's details”:",
    ),
    (re.compile(r"\bdisability_confident\b"), "Disability Confident"),
    (re.compile(r"\bdriving_licence\b"), "driving licence"),
    (re.compile(r"\bqualified_on\b"), "date qualified"),
]


def plain_warning(text: str) -> str:
    """A warning with field names put in words and the action the page offers."""
    for pattern, words in _FIELD_WORDING:
        text = pattern.sub(words, text)
    return text
