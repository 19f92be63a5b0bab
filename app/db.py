"""Database engine and sessions. The request owns the transaction (see :func:`session_scope`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
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
