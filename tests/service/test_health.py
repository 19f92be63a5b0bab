"""Liveness, readiness and metrics on both databases."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings


def test_healthz_answers_without_a_database(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_checks_the_database(client: TestClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready"}


def test_readyz_is_503_problem_json_when_the_database_is_down() -> None:
    settings = Settings(database_url="postgresql+psycopg://nobody@127.0.0.1:1/none")
    with TestClient(create_app(settings), raise_server_exceptions=False) as down:
        response = down.get("/readyz")
        api = down.get("/v1/vacancies", headers={"Authorization": "Bearer sl_live_x"})
    assert api.status_code == 503
    assert api.headers["content-type"] == "application/problem+json"
    assert api.headers["retry-after"] == "5"
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 503
    assert body["title"] == "Service Unavailable"
    assert "database" in body["detail"]
    assert "Traceback" not in response.text


def test_metrics_count_requests_by_route_template(client: TestClient) -> None:
    client.get("/healthz")
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert 'shortlist_http_requests_total{method="GET",route="/healthz",status="200"}' in (
        response.text
    )


def test_unknown_path_is_problem_json(client: TestClient) -> None:
    response = client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["instance"] == "/v1/nothing-here"


def test_openapi_documents_the_v1_api_and_every_reference_resolves(client: TestClient) -> None:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    paths = schema["paths"]
    for path in (
        "/v1/score",
        "/v1/vacancies",
        "/v1/vacancies/{vacancy_id}/spec",
        "/v1/vacancies/{vacancy_id}/applications",
        "/v1/vacancies/{vacancy_id}/applications/bulk",
        "/v1/applications/{application_id}/document",
    ):
        assert path in paths, path
    upload = paths["/v1/vacancies/{vacancy_id}/applications"]["post"]["requestBody"]["content"]
    assert set(upload) == {"application/json", "multipart/form-data"}
    refs: list[str] = []

    def collect(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.append(node["$ref"])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(schema)
    components = schema["components"]["schemas"]
    missing = {r for r in refs if r.removeprefix("#/components/schemas/") not in components}
    assert not missing
    assert "ApplicationCreate" in components and "StatementIn" in components
    assert client.get("/docs").status_code == 200
