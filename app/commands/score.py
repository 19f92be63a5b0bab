"""``shortlist score``: score supporting statements against a role, with evidence."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from criteria.documents import MAX_BYTES, DocumentError, read_document
from criteria.loader import SpecError, load_spec
from criteria.roles import library_role
from criteria.spec import RoleSpec
from matching.applicant import Applicant
from matching.result import ScoreResult, Verdict

HIDDEN_QUOTE_CHARS = 80
VERDICT_STYLES = {
    Verdict.met: "green",
    Verdict.partly_met: "yellow",
    Verdict.not_met: "red",
    Verdict.not_assessed: "dim",
}


class _Refusal(Exception):
    """Bad input for the whole command: one line on stderr, exit code 2."""


def _role(role_id: str | None, spec_file: Path | None) -> RoleSpec:
    if (role_id is None) == (spec_file is None):
        raise _Refusal("give exactly one of --role ID or --spec FILE")
    try:
        if role_id is not None:
            return library_role(role_id)
        assert spec_file is not None
        return load_spec(spec_file)
    except (SpecError, OSError) as error:
        raise _Refusal(str(error)) from None


def _reference_date(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _Refusal(f"--reference-date {text!r} is not a YYYY-MM-DD date") from None


def _applicant(path: Path | None) -> Applicant | None:
    if path is None:
        return None
    try:
        return Applicant.model_validate_json(path.read_bytes())
    except OSError as error:
        raise _Refusal(f"{path}: {error.strerror or error}") from None
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the file"
        raise _Refusal(f"{path}: {where}: {first['msg']}") from None


def _hidden_warning(hidden: list[str]) -> str:
    joined = " / ".join(hidden)
    if len(joined) > HIDDEN_QUOTE_CHARS:
        joined = joined[: HIDDEN_QUOTE_CHARS - 1].rstrip() + "…"
    return f"hidden text left out of scoring: “{joined}”"


def _read(path: Path) -> tuple[str, list[str]]:
    """The statement text and its warnings; raises DocumentError with a one-line message."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise DocumentError(f"file is larger than {MAX_BYTES // 1_000_000} MB")
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(error.strerror or str(error)) from None
    document = read_document(data, path.name)
    warnings = [_hidden_warning(document.hidden_text)] if document.hidden_text else []
    return document.text, warnings


def _table(console: Console, name: str, result: ScoreResult) -> None:
    table = Table(
        title=f"{name}: {result.recommendation.value}",
        caption=(
            f"score {result.score:g}/{result.max_score:g} · essentials met "
            f"{result.essentials.met}/{result.essentials.total} · guaranteed interview: "
            f"{'yes' if result.guaranteed_interview else 'no'} · reference date "
            f"{result.reference_date}"
        ),
        show_lines=True,
    )
    for column in ("criterion", "priority", "verdict", "score", "conf.", "review", "why"):
        table.add_column(column, overflow="fold", justify="right" if column == "score" else "left")
    for criterion in result.criteria:
        evidence = "".join(f"\n  “{e.text}”" for e in criterion.evidence[:2])
        flags = f" [{', '.join(criterion.flags)}]" if criterion.flags else ""
        table.add_row(
            criterion.id,
            criterion.priority.value,
            f"[{VERDICT_STYLES[criterion.verdict]}]{criterion.verdict.value}[/]{flags}",
            f"{criterion.score:g}/{criterion.max_score:g}",
            f"{criterion.confidence:.2f}",
            "yes" if criterion.needs_review else "",
            criterion.explanation + evidence,
        )
    console.print(table)
    for warning in result.warnings:
        console.print(f"[bold yellow]warning:[/] {warning}", highlight=False)


def score(
    statements: list[Path] = typer.Argument(
        ..., metavar="STATEMENT...", help="Statements to score: .txt, .docx or .pdf files."
    ),
    role_id: str | None = typer.Option(None, "--role", metavar="ID", help="A library role."),
    spec_file: Path | None = typer.Option(None, "--spec", metavar="FILE", help="A role spec file."),
    reference_date: str | None = typer.Option(
        None, "--reference-date", metavar="YYYY-MM-DD", help="Count years up to this date (today)."
    ),
    applicant_file: Path | None = typer.Option(
        None, "--applicant", metavar="FILE.json", help="Structured applicant fields (JSON)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array, in input order."),
) -> None:
    """Score supporting statements against a role's person specification."""
    try:
        spec = _role(role_id, spec_file)
        when = _reference_date(reference_date)
        applicant = _applicant(applicant_file)
    except _Refusal as refusal:
        typer.echo(f"error: {refusal}", err=True)
        raise typer.Exit(2) from None
    readable: list[tuple[Path, str, list[str]]] = []
    failed = False
    for path in statements:
        try:
            text, warnings = _read(path)
        except DocumentError as error:
            typer.echo(f"error: {path}: {error}", err=True)
            failed = True
            continue
        readable.append((path, text, warnings))
    if readable:
        from matching.engine import get_engine

        engine = get_engine()
        parsed = engine.parse_many([text for _, text, _ in readable])
        results = [
            (
                path,
                engine.score_parsed(
                    spec, one, reference_date=when, applicant=applicant, warnings=warnings
                ),
            )
            for (path, _, warnings), one in zip(readable, parsed, strict=True)
        ]
        if as_json:
            rows = [
                {"file": str(path), **result.model_dump(mode="json")} for path, result in results
            ]
            typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        else:
            console = Console()  # made here so the terminal width is read when printing
            for path, result in results:
                _table(console, str(path), result)
    elif as_json:
        typer.echo("[]")
    if failed:
        raise typer.Exit(2)
