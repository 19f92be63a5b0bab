"""The ``shortlist`` command."""

from __future__ import annotations

import typer

from app.commands import db, demo, keys, retention, roles, serve
from app.commands import score as score_command
from app.commands import spec as spec_commands

cli = typer.Typer(
    name="shortlist",
    help="Shortlisting engine for UK social care jobs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
cli.add_typer(roles.cli, name="roles")
cli.add_typer(db.cli, name="db")
cli.add_typer(keys.cli, name="keys")
cli.add_typer(demo.cli, name="demo")
cli.command("serve")(serve.serve)
cli.add_typer(retention.cli, name="retention")
cli.add_typer(spec_commands.cli, name="spec")
cli.command("score")(score_command.score)


def main() -> None:
    cli()
