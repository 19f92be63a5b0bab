"""Database engine and sessions. The request owns the transaction (see :func:`session_scope`)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import JSON, Column, Engine, Table, create_engine, event, insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.settings import Settings, ensure_sqlite_directory


def make_engine(settings: Settings) -> Engine:
    """SQLite: WAL, foreign keys, busy timeout. PostgreSQL (psycopg 3): a pre-pinged pool."""
    url = settings.sqlalchemy_url
    if url.startswith("sqlite"):
        ensure_sqlite_directory(url)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            hide_parameters=True,  # error messages would otherwise quote statement text
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        hide_parameters=True,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_pool_size,
        connect_args=_bounded_waits(url, settings.db_connect_timeout),
    )


def _bounded_waits(url: str, seconds: int) -> dict[str, int]:
    """libpq limits, so a database host that is off or cut off fails a request (503) in
    ``seconds`` instead of minutes of TCP retries: connecting, and sent data left unacknowledged
    (``tcp_user_timeout``, which also ends the pre-ping of a pooled connection to that host).
    Values given in the URL's query win."""
    limits = {"connect_timeout": seconds, "tcp_user_timeout": seconds * 1000}
    given = make_url(url).query
    return {name: value for name, value in limits.items() if name not in given}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def get_session(request: Request) -> Iterator[Session]:
    """FastAPI dependency: commit when the route returns, roll back when it raises.

    Routes take it as :data:`DbSession`, whose ``scope="function"`` makes the commit happen
    before the response is sent: a failed commit is an error response, never a success the
    database did not keep.
    """
    factory: sessionmaker[Session] = request.app.state.sessionmaker
    with factory() as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


DbSession = Annotated[Session, Depends(get_session, scope="function")]


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Many rows into ``table`` in the session's transaction, as ``session.execute(insert(table),
    rows)`` would store them (the same Python-side defaults, JSON as ``json.dumps`` writes it).

    On PostgreSQL the rows go as one ``COPY ... FROM STDIN`` stream: the server parses no SQL
    per row, and the client builds no statement parameters (a bulk upload's 21 criterion rows
    per statement were most of the web process's and the database's own work per statement).
    Elsewhere it is that one executemany INSERT. Errors are SQLAlchemy's (``DBAPIError`` and
    its kinds, ``IntegrityError`` for a duplicate), as for an INSERT."""
    if not rows:
        return
    unknown = set(rows[0]) - set(table.columns.keys())
    if unknown:
        raise ValueError(f"{table.name} has no columns {sorted(unknown)}")
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        session.execute(insert(table), list(rows))
        return
    columns = [c for c in table.columns if c.name in rows[0] or _python_default(c)]
    plan = [(c.name, c.name in rows[0], c.default, isinstance(c.type, JSON)) for c in columns]
    preparer = connection.dialect.identifier_preparer
    copy_sql = (
        f"COPY {preparer.format_table(table)} "
        f"({', '.join(preparer.quote(c.name) for c in columns)}) FROM STDIN"
    )
    raw = connection.connection.driver_connection
    try:
        with raw.cursor() as cursor, cursor.copy(copy_sql) as copy:
            for row in rows:
                copy.write_row([_copy_value(row, *column) for column in plan])
    except connection.dialect.loaded_dbapi.Error as error:
        gone = connection.dialect.is_disconnect(error, raw, None)
        if gone:
            connection.invalidate(error)
        raise DBAPIError.instance(
            copy_sql,
            None,
            error,
            connection.dialect.loaded_dbapi.Error,
            hide_parameters=True,
            connection_invalidated=gone,
            dialect=connection.dialect,
        ) from error


def _python_default(column: Column[Any]) -> bool:
    default = column.default
    return default is not None and (default.is_callable or default.is_scalar)


def _copy_value(row: dict[str, Any], name: str, given: bool, default: Any, is_json: bool) -> Any:
    """One column's COPY value: the row's own, else the column's Python default; JSON columns
    as JSON text (None too, as JSON null, which is what the JSON type stores for it)."""
    if given:
        value = row[name]
    elif default.is_callable:
        value = default.arg(None)  # SQLAlchemy's wrapper of the default takes a context
    else:
        value = default.arg
    return json.dumps(value) if is_json else value
