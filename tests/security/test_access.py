"""Every endpoint in the OpenAPI schema, walked: who may call it, and that nobody reaches
another organisation's data.

``ROUTES`` is the access table: the roles allowed on each path and method, and one valid
request per route. The tests compare it with ``app.openapi()``, so a new endpoint nobody added
here fails them until its access is decided.

- isolation: organisation B's keys (each allowed role) on organisation A's real objects get
  404 (or 403), never 2xx, and never a byte of A's data; the same request with A's key works,
  which shows the request itself is valid;
- roles: each role not allowed gets 403 and nothing is written (every table's row count).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.auth.service import Role
from app.models import Base
from tests.service.conftest import STRONG_STATEMENT, TEST_SPEC, Tenant

ROLES = ("admin", "recruiter", "ats", "panel", "lead")
STAFF = frozenset({"admin", "recruiter"})
UPLOADERS = STAFF | {"ats"}
ANY_KEY = frozenset(ROLES)
PANEL_OR_STAFF = STAFF | {"panel", "lead"}
LEAD_OR_STAFF = STAFF | {"lead"}
PUBLIC = frozenset({"public"})

# Markers of organisation A's data: none may appear in an answer to organisation B.
APPLICANT_NAME = "Ada Markerfield"
WEBHOOK_URL = "https://ats.organisation-a.example/hooks/shortlist"
VACANCY_REFERENCE = "ORG-A-SW-0042"


@dataclass
class World:
    """Organisation A's real objects: a vacancy, a scored application with a document and a
    panel lead's scores and decision, a second application (erased last), and a webhook."""

    owner: Tenant
    owner_lead: str
    stranger: Tenant
    stranger_lead: str
    vacancy_id: str
    application_id: str
    spare_application_id: str
    markers: list[str] = field(default_factory=list)

    def key(self, tenant: Tenant, role: str) -> str:
        if role == "lead":
            return self.owner_lead if tenant is self.owner else self.stranger_lead
        return tenant.keys[Role(role)]


Request = Callable[[World], dict[str, Any]]


@dataclass(frozen=True)
class Route:
    roles: frozenset[str]
    request: Request = lambda _w: {}
    owns_object: bool = True  # False: the organisation's own collection or settings


def _scores(world: World) -> dict[str, Any]:
    return {
        "json": {
            "scores": [
                {"criterion_id": "registration", "verdict": "met"},
                {"criterion_id": "safeguarding", "verdict": "met"},
                {"criterion_id": "driving", "verdict": "met"},
            ]
        }
    }


