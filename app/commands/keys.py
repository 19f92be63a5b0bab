"""``shortlist keys``: create, list and revoke API keys."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.auth.service import Role, create_key, list_keys, revoke_key
from app.db import make_engine, make_sessionmaker
from app.settings import get_settings

cli = typer.Typer(
    help="API keys (each belongs to one organisation and has one role).", no_args_is_help=True
)


@contextmanager
def database_session() -> Iterator[Session]:
    """A session on DATABASE_URL; a database error is one line on stderr and exit code 1."""
    engine = make_engine(get_settings())
    try:
        with make_sessionmaker(engine)() as session:
            yield session
    except DBAPIError as error:
        first_line = str(error.orig or error).splitlines()[0]
        typer.echo(f"error: database: {first_line} (did you run 'shortlist db upgrade'?)", err=True)
        raise typer.Exit(1) from None
    finally:
        engine.dispose()


@cli.command("create")
def create(
    org: str = typer.Option(..., "--org", help="Organisation name (created if missing)."),
    role: Role = typer.Option(..., "--role", help="admin, recruiter, panel or ats."),
    name: str | None = typer.Option(None, "--name", help="A label, e.g. the panel member."),
    lead: bool = typer.Option(False, "--lead", help="A panel lead (may finalise decisions)."),
) -> None:
    """Create a key. It is printed once, alone on the last line; only its hash is stored."""
    if not org.strip():
        typer.echo("error: --org must not be empty", err=True)
        raise typer.Exit(2)
    if lead and role is not Role.panel:
        typer.echo("error: --lead is for panel keys", err=True)
        raise typer.Exit(2)
    with database_session() as session:
        new = create_key(session, org.strip(), role, name=name, lead=lead)
        session.commit()
    typer.echo(
        f"created {role.value} key {new.key.prefix} for {new.organisation.name}; "
        "store it now, it is not shown again:",
        err=True,
    )
    typer.echo(new.secret)


@cli.command("revoke")
def revoke(
    prefix: str = typer.Argument(..., help="The key's prefix, e.g. sl_live_ab12cd34."),
) -> None:
    """Revoke a key: it is refused (401) from now on."""
    with database_session() as session:
        key = revoke_key(session, prefix.strip())
        session.commit()
    if key is None:
        typer.echo(f"error: no key with prefix {prefix!r}; see 'shortlist keys list'", err=True)
        raise typer.Exit(1)
    typer.echo(f"revoked {key.prefix}")


@cli.command("list")
def list_command() -> None:
    """Every key: prefix, organisation, role, label and whether it is revoked."""
    with database_session() as session:
        rows = list_keys(session)
    table = Table(title=f"{len(rows)} API keys")
    for column in ("prefix", "organisation", "role", "name", "created", "revoked"):
        table.add_column(column, no_wrap=column in {"prefix", "created", "revoked"})
    for key, organisation in rows:
        table.add_row(
            key.prefix,
            organisation.name,
            key.role + (" (lead)" if key.lead else ""),
            key.name or "",
            key.created_at.strftime("%Y-%m-%d %H:%M"),
            key.revoked_at.strftime("%Y-%m-%d %H:%M") if key.revoked_at else "",
        )
    # full width when piped, so scripts and logs get whole names rather than 'recr…'
    Console(width=None if sys.stdout.isatty() else 200).print(table)
