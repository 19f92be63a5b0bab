"""The blind checkable-fact corpus: well formed, and the engine no worse than its floors.

The statements and labels in ``tests/checkable_corpus/`` were written and labelled before the
engine was run on them (see its README). The shape tests say what a labeller would get wrong (a
cite that is not in the statement, a checkable criterion left unlabelled); the floor tests hold
the engine to the figures recorded in ``floors.yaml``.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest
import yaml

from benchmarks.bench_checkable import CORPUS_DIR, Measures, measure, statement_paths
from criteria.roles import library_role

PATHS = statement_paths()
FLOORS_FILE = CORPUS_DIR / "floors.yaml"
STATEMENT_KEYS = {"role", "labelled_on", "labelled_before_engine_run", "reference_date"}
REQUIRED_KEYS = STATEMENT_KEYS - {"reference_date"} | {"statement", "labels"}
LABEL_KEYS = {"verdict", "cite", "why"}
VERDICTS = {"met", "partly_met", "not_met"}
MINIMUMS = {"checkable_verdict_agreement"}
MAXIMUMS = {"false_not_met", "over_credit"}


def _problems(path: Path) -> list[str]:
    """What is wrong with one statement file (empty when it is well formed)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        return ["not a YAML mapping"]
    known = STATEMENT_KEYS | {"statement", "labels"}
    problems = [f"unknown key {key!r}" for key in sorted(set(raw) - known)]
    problems += [f"missing key {key!r}" for key in sorted(REQUIRED_KEYS - set(raw))]
    if problems:
        return problems
    if raw["labelled_before_engine_run"] is not True or not isinstance(raw["labelled_on"], dt.date):
        problems.append("labels must record their date and that they came before any engine run")
    if not path.stem.endswith(raw["role"]):
        problems.append(f"role {raw['role']!r} is not the one the file name gives")
    spec = library_role(raw["role"])
    text = raw["statement"]
    lines = text.splitlines()
    checkable = {c.id for c in spec.criteria if c.rule is not None and c.assessed_at_sift}
    labels = raw["labels"] or {}
    problems += [
        f"{cid}: not a checkable sift criterion" for cid in sorted(set(labels) - checkable)
    ]
    problems += [
        f"{cid}: checkable criterion without a label" for cid in sorted(checkable - set(labels))
    ]
    for cid, label in labels.items():
        problems += [f"{cid}: unknown label key {key!r}" for key in sorted(set(label) - LABEL_KEYS)]
        verdicts = label.get("verdict")
        if not isinstance(verdicts, list) or not verdicts or not set(verdicts) <= VERDICTS:
            problems.append(f"{cid}: verdict must be a list of {sorted(VERDICTS)}")
        for cite in label.get("cite") or []:
            if not any(cite in line for line in lines):
                problems.append(
                    f"{cid}: cite is not within one line of the statement: {cite[:60]!r}"
                )
    return problems


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem)
def test_statement_file_is_well_formed(path: Path) -> None:
    assert _problems(path) == []


def test_corpus_has_its_thirty_statements_over_every_library_role() -> None:
    roles = {yaml.safe_load(path.read_text(encoding="utf-8"))["role"] for path in PATHS}
    assert len(PATHS) >= 30
    assert len(roles) >= 13


def test_floors_file_names_every_figure_once() -> None:
    assert set(_floors()) == MINIMUMS | MAXIMUMS


@cache
def _measures() -> Measures:
    return measure(PATHS)


def _floors() -> dict[str, float]:
    return yaml.safe_load(FLOORS_FILE.read_text(encoding="utf-8"))


def _figures() -> dict[str, float]:
    measures = _measures()
    return {
        "checkable_verdict_agreement": measures.agreement.value,
        "false_not_met": measures.false_not_met.value,
        "over_credit": measures.over_credit.value,
    }


@pytest.mark.parametrize("figure", sorted(MINIMUMS))
def test_engine_reaches_its_floor(figure: str) -> None:
    assert _figures()[figure] >= _floors()[figure], _measures().disagreements


@pytest.mark.parametrize("figure", sorted(MAXIMUMS))
def test_engine_stays_under_its_ceiling(figure: str) -> None:
    assert _figures()[figure] <= _floors()[figure], _measures().disagreements
