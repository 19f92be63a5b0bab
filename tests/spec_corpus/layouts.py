"""Table shapes several corpus documents share, built from their criteria."""

from __future__ import annotations

from itertools import zip_longest

from criteria.spec import Priority
from tests.spec_corpus.model import Want

Group = tuple[str, list[Want]]


def side_by_side(groups: list[Group], *, category_once: bool = True) -> list[tuple[str, ...]]:
    """Rows of category | essential | how | desirable | how, essentials and desirables of a
    category paired off row by row (the Hull shape)."""
    rows: list[tuple[str, ...]] = []
    for category, wants in groups:
        essential = [w for w in wants if w.priority is Priority.essential]
        desirable = [w for w in wants if w.priority is Priority.desirable]
        for index, (e, d) in enumerate(zip_longest(essential, desirable)):
            label = category if index == 0 or not category_once else ""
            rows.append((
                label,
                e.text if e else "",
                e.code if e else "",
                d.text if d else "",
                d.code if d else "",
            ))
    return rows


def marked(groups: list[Group], yes: str, no: str, *, with_code: bool = True,
           category_rows: bool = True) -> list[tuple[str, ...]]:
    """Rows of criterion | essential mark | desirable mark | code, with spanning category rows."""
    rows: list[tuple[str, ...]] = []
    for category, wants in groups:
        if category_rows:
            rows.append((category,))
        for w in wants:
            essential = w.priority is Priority.essential
            row = (w.text, yes if essential else no, no if essential else yes)
            rows.append((*row, w.code) if with_code else row)
    return rows


def everything(groups: list[Group]) -> list[Want]:
    return [want for _, wants in groups for want in wants]


def grid(groups: list[Group]) -> list[tuple[str, ...]]:
    """NHS rows of factor | essential bullets | desirable bullets | method of assessment; the
    method is the row's, so every criterion of a factor carries the same code."""
    rows: list[tuple[str, ...]] = []
    for factor, wants in groups:
        codes = {w.code for w in wants}
        if len(codes) != 1:
            raise ValueError(f"factor {factor!r} mixes assessment codes {sorted(codes)}")
        essential = [w.text for w in wants if w.priority is Priority.essential]
        desirable = [w.text for w in wants if w.priority is Priority.desirable]
        rows.append((factor, "\n".join(f"• {t}" for t in essential),
                     "\n".join(f"• {t}" for t in desirable), codes.pop()))
    return rows
