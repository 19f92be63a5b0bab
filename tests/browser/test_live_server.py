"""The page-test machinery itself: the live server answers Chromium, its keys work, and the
accessibility check catches what it should (so an empty list from it means something)."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Page

from tests.browser.conftest import LiveServer, check_accessibility

pytestmark = pytest.mark.browser

LABELLED_FORM = """<!doctype html>
<html lang="en"><head><title>Search vacancies</title></head>
<body><main><h1>Search vacancies</h1>
<form><label for="q">Job title</label><input id="q" name="q" type="text">
<button type="submit">Search</button></form></main></body></html>"""
# A tinted layer over the text: axe cannot see the background, so it leaves contrast undecided.
OVERLAID_TEXT = """<div style="position: relative">
<p id="score" style="color: COLOUR">Score 2 of 3</p>
<div style="position: absolute; inset: 0; background: rgba(0, 0, 0, 0.1)"></div></div></main>"""


def test_live_server_answers_chromium(live_server: LiveServer, page: Page) -> None:
    response = page.goto(f"{live_server.base_url}/healthz")
    assert response is not None and response.status == 200
    assert '"status":"ok"' in page.inner_text("body").replace(" ", "")


@pytest.mark.parametrize("name", ["admin", "recruiter", "panel_lead", "panel_member"])
def test_each_key_signs_in_to_the_api(live_server: LiveServer, name: str) -> None:
    headers = {"Authorization": f"Bearer {live_server.keys[name]}"}
    response = httpx.get(f"{live_server.base_url}/v1/vacancies", headers=headers)
    assert response.status_code == 200, response.text


def test_a_well_labelled_page_passes_the_accessibility_check(page: Page) -> None:
    page.set_content(LABELLED_FORM)
    assert check_accessibility(page) == []


def test_an_unlabelled_field_is_reported(page: Page) -> None:
    page.set_content(LABELLED_FORM.replace('<label for="q">Job title</label>', ""))
    violations = check_accessibility(page)
    assert len(violations) == 1
    assert violations[0].startswith("label (critical): ")
    assert "#q" in violations[0]


def test_low_contrast_text_is_reported(page: Page) -> None:
    page.set_content(LABELLED_FORM.replace("<h1>", '<h1 style="color: #bbbbbb">'))
    violations = check_accessibility(page)
    assert [line.split(" ")[0] for line in violations] == ["color-contrast"]
    assert "h1" in violations[0]


@pytest.mark.parametrize(("colour", "reported"), [("#bbbbbb", True), ("#1a1a1a", False)])
def test_contrast_under_an_overlapping_layer_is_worked_out(
    page: Page, colour: str, reported: bool
) -> None:
    page.set_content(LABELLED_FORM.replace("</main>", OVERLAID_TEXT.replace("COLOUR", colour)))
    violations = check_accessibility(page)
    assert bool(violations) is reported
    if reported:
        assert violations == [
            "color-contrast (serious): contrast 1.92:1 is below 4.5:1 "
            "(worked out, axe could not see the background) at #score"
        ]
