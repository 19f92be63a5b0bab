"""Fixtures for the page tests: a real uvicorn server, Debian's Chromium driven by Playwright.

- ``live_server`` (session): the service in its own uvicorn process on a free port, on a freshly
  migrated SQLite file, with one organisation and four keys (``.keys``: "admin", "recruiter",
  "panel_lead" named "Panel lead A", "panel_member" named "Panel member B"). A server that dies
  fails the test that was using it, with the server's stderr.
- ``browser`` (session), ``page`` (per test) and ``new_page`` (a factory, for two users at once):
  each page has its own context, so its own cookies.
- ``sign_in(page, base_url, key)``: through the sign-in form, as a user would.
- ``check_accessibility(page)``: axe-core's WCAG 2.0/2.1/2.2 A and AA rules on the page as it
  is now; one line per violation, so ``assert check_accessibility(page) == []`` shows them all.
- ``sample_vacancy`` (session): a Band B social worker vacancy with twelve varied applicants.

Mark every test here ``pytest.mark.browser``. ``scripts/test-browser.sh`` installs Chromium.
"""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, sync_playwright

from app.auth.service import Role, create_key
from app.commands.db import upgrade
from app.db import make_engine, make_sessionmaker
from app.settings import Settings
from tests.browser.sample import SampleVacancy, create_sample_vacancy
from tests.processes import free_port

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
VIEWPORT = {"width": 1400, "height": 900}
ORGANISATION = "Browser Test Council"
STARTUP_SECONDS = 120.0
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
TARGETS_SHOWN = 5
OBSCURED = "background color could not be determined"
# WCAG 2.2's contrast ratio of an element's text against its nearest opaque background, and the
# ratio it needs (3 for large text: 24px, or 18.66px bold; else 4.5).
CONTRAST_RATIO = """element => {
  const rgba = text => {
    const [r, g, b, a = 1] = text.match(/[\\d.]+/g).map(Number);
    return [r, g, b, a];
  };
  const luminance = rgb => {
    const [r, g, b] = rgb.map(v => {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  let background = [255, 255, 255, 1];
  for (let node = element; node; node = node.parentElement) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) { background = colour; break; }
  }
  const style = getComputedStyle(element);
  const text = rgba(style.color);
  const seen = text.slice(0, 3).map((v, i) => v * text[3] + background[i] * (1 - text[3]));
  const [light, dark] = [luminance(seen), luminance(background)].sort((x, y) => y - x);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  return [(light + 0.05) / (dark + 0.05), large ? 3 : 4.5];
}"""

# name -> (role, key name, lead)
KEYS: dict[str, tuple[Role, str, bool]] = {
    "admin": (Role.admin, "Admin", False),
    "recruiter": (Role.recruiter, "Recruiter", False),
    "panel_lead": (Role.panel, "Panel lead A", True),
    "panel_member": (Role.panel, "Panel member B", False),
}


@dataclass(frozen=True)
class LiveServer:
    """The running service: its address, the keys of its one organisation, its database."""

    base_url: str
    keys: dict[str, str]
    db_url: str
    org_id: str
    process: subprocess.Popen[bytes]
    log: Path

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def fail_if_dead(self) -> None:
        code = self.process.poll()
        if code is not None:
            pytest.fail(
                f"the live server exited with code {code}; its stderr:\n{self.stderr()}",
                pytrace=False,
            )


def _create_keys(db_url: str) -> tuple[str, dict[str, str]]:
    engine = make_engine(Settings(database_url=db_url))
    try:
        with make_sessionmaker(engine)() as session:
            keys: dict[str, str] = {}
            for label, (role, name, lead) in KEYS.items():
                new = create_key(session, ORGANISATION, role, name=name, lead=lead)
                keys[label] = new.secret
                org_id = new.organisation.id
            session.commit()
    finally:
        engine.dispose()
    return org_id, keys


def _wait_until_ready(server: LiveServer) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        server.fail_if_dead()
        try:
            if httpx.get(f"{server.base_url}/readyz", timeout=2.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    pytest.fail(
        f"the live server did not answer /readyz in {STARTUP_SECONDS:.0f} s; its stderr:\n"
        f"{server.stderr()}",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("live-server")
    db_url = f"sqlite:///{folder / 'shortlist.db'}"
    upgrade(db_url)
    org_id, keys = _create_keys(db_url)
    port = free_port()
    log = folder / "stderr.log"
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "SESSION_SECRET": secrets.token_urlsafe(32),
        "LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, "-m", "uvicorn", "app.main:app"]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
    server = LiveServer(
        base_url=f"http://127.0.0.1:{port}",
        keys=keys,
        db_url=db_url,
        org_id=org_id,
        process=process,
        log=log,
    )
    try:
        _wait_until_ready(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(autouse=True)
def _live_server_survives(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that used the live server fails, with its stderr, if the server died under it."""
    yield
    if "live_server" in request.fixturenames:
        request.getfixturevalue("live_server").fail_if_dead()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser: Browser) -> Iterator[Callable[[], Page]]:
    """``new_page()``: a page in a context of its own (its own cookies: another user)."""
    contexts = []

    def make() -> Page:
        context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page: Callable[[], Page]) -> Page:
    return new_page()


def sign_in(page: Page, base_url: str, key: str) -> None:
    """Sign in through the form and wait for the vacancies list."""
    page.goto(f"{base_url}/sign-in")
    page.fill("#api-key", key)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/vacancies/?(\?.*)?$"))


def check_accessibility(page: Page) -> list[str]:
    """axe-core's WCAG 2.0/2.1/2.2 A and AA violations on the page: one line each.

    Where axe cannot decide a text's contrast because something overlaps its background (the
    matrix's sticky header and first column do), the contrast is worked out from the text's
    colour and its nearest opaque background, and a shortfall is a violation too.
    """
    options = {
        "runOnly": {"type": "tag", "values": WCAG_TAGS},
        "resultTypes": ["violations", "incomplete"],
    }
    response = Axe().run(page, options=options).response
    lines = []
    for violation in response["violations"]:
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]]
        shown = ", ".join(targets[:TARGETS_SHOWN])
        more = f" and {len(targets) - TARGETS_SHOWN} more" if len(targets) > TARGETS_SHOWN else ""
        lines.append(
            f"{violation['id']} ({violation['impact']}): {violation['help']} at {shown}{more}"
        )
    for undecided in response["incomplete"]:
        if undecided["id"] == "color-contrast":
            lines += _obscured_contrast(page, undecided["nodes"])
    return lines


def _obscured_contrast(page: Page, nodes: list[dict[str, Any]]) -> list[str]:
    lines = []
    for node in nodes:
        messages = [check["message"] for check in node["any"] + node["all"] + node["none"]]
        if not any(OBSCURED in message for message in messages):
            continue  # e.g. icons alone ("only non-text characters"): no text to read
        target = " ".join(map(str, node["target"]))
        ratio, needed = page.locator(target).first.evaluate(CONTRAST_RATIO)
        if ratio < needed:
            lines.append(
                f"color-contrast (serious): contrast {ratio:.2f}:1 is below {needed}:1 "
                f"(worked out, axe could not see the background) at {target}"
            )
    return lines


@pytest.fixture(scope="session")
def sample_vacancy(live_server: LiveServer) -> SampleVacancy:
    """The twelve-applicant Band B social worker vacancy of ``tests.browser.sample``."""
    keys = live_server.keys
    return create_sample_vacancy(live_server.base_url, keys["admin"], keys["panel_member"])
