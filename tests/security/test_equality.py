"""Equality monitoring answers are kept apart and the adverse-impact report counts them right,
through the API on both databases."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from app.equality.impact import Selection, stage_rows
from app.models import Application, EqualityMonitoring
from tests.service.conftest import STRONG_STATEMENT, TEST_SPEC, WEAK_STATEMENT, Tenant

ANSWERS = {
    "sex": "female",
    "gender_identity": "different_from_sex_at_birth",
    "age_band": "55-64",
    "ethnic_group": "black",
    "disability": "disabled",
    "sexual_orientation": "bisexual",
    "religion": "sikh",
}

# words of the form that appear nowhere else in the service's answers ("disability" does: the
# driving criterion's alternative)
DISTINCTIVE = (
    "different_from_sex_at_birth",
    "55-64",
    "bisexual",
    "sikh",
    "gender_identity",
    "age_band",
    "ethnic_group",
    "sexual_orientation",
)


def _put(client: TestClient, tenant: Tenant, application_id: str, answers: dict[str, Any]) -> Any:
    return client.put(
        f"/v1/applications/{application_id}/equality", json=answers, headers=tenant.headers("ats")
    )


def test_answers_are_stored_apart_and_never_shown_to_scoring_shortlist_or_panel(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
) -> None:
    vacancy = make_vacancy(tenant)
    application = upload(tenant, vacancy["id"], STRONG_STATEMENT, name="Grace Applicant")
    before = client.get(f"/v1/applications/{application['id']}", headers=tenant.headers()).json()
    stored = _put(client, tenant, application["id"], ANSWERS)
    assert stored.status_code == 204 and stored.content == b""
    read = client.get(f"/v1/applications/{application['id']}/equality", headers=tenant.headers())
    assert read.status_code == 200 and read.json() == {
        "application_id": application["id"],
        **ANSWERS,
    }
    trail = client.get(f"/v1/applications/{application['id']}/audit", headers=tenant.headers())
    actions = [line["action"] for line in trail.json()]
    assert "equality.recorded" in actions and "equality.viewed" in actions
    assert all(answer not in trail.text for answer in ANSWERS.values())

    # a new spec version rescores the application now that its answers are stored
    saved = client.post(
        f"/v1/vacancies/{vacancy['id']}/spec", json={"spec": TEST_SPEC}, headers=tenant.headers()
    )
    assert saved.status_code in (200, 201), saved.text
    rescored = client.post(f"/v1/vacancies/{vacancy['id']}/rescore", headers=tenant.headers())
    assert rescored.status_code == 200, rescored.text
    after = client.get(f"/v1/applications/{application['id']}", headers=tenant.headers()).json()
    assert after["result"]["spec_version"] != before["result"]["spec_version"]
    for field in ("score", "recommendation", "criteria"):
        assert after["result"][field] == before["result"][field], field

    views = [
        (f"/v1/applications/{application['id']}", "admin"),
        (f"/v1/vacancies/{vacancy['id']}/applications", "ats"),
        (f"/v1/vacancies/{vacancy['id']}/shortlist", "recruiter"),
        (f"/v1/vacancies/{vacancy['id']}/shortlist?format=csv&blind=false", "admin"),
        (f"/v1/applications/{application['id']}/panel", "panel"),
        (f"/v1/applications/{application['id']}/panel", "admin"),
    ]
    for path, role in views:
        response = client.get(path, headers=tenant.headers(role))
        assert response.status_code == 200, (path, response.text)
        for marker in DISTINCTIVE:
            assert marker not in response.text, (path, marker)


def test_panel_and_ats_keys_cannot_read_the_answers(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
) -> None:
    vacancy = make_vacancy(tenant)
    application = upload(tenant, vacancy["id"])
    assert _put(client, tenant, application["id"], ANSWERS).status_code == 204
    for role in ("panel", "ats"):
        for path in (
            f"/v1/applications/{application['id']}/equality",
            f"/v1/vacancies/{vacancy['id']}/adverse-impact",
        ):
            response = client.get(path, headers=tenant.headers(role))
            assert response.status_code == 403, (role, path)
            assert "sikh" not in response.text


def test_an_answer_outside_the_form_is_refused_and_nothing_is_stored(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    vacancy = make_vacancy(tenant)
    application = upload(tenant, vacancy["id"])
    for bad in ({"sex": "unknown"}, {"age_band": "30"}, {"favourite_colour": "blue"}):
        response = _put(client, tenant, application["id"], bad)
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
    assert count_rows(EqualityMonitoring, org_id=tenant.org_id) == 0


def test_erasing_the_application_erases_the_answers(
    client: TestClient,
    tenant: Tenant,
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
    count_rows: Callable[..., int],
) -> None:
    vacancy = make_vacancy(tenant)
    application = upload(tenant, vacancy["id"])
    assert _put(client, tenant, application["id"], ANSWERS).status_code == 204
    assert count_rows(EqualityMonitoring, application_id=application["id"]) == 1
    erased = client.delete(f"/v1/applications/{application['id']}", headers=tenant.headers())
    assert erased.status_code == 204
    assert count_rows(EqualityMonitoring, application_id=application["id"]) == 0
    assert count_rows(Application, id=application["id"]) == 0


def _decide(
    client: TestClient, tenant: Tenant, lead: str, application_id: str, decision: str
) -> None:
    bearer = {"Authorization": f"Bearer {lead}"}
    panel = client.get(f"/v1/applications/{application_id}/panel", headers=bearer).json()
    scores = [
        {"criterion_id": c["criterion_id"], "verdict": c["machine"]["verdict"]}
        for c in panel["criteria"]
        if c["at_sift"]
    ]
    put = client.put(
        f"/v1/applications/{application_id}/panel/scores", json={"scores": scores}, headers=bearer
    )
    assert put.status_code == 200, put.text
    done = client.post(f"/v1/applications/{application_id}/panel/complete", headers=bearer)
    assert done.status_code == 200, done.text
    decided = client.post(
        f"/v1/applications/{application_id}/decision",
        json={"decision": decision, "reason": "As the panel agreed"},
        headers=bearer,
    )
    assert decided.status_code == 200, decided.text


def test_the_report_counts_selection_per_group_flags_four_fifths_and_suppresses_small_groups(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    make_vacancy: Callable[..., dict[str, Any]],
    upload: Callable[..., dict[str, Any]],
    make_key: Callable[..., str],
) -> None:
    tenant = make_tenant()
    lead = make_key(tenant, "panel", name="Lead Member", lead=True)
    vacancy = make_vacancy(tenant)
    # women: 10 applicants, 8 strong; men: 10 applicants, 4 strong; 2 prefer not to say (hidden)
    plan = (
        [("female", STRONG_STATEMENT)] * 8
        + [("female", WEAK_STATEMENT)] * 2
        + [("male", STRONG_STATEMENT)] * 4
        + [("male", WEAK_STATEMENT)] * 6
        + [("prefer_not_to_say", STRONG_STATEMENT)] * 2
    )
    ids_by_sex: dict[str, list[str]] = {}
    for number, (sex, text) in enumerate(plan):
        application = upload(tenant, vacancy["id"], text, external_id=f"ext-{number}")
        assert _put(client, tenant, application["id"], {"sex": sex}).status_code == 204
        ids_by_sex.setdefault(sex, []).append(application["id"])
    # the panel decides on 5 women (all shortlisted) and 5 men (1 shortlisted)
    for application_id in ids_by_sex["female"][:5]:
        _decide(client, tenant, lead, application_id, "shortlist")
    for index, application_id in enumerate(ids_by_sex["male"][:5]):
        _decide(client, tenant, lead, application_id, "shortlist" if index == 0 else "reject")

    response = client.get(
        f"/v1/vacancies/{vacancy['id']}/adverse-impact", headers=tenant.headers("recruiter")
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["applications"] == 22 and report["with_monitoring"] == 22
    assert report["machine_assessed"] == 22 and report["panel_decided"] == 10
    rows = {(r["stage"], r["characteristic"], r["group"]): r for r in report["rows"]}

    women, men = rows["machine", "sex", "female"], rows["machine", "sex", "male"]
    assert (women["applicants"], women["shortlisted"], women["selection_rate"]) == (10, 8, 0.8)
    assert (men["applicants"], men["shortlisted"], men["selection_rate"]) == (10, 4, 0.4)
    assert women["impact_ratio"] == 1.0 and not women["adverse_impact"]
    assert men["impact_ratio"] == 0.5 and men["adverse_impact"]
    # the 2 who preferred not to say are under 5: one unnamed row, no counts
    hidden = rows["machine", "sex", "suppressed"]
    assert hidden["suppressed"] and hidden["applicants"] is None
    assert hidden["shortlisted"] is None and hidden["selection_rate"] is None
    assert not any(group == "prefer_not_to_say" for _, _, group in rows)

    panel_men = rows["panel", "sex", "male"]
    assert (panel_men["applicants"], panel_men["shortlisted"]) == (5, 1)
    assert panel_men["impact_ratio"] == 0.2 and panel_men["adverse_impact"]
    # nobody answered the other questions: one 'not_answered' group, never compared or flagged
    age = rows["machine", "age_band", "not_answered"]
    assert age["applicants"] == 22 and age["impact_ratio"] is None and not age["adverse_impact"]

    as_csv = client.get(
        f"/v1/vacancies/{vacancy['id']}/adverse-impact?format=csv", headers=tenant.headers()
    )
    assert as_csv.status_code == 200 and as_csv.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert len(table) == len(report["rows"])
    assert "prefer_not_to_say" not in as_csv.text
    men_line = next(
        r
        for r in table
        if (r["stage"], r["characteristic"], r["group"]) == ("machine", "sex", "male")
    )
    assert men_line["impact_ratio"] == "0.5" and men_line["adverse_impact"] == "True"


def test_a_lone_small_group_hides_the_next_smallest_so_it_cannot_be_subtracted() -> None:
    questions = {"ethnic_group": ("asian", "black", "white")}
    people = (
        [Selection({"ethnic_group": "black"}, False)] * 3
        + [Selection({"ethnic_group": "asian"}, True)] * 6
        + [Selection({"ethnic_group": "white"}, True)] * 20
    )
    rows = stage_rows("machine", questions, people)
    # 29 - 20 would give the black group's 3 if the asian group's 6 were shown
    assert [r.group for r in rows] == ["white", "suppressed"]
    assert rows[0].applicants == 20 and rows[0].impact_ratio == 1.0
    assert rows[1].suppressed and rows[1].applicants is None and rows[1].shortlisted is None


def test_a_suppressed_group_is_not_named_so_its_presence_is_not_given_away() -> None:
    """Two applicants of mixed ethnicity among 12: naming the group, even without a count,
    would tell the panel who they are."""
    questions = {"ethnic_group": ("asian", "black", "mixed", "white", "other")}
    people = [Selection({"ethnic_group": "mixed"}, False)] * 2 + [
        Selection({"ethnic_group": "white"}, n % 2 == 0) for n in range(10)
    ]
    rows = stage_rows("machine", questions, people)
    assert {r.group for r in rows} == {"suppressed"}  # white (10) hidden too: 12 - 10 = 2
    assert all(r.applicants is None and r.selection_rate is None for r in rows)


def test_nobody_shortlisted_gives_no_ratios_and_no_flags() -> None:
    questions = {"sex": ("female", "male")}
    people = [Selection({"sex": sex}, False) for sex in ("female", "male") for _ in range(5)]
    rows = stage_rows("panel", questions, people)
    assert [(r.group, r.selection_rate, r.impact_ratio, r.adverse_impact) for r in rows] == [
        ("female", 0.0, None, False),
        ("male", 0.0, None, False),
    ]
