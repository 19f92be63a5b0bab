"""``shortlist roles``: the seed role library."""

from __future__ import annotations

import json
import textwrap

import typer
from rich.console import Console
from rich.table import Table

from app.vacancies.asks import asks_in_words, criterion_asks
from app.vacancies.rule_words import rule_in_words
from criteria.loader import SpecError, load_spec
from criteria.roles import library_role, library_roles
from criteria.spec import Criterion, Priority, RoleSpec

cli = typer.Typer(help="The role library (the 13 seed roles).", no_args_is_help=True)
console = Console()
# Narrower than this, a six-column table folds ids and words letter by letter: list instead.
TABLE_COLUMNS = 120


def _counts(role) -> tuple[int, int]:
    essential = sum(1 for c in role.criteria if c.priority is Priority.essential)
    return essential, len(role.criteria) - essential


@cli.command("list")
def list_roles(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List the roles with their essential and desirable criterion counts."""
    roles = library_roles()
    if as_json:
        rows = []
        for role in roles:
            essential, desirable = _counts(role)
            rows.append(
                {
                    "id": role.id,
                    "title": role.title,
                    "essential": essential,
                    "desirable": desirable,
                    "source": role.source,
                }
            )
        typer.echo(json.dumps(rows, indent=2))
        return
    table = Table(title=f"{len(roles)} roles")
    for column in ("id", "title", "essential", "desirable", "rules"):
        table.add_column(
            column, justify="right" if column in {"essential", "desirable", "rules"} else "left"
        )
    for role in roles:
        essential, desirable = _counts(role)
        rules = sum(1 for c in role.criteria if c.rule is not None)
        table.add_row(role.id, role.title, str(essential), str(desirable), str(rules))
    console.print(table)


@cli.command("show")
def show_role(
    role_id: str = typer.Argument(..., metavar="ID", help="A library role's id, or a spec file."),
    as_json: bool = typer.Option(False, "--json", help="Print the spec as JSON."),
) -> None:
    """Show one role's criteria, and what each evidence criterion is read as asking."""
    try:
        is_file = role_id.endswith((".yaml", ".yml", ".json"))
        role = load_spec(role_id) if is_file else library_role(role_id)
    except SpecError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(role.model_dump_json(indent=2))
        return
    if console.width < TABLE_COLUMNS:
        typer.echo(role_as_list(role, console.width))
        return
    table = Table(title=f"{role.title} ({role.id})", show_lines=False)
    for column in ("id", "priority", "category", "assessed by", "rule", "text"):
        table.add_column(column, overflow="fold")
    for c in role.criteria:
        text = f"{c.text}\nNote: {c.notes}" if c.notes else c.text
        if c.rule is None:  # what the engine reads the evidence criterion as asking
            text += f"\n{asks_line(c)}"
        table.add_row(
            c.id,
            c.priority.value,
            c.category,
            ", ".join(s.value for s in c.assessed_by),
            c.rule.kind if c.rule else "evidence",
            text,
        )
    console.print(table)
    if role.notes:
        console.print(f"Notes: {role.notes}")


def role_as_list(role: RoleSpec, width: int) -> str:
    """The role's criteria one block each, wrapped to ``width``: readable in a narrow terminal."""
    width = max(width, 40)
    essential, desirable = _counts(role)
    lines = [
        *textwrap.wrap(role.title, width),
        *textwrap.wrap(
            f"{role.id}: {len(role.criteria)} criteria, {essential} essential, "
            f"{desirable} desirable",
            width,
        ),
    ]
    for c in role.criteria:
        stages = ", ".join(s.value for s in c.assessed_by)
        lines += ["", *textwrap.wrap(f"{c.id} ({c.priority.value}; {stages})", width)]
        checks = rule_in_words(c.rule) if c.rule else "evidence in the statement"
        paragraphs = [f"Checks: {checks}", c.text]
        if c.rule is None:
            paragraphs.append(asks_line(c))
        if c.notes:
            paragraphs.append(f"Note: {c.notes}")
        for paragraph in paragraphs:
            lines += textwrap.wrap(
                " ".join(paragraph.split()),
                width,
                initial_indent="  ",
                subsequent_indent="  ",
                break_long_words=False,
            )
    if role.notes:
        lines += ["", *textwrap.wrap(f"Notes: {' '.join(role.notes.split())}", width)]
    return "\n".join(lines)


def asks_line(criterion: Criterion) -> str:
    """What the engine reads an evidence criterion as asking, and whether the spec set it."""
    asked = asks_in_words(criterion_asks(criterion.text, criterion.topics))
    return f"Asks: {asked}" if criterion.topics is None else f"Asks (set in the spec): {asked}"
