"""The README's screenshots, from the sample vacancy in blind mode: the shortlisting matrix and an
applicant page with one criterion's evidence lit up, each at 1280 px (``matrix.png``,
``applicant.png``) and at a 320 px phone width (``matrix-320.png``, ``applicant-320.png``), where
nothing may run off the side of the page (the matrix scrolls inside its own region). The tests
check what the pictures must show (numbers, no names; every verdict) and save them under the
test's temporary folder; ``SHORTLIST_SCREENSHOTS=1`` saves them to ``docs/screenshots/`` instead:

    SHORTLIST_SCREENSHOTS=1 .venv/bin/pytest tests/browser/test_screenshots.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Page

from app.vacancies.titles import titles
from criteria.loader import load_spec
from tests.browser.conftest import REPO, LiveServer, sign_in
from tests.browser.sample import PANEL_DISAGREEMENT, ROLE, SampleVacancy

pytestmark = pytest.mark.browser

VERDICTS = ["Met", "Partly met", "Not met"]
WIDTHS = {1280: "", 320: "-320"}
# Resolves once neither the window nor the statement has moved for 100 ms (the page scrolls the
# first lit sentence into view smoothly).
SCROLLING_STOPPED = """() => new Promise(done => {
  let last = null;
  const tick = () => {
    const now = `${window.scrollY} ${document.getElementById("statement").scrollTop}`;
    if (now === last) { done(); } else { last = now; setTimeout(tick, 100); }
  };
  tick();
})"""


def _destination(tmp_path: Path, name: str) -> Path:
    if os.environ.get("SHORTLIST_SCREENSHOTS") == "1":
        folder = REPO / "docs" / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / name
    return tmp_path / name


def _fits(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900 if width > 320 else 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("width", sorted(WIDTHS, reverse=True))
def test_matrix_screenshot_is_blind_and_shows_every_verdict(
    live_server: LiveServer, sample_vacancy: SampleVacancy, page: Page, tmp_path: Path, width: int
) -> None:
    sign_in(page, live_server.base_url, live_server.keys["recruiter"])
    page.goto(f"{live_server.base_url}/vacancies/{sample_vacancy.id}/shortlist")
    matrix = page.locator("table.matrix")
    text = matrix.inner_text()
    assert all(applicant.ref in text for applicant in sample_vacancy.applicants)
    assert not [a.name for a in sample_vacancy.applicants if a.name in page.content()]
    assert all(verdict in text for verdict in VERDICTS)
    assert "Guaranteed interview (Disability Confident)" in text
    _fits(page, width)
    destination = _destination(tmp_path, f"matrix{WIDTHS[width]}.png")
    page.screenshot(path=destination)
    assert destination.stat().st_size > 10_000


@pytest.mark.parametrize("width", sorted(WIDTHS, reverse=True))
def test_applicant_screenshot_lights_up_the_chosen_criterion(
    live_server: LiveServer, sample_vacancy: SampleVacancy, page: Page, tmp_path: Path, width: int
) -> None:
    applicant = sample_vacancy.applicants[0]
    sign_in(page, live_server.base_url, live_server.keys["panel_member"])
    page.goto(f"{live_server.base_url}/applications/{applicant.id}")
    assert applicant.name not in page.content()
    assert applicant.ref in page.inner_text("h1")
    _fits(page, width)
    criterion = PANEL_DISAGREEMENT["criterion_id"]
    title = titles(load_spec(ROLE).criteria)[criterion]
    page.get_by_role("button", name=f"Show evidence for {title}").click()
    hide = page.get_by_role("button", name=f"Hide evidence for {title}")
    assert hide.get_attribute("aria-pressed") == "true"
    lit = page.locator("#statement mark.lit")
    assert lit.count() > 0
    assert "Safeguarding Enquiry Officer" in " ".join(lit.all_inner_texts())
    # The statement panel is sticky: with the criterion at the top of the window, the picture
    # shows its evidence lit beside the machine's verdict and the panel member's disagreement.
    page.evaluate(SCROLLING_STOPPED)
    page.locator(f"#criterion-{criterion}").evaluate("section => section.scrollIntoView()")
    destination = _destination(tmp_path, f"applicant{WIDTHS[width]}.png")
    page.screenshot(path=destination)
    assert destination.stat().st_size > 10_000
