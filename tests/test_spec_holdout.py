"""The held-out specification documents (tests/spec_holdout, written by another hand with the
truth before any parser run): each renders and its truth is a valid role spec, non-specifications
are refused, and the parser stays at or above the floors recorded after its first run."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from tests.spec_corpus.build import render
from tests.spec_corpus.measure import Totals, measure_all
from tests.spec_corpus.model import CorpusDocument, truth_spec
from tests.spec_holdout.documents import all_documents

FLOORS = yaml.safe_load(
    (Path(__file__).parent / "spec_holdout" / "floors.yaml").read_text(encoding="utf-8")
)
DOCUMENTS = all_documents()


@cache
def _totals() -> Totals:
    return measure_all(DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_every_document_renders_and_its_truth_is_a_role_spec(document: CorpusDocument) -> None:
    for fmt in document.formats:
        assert render(document, fmt)
    assert all(truth_spec(role, document.name).criteria for role in document.roles)


def test_every_non_specification_is_refused() -> None:
    assert _totals().not_refused == []


def test_no_real_specification_is_refused_beyond_its_ceiling() -> None:
    assert len(_totals().no_spec_failures) <= FLOORS["no_spec_failures"]


@pytest.mark.parametrize(
    "figure", ["recall", "precision", "priority_essential", "priority_desirable", "assessed_by"]
)
def test_the_parser_reaches_its_floor(figure: str) -> None:
    measured = _totals().figures[figure]
    assert measured >= FLOORS[figure], f"{figure}: {measured:.3f} < floor {FLOORS[figure]}"
