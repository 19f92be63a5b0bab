"""A corpus document as data: what the page shows (blocks) and what a person reads off it (truth).

Blocks are format-neutral; :mod:`tests.spec_corpus.build` lays them out as Word, PDF or text.
The truth is written from the document as a recruiter would read it, never from the parser.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from criteria.spec import Criterion, Priority, RoleSpec, Rule, Stage

Format = Literal["docx", "pdf", "txt"]


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False
    italic: bool = False
    small: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    """Rows of cells; a row with one cell spans the whole width (a category row).

    A cell may hold several lines (``\\n``); a line starting ``• `` is a bullet in the cell.
    ``ruled`` draws cell borders; an unruled table is a column layout. ``txt`` chooses how the
    text version lays it out: ``cells`` (each cell on its own tab-prefixed line, as text pasted
    from Word comes out) or ``tabs`` (one line per row, cells separated by tabs).
    """

    rows: tuple[tuple[str, ...], ...]
    header_rows: int = 1
    ruled: bool = True
    widths: tuple[float, ...] | None = None
    txt: Literal["cells", "tabs"] = "cells"

    @property
    def columns(self) -> int:
        return max(len(row) for row in self.rows)


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Para | Bullets | Table | PageBreak


@dataclass(frozen=True)
class Want:
    """One criterion a recruiter reads off the document."""

    text: str
    priority: Priority = Priority.essential
    stages: tuple[Stage, ...] = (Stage.application, Stage.interview)
    weight: float | None = None
    rule: Rule | None = None
    code: str = ""  # how the document prints its assessment stages ("A/I", "AF, IV")


@dataclass(frozen=True)
class TruthRole:
    title: str
    criteria: tuple[Want, ...]


@dataclass(frozen=True)
class CorpusDocument:
    name: str
    layout: str
    formats: tuple[Format, ...]
    blocks: tuple[Block, ...]
    roles: tuple[TruthRole, ...] = ()
    has_weights: bool = False
    description: str = ""
    refuse: bool = field(default=False)

    def __post_init__(self) -> None:
        if self.refuse == bool(self.roles):
            raise ValueError(f"{self.name}: a document either has roles or is refused")


def truth_spec(role: TruthRole, source: str) -> RoleSpec:
    """The truth as a role spec, so the spec models validate it and compare.py can pair it."""
    criteria = [
        Criterion(
            id=f"c{number}",
            text=want.text,
            priority=want.priority,
            assessed_by=list(want.stages),
            weight=want.weight if want.weight is not None else 1,
            rule=want.rule,
        )
        for number, want in enumerate(role.criteria, start=1)
    ]
    slug = "-".join("".join(c if c.isalnum() else " " for c in role.title.lower()).split())
    return RoleSpec(id=slug[:120].strip("-") or "role", title=role.title, source=source,
                    criteria=criteria)


def documents_in(package: str, path: Iterable[str]) -> list[CorpusDocument]:
    """The ``DOCUMENT`` of every module of a documents package (its ``__name__`` and
    ``__path__``), in module-name order; two documents of one name are an error."""
    documents = [
        importlib.import_module(f"{package}.{module.name}").DOCUMENT
        for module in sorted(pkgutil.iter_modules(path), key=lambda m: m.name)
    ]
    names = [d.name for d in documents]
    if len(set(names)) != len(names):
        raise ValueError(f"two documents of {package} share a name")
    return documents
