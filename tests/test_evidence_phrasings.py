"""Evidence phrasings written and labelled by another hand before the engine read them.

Each passage of ``tests/evidence_phrasings/*.yaml`` (see its README) addresses one evidence
criterion of a library role; it is scored as a whole statement for that role. The shape tests say
what a labeller would get wrong; the floor tests hold the engine to floors.yaml.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from benchmarks.bench_evidence import (
    PANEL_VERDICTS,
    PHRASINGS_DIR,
    Measures,
    load_passages,
    measure_passages,
    phrasing_paths,
)
from criteria.roles import library_role

FLOORS = yaml.safe_load((PHRASINGS_DIR / "floors.yaml").read_text(encoding="utf-8"))
FAMILIES = {
    "paraphrase",
    "example",
    "bare-claim",
    "other-person",
    "training",
    "heading-list",
    "negated",
    "hedged",
    "off-topic",
    "form",
}
FILE_KEYS = {"written_on", "labelled_before_engine_run", "passages"}
PASSAGE_KEYS = {"id", "role", "criterion", "family", "statement", "verdicts", "band", "cite", "why"}
BAND_VERDICT = {0: "not_met", 1: "partly_met", 2: "met", 3: "met"}


def _files() -> list[tuple[Path, dict[str, Any]]]:
    return [(path, yaml.safe_load(path.read_text(encoding="utf-8"))) for path in phrasing_paths()]


def _problems(item: dict[str, Any]) -> list[str]:
    problems = [f"unknown key {key!r}" for key in sorted(set(item) - PASSAGE_KEYS)]
    problems += [f"missing key {key!r}" for key in sorted(PASSAGE_KEYS - {"why"} - set(item))]
    if item.get("family") not in FAMILIES:
        problems.append(f"family {item.get('family')!r}")
    verdicts = item.get("verdicts") or []
    if not verdicts or not set(verdicts) <= PANEL_VERDICTS:
        problems.append(f"verdicts {verdicts!r}")
    band = item.get("band")
    if band not in BAND_VERDICT:
        problems.append(f"band {band!r}")
    elif verdicts and verdicts[0] != BAND_VERDICT[band] and not item.get("why"):
        problems.append(f"band {band} with verdict {verdicts[0]} and no reason")
    try:
        criterion = library_role(item["role"]).criterion(item["criterion"])
    except (KeyError, LookupError, ValueError):
        return [*problems, f"no criterion {item.get('role')}/{item.get('criterion')}"]
    if criterion.rule is not None or not criterion.assessed_at_sift:
        problems.append("not an evidence criterion assessed at sift")
    text = item.get("statement") or ""
    problems += [
        f"cite not in the statement: {c[:40]!r}" for c in item.get("cite") or [] if c not in text
    ]
    return problems


def test_files_record_that_labels_came_first() -> None:
    files = _files()
    assert files
    for path, raw in files:
        assert set(raw) == FILE_KEYS, path.name
        assert raw["labelled_before_engine_run"] is True, path.name


def test_every_passage_is_well_formed_and_named_once() -> None:
    items = [item for _, raw in _files() for item in raw["passages"]]
    problems = {str(item.get("id")): _problems(item) for item in items}
    assert {name: found for name, found in problems.items() if found} == {}
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids))


@cache
def _measured() -> Measures:
    return measure_passages([p for path in phrasing_paths() for p in load_passages(path)])


@pytest.mark.parametrize(
    ("figure", "ratio"),
    [
        ("evidence_verdict_agreement", "evidence_agreement"),
        ("band_within_one", "band_within_one"),
        ("evidence_recall", "evidence_recall"),
    ],
)
def test_the_engine_reaches_its_floor(figure: str, ratio: str) -> None:
    measured = getattr(_measured(), ratio)
    assert measured.value >= FLOORS[figure], f"{figure}: {measured} < floor {FLOORS[figure]}"


def test_no_evidence_is_seldom_called_met() -> None:
    measured = _measured().no_evidence_called_met
    ceiling = FLOORS["no_evidence_called_met"]
    assert measured.value <= ceiling, f"{measured} > ceiling {ceiling}"