ROUTES: dict[tuple[str, str], Route] = {
    ("GET", "/healthz"): Route(PUBLIC, owns_object=False),
    ("GET", "/readyz"): Route(PUBLIC, owns_object=False),
    ("GET", "/metrics"): Route(PUBLIC, owns_object=False),
    ("POST", "/v1/score"): Route(
        UPLOADERS,
        lambda w: {"json": {"vacancy_id": w.vacancy_id, "statement": {"text": STRONG_STATEMENT}}},
    ),
    ("POST", "/v1/vacancies"): Route(
        STAFF, lambda _w: {"json": {"spec": TEST_SPEC}}, owns_object=False
    ),
    ("POST", "/v1/vacancies/drafts"): Route(
        STAFF, lambda _w: {"json": {"spec": TEST_SPEC}}, owns_object=False
    ),
    ("GET", "/v1/vacancies"): Route(ANY_KEY, owns_object=False),
    ("GET", "/v1/vacancies/{vacancy_id}"): Route(ANY_KEY),
    ("PATCH", "/v1/vacancies/{vacancy_id}"): Route(
        STAFF, lambda _w: {"json": {"reference": VACANCY_REFERENCE}}
    ),
    ("POST", "/v1/vacancies/{vacancy_id}/spec"): Route(
        STAFF, lambda _w: {"json": {"spec": TEST_SPEC}}
    ),
    ("GET", "/v1/vacancies/{vacancy_id}/spec/versions"): Route(ANY_KEY),
    ("POST", "/v1/vacancies/{vacancy_id}/applications"): Route(
        UPLOADERS, lambda _w: {"json": {"statement": {"text": STRONG_STATEMENT}}}
    ),
    ("GET", "/v1/vacancies/{vacancy_id}/applications"): Route(ANY_KEY),
    ("POST", "/v1/vacancies/{vacancy_id}/applications/bulk"): Route(
        UPLOADERS,
        lambda _w: {"files": [("files", ("bulk.txt", STRONG_STATEMENT.encode(), "text/plain"))]},
    ),
    ("POST", "/v1/vacancies/{vacancy_id}/rescore"): Route(STAFF),
    ("POST", "/v1/vacancies/{vacancy_id}/rescoring"): Route(STAFF),
    ("GET", "/v1/vacancies/{vacancy_id}/rescoring"): Route(PANEL_OR_STAFF),
    ("GET", "/v1/vacancies/{vacancy_id}/shortlist"): Route(ANY_KEY),
    ("GET", "/v1/applications/{application_id}"): Route(ANY_KEY),
    ("PATCH", "/v1/applications/{application_id}/applicant"): Route(
        UPLOADERS, lambda _w: {"json": {"driving_licence": True}}
    ),
    ("GET", "/v1/applications/{application_id}/document"): Route(PANEL_OR_STAFF),
    ("GET", "/v1/applications/{application_id}/panel"): Route(PANEL_OR_STAFF),
    ("PUT", "/v1/applications/{application_id}/panel/scores"): Route(
        frozenset({"panel", "lead"}), _scores
    ),
    ("POST", "/v1/applications/{application_id}/panel/complete"): Route(
        frozenset({"panel", "lead"})
    ),
    ("POST", "/v1/applications/{application_id}/decision"): Route(
        frozenset({"lead"}),
        lambda _w: {"json": {"decision": "shortlist", "reason": "Strong safeguarding evidence"}},
    ),
    ("DELETE", "/v1/applications/{application_id}/panel/complete"): Route(
        frozenset({"panel", "lead"})
    ),
    ("GET", "/v1/vacancies/{vacancy_id}/panel/progress"): Route(PANEL_OR_STAFF),
    ("GET", "/v1/vacancies/{vacancy_id}/audit"): Route(LEAD_OR_STAFF),
    ("GET", "/v1/applications/{application_id}/audit"): Route(LEAD_OR_STAFF),
    ("PUT", "/v1/applications/{application_id}/equality"): Route(
        UPLOADERS, lambda _w: {"json": {"sex": "female", "age_band": "35-44"}}
    ),
    ("GET", "/v1/applications/{application_id}/equality"): Route(STAFF),
    ("GET", "/v1/vacancies/{vacancy_id}/adverse-impact"): Route(STAFF),
    ("PUT", "/v1/organisation/webhook"): Route(
        frozenset({"admin"}),
        lambda _w: {"json": {"url": "https://ats.someone.example/hook"}},
        owns_object=False,
    ),
    ("GET", "/v1/organisation/webhook"): Route(frozenset({"admin"}), owns_object=False),
    ("GET", "/v1/organisation/webhook/deliveries"): Route(frozenset({"admin"}), owns_object=False),
    ("DELETE", "/v1/organisation/webhook"): Route(frozenset({"admin"}), owns_object=False),
    ("DELETE", "/v1/applications/{application_id}"): Route(STAFF),
}


def schema_routes(app: FastAPI) -> list[tuple[str, str]]:
    return [
        (method.upper(), path)
        for path, methods in app.openapi()["paths"].items()
        for method in methods
    ]


def test_every_endpoint_in_the_schema_has_an_access_rule(app: FastAPI) -> None:
    in_schema = schema_routes(app)
    assert sorted(set(in_schema) - set(ROUTES)) == [], "new endpoints: add them to ROUTES"
    assert sorted(set(ROUTES) - set(in_schema)) == [], "ROUTES lists endpoints that are gone"


