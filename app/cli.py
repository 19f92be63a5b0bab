"""The ``shortlist`` command."""

from __future__ import annotations

import typer

from app.commands import roles

cli = typer.Typer(
    name="shortlist",
    help="Shortlisting engine for UK social care jobs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
cli.add_typer(roles.cli, name="roles")


def main() -> None:
    cli()
