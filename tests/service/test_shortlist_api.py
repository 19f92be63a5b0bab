"""``GET /v1/vacancies/{id}/shortlist`` end to end: real uploads, real engine, real database.

The expected order is worked out from the engine's own per-application results (read back
through the API), never written into the test.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from app.shortlist.words import GATE_WORDS
from tests.service.conftest import Tenant

SPEC: dict[str, Any] = {
    "id": "social-worker-test",
    "title": "Social Worker (test)",
    "criteria": [
        {
            "id": "swe-registration",
            "text": "Registered with Social Work England",
            "priority": "essential",
            "assessed_by": ["application", "documentation"],
            "rule": {"kind": "registration", "bodies": ["SWE"]},
        },
        {
            "id": "safeguarding",
            "text": "Experience of safeguarding adults at risk, including section 42 enquiries",
            "priority": "essential",
            "assessed_by": ["application", "interview"],
        },
        {
            "id": "driving",
            "text": "A full UK driving licence",
            "priority": "desirable",
            "assessed_by": ["application"],
            "rule": {"kind": "driving"},
        },
        {
            "id": "presentation",
            "text": "Presents a case to the panel",
            "priority": "essential",
            "assessed_by": ["presentation"],
        },
    ],
}
SIFT_CRITERIA = ["swe-registration", "safeguarding", "driving"]

STRONG = (
    "I am registered with Social Work England (SW123456). In 2023 I led a section 42 "
    "safeguarding enquiry for an adult at risk of financial abuse: I interviewed the family, "
    "worked with the police and completed the protection plan, and the risk was removed. "
    "I hold a full UK driving licence and have my own car."
)
MIDDLE = (
    "I am registered with Social Work England. I have good knowledge of safeguarding adults. "
    "I do not drive."
)
WEAK = "I am not registered with Social Work England. I would like to work in social care."

APPLICANTS: list[dict[str, Any]] = [
    {"external_id": "ats-1", "text": MIDDLE, "name": "Priya Shah", "email": "priya@example.org"},
    {"external_id": "ats-2", "text": WEAK, "name": "Tom Evans", "email": "tom@example.org"},
    {
        "external_id": "ats-3",
        "text": STRONG,
        "name": "Alex Morgan",
        "email": "alex@example.org",
        "disability_confident": True,
    },
    # The same statement again (a trailing newline keeps it from being a duplicate upload).
    {"external_id": "ats-4", "text": STRONG + "\n", "name": "Sam Jones", "phone": "07700 900123"},
]


def create_vacancy(client: TestClient, tenant: Tenant, spec: dict[str, Any] = SPEC) -> str:
    response = client.post("/v1/vacancies", json={"spec": spec}, headers=tenant.headers())
    assert response.status_code == 201, response.text
    return response.json()["id"]


def upload(client: TestClient, tenant: Tenant, vacancy_id: str, item: dict[str, Any]) -> dict:
    applicant = {
        k: item[k] for k in ("name", "email", "phone", "disability_confident") if k in item
    }
    response = client.post(
        f"/v1/vacancies/{vacancy_id}/applications",
        json={
            "external_id": item["external_id"],
            "statement": {"text": item["text"]},
            "applicant": applicant,
        },
        headers=tenant.headers("recruiter"),
    )
    assert response.status_code == 201, response.text
    return response.json()


def populated(client: TestClient, tenant: Tenant) -> tuple[str, list[dict]]:
    vacancy_id = create_vacancy(client, tenant)
    return vacancy_id, [upload(client, tenant, vacancy_id, item) for item in APPLICANTS]


@pytest.fixture(scope="module")
def vacancy(client: TestClient, make_tenant: Callable[..., Tenant]) -> tuple[Tenant, str, list]:
    tenant = make_tenant()
    vacancy_id, applications = populated(client, tenant)
    return tenant, vacancy_id, applications


def machine_results(client: TestClient, tenant: Tenant, application_id: str) -> dict:
    response = client.get(f"/v1/applications/{application_id}", headers=tenant.headers())
    assert response.status_code == 200, response.text
    return response.json()["result"]


def expected_order(results: dict[str, dict], refs: dict[str, str]) -> list[str]:
    """The documented order, computed from the engine's results."""

    def key(application_id: str) -> tuple:
        r = results[application_id]
        essentials = [
            c for c in r["criteria"] if c["priority"] == "essential" and c["id"] in SIFT_CRITERIA
        ]
        if any(c["verdict"] == "not_met" for c in essentials):
            tier = 2
        elif all(c["verdict"] == "met" for c in essentials):
            tier = 0
        else:
            tier = 1
        reviews = sum(1 for c in r["criteria"] if c["id"] in SIFT_CRITERIA and c["needs_review"])
        return tier, -r["score"], reviews, refs[application_id]

    return sorted(results, key=key)


