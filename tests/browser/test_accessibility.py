"""Every page a recruiter or a panel member uses passes axe-core's WCAG 2.2 A and AA rules
(labels, names, contrast, landmarks, ...) on the sample vacancy; colour is never the only sign of
a verdict; the matrix works from the keyboard with a visible focus; and every page reflows to
320 CSS pixels (WCAG 1.4.10: 1280 px at 400% zoom) without sideways scrolling of the page: wide
data tables (the matrix) scroll inside their own region, as the criterion allows."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import LiveServer, check_accessibility, sign_in
from tests.browser.sample import PANEL_DISAGREEMENT, SampleVacancy

pytestmark = pytest.mark.browser

MAX_TABS = 80
REFLOW_WIDTH = 320
# Every element coloured by a verdict or by the essentials gate, and the text it shows without its
# icons (which are hidden from screen readers and are no words).
COLOURED_TEXT = """() => [...document.querySelectorAll(
    ".v-met, .v-partly_met, .v-not_met, .v-not_assessed, "
    + ".gate-meets_essentials, .gate-review, .gate-does_not_meet")].map(element => {
  const copy = element.cloneNode(true);
  copy.querySelectorAll("[aria-hidden='true']").forEach(icon => icon.remove());
  return [element.className, copy.textContent.trim()];
})"""
VERDICT_WORDS = re.compile(
    r"\b(met|not assessed|meets all essentials|review|does not meet)\b", re.I
)

# page -> (who looks at it, its path, text that shows it is the page asked for)
PAGES: dict[str, tuple[str, Callable[[SampleVacancy], str], Callable[[SampleVacancy], str]]] = {
    "vacancies list": ("recruiter", lambda v: "/vacancies", lambda v: v.title),
    "shortlist matrix (blind)": (
        "recruiter",
        lambda v: f"/vacancies/{v.id}/shortlist",
        lambda v: v.applicants[0].ref,
    ),
    "shortlist matrix (names)": (
        "recruiter",
        lambda v: f"/vacancies/{v.id}/shortlist?names=1",
        lambda v: v.applicants[0].name,
    ),
    "applicant page (recruiter)": (
        "recruiter",
        lambda v: f"/applications/{v.applicants[0].id}",
        lambda v: v.applicants[0].ref,
    ),
    "applicant page (panel member, scores complete)": (
        "panel_member",
        lambda v: f"/applications/{v.applicants[0].id}",
        lambda v: PANEL_DISAGREEMENT["reason"],
    ),
    "applicant page (panel lead, scoring form)": (
        "panel_lead",
        lambda v: f"/applications/{v.applicants[0].id}",
        lambda v: v.applicants[0].ref,
    ),
    "panel progress": (
        "panel_lead",
        lambda v: f"/vacancies/{v.id}/panel",
        lambda v: "Panel member B",
    ),
    "upload statements": (
        "recruiter",
        lambda v: f"/vacancies/{v.id}/upload",
        lambda v: "Upload statements",
    ),
    "a vacancy that is not there": (
        "recruiter",
        lambda v: "/vacancies/00000000-0000-0000-0000-000000000000/shortlist",
        lambda v: "Page not found",
    ),
}
COLOURED_PAGES = [
    "shortlist matrix (blind)",
    "applicant page (panel member, scores complete)",
    "panel progress",
]


def _open(live_server: LiveServer, sample: SampleVacancy, page: Page, name: str) -> int:
    """Sign in as the page's user and open it; its HTTP status."""
    who, path, _ = PAGES[name]
    sign_in(page, live_server.base_url, live_server.keys[who])
    response = page.goto(live_server.base_url + path(sample))
    assert response is not None
    return response.status


def test_sign_in_page_passes_the_accessibility_check(live_server: LiveServer, page: Page) -> None:
    response = page.goto(f"{live_server.base_url}/sign-in")
    assert response is not None and response.status == 200
    assert check_accessibility(page) == []


def test_a_refused_sign_in_passes_the_accessibility_check(
    live_server: LiveServer, page: Page
) -> None:
    page.goto(f"{live_server.base_url}/sign-in")
    page.fill("#api-key", "sl_live_not-a-real-key")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    assert "/sign-in" in page.url
    assert check_accessibility(page) == []


@pytest.mark.parametrize("name", list(PAGES))
def test_page_passes_the_accessibility_check(
    live_server: LiveServer, sample_vacancy: SampleVacancy, page: Page, name: str
) -> None:
    status = _open(live_server, sample_vacancy, page, name)
    assert status == (404 if "not there" in name else 200)
    assert PAGES[name][2](sample_vacancy) in page.inner_text("body")
    assert check_accessibility(page) == []


def test_the_criteria_to_confirm_pass_the_accessibility_check(
    live_server: LiveServer, page: Page
) -> None:
    sign_in(page, live_server.base_url, live_server.keys["recruiter"])
    page.get_by_label("Role", exact=True).select_option(label="Experienced Social Worker (Band B)")
    page.get_by_role("button", name="Review the criteria").click()
    page.get_by_role("heading", name="Confirm the criteria").wait_for()
    assert check_accessibility(page) == []
    page.set_viewport_size({"width": REFLOW_WIDTH, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= REFLOW_WIDTH


@pytest.mark.parametrize("name", COLOURED_PAGES)
def test_a_verdict_is_never_shown_by_colour_alone(
    live_server: LiveServer, sample_vacancy: SampleVacancy, page: Page, name: str
) -> None:
    assert _open(live_server, sample_vacancy, page, name) == 200
    coloured = page.evaluate(COLOURED_TEXT)
    assert len(coloured) > 10
    wordless = [(classes, text) for classes, text in coloured if not VERDICT_WORDS.search(text)]
    assert wordless == []


@pytest.mark.parametrize("name", list(PAGES))
def test_page_reflows_to_320_css_pixels(
    live_server: LiveServer, sample_vacancy: SampleVacancy, page: Page, name: str
) -> None:
    page.set_viewport_size({"width": REFLOW_WIDTH, "height": 640})
    assert _open(live_server, sample_vacancy, page, name) == (404 if "not there" in name else 200)
    assert page.evaluate("document.documentElement.scrollWidth") <= REFLOW_WIDTH


def test_the_matrix_works_from_the_keyboard_with_a_visible_focus(
    live_server: LiveServer, sample_vacancy: SampleVacancy, page: Page
) -> None:
    sign_in(page, live_server.base_url, live_server.keys["recruiter"])
    page.goto(f"{live_server.base_url}/vacancies/{sample_vacancy.id}/shortlist")
    first_link = page.locator("table a[href*='/applications/']").first
    first_href = first_link.get_attribute("href")
    assert first_href is not None
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if first_link.evaluate("link => link === document.activeElement"):
            break
    else:
        pytest.fail(f"{MAX_TABS} presses of Tab never reached the matrix's first applicant link")
    first_ref = first_link.inner_text()
    style, width, shadow = first_link.evaluate(
        "link => { const s = getComputedStyle(link);"
        " return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }"
    )
    assert (style != "none" and width != "0px") or shadow != "none", (style, width, shadow)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(first_href) + r"$"))
    assert page.get_by_role("heading", level=1).inner_text() == f"Applicant {first_ref}"
