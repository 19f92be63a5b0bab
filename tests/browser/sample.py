"""A realistic vacancy for the page tests and the screenshots: the library's Experienced Social
Worker (Band B) with twelve applicants whose statements (``statements/NN-first-last.txt``) range
from one that meets every criterion to one that says nothing, so the matrix shows every verdict
and every recommendation, and one Disability Confident applicant with a guaranteed interview.

It is made through the public API, as an ATS and a panel would make it: "Panel member B" has
scored the first two applicants and marked them complete, disagreeing with the machine on one
criterion of the first (with a reason), so the panel pages have something to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
ROLE = REPO / "criteria" / "library" / "experienced-social-worker-band-b.yaml"
STATEMENTS = Path(__file__).resolve().parent / "statements"
REFERENCE = "SW-2026-14"
# Ticked "Disability Confident" on the application form (their statement says so too).
DISABILITY_CONFIDENT = {"Tom Okafor"}
PANEL_DISAGREEMENT = {
    "criterion_id": "safeguarding-enquiry-officer",
    "verdict": "partly_met",
    "reason": "The officer role is claimed, but no enquiry is described in any detail",
}


@dataclass(frozen=True)
class Applicant:
    id: str
    ref: str
    name: str
    recommendation: str


@dataclass(frozen=True)
class SampleVacancy:
    id: str
    title: str
    applicants: list[Applicant]


def applicant_name(statement: Path) -> str:
    """``03-rhys-evans.txt`` -> ``Rhys Evans``."""
    return " ".join(part.capitalize() for part in statement.stem.split("-")[1:])


def create_sample_vacancy(base_url: str, admin_key: str, panel_key: str) -> SampleVacancy:
    headers = {"Authorization": f"Bearer {admin_key}"}
    with httpx.Client(base_url=base_url, headers=headers, timeout=60.0) as api:
        created = api.post(
            "/v1/vacancies",
            params={"reference": REFERENCE},
            content=ROLE.read_bytes(),
            headers={"Content-Type": "application/yaml"},
        )
        created.raise_for_status()
        vacancy = created.json()
        applicants = []
        for number, statement in enumerate(sorted(STATEMENTS.glob("*.txt")), start=1):
            name = applicant_name(statement)
            answer = api.post(
                f"/v1/vacancies/{vacancy['id']}/applications",
                json={
                    "external_id": f"ATS-{88100 + number}",
                    "statement": {"text": statement.read_text(encoding="utf-8")},
                    "applicant": {
                        "name": name,
                        "email": f"{statement.stem[3:].replace('-', '.')}@example.org",
                        "disability_confident": name in DISABILITY_CONFIDENT,
                    },
                },
            )
            answer.raise_for_status()
            stored = answer.json()
            applicants.append(
                Applicant(
                    id=stored["id"],
                    ref=stored["applicant_ref"],
                    name=name,
                    recommendation=stored["result"]["recommendation"],
                )
            )
    first, second = applicants[0].id, applicants[1].id
    score_as_panel(base_url, panel_key, first, disagree=PANEL_DISAGREEMENT)
    score_as_panel(base_url, panel_key, second)
    return SampleVacancy(id=vacancy["id"], title=vacancy["title"], applicants=applicants)


def score_as_panel(
    base_url: str, panel_key: str, application_id: str, disagree: dict[str, str] | None = None
) -> None:
    """Accept the machine's verdict on every sift criterion (but ``disagree``), then complete."""
    headers = {"Authorization": f"Bearer {panel_key}"}
    with httpx.Client(base_url=base_url, headers=headers, timeout=60.0) as api:
        panel = api.get(f"/v1/applications/{application_id}/panel")
        panel.raise_for_status()
        scores = [
            {"criterion_id": c["criterion_id"], "verdict": c["machine"]["verdict"]}
            for c in panel.json()["criteria"]
            if c["at_sift"]
        ]
        if disagree is not None:
            scores = [
                disagree if s["criterion_id"] == disagree["criterion_id"] else s for s in scores
            ]
        api.put(
            f"/v1/applications/{application_id}/panel/scores", json={"scores": scores}
        ).raise_for_status()
        api.post(f"/v1/applications/{application_id}/panel/complete").raise_for_status()