def test_shortlist_ranks_by_gate_then_score(client: TestClient, vacancy) -> None:
    tenant, vacancy_id, applications = vacancy
    results = {a["id"]: machine_results(client, tenant, a["id"]) for a in applications}
    refs = {a["id"]: a["applicant_ref"] for a in applications}
    response = client.get(f"/v1/vacancies/{vacancy_id}/shortlist", headers=tenant.headers())
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == body["count"] == 4
    assert [e["application_id"] for e in body["applicants"]] == expected_order(results, refs)
    assert [e["rank"] for e in body["applicants"]] == [1, 2, 3, 4]
    for entry in body["applicants"]:
        machine = results[entry["application_id"]]
        assert entry["machine_score"] == machine["score"]
        assert entry["machine_recommendation"] == machine["recommendation"]
        assert entry["score"] == machine["score"]  # no panel yet
        assert entry["decision"] is None
        cells = {c["criterion_id"]: c for c in entry["cells"]}
        assert cells["presentation"]["verdict"] == "not_assessed"
        assert all(c["source"] == "machine" for c in entry["cells"])
    # The weak statement (not registered) cannot pass the essential gate.
    weak = next(e for e in body["applicants"] if e["applicant_ref"] == refs[applications[1]["id"]])
    assert weak["gate"] == "does_not_meet" and weak["recommendation"] == "reject"
    assert body["applicants"][-1]["application_id"] == applications[1]["id"]
    essential = {c["id"]: c["essential"] for c in body["criteria"]}
    assert essential == {
        "swe-registration": True,
        "safeguarding": True,
        "driving": False,
        "presentation": True,
    }


def test_names_show_for_staff_and_blind_hides_them(client: TestClient, vacancy) -> None:
    tenant, vacancy_id, _ = vacancy
    named = client.get(f"/v1/vacancies/{vacancy_id}/shortlist", headers=tenant.headers()).json()
    assert named["blind"] is False
    assert {e["name"] for e in named["applicants"]} == {a["name"] for a in APPLICANTS}
    blind = client.get(f"/v1/vacancies/{vacancy_id}/shortlist?blind=true", headers=tenant.headers())
    assert blind.json()["blind"] is True
    for entry in blind.json()["applicants"]:
        assert entry["name"] is entry["email"] is entry["phone"] is entry["external_id"] is None
        assert entry["disability_confident"] is None
        assert entry["applicant_ref"].startswith("A-")
    for person in APPLICANTS:
        assert person["name"] not in blind.text
        assert person.get("email", "@@") not in blind.text


def test_panel_keys_see_a_blind_shortlist_by_default(client: TestClient, vacancy) -> None:
    tenant, vacancy_id, _ = vacancy
    response = client.get(f"/v1/vacancies/{vacancy_id}/shortlist", headers=tenant.headers("panel"))
    assert response.status_code == 200
    assert response.json()["blind"] is True
    assert "Priya" not in response.text


def test_disability_confident_applicant_meeting_essentials_is_guaranteed_an_interview(
    client: TestClient, vacancy
) -> None:
    tenant, vacancy_id, applications = vacancy
    body = client.get(f"/v1/vacancies/{vacancy_id}/shortlist", headers=tenant.headers()).json()
    by_id = {e["application_id"]: e for e in body["applicants"]}
    dc = by_id[applications[2]["id"]]
    assert dc["disability_confident"] is True
    assert dc["guaranteed_interview"] is (dc["gate"] == "meets_essentials")
    same_statement = by_id[applications[3]["id"]]
    assert same_statement["guaranteed_interview"] is False
    # Identity never changes the machine's score: the same statement scores the same.
    assert dc["machine_score"] == same_statement["machine_score"]
    only = client.get(
        f"/v1/vacancies/{vacancy_id}/shortlist?guaranteed_interview=true",
        headers=tenant.headers(),
    ).json()
    assert [e["application_id"] for e in only["applicants"]] == (
        [dc["application_id"]] if dc["guaranteed_interview"] else []
    )


