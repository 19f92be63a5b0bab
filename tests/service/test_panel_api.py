"""Panel scoring end to end: private scores until complete, agreement, lead decisions, audit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.models import Decision, PanelScore
from tests.service.conftest import TEST_SPEC, Tenant
from tests.service.test_shortlist_api import SIFT_CRITERIA, machine_results, populated


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def flip(verdict: str) -> str:
    return "not_met" if verdict == "met" else "met"


@pytest.fixture
def panel(client: TestClient, make_tenant: Callable[..., Tenant], make_key: Callable[..., str]):
    """A fresh organisation per test: a vacancy with four scored applications, and two panel
    members (Ann Lee, the lead, and Bo Chen)."""
    tenant = make_tenant()
    vacancy_id, applications = populated(client, tenant)
    keys = {
        "ann": make_key(tenant, "panel", name="Ann Lee", lead=True),
        "bo": make_key(tenant, "panel", name="Bo Chen"),
    }
    return tenant, vacancy_id, applications, keys


def score_as_machine(
    client: TestClient, tenant: Tenant, application_id: str, key: str, **overrides: str
) -> None:
    """Score every sift criterion as the machine did (``criterion_id=verdict`` overrides, given
    with a reason), then complete."""
    machine = {c["id"]: c for c in machine_results(client, tenant, application_id)["criteria"]}
    scores = []
    for cid in SIFT_CRITERIA:
        item = {"criterion_id": cid, "verdict": machine[cid]["verdict"]}
        if cid in overrides:
            item.update(verdict=overrides[cid], reason="Discussed at the panel")
        scores.append(item)
    url = f"/v1/applications/{application_id}/panel"
    saved = client.put(f"{url}/scores", json={"scores": scores}, headers=bearer(key))
    assert saved.status_code == 200, saved.text
    assert client.post(f"{url}/complete", headers=bearer(key)).status_code == 200


def test_panel_workflow(client: TestClient, panel, count_rows: Callable[..., int]) -> None:
    tenant, vacancy_id, applications, keys = panel
    application = applications[0]
    url = f"/v1/applications/{application['id']}"
    machine = {c["id"]: c for c in machine_results(client, tenant, application["id"])["criteria"]}
    changed = "safeguarding"
    own = {cid: machine[cid]["verdict"] for cid in SIFT_CRITERIA}
    own[changed] = flip(machine[changed]["verdict"])

    # A verdict that differs from the machine's without a reason is refused; nothing is kept.
    scores = [{"criterion_id": cid, "verdict": v} for cid, v in own.items()]
    ann, bo = bearer(keys["ann"]), bearer(keys["bo"])
    refused = client.put(f"{url}/panel/scores", json={"scores": scores}, headers=ann)
    assert refused.status_code == 422
    assert refused.headers["content-type"] == "application/problem+json"
    assert "reason" in refused.json()["detail"] and changed in refused.json()["detail"]
    assert count_rows(PanelScore, application_id=application["id"]) == 0

    for item in scores:
        if item["criterion_id"] == changed:
            item["reason"] = "The example describes the enquiry in detail"
    saved = client.put(f"{url}/panel/scores", json={"scores": scores}, headers=ann)
    assert saved.status_code == 200, saved.text
    view = saved.json()
    assert view["member"] == "Ann Lee" and view["completed"] is False
    assert view["others_visible"] is False
    mine = {c["criterion_id"]: c["mine"] for c in view["criteria"]}
    assert mine[changed]["verdict"] == own[changed]
    assert all(c["members"] is None for c in view["criteria"])

    # Bo scores differently from Ann on the changed criterion (so: the machine's verdict).
    bo_scores = [{"criterion_id": cid, "verdict": machine[cid]["verdict"]} for cid in SIFT_CRITERIA]
    assert (
        client.put(f"{url}/panel/scores", json={"scores": bo_scores}, headers=bo).status_code == 200
    )
    done = client.post(f"{url}/panel/complete", headers=bo)
    assert done.status_code == 200, done.text
    seen_by_bo = {c["criterion_id"]: c for c in done.json()["criteria"]}
    # Ann has not completed: Bo sees only the machine and himself.
    assert [m["member"] for m in seen_by_bo[changed]["members"]] == ["machine", "Bo Chen"]

    # Bo cannot change his scores once complete.
    again = client.put(f"{url}/panel/scores", json={"scores": bo_scores}, headers=bo)
    assert again.status_code == 409

    completed = client.post(f"{url}/panel/complete", headers=ann)
    assert completed.status_code == 200
    view = completed.json()
    assert view["others_visible"] is True
    assert sorted(view["completed_by"]) == ["Ann Lee", "Bo Chen"]
    criteria = {c["criterion_id"]: c for c in view["criteria"]}
    split = criteria[changed]
    assert [m["member"] for m in split["members"]] == ["machine", "Ann Lee", "Bo Chen"]
    assert split["agreement"] == "split" and split["members_disagree"] is True
    assert split["panel_disagrees_with_machine"] is True
    agreed = criteria["swe-registration"]
    assert agreed["agreement"] == "unanimous"
    assert agreed["agreed_verdict"] == machine["swe-registration"]["verdict"]
    assert agreed["panel_disagrees_with_machine"] is False
    assert criteria["presentation"]["at_sift"] is False

    # Staff see every completed set too.
    staff = client.get(f"{url}/panel", headers=tenant.headers("recruiter")).json()
    assert staff["member"] is None and staff["others_visible"] is True

    # The shortlist shows the split for this applicant and asks for review.
    shortlist = client.get(f"/v1/vacancies/{vacancy_id}/shortlist", headers=tenant.headers()).json()
    entry = next(e for e in shortlist["applicants"] if e["application_id"] == application["id"])
    cell = next(c for c in entry["cells"] if c["criterion_id"] == changed)
    assert cell["disagreement"] is True and cell["needs_review"] is True
    assert cell["source"] == "machine"
    assert cell["panel"]["agreement"] == "split"
    assert sorted(entry["panel_completed_by"]) == ["Ann Lee", "Bo Chen"]


def test_a_member_reopens_to_settle_a_split(client: TestClient, panel) -> None:
    """After discussion Bo takes his set back, comes round to Ann's view, and completes again:
    the criterion is now agreed and the panel's verdict replaces the machine's."""
    tenant, vacancy_id, applications, keys = panel
    application = applications[0]
    url = f"/v1/applications/{application['id']}"
    machine = {c["id"]: c for c in machine_results(client, tenant, application["id"])["criteria"]}
    score_as_machine(
        client,
        tenant,
        application["id"],
        keys["ann"],
        safeguarding=flip(machine["safeguarding"]["verdict"]),
    )
    score_as_machine(client, tenant, application["id"], keys["bo"])
    bo = bearer(keys["bo"])
    ann_view = client.get(f"{url}/panel", headers=bearer(keys["ann"])).json()
    split = next(c for c in ann_view["criteria"] if c["agreement"] == "split")
    ann_verdict = next(m for m in split["members"] if m["member"] == "Ann Lee")["verdict"]

    reopened = client.delete(f"{url}/panel/complete", headers=bo)
    assert reopened.status_code == 200
    assert reopened.json()["completed"] is False
    assert "Bo Chen" not in reopened.json()["completed_by"]
    change = {
        "scores": [
            {
                "criterion_id": split["criterion_id"],
                "verdict": ann_verdict,
                "reason": "Agreed with the panel after discussion",
            }
        ]
    }
    assert client.put(f"{url}/panel/scores", json=change, headers=bo).status_code == 200
    view = client.post(f"{url}/panel/complete", headers=bo).json()
    settled = next(c for c in view["criteria"] if c["criterion_id"] == split["criterion_id"])
    assert settled["agreement"] == "unanimous" and settled["agreed_verdict"] == ann_verdict
    shortlist = client.get(f"/v1/vacancies/{vacancy_id}/shortlist", headers=tenant.headers())
    entry = next(
        e for e in shortlist.json()["applicants"] if e["application_id"] == application["id"]
    )
    cell = next(c for c in entry["cells"] if c["criterion_id"] == split["criterion_id"])
    assert cell["source"] == "panel" and cell["verdict"] == ann_verdict
    assert cell["machine"]["verdict"] != ann_verdict
    trail = client.get(f"{url}/audit", headers=tenant.headers()).json()
    assert [line["action"] for line in trail].count("panel.reopened") == 1


def test_agreed_panel_override_changes_the_ranking_and_keeps_the_machine(
    client: TestClient, panel
) -> None:
    tenant, vacancy_id, applications, keys = panel
    weak = applications[1]  # not registered: the machine rejects it
    url = f"/v1/applications/{weak['id']}"
    machine = {c["id"]: c for c in machine_results(client, tenant, weak["id"])["criteria"]}
    scores = [
        {
            "criterion_id": cid,
            "verdict": "met",
            "reason": "Registration checked on the SWE register",
        }
        for cid in SIFT_CRITERIA
    ]
    for member in ("ann", "bo"):
        assert (
            client.put(
                f"{url}/panel/scores", json={"scores": scores}, headers=bearer(keys[member])
            ).status_code
            == 200
        )
        assert client.post(f"{url}/panel/complete", headers=bearer(keys[member])).status_code == 200
    shortlist = client.get(f"/v1/vacancies/{vacancy_id}/shortlist", headers=tenant.headers())
    entry = next(e for e in shortlist.json()["applicants"] if e["application_id"] == weak["id"])
    assert entry["gate"] == "meets_essentials"
    assert entry["machine_recommendation"] == "reject"
    registration = next(c for c in entry["cells"] if c["criterion_id"] == "swe-registration")
    assert registration["source"] == "panel" and registration["verdict"] == "met"
    assert registration["machine"]["verdict"] == machine["swe-registration"]["verdict"]
    assert entry["score"] == entry["max_score"] > entry["machine_score"]
    assert entry["rank"] == 1


def test_scores_are_checked(client: TestClient, panel) -> None:
    tenant, _, applications, keys = panel
    url = f"/v1/applications/{applications[2]['id']}/panel/scores"
    ann = bearer(keys["ann"])
    for body, fragment in (
        ({"scores": [{"criterion_id": "presentation", "verdict": "met"}]}, "not at sift"),
        ({"scores": [{"criterion_id": "no-such", "verdict": "met"}]}, "not in this vacancy"),
        (
            {"scores": [{"criterion_id": "driving", "verdict": "met", "score": 1, "reason": "x"}]},
            "partly_met",
        ),
        ({"scores": [{"criterion_id": "driving", "verdict": "met", "score": 9}]}, "outside"),
        ({"scores": [{"criterion_id": "driving", "verdict": "not_assessed"}]}, "panel verdict"),
        (
            {
                "scores": [
                    {"criterion_id": "driving", "verdict": "met", "reason": "x"},
                    {"criterion_id": "driving", "verdict": "met", "reason": "x"},
                ]
            },
            "twice",
        ),
    ):
        response = client.put(url, json=body, headers=ann)
        assert response.status_code == 422, response.text
        assert fragment in response.json()["detail"]
    incomplete = client.post(
        f"/v1/applications/{applications[2]['id']}/panel/complete", headers=ann
    )
    assert incomplete.status_code == 422
    assert "missing: swe-registration, safeguarding, driving" in incomplete.json()["detail"]
    for role in ("recruiter", "admin", "ats"):
        forbidden = client.put(
            url,
            json={"scores": [{"criterion_id": "driving", "verdict": "met"}]},
            headers=tenant.headers(role),
        )
        assert forbidden.status_code == 403


def test_members_see_no_panel_detail_on_the_shortlist_until_they_complete(
    client: TestClient, panel, make_key: Callable[..., str]
) -> None:
    tenant, vacancy_id, applications, keys = panel
    weak = applications[1]["id"]
    for member in ("ann", "bo"):
        score_as_machine(client, tenant, weak, keys[member], **{"swe-registration": "met"})
    newcomer = make_key(tenant, "panel", name="Cat Patel")
    body = client.get(f"/v1/vacancies/{vacancy_id}/shortlist", headers=bearer(newcomer)).json()
    entry = next(e for e in body["applicants"] if e["application_id"] == applications[1]["id"])
    assert entry["panel_hidden"] is True
    assert all(c["panel"] is None and c["source"] == "machine" for c in entry["cells"])
    assert "Discussed at the panel" not in str(body)
    # Ann, who completed, sees the panel's agreed verdict on the same shortlist.
    seen = client.get(f"/v1/vacancies/{vacancy_id}/shortlist", headers=bearer(keys["ann"])).json()
    mine = next(e for e in seen["applicants"] if e["application_id"] == weak)
    assert mine["panel_hidden"] is False
    assert any(c["source"] == "panel" for c in mine["cells"])


def test_only_the_lead_finalises_and_it_is_audited(
    client: TestClient, panel, count_rows: Callable[..., int]
) -> None:
    tenant, vacancy_id, applications, keys = panel
    target = applications[3]
    score_as_machine(client, tenant, target["id"], keys["bo"])
    url = f"/v1/applications/{target['id']}/decision"
    decision = {"decision": "shortlist", "reason": "Strong safeguarding example"}
    assert client.post(url, json=decision, headers=bearer(keys["bo"])).status_code == 403
    assert client.post(url, json=decision, headers=tenant.headers("recruiter")).status_code == 403
    ann = bearer(keys["ann"])
    for bad in ({"decision": "maybe", "reason": "x"}, {"decision": "reject", "reason": " "}):
        assert client.post(url, json=bad, headers=ann).status_code == 422
    assert count_rows(Decision, application_id=target["id"]) == 0

    made = client.post(url, json=decision, headers=bearer(keys["ann"]))
    assert made.status_code == 200, made.text
    assert made.json()["decided_by"] == "Ann Lee"
    changed = client.post(
        url, json={"decision": "reserve", "reason": "Reserve list"}, headers=bearer(keys["ann"])
    )
    assert changed.json()["decision"] == "reserve"
    assert count_rows(Decision, application_id=target["id"]) == 1

    shortlist = client.get(
        f"/v1/vacancies/{vacancy_id}/shortlist?decision=reserve", headers=tenant.headers()
    ).json()
    assert [e["application_id"] for e in shortlist["applicants"]] == [target["id"]]
    assert shortlist["applicants"][0]["decision"]["reason"] == "Reserve list"

    trail = client.get(f"/v1/applications/{target['id']}/audit", headers=tenant.headers())
    assert trail.status_code == 200
    finalised = [line for line in trail.json() if line["action"] == "decision.finalised"]
    assert [line["detail"]["decision"] for line in finalised] == ["shortlist", "reserve"]
    assert finalised[1]["detail"]["previous_decision"] == "shortlist"
    assert "Ann Lee" in finalised[0]["actor"]
    whole = client.get(f"/v1/vacancies/{vacancy_id}/audit", headers=tenant.headers()).json()
    actions = {line["action"] for line in whole}
    assert {"panel.scores_recorded", "panel.completed", "decision.finalised"} <= actions
    assert (
        client.get(f"/v1/vacancies/{vacancy_id}/audit", headers=bearer(keys["bo"])).status_code
        == 403
    )
    assert (
        client.get(f"/v1/vacancies/{vacancy_id}/audit", headers=bearer(keys["ann"])).status_code
        == 200
    )


def test_progress_shows_who_completed_what(client: TestClient, panel) -> None:
    tenant, vacancy_id, applications, keys = panel
    for application in applications[:2]:
        for member in ("ann", "bo"):
            score_as_machine(client, tenant, application["id"], keys[member])
    half = {"scores": [{"criterion_id": "driving", "verdict": "met", "reason": "licence seen"}]}
    client.put(
        f"/v1/applications/{applications[2]['id']}/panel/scores",
        json=half,
        headers=bearer(keys["bo"]),
    )
    lead = bearer(keys["ann"])
    client.post(
        f"/v1/applications/{applications[3]['id']}/decision",
        json={"decision": "reserve", "reason": "Reserve list"},
        headers=lead,
    )
    response = client.get(f"/v1/vacancies/{vacancy_id}/panel/progress", headers=tenant.headers())
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["applications"] == 4
    members = {m["member"]: m for m in body["members"]}
    refs = [a["applicant_ref"] for a in applications]
    assert members["Ann Lee"]["completed"] == refs[:2] and members["Ann Lee"]["lead"] is True
    assert members["Bo Chen"]["completed"] == refs[:2]
    assert members["Bo Chen"]["remaining"] == 2
    assert members["test panel"]["completed"] == [] and members["test panel"]["remaining"] == 4
    by_ref = {a["applicant_ref"]: a for a in body["by_application"]}
    assert sorted(by_ref[refs[0]]["completed_by"]) == ["Ann Lee", "Bo Chen"]
    assert members["Bo Chen"]["in_progress"] == [refs[2]]
    assert by_ref[refs[3]]["decision"] == "reserve" and by_ref[refs[0]]["decision"] is None
    assert (body["decided"], body["undecided"]) == (1, 3)
    assert (
        client.get(
            f"/v1/vacancies/{vacancy_id}/panel/progress", headers=tenant.headers("ats")
        ).status_code
        == 403
    )


def test_nul_characters_are_bad_input_not_a_server_error(client: TestClient, panel) -> None:
    """PostgreSQL text cannot hold NUL: such ids are unknown (404), such text is refused (422)."""
    tenant, _, applications, keys = panel
    for method, path in (
        ("GET", "/v1/vacancies/a%00b/shortlist"),
        ("GET", "/v1/vacancies/a%00b/panel/progress"),
        ("GET", "/v1/vacancies/a%00b/audit"),
        ("GET", "/v1/applications/a%00b/panel"),
        ("GET", "/v1/applications/a%00b/audit"),
        ("DELETE", "/v1/applications/a%00b"),
    ):
        response = client.request(method, path, headers=tenant.headers())
        assert response.status_code == 404, (path, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    url = f"/v1/applications/{applications[2]['id']}"
    ann = bearer(keys["ann"])
    decision = client.post(
        f"{url}/decision", json={"decision": "reject", "reason": "a\u0000b"}, headers=ann
    )
    scores = client.put(
        f"{url}/panel/scores",
        json={"scores": [{"criterion_id": "driving", "verdict": "met", "reason": "\u0000"}]},
        headers=ann,
    )
    hook = client.put(
        "/v1/organisation/webhook", json={"url": "https://a\u0000b/"}, headers=tenant.headers()
    )
    for response in (decision, scores, hook):
        assert response.status_code == 422, response.text
        assert "NUL" in response.json()["detail"]


def test_a_pre_employment_check_is_not_scored_at_sift_so_the_panel_can_complete(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    make_key: Callable[..., str],
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
) -> None:
    """A DBS check listed as 'assessed on the application form' (as seed 001 has it) is checked
    by HR before appointment: a panel member completes without scoring it and cannot score it."""
    tenant = make_tenant()
    spec = {
        **TEST_SPEC,
        "criteria": [
            *TEST_SPEC["criteria"],
            {
                "id": "dbs",
                "text": "Subject to an enhanced DBS check",
                "priority": "essential",
                "category": "other",
                "assessed_by": ["application"],
                "rule": {"kind": "pre_employment", "check": "dbs"},
            },
        ],
    }
    vacancy = make_vacancy(tenant, spec)
    application = upload(tenant, vacancy["id"])
    key = make_key(tenant, "panel", name="Cy Dee")
    machine = {c["id"]: c for c in machine_results(client, tenant, application["id"])["criteria"]}
    assert machine["dbs"]["verdict"] == "not_assessed"
    url = f"/v1/applications/{application['id']}/panel"
    dbs = {"criterion_id": "dbs", "verdict": "met"}
    refused = client.put(f"{url}/scores", json={"scores": [dbs]}, headers=bearer(key))
    assert refused.status_code == 422 and "not at sift" in refused.json()["detail"]
    sift = [c["id"] for c in TEST_SPEC["criteria"] if "application" in c["assessed_by"]]
    scores = [{"criterion_id": cid, "verdict": machine[cid]["verdict"]} for cid in sift]
    saved = client.put(f"{url}/scores", json={"scores": scores}, headers=bearer(key))
    assert saved.status_code == 200, saved.text
    completed = client.post(f"{url}/complete", headers=bearer(key))
    assert completed.status_code == 200, completed.text
    shortlist = client.get(
        f"/v1/vacancies/{vacancy['id']}/shortlist", headers=tenant.headers("recruiter")
    ).json()
    dbs_column = next(c for c in shortlist["criteria"] if c["id"] == "dbs")
    assert dbs_column["assessed_at_sift"] is False
