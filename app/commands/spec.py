"""``shortlist spec``: propose role specs from a job description, and check spec files."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from criteria.documents import MAX_BYTES, DocumentError
from criteria.loader import SpecError, dump_spec_yaml, parse_spec_text
from criteria.parser import ParsedRole, SpecParseError, adopt_library_ids, import_document
from criteria.roles import library_roles
from criteria.spec import Priority, RoleSpec

cli = typer.Typer(
    help="Read person specifications from job descriptions; check role spec files.",
    no_args_is_help=True,
)
summary_console = Console(stderr=True)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


def _rules(spec: RoleSpec) -> int:
    return sum(1 for criterion in spec.criteria if criterion.rule is not None)


def _summary(roles: list[ParsedRole], written: list[str]) -> None:
    table = Table(title=f"{len(roles)} role{'s' if len(roles) != 1 else ''} proposed")
    for column in ("id", "title", "essential", "desirable", "rules", "unsure"):
        justify = "right" if column in {"essential", "desirable", "rules", "unsure"} else "left"
        table.add_column(column, justify=justify, overflow="fold")
    for role in roles:
        essential = sum(1 for c in role.spec.criteria if c.priority is Priority.essential)
        table.add_row(
            role.spec.id,
            role.spec.title,
            str(essential),
            str(len(role.spec.criteria) - essential),
            str(_rules(role.spec)),
            str(len(role.unsure)),
        )
    summary_console.print(table)
    for role in roles:
        for note in role.unsure:
            summary_console.print(
                f"[bold]{role.spec.id}[/bold]: unsure: {note}", highlight=False, soft_wrap=True
            )
    for path in written:
        summary_console.print(f"wrote {path}", highlight=False, soft_wrap=True)
    summary_console.print(
        "Check each criterion's priority, assessment and rule before using the spec.",
        highlight=False,
    )


def _write_atomically(path: Path, text: str) -> None:
    """Write the whole file or nothing: a half-written spec must never be left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@cli.command("import")
def import_spec(
    file: Path = typer.Argument(..., help="Job description: .docx, .pdf, .odt, .rtf or .txt."),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="Write the YAML here: a file gets every role (--- between roles); an existing "
        "directory gets one <role-id>.yaml per role. Default: standard output.",
    ),
    library_ids: bool = typer.Option(
        True,
        "--library-ids/--no-library-ids",
        help="Reuse the id of a library role with the same title and grade.",
    ),
) -> None:
    """Propose role specs from a job description and print what was found."""
    # pypdf logs what it repairs in a damaged PDF; the recruiter gets one line instead
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        if file.stat().st_size > MAX_BYTES:
            raise _fail(f"{file}: file is larger than {MAX_BYTES // 1_000_000} MB")
        data = file.read_bytes()
    except FileNotFoundError:
        raise _fail(f"{file}: no such file") from None
    except IsADirectoryError:
        raise _fail(f"{file}: is a directory, not a document") from None
    except OSError as error:
        raise _fail(f"{file}: cannot read file ({error.strerror})") from None
    try:
        roles = import_document(data, file.name)
    except (DocumentError, SpecParseError) as error:
        raise _fail(f"{file}: {error}") from None
    if library_ids:
        roles = adopt_library_ids(roles, library_roles())
    documents = [dump_spec_yaml(role.spec) for role in roles]
    written: list[str] = []
    try:
        if output is None:
            typer.echo("---\n".join(documents), nl=False)
        elif output.is_dir():
            for role, document in zip(roles, documents, strict=True):
                target = output / f"{role.spec.id}.yaml"
                _write_atomically(target, document)
                written.append(str(target))
        else:
            _write_atomically(output, "---\n".join(documents))
            written.append(str(output))
    except OSError as error:
        raise _fail(f"{output}: cannot write ({error.strerror})") from None
    _summary(roles, written)


DOCUMENT_SEPARATOR = re.compile(r"^---[ \t]*$", re.M)


@cli.command("check")
def check_spec(
    file: Path = typer.Argument(..., help="A role spec YAML file (--- between roles)."),
) -> None:
    """Validate a role spec file; one line per problem, exit 2 when any role is invalid."""
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _fail(f"{file}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise _fail(f"{file}: cannot read file ({error})") from None
    # each role is checked on its own; blank lines in front keep its line numbers the file's
    pieces = DOCUMENT_SEPARATOR.split(text)
    parts: list[str] = []
    lines_before = 0
    for piece in pieces:
        if piece.strip():
            parts.append("\n" * lines_before + piece)
        lines_before += piece.count("\n")  # the "---" line ends with the next piece's newline
    parts = [p for p in parts if p.strip()]
    if not parts:
        raise _fail(f"{file}: spec is empty")
    specs: list[RoleSpec] = []
    for number, part in enumerate(parts, start=1):
        where = f"{file}" if len(parts) == 1 else f"{file} (role {number})"
        try:
            specs.append(parse_spec_text(part, source=where))
        except SpecError as error:
            raise _fail(str(error)) from None
    ids = [spec.id for spec in specs]
    if len(set(ids)) != len(ids):
        duplicate = next(i for i in ids if ids.count(i) > 1)
        raise _fail(f"{file}: role id {duplicate!r} appears twice")
    for spec in specs:
        typer.echo(f"ok: {spec.id} ({len(spec.criteria)} criteria, {_rules(spec)} rules)")
