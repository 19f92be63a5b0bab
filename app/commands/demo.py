"""``shortlist demo seed``: a demo organisation with the library roles as vacancies."""

from __future__ import annotations

import typer
from sqlalchemy import select

from app.auth.service import Principal, Role, create_key, ensure_organisation
from app.commands.keys import database_session
from app.models import Vacancy
from app.vacancies.service import create_vacancy
from criteria.loader import SpecError
from criteria.roles import library_roles

DEMO_ORG = "Demo Council"

cli = typer.Typer(help="Demo data.", no_args_is_help=True)


@cli.command("seed")
def seed(org: str = typer.Option(DEMO_ORG, "--org", help="The demo organisation.")) -> None:
    """Create the demo organisation and one vacancy per library role (skipping those already
    there), then print a new demo admin key alone on the last line."""
    try:
        roles = library_roles()
    except SpecError as error:
        typer.echo(f"error: the role library cannot be read: {error}", err=True)
        raise typer.Exit(1) from None
    with database_session() as session:
        organisation = ensure_organisation(session, org)
        existing = set(
            session.scalars(select(Vacancy.reference).where(Vacancy.org_id == organisation.id))
        )
        new = create_key(session, org, Role.admin, name="demo admin")
        principal = Principal.of(new.key)
        created = 0
        for role in roles:
            if role.id in existing:
                continue
            create_vacancy(session, principal, role, reference=role.id)
            created += 1
        session.commit()
    typer.echo(
        f"{org}: {created} vacancies created, {len(existing)} already there; demo admin key:",
        err=True,
    )
    typer.echo(new.secret)