def test_filters(client: TestClient, vacancy) -> None:
    tenant, vacancy_id, _ = vacancy
    url = f"/v1/vacancies/{vacancy_id}/shortlist"
    everyone = client.get(url, headers=tenant.headers()).json()["applicants"]

    def ids(query: str) -> list[str]:
        response = client.get(f"{url}?{query}", headers=tenant.headers())
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["total"] == 4
        return [e["application_id"] for e in body["applicants"]]

    for recommendation in ("shortlist", "review", "reject"):
        assert ids(f"recommendation={recommendation}") == [
            e["application_id"] for e in everyone if e["recommendation"] == recommendation
        ]
    threshold = sorted(e["score"] for e in everyone)[2]
    assert ids(f"min_score={threshold}") == [
        e["application_id"] for e in everyone if e["score"] >= threshold
    ]
    assert ids("needs_review=true") == [e["application_id"] for e in everyone if e["needs_review"]]
    assert ids("decision=none") == [e["application_id"] for e in everyone]
    assert ids("decision=shortlist") == []


def test_csv_by_format_and_by_accept_header(client: TestClient, vacancy) -> None:
    tenant, vacancy_id, _ = vacancy
    url = f"/v1/vacancies/{vacancy_id}/shortlist"
    expected = client.get(url, headers=tenant.headers()).json()["applicants"]
    by_format = client.get(f"{url}?format=csv", headers=tenant.headers())
    by_accept = client.get(url, headers=tenant.headers(Accept="text/csv"))
    for response in (by_format, by_accept):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/csv")
        assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(by_format.text)))
    assert [r["Applicant"] for r in rows] == [e["applicant_ref"] for e in expected]
    assert [r["Essentials"] for r in rows] == [GATE_WORDS[e["gate"]] for e in expected]
    assert [float(r["Total"]) for r in rows] == [e["score"] for e in expected]
    assert rows[0]["Name"] == expected[0]["name"]
    assert "Experience of safeguarding adults at risk (E): verdict" in rows[0]
    assert "A full UK driving licence (D): score" in rows[0]
    blind = client.get(f"{url}?format=csv", headers=tenant.headers("panel"))
    assert "Name" not in next(csv.DictReader(io.StringIO(blind.text)))


def test_xlsx_matrix_reads_back(client: TestClient, vacancy) -> None:
    tenant, vacancy_id, _ = vacancy
    url = f"/v1/vacancies/{vacancy_id}/shortlist"
    expected = client.get(url, headers=tenant.headers()).json()["applicants"]
    response = client.get(f"{url}?format=xlsx&blind=true", headers=tenant.headers())
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Shortlisting matrix", "Evidence", "Criteria"]
    matrix = book["Shortlisting matrix"]
    header = [c.value for c in matrix[1]]
    assert header[:5] == [
        "Rank",
        "Applicant",
        "Panel decision",
        "Decision reason",
        "Registered with Social Work England (E)",
    ]
    assert "Presents a case to the panel (not at sift)" in header
    lines = [dict(zip(header, row, strict=True)) for row in matrix.iter_rows(2, values_only=True)]
    assert [line["Applicant"] for line in lines] == [e["applicant_ref"] for e in expected]
    for line, entry in zip(lines, expected, strict=True):
        cells = {c["criterion_id"]: c for c in entry["cells"]}
        safeguarding = line["Experience of safeguarding adults at risk (E)"]
        assert safeguarding == cells["safeguarding"]["score"]
        assert line["Essentials"] == GATE_WORDS[entry["gate"]]
    evidence = book["Evidence"]
    assert evidence.max_row == 1 + 4 * len(SPEC["criteria"])
    # the machine's reasons travel with the export: every row explains itself, and the met
    # registration rows quote the statement's sentence
    reasons = [
        dict(zip([c.value for c in evidence[1]], row, strict=True))
        for row in evidence.iter_rows(2, values_only=True)
    ]
    assert all(line["Explanation"] for line in reasons)
    quoted = [
        line["Evidence"]
        for line in reasons
        if line["Criterion"] == "Registered with Social Work England"
        and line["Machine verdict"] == "Met"
    ]
    assert quoted and all("Social Work England" in text for text in quoted)
    assert not any("Priya" in str(c.value) for row in matrix.iter_rows() for c in row)


def test_bad_requests_are_problem_json(
    client: TestClient, vacancy, make_tenant: Callable[..., Tenant]
) -> None:
    tenant, vacancy_id, _ = vacancy
    url = f"/v1/vacancies/{vacancy_id}/shortlist"
    stranger = make_tenant()
    for response, status in (
        (client.get(url, headers=stranger.headers()), 404),
        (client.get("/v1/vacancies/no-such-id/shortlist", headers=tenant.headers()), 404),
        (client.get(f"{url}?recommendation=maybe", headers=tenant.headers()), 422),
        (client.get(f"{url}?format=pdf", headers=tenant.headers()), 422),
        (client.get(url), 401),
    ):
        assert response.status_code == status, response.text
        assert response.headers["content-type"] == "application/problem+json"
    assert "Priya" not in client.get(url, headers=stranger.headers()).text
