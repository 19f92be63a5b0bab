"""Correcting what an evidence criterion asks on the confirmation page, in a real browser and
from the keyboard: the criterion says what it is read as asking; "Correct what it asks" opens
its topics with the focus on the first, the open list passes the accessibility check and
reflows, and the ticked topic is in the created vacancy's spec."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import LiveServer, check_accessibility, sign_in

pytestmark = pytest.mark.browser

ROLE = "Experienced Social Worker (Band B)"
LEGISLATION = "Detailed knowledge of the legislation and policy in relation to adult community care"
REFLOW_WIDTH = 320


def test_a_recruiter_adds_the_care_act_to_what_a_criterion_asks_from_the_keyboard(
    live_server: LiveServer, page: Page
) -> None:
    sign_in(page, live_server.base_url, live_server.keys["recruiter"])
    page.get_by_label("Role", exact=True).select_option(label=ROLE)
    page.get_by_role("button", name="Review the criteria").click()
    page.get_by_role("heading", name="Confirm the criteria").wait_for()
    row = page.locator(".criterion-row").filter(has=page.locator("textarea", has_text=LEGISLATION))
    expect(row).to_have_count(1)
    expect(row.locator(".asks")).to_contain_text("Read as asking: knowledge of: Legislation")
    expect(row.get_by_role("checkbox", name="The Care Act 2014")).to_have_count(0)

    correct = row.get_by_role("button", name=re.compile(r"^Correct what it asks \(Detailed"))
    correct.focus()
    page.keyboard.press("Enter")
    group = page.get_by_role("group", name=re.compile(r"^What “.+” asks$"))
    expect(group).to_be_visible()
    # the focus is on the first topic of the list just opened
    expect(group.get_by_role("checkbox").first).to_be_focused()
    assert check_accessibility(page) == []

    care_act = group.get_by_role("checkbox", name="The Care Act 2014", exact=True)
    expect(care_act).not_to_be_checked()
    care_act.focus()
    page.keyboard.press("Space")
    expect(care_act).to_be_checked()
    legislation = group.get_by_role("checkbox", name=re.compile("^Legislation, statutory"))
    expect(legislation).to_be_checked()  # what it was read as stays ticked

    page.set_viewport_size({"width": REFLOW_WIDTH, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= REFLOW_WIDTH
    page.set_viewport_size({"width": 1280, "height": 800})

    page.get_by_role("button", name="Create this vacancy").first.click()
    page.wait_for_url(re.compile(r"/vacancies/[0-9a-f-]+/upload\?created=1$"))
    vacancy_id = page.url.split("/")[-2]
    answer = httpx.get(
        f"{live_server.base_url}/v1/vacancies/{vacancy_id}",
        headers={"Authorization": f"Bearer {live_server.keys['recruiter']}"},
        timeout=60,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    criterion = next(c for c in body["spec"]["criteria"] if c["text"].startswith(LEGISLATION))
    assert "care_act" in criterion["topics"] and "legislation" in criterion["topics"]
    assert "The Care Act 2014" in body["topics"][criterion["id"]]
