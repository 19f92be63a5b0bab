"""The pages work under their Content-Security-Policy: no page asks the browser for anything the
policy blocks (an inline script or style, a handler attribute, a file from elsewhere)."""

from __future__ import annotations

import pytest
from playwright.sync_api import ConsoleMessage, Page

from tests.browser.conftest import LiveServer
from tests.browser.sample import SampleVacancy
from tests.browser.test_accessibility import PAGES, _open

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("name", list(PAGES))
def test_page_breaks_no_rule_of_its_content_security_policy(
    live_server: LiveServer, sample_vacancy: SampleVacancy, page: Page, name: str
) -> None:
    blocked: list[str] = []

    def note(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            blocked.append(message.text)

    page.on("console", note)
    _open(live_server, sample_vacancy, page, name)
    for button in page.get_by_role("button", name="Show evidence").all()[:1]:
        button.click()  # the applicant page's script runs under the policy
    page.wait_for_load_state("networkidle")
    assert "content-security-policy" in (page.context.request.get(page.url).headers)
    assert blocked == []
