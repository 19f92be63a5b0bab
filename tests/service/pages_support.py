"""Page-test helpers: sign a test client in through the form, and read a page's form the way a
browser would submit it untouched."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response


class _Forms(HTMLParser):
    def __init__(self, action: str) -> None:
        super().__init__()
        self.action = action
        self.inside = False
        self.found = False
        self.fields: list[tuple[str, str]] = []
        self._select: str | None = None
        self._select_value: str | None = None
        self._first_option: str | None = None
        self._textarea: str | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and not self.found and a.get("action") == self.action:
            self.inside = self.found = True
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind != "file":
                self.fields.append((name, a.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select" and name:
            self._select, self._select_value, self._first_option = name, None, None
        elif tag == "option" and self._select is not None:
            value = a.get("value", "")
            if self._first_option is None:
                self._first_option = value
            if "selected" in a:
                self._select_value = value
        elif tag == "textarea" and name:
            self._textarea, self._text = name, ""

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._text += data

    def handle_endtag(self, tag: str) -> None:
        if not self.inside:
            return
        if tag == "select" and self._select is not None:
            value = self._select_value if self._select_value is not None else self._first_option
            self.fields.append((self._select, value or ""))
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            self.fields.append((self._textarea, self._text))
            self._textarea = None
        elif tag == "form":
            self.inside = False


def form_fields(html: str, action: str) -> list[tuple[str, str]]:
    """The (name, value) pairs the first form posting to ``action`` would send as it stands."""
    parser = _Forms(action)
    parser.feed(html)
    assert parser.found, f"no form posting to {action}"
    return parser.fields


def as_form(fields: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Fields as the ``data=`` mapping the test client takes (repeated names become lists)."""
    form: dict[str, list[str]] = {}
    for name, value in fields:
        form.setdefault(name, []).append(value)
    return form


def form_token(html: str) -> str:
    """The CSRF token of the first form on a page."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found.group(1)


@dataclass
class SignedIn:
    """A signed-in client, the CSRF token of its session, and the sign-in response."""

    client: TestClient
    csrf: str
    sign_in_answer: Response


def signed_in(app: FastAPI, key: str, *, base_url: str = "http://testserver") -> SignedIn:
    """A browser-like client signed in with ``key`` through the sign-in form."""
    client = TestClient(app, base_url=base_url, raise_server_exceptions=False)
    token = form_token(client.get("/sign-in").text)
    answer = client.post(
        "/sign-in", data={"api_key": key, "csrf_token": token}, follow_redirects=False
    )
    assert answer.status_code == 303, answer.text
    return SignedIn(client, form_token(client.get("/vacancies").text), answer)
