"""Shared fixtures for the service tests (used by every tests/service module).

- ``db_url``: a freshly migrated database per test module, once on SQLite (a temp file) and
  once on PostgreSQL (``SHORTLIST_TEST_DATABASE_URL``, default the server that
  ``scripts/test-postgres.sh`` starts on 127.0.0.1:55432). A server that does not answer is a
  failure, never a skip. Deselect with ``-m "not postgres"`` when working offline.
- ``settings``, ``app``, ``client``: the real application on that database.
- ``session_factory`` / ``count_rows``: look at the rows the API left behind.
- ``tenant`` / ``make_tenant``: a new organisation with one API key per role; tests isolate
  themselves by organisation, since the database is shared within a module.
- ``TEST_SPEC`` / ``make_vacancy`` / ``upload``: a small social worker spec, a vacancy made
  from it through the API, and one statement uploaded (and scored) through the API.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.auth.service import Role, create_key
from app.commands.db import upgrade
from app.db import make_engine, make_sessionmaker
from app.main import create_app
from app.models import Base
from app.settings import Settings

REPO = Path(__file__).resolve().parents[2]
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:55432/postgres"

TEST_SPEC: dict[str, Any] = {
    "id": "social-worker-test",
    "title": "Social Worker (test)",
    "criteria": [
        {
            "id": "registration",
            "text": "Registered with Social Work England",
            "priority": "essential",
            "category": "qualifications",
            "assessed_by": ["application", "documentation"],
            "rule": {"kind": "registration", "bodies": ["SWE"]},
        },
        {
            "id": "safeguarding",
            "text": "Experience of safeguarding adults, including section 42 enquiries",
            "priority": "essential",
            "category": "experience",
            "assessed_by": ["application", "interview"],
        },
        {
            "id": "driving",
            "text": "A full driving licence and access to a car",
            "priority": "desirable",
            "category": "other",
            "assessed_by": ["application"],
            "rule": {"kind": "driving", "access_to_transport": True},
        },
        {
            "id": "teamwork",
            "text": "Ability to work as part of a team",
            "priority": "desirable",
            "category": "skills",
            "assessed_by": ["interview"],
        },
    ],
}
STRONG_STATEMENT = (
    "I am registered with Social Work England (SW123456). Since 2019 I have worked in an adult "
    "safeguarding team. In one section 42 enquiry I assessed an older woman at risk of "
    "financial abuse, I led the enquiry and agreed a protection plan with her, and she now "
    "lives safely at home. I hold a full UK driving licence and have my own car.\n"
)
WEAK_STATEMENT = "I am interested in this role and would like to apply.\n"


def _psycopg_dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'shortlist.db'}"
        upgrade(url)  # the schema comes only from the migrations, as in production
        yield url
        return
    server = os.environ.get("SHORTLIST_TEST_DATABASE_URL", DEFAULT_PG_URL)
    try:
        admin = psycopg.connect(_psycopg_dsn(server), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        pytest.fail(
            f"PostgreSQL at {make_url(server).render_as_string()} does not answer ({error}); "
            "start it with 'bash scripts/test-postgres.sh'",
            pytrace=False,
        )
    name = f"shortlist_test_{uuid.uuid4().hex[:12]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        url = make_url(server).set(database=name).render_as_string(hide_password=False)
        try:
            upgrade(url)
            yield url
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url)


@pytest.fixture(scope="module")
def app(settings: Settings) -> FastAPI:
    return create_app(settings)


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def session_factory(settings: Settings) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(settings)
    yield make_sessionmaker(engine)
    engine.dispose()


@pytest.fixture(scope="module")
def count_rows(session_factory: sessionmaker[Session]) -> Callable[..., int]:
    """``count_rows(Model, org_id=...)``: rows of a table, optionally of one organisation."""

    def count(model: type[Base], **where: object) -> int:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        with session_factory() as session:
            return session.scalar(query) or 0

    return count


@dataclass
class Tenant:
    """One organisation and a key per role; ``headers(role)`` gives the Authorization header."""

    org_id: str
    name: str
    keys: dict[Role, str]
    prefixes: dict[Role, str] = field(default_factory=dict)

    def headers(self, role: Role | str = Role.admin, **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[Role(role)]}", **extra}


@pytest.fixture(scope="module")
def make_tenant(session_factory: sessionmaker[Session]) -> Callable[..., Tenant]:
    """``make_tenant()`` (or ``make_tenant("Named Council")``): a new organisation, one key per
    role (the panel key is named "test panel" and is not a lead)."""

    def make(name: str | None = None) -> Tenant:
        org_name = name or f"Test Council {uuid.uuid4().hex[:8]}"
        keys: dict[Role, str] = {}
        prefixes: dict[Role, str] = {}
        with session_factory() as session:
            for role in Role:
                new = create_key(session, org_name, role, name=f"test {role.value}")
                keys[role] = new.secret
                prefixes[role] = new.key.prefix
                org_id = new.organisation.id
            session.commit()
        return Tenant(org_id=org_id, name=org_name, keys=keys, prefixes=prefixes)

    return make


@pytest.fixture
def tenant(make_tenant: Callable[..., Tenant]) -> Tenant:
    return make_tenant()


@pytest.fixture(scope="module")
def make_key(session_factory: sessionmaker[Session]) -> Callable[..., str]:
    """``make_key(tenant, "panel", name="Ann Lee", lead=True)``: one more key for a tenant
    (another panel member, say); returns the secret."""

    def make(
        tenant: Tenant, role: Role | str, *, name: str | None = None, lead: bool = False
    ) -> str:
        with session_factory() as session:
            new = create_key(session, tenant.name, Role(role), name=name, lead=lead)
            session.commit()
        return new.secret

    return make


@pytest.fixture(scope="module")
def make_vacancy(client: TestClient) -> Callable[..., dict[str, Any]]:
    """``make_vacancy(tenant, spec=TEST_SPEC)``: create a vacancy through the API (201)."""

    def make(tenant: Tenant, spec: dict[str, Any] | None = None) -> dict[str, Any]:
        response = client.post(
            "/v1/vacancies", json={"spec": spec or TEST_SPEC}, headers=tenant.headers("recruiter")
        )
        assert response.status_code == 201, response.text
        return response.json()

    return make


@pytest.fixture(scope="module")
def upload(client: TestClient) -> Callable[..., dict[str, Any]]:
    """``upload(tenant, vacancy_id, text, external_id=None, **applicant)``: one statement as JSON,
    scored on arrival; returns the stored application (201)."""

    def send(
        tenant: Tenant,
        vacancy_id: str,
        text: str = STRONG_STATEMENT,
        external_id: str | None = None,
        **applicant: Any,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"statement": {"text": text}, "applicant": applicant or None}
        if external_id is not None:
            body["external_id"] = external_id
        response = client.post(
            f"/v1/vacancies/{vacancy_id}/applications", json=body, headers=tenant.headers("ats")
        )
        assert response.status_code == 201, response.text
        return response.json()

    return send
