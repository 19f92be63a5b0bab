"""``shortlist db upgrade``: apply the Alembic migrations to DATABASE_URL."""

from __future__ import annotations

from pathlib import Path

import typer
from alembic import command
from alembic.config import Config
from sqlalchemy.exc import DBAPIError

from app.settings import get_settings, normalise_database_url

REPO = Path(__file__).resolve().parents[2]

cli = typer.Typer(help="The database schema (Alembic migrations).", no_args_is_help=True)


def alembic_config(database_url: str) -> Config:
    """The migrations' configuration for this database, built in code (no cwd assumptions)."""
    config = Config(str(REPO / "alembic.ini"))
    config.set_main_option("script_location", str(REPO / "migrations"))
    config.set_main_option("sqlalchemy.url", normalise_database_url(database_url))
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


@cli.command("upgrade")
def upgrade_command(
    revision: str = typer.Argument("head", help="Target revision (default: the newest)."),
) -> None:
    """Create or update the schema. Honours DATABASE_URL (default: ./data/shortlist.db)."""
    url = get_settings().database_url
    try:
        upgrade(url, revision)
    except DBAPIError as error:
        first_line = str(error.orig or error).splitlines()[0]
        typer.echo(f"error: cannot migrate the database: {first_line}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"database is at revision {revision}")