@pytest.fixture(scope="module")
def world(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    make_key: Callable[..., str],
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
) -> World:
    owner, stranger = make_tenant(), make_tenant()
    vacancy = make_vacancy(owner)
    with_document = client.post(
        f"/v1/vacancies/{vacancy['id']}/applications",
        files={"file": ("statement.txt", STRONG_STATEMENT.encode(), "text/plain")},
        data={"name": APPLICANT_NAME},
        headers=owner.headers("ats"),
    )
    assert with_document.status_code == 201, with_document.text
    spare = upload(owner, vacancy["id"], external_id="spare")
    webhook = client.put(
        "/v1/organisation/webhook", json={"url": WEBHOOK_URL}, headers=owner.headers("admin")
    )
    assert webhook.status_code == 200, webhook.text
    application = with_document.json()
    return World(
        owner=owner,
        owner_lead=make_key(owner, "panel", name="Owner Lead", lead=True),
        stranger=stranger,
        stranger_lead=make_key(stranger, "panel", name="Stranger Lead", lead=True),
        vacancy_id=vacancy["id"],
        application_id=application["id"],
        spare_application_id=spare["id"],
        markers=[
            vacancy["id"],
            application["id"],
            spare["id"],
            application["applicant_ref"] + '"',
            APPLICANT_NAME,
            WEBHOOK_URL,
            VACANCY_REFERENCE,
            "SW123456",  # from the statement text
        ],
    )


def _call(
    client: TestClient, world: World, method: str, path: str, role: str, tenant: Tenant
) -> httpx.Response:
    route = ROUTES[(method, path)]
    url = path.format(
        vacancy_id=world.vacancy_id,
        application_id=(
            world.spare_application_id
            if (method, path) == ("DELETE", "/v1/applications/{application_id}")
            else world.application_id
        ),
    )
    headers = {} if role == "public" else {"Authorization": f"Bearer {world.key(tenant, role)}"}
    return client.request(method, url, headers=headers, **route.request(world))


def _leaks(response: httpx.Response, world: World) -> list[str]:
    """A's markers in the answer, apart from the ids the caller sent in the URL itself (a
    problem's ``instance`` repeats the path)."""
    sent = str(response.request.url)
    return [m for m in world.markers if m in response.text and m not in sent]


def test_another_organisations_keys_never_reach_its_data(
    client: TestClient, app: FastAPI, world: World
) -> None:
    """Walk the schema in the table's order (panel scores before completion before the
    decision; the erasure last): B's keys first, then A's key as the control."""
    order = [route for route in ROUTES if route in set(schema_routes(app))]
    problems: list[str] = []
    for method, path in order:
        route = ROUTES[(method, path)]
        if route.roles == PUBLIC:
            continue
        for role in sorted(route.roles):
            response = _call(client, world, method, path, role, world.stranger)
            where = f"{method} {path} as B's {role}"
            if route.owns_object and response.status_code not in (403, 404):
                problems.append(f"{where}: {response.status_code}")
            if leaked := _leaks(response, world):
                problems.append(f"{where}: shows A's {leaked}")
        owner_role = sorted(route.roles)[0]
        control = _call(client, world, method, path, owner_role, world.owner)
        if not control.is_success:
            problems.append(f"{method} {path} as A's {owner_role}: {control.status_code} (control)")
    assert problems == []


def _row_counts(session_factory: sessionmaker[Session]) -> dict[str, int]:
    with session_factory() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


@pytest.fixture(scope="module")
def role_world(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    make_key: Callable[..., str],
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
) -> Iterator[World]:
    """A fresh organisation for the role checks (the isolation walk erases and decides)."""
    owner = make_tenant()
    vacancy = make_vacancy(owner)
    application = upload(owner, vacancy["id"], name=APPLICANT_NAME)
    spare = upload(owner, vacancy["id"], external_id="spare")
    lead = make_key(owner, "panel", name="Role Lead", lead=True)
    yield World(
        owner=owner,
        owner_lead=lead,
        stranger=owner,
        stranger_lead=lead,
        vacancy_id=vacancy["id"],
        application_id=application["id"],
        spare_application_id=spare["id"],
    )


@pytest.mark.parametrize("route_key", sorted(ROUTES), ids=" ".join)
def test_each_role_not_allowed_gets_403_and_writes_nothing(
    client: TestClient,
    role_world: World,
    session_factory: sessionmaker[Session],
    route_key: tuple[str, str],
) -> None:
    method, path = route_key
    route = ROUTES[route_key]
    if route.roles == PUBLIC:
        response = client.request(method, path)
        assert response.status_code == 200
        return
    for role in ROLES:
        if role in route.roles:
            continue
        before = _row_counts(session_factory)
        response = _call(client, role_world, method, path, role, role_world.owner)
        assert response.status_code == 403, (role, response.status_code, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert _row_counts(session_factory) == before, role
