"""Schema-driven fuzzing (schemathesis + Hypothesis) of the shortlist, panel, decision, audit,
webhook and erasure endpoints: whatever a client sends that the OpenAPI schema allows, the
answer is never a 5xx, and every error is problem+json."""

from __future__ import annotations

from collections.abc import Callable

import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from tests.service.conftest import Tenant
from tests.service.test_shortlist_api import populated

OURS = ("shortlist", "panel", "decision", "audit", "organisation")


def _is_erasure(method: str, path: str) -> bool:
    return method.upper() == "DELETE" and path == "/v1/applications/{application_id}"


def test_no_input_the_schema_allows_breaks_an_endpoint(
    app: FastAPI,
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    make_key: Callable[..., str],
) -> None:
    tenant = make_tenant()
    vacancy_id, applications = populated(client, tenant)
    # A lead panel key and an admin key between them may call every endpoint here.
    keys = [tenant.keys["admin"], make_key(tenant, "panel", name="Fuzz Lead", lead=True)]
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[tuple[object, ...]] = []
    tried: list[str] = []
    for found in schema.get_all_operations():
        operation = found.ok()
        if not (
            _is_erasure(operation.method, operation.path)
            or any(part in operation.path for part in OURS)
        ):
            continue
        tried.append(f"{operation.method.upper()} {operation.path}")

        @given(case=operation.as_strategy())
        @settings(
            max_examples=40,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def exercise(case: schemathesis.Case) -> None:
            parameters = case.path_parameters or {}
            if "vacancy_id" in parameters:
                parameters["vacancy_id"] = vacancy_id
            if "application_id" in parameters:
                # Erasing would empty the vacancy for the other operations: aim it elsewhere.
                erasure = _is_erasure(case.method, case.path)
                parameters["application_id"] = "not-an-id" if erasure else applications[0]["id"]
            for key in keys:
                response = case.call(headers={"Authorization": f"Bearer {key}"})
                content_type = str(response.headers.get("content-type"))
                if response.status_code >= 500 or (
                    response.status_code >= 400 and "application/problem+json" not in content_type
                ):
                    failures.append(
                        (case.method, case.path, case.body, response.status_code, response.text)
                    )

        exercise()
    assert len(tried) == 14, tried
    assert failures == []
