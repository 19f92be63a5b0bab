"""Batched writes (``app.db.insert_rows``, COPY on PostgreSQL): what a bulk upload stores must be
exactly what one INSERT per row would have stored, and its failures the same database errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.db import insert_rows
from app.models import Application, new_id

from .conftest import Tenant

# What statements really hold (tabs from Word, Windows line ends, a path with backslashes) and
# what COPY's own text format gives meaning to (a backslash-N is its NULL, a tab its separator).
AWKWARD_TEXT = (
    "Section 42\tenquiries: I led 12.\r\nMy notes are in C:\\Cases\\2024 and \\N is not empty.\n"
    "Ich spreche Deutsch; je parle français; ‘quoted’ — done ✓"
)
AWKWARD_DOCUMENT = bytes(range(256)) + b"\\N\t\n"  # every byte value, COPY's markers included


def _application(tenant: Tenant, vacancy_id: str, ref: str, **columns: Any) -> dict[str, Any]:
    return {
        "id": new_id(),
        "org_id": tenant.org_id,
        "vacancy_id": vacancy_id,
        "applicant_ref": ref,
        "external_id": None,
        "fields": {"years_qualified": 6, "languages": ["German", "French"], "car": None},
        "identity": {},
        "document": AWKWARD_DOCUMENT,
        "filename": "statement.docx",
        "content_type": "application/octet-stream",
        "document_format": "docx",
        "text": AWKWARD_TEXT,
        "sha256": "ab" * 32,
        **columns,
    }


def test_rows_are_stored_exactly_as_an_insert_stores_them(
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    session_factory: sessionmaker[Session],
) -> None:
    vacancy_id = make_vacancy(tenant)["id"]
    batched = [_application(tenant, vacancy_id, f"A-000{n}") for n in (1, 2)]
    by_insert = _application(tenant, vacancy_id, "A-0003")
    before = dt.datetime.now(dt.UTC)
    with session_factory() as session:
        insert_rows(session, Application.__table__, batched)
        session.execute(insert(Application.__table__), [by_insert])
        session.commit()
    with session_factory() as session:
        query = select(Application).where(Application.vacancy_id == vacancy_id)
        stored = {a.applicant_ref: a for a in session.scalars(query)}

    for ref in ("A-0001", "A-0002", "A-0003"):
        application = stored[ref]
        assert application.text == AWKWARD_TEXT
        assert application.document == AWKWARD_DOCUMENT
        assert application.fields == {
            "years_qualified": 6,
            "languages": ["German", "French"],
            "car": None,
        }
        assert application.external_id is None
        assert application.warnings == []  # not given: the column's default
        assert application.status == "scored"  # not given: the column's default
        created = application.created_at
        if created.tzinfo is None:  # SQLite keeps no zone; the service writes UTC
            created = created.replace(tzinfo=dt.UTC)
        assert before - dt.timedelta(seconds=5) <= created <= dt.datetime.now(dt.UTC)
    assert stored["A-0001"].id != stored["A-0002"].id


def test_a_row_stored_before_fails_the_whole_batch_with_an_integrity_error(
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    session_factory: sessionmaker[Session],
    count_rows: Callable[..., int],
) -> None:
    vacancy_id = make_vacancy(tenant)["id"]
    first = _application(tenant, vacancy_id, "A-0001")
    with session_factory() as session:
        insert_rows(session, Application.__table__, [first])
        session.commit()
    again = [_application(tenant, vacancy_id, "A-0002"), {**first, "applicant_ref": "A-0003"}]
    with session_factory() as session:
        with pytest.raises(IntegrityError):
            insert_rows(session, Application.__table__, again)
            session.flush()
        session.rollback()
    assert count_rows(Application, vacancy_id=vacancy_id) == 1


def test_a_column_the_table_does_not_have_is_refused_before_anything_is_sent(
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    session_factory: sessionmaker[Session],
) -> None:
    vacancy_id = make_vacancy(tenant)["id"]
    row = _application(tenant, vacancy_id, "A-0001", shoe_size=9)
    with session_factory() as session, pytest.raises(ValueError, match="shoe_size"):
        insert_rows(session, Application.__table__, [row])


def test_a_lost_connection_is_a_database_error_and_the_next_transaction_works(
    db_url: str,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    session_factory: sessionmaker[Session],
    count_rows: Callable[..., int],
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("a SQLite file has no server connection to lose")
    vacancy_id = make_vacancy(tenant)["id"]
    with session_factory() as session:
        backend = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with session_factory() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
        with pytest.raises(DBAPIError) as raised:
            insert_rows(session, Application.__table__, [_application(tenant, vacancy_id, "A-1")])
        assert raised.value.connection_invalidated  # what the API answers 503 for
        session.rollback()
        insert_rows(session, Application.__table__, [_application(tenant, vacancy_id, "A-2")])
        session.commit()
    assert count_rows(Application, vacancy_id=vacancy_id) == 1
