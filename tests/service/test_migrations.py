"""The schema comes only from the migrations; they must match the models exactly."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from app.commands.db import alembic_config
from app.models import Base
from app.settings import normalise_database_url


def test_the_migrated_schema_matches_the_models(db_url: str) -> None:
    engine = create_engine(normalise_database_url(db_url))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == [], "models and migrations differ: add the change to a migration"


def test_downgrade_to_nothing_and_upgrade_again(db_url: str) -> None:
    config = alembic_config(db_url)
    command.downgrade(config, "base")
    engine = create_engine(normalise_database_url(db_url))
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    command.upgrade(config, "head")
    assert "audit_log" in inspect(engine).get_table_names()
    engine.dispose()
    test_the_migrated_schema_matches_the_models(db_url)
