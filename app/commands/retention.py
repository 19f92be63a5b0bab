"""``shortlist retention purge``: erase applications older than the retention period."""

from __future__ import annotations

import typer
from sqlalchemy.exc import DBAPIError

from app.db import make_engine, make_sessionmaker
from app.erasure import service
from app.settings import get_settings

cli = typer.Typer(help="The retention period for applications.", no_args_is_help=True)


@cli.command("purge")
def purge(
    days: int | None = typer.Option(
        None, "--days", min=1, help="Retention period in days (default: RETENTION_DAYS)."
    ),
) -> None:
    """Erase every application received more than the retention period ago, leaving one
    non-identifying audit line each. Honours DATABASE_URL."""
    settings = get_settings()
    period = days or settings.retention_days
    if period is None:
        typer.echo("error: no retention period: pass --days N or set RETENTION_DAYS", err=True)
        raise typer.Exit(2)
    engine = make_engine(settings)
    try:
        with make_sessionmaker(engine)() as session:
            refs = service.purge(session, period)
            session.commit()
    except DBAPIError as error:
        first_line = str(error.orig or error).splitlines()[0]
        typer.echo(f"error: the database refused the purge: {first_line}", err=True)
        raise typer.Exit(1) from None
    finally:
        engine.dispose()
    typer.echo(f"purged {len(refs)} application(s) received more than {period} days ago")
