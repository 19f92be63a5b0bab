"""The pages (outside the OpenAPI schema) keep organisations apart too: signed in as another
organisation, every page about an object of the first answers 403/404, writes nothing and shows
none of its data. ``PAGES`` must list every page route, so a new page fails until it is added.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Base
from app.pages.routes import router as pages_router
from tests.service.conftest import STRONG_STATEMENT, Tenant
from tests.service.pages_support import SignedIn, signed_in

APPLICANT_NAME = "Perpetua Markerfield"
REFERENCE = "ORG-A-PAGES-0007"

# (method, path): whether it is about one of the organisation's objects (by id in the path)
PAGES: dict[tuple[str, str], bool] = {
    ("GET", "/"): False,
    ("GET", "/sign-in"): False,
    ("POST", "/sign-in"): False,
    ("POST", "/sign-out"): False,
    ("GET", "/vacancies"): False,
    ("POST", "/vacancies/new/document"): False,
    ("POST", "/vacancies/new/library"): False,
    ("POST", "/vacancies/new"): False,
    # only a redirect to the shortlist page, for any id: it reads nothing (the target checks)
    ("GET", "/vacancies/{vacancy_id}"): False,
    ("GET", "/vacancies/{vacancy_id}/upload"): True,
    ("POST", "/vacancies/{vacancy_id}/applications/bulk"): True,
    ("GET", "/vacancies/{vacancy_id}/shortlist"): True,
    ("GET", "/vacancies/{vacancy_id}/shortlist/export"): True,
    ("GET", "/vacancies/{vacancy_id}/panel"): True,
    ("GET", "/applications/{application_id}"): True,
    ("POST", "/applications/{application_id}/scores"): True,
    ("POST", "/applications/{application_id}/complete"): True,
    ("POST", "/applications/{application_id}/reopen"): True,
    ("POST", "/applications/{application_id}/decision"): True,
    ("POST", "/applications/{application_id}/details"): True,
}


def page_routes(router: Any = pages_router) -> set[tuple[str, str]]:
    """Every (method, path) of the pages, through the routers they are gathered from."""
    found: set[tuple[str, str]] = set()
    for route in router.routes:
        if isinstance(route, APIRoute):
            found |= {(method, route.path) for method in route.methods if method != "HEAD"}
        elif hasattr(route, "original_router"):  # an included router (FastAPI >= 0.160)
            found |= page_routes(route.original_router)
    return found


def test_every_page_route_is_in_the_table() -> None:
    assert sorted(page_routes() - set(PAGES)) == [], "new pages: add them to PAGES"
    assert sorted(set(PAGES) - page_routes()) == [], "PAGES lists pages that are gone"


def _row_counts(session_factory: sessionmaker[Session]) -> dict[str, int]:
    with session_factory() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


@pytest.mark.parametrize("role", ["admin", "lead"])
def test_another_organisations_pages_are_404_write_nothing_and_show_nothing(
    app: FastAPI,
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    make_key: Callable[..., str],
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
    session_factory: sessionmaker[Session],
    role: str,
) -> None:
    owner, stranger = make_tenant(), make_tenant()
    vacancy = make_vacancy(owner)
    patched = client.patch(
        f"/v1/vacancies/{vacancy['id']}", json={"reference": REFERENCE}, headers=owner.headers()
    )
    assert patched.status_code == 200
    application = upload(owner, vacancy["id"], STRONG_STATEMENT, name=APPLICANT_NAME)
    owner_key = owner.keys["admin"] if role == "admin" else make_key(owner, "panel", lead=True)
    stranger_key = (
        stranger.keys["admin"] if role == "admin" else make_key(stranger, "panel", lead=True)
    )
    ids = {"vacancy_id": vacancy["id"], "application_id": application["id"]}
    markers = [APPLICANT_NAME, REFERENCE, "SW123456", application["applicant_ref"] + "<"]
    visitor: SignedIn = signed_in(app, stranger_key)
    control: SignedIn = signed_in(app, owner_key)
    problems: list[str] = []
    for (method, path), about_object in sorted(PAGES.items()):
        if not about_object:
            continue
        url = path.format(**ids)
        before = _row_counts(session_factory)
        if method == "GET":
            response = visitor.client.get(url, follow_redirects=False)
        else:
            response = visitor.client.post(
                url,
                data={"csrf_token": visitor.csrf, "decision": "shortlist", "reason": "x"},
                files={"files": ("statement.txt", STRONG_STATEMENT.encode(), "text/plain")},
                follow_redirects=False,
            )
        where = f"{method} {path} as another organisation's {role}"
        if response.status_code not in (403, 404):
            problems.append(f"{where}: {response.status_code}")
        if leaked := [m for m in markers if m in response.text]:
            problems.append(f"{where}: shows {leaked}")
        if _row_counts(session_factory) != before:
            problems.append(f"{where}: wrote rows")
        if method == "GET":
            own = control.client.get(url, follow_redirects=False)
            if own.status_code not in (200, 403):  # a lead may not see every staff page
                problems.append(f"{method} {path} as the owner's {role}: {own.status_code}")
    listing = visitor.client.get("/vacancies")
    if any(m in listing.text for m in markers) or vacancy["id"] in listing.text:
        problems.append("GET /vacancies shows the other organisation's vacancy")
    assert problems == []
