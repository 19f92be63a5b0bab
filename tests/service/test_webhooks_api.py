"""ATS callbacks against a real HTTP receiver on 127.0.0.1 that checks each signature itself.

The receiver answers 500 to the first message, so the retry with backoff is proven, and then
204. Its signature check is written here from the Standard Webhooks specification, not with the
service's own signing code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.models import WebhookDelivery
from app.settings import Settings
from app.webhooks.service import message_id
from app.webhooks.signing import generate_secret
from app.webhooks.worker import WebhookSettings, send
from tests.service.conftest import Tenant
from tests.service.test_shortlist_api import STRONG, WEAK, populated


@dataclass
class Message:
    headers: dict[str, str]
    body: bytes
    answered: int


@dataclass
class Receiver:
    """Records every POST; answers ``statuses`` in turn, then 204."""

    statuses: list[int]
    messages: list[Message] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""

    def wait_for(self, count: int, timeout: float = 30) -> list[Message]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.messages) >= count:
                    return list(self.messages)
            time.sleep(0.05)
        raise AssertionError(f"the receiver got {len(self.messages)} message(s), not {count}")


@pytest.fixture
def receiver() -> Iterator[Callable[[list[int]], Receiver]]:
    servers: list[ThreadingHTTPServer] = []

    def start(statuses: list[int]) -> Receiver:
        state = Receiver(statuses=list(statuses))

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                with state.lock:
                    status = state.statuses.pop(0) if state.statuses else 204
                    state.messages.append(
                        Message({k.lower(): v for k, v in self.headers.items()}, body, status)
                    )
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *_args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/shortlist"
        return state

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def fast_client(settings: Settings) -> Iterator[TestClient]:
    """The real app, with retries a fraction of a second apart so the test is quick."""
    app = create_app(settings)
    app.state.webhook_settings = WebhookSettings(
        backoff_seconds=0.2,
        backoff_cap_seconds=1,
        poll_seconds=0.05,
        max_attempts=3,
        allow_private_addresses=True,  # the receiver listens on 127.0.0.1
    )
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def signature_is_valid(secret: str, message: Message) -> bool:
    key = base64.b64decode(secret.removeprefix("whsec_"))
    msg_id = message.headers["webhook-id"]
    timestamp = message.headers["webhook-timestamp"]
    signed = f"{msg_id}.{timestamp}.".encode() + message.body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    given = [s.removeprefix("v1,") for s in message.headers["webhook-signature"].split()]
    fresh = abs(time.time() - int(timestamp)) < 300
    return fresh and any(hmac.compare_digest(expected, g) for g in given)


def configure(client: TestClient, tenant: Tenant, url: str) -> str:
    response = client.put("/v1/organisation/webhook", json={"url": url}, headers=tenant.headers())
    assert response.status_code == 200, response.text
    secret = response.json()["secret"]
    assert secret.startswith("whsec_")
    return secret


def test_decision_event_is_signed_and_retried_after_a_500(
    fast_client: TestClient,
    make_tenant: Callable[..., Tenant],
    make_key: Callable[..., str],
    receiver: Callable[[list[int]], Receiver],
) -> None:
    tenant = make_tenant()
    vacancy_id, applications = populated(fast_client, tenant)
    hook = receiver([500])
    secret = configure(fast_client, tenant, hook.url)
    lead = make_key(tenant, "panel", name="Lead Member", lead=True)
    target = applications[2]
    decided = fast_client.post(
        f"/v1/applications/{target['id']}/decision",
        json={"decision": "shortlist", "reason": "Meets every essential criterion"},
        headers={"Authorization": f"Bearer {lead}"},
    )
    assert decided.status_code == 200, decided.text

    first, second = hook.wait_for(2)
    assert (first.answered, second.answered) == (500, 204)
    assert first.headers["webhook-id"] == second.headers["webhook-id"]
    assert first.body == second.body
    assert signature_is_valid(secret, first) and signature_is_valid(secret, second)
    event = json.loads(second.body)
    assert event["type"] == "decision.finalised"
    assert event["data"]["application_id"] == target["id"]
    assert event["data"]["applicant_ref"] == target["applicant_ref"]
    assert event["data"]["external_id"] == "ats-3"
    assert event["data"]["decision"] == "shortlist"
    assert event["data"]["vacancy_id"] == vacancy_id

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        listed = fast_client.get(
            "/v1/organisation/webhook/deliveries", headers=tenant.headers()
        ).json()
        if listed and listed[0]["status"] == "delivered":
            break
        time.sleep(0.05)
    assert listed[0]["id"] == first.headers["webhook-id"]
    assert (listed[0]["status"], listed[0]["attempts"]) == ("delivered", 2)


def test_bulk_upload_sends_bulk_completed(
    fast_client: TestClient,
    make_tenant: Callable[..., Tenant],
    receiver: Callable[[list[int]], Receiver],
) -> None:
    tenant = make_tenant()
    vacancy_id, _ = populated(fast_client, tenant)
    hook = receiver([])
    secret = configure(fast_client, tenant, hook.url)
    response = fast_client.post(
        f"/v1/vacancies/{vacancy_id}/applications/bulk",
        files=[
            ("files", ("one.txt", STRONG.encode() + b" One.", "text/plain")),
            ("files", ("two.txt", WEAK.encode() + b" Two.", "text/plain")),
        ],
        headers=tenant.headers("recruiter"),
    )
    assert response.status_code == 200, response.text
    (message,) = hook.wait_for(1)
    assert signature_is_valid(secret, message)
    event = json.loads(message.body)
    assert event["type"] == "applications.bulk_completed"
    assert event["data"]["vacancy_id"] == vacancy_id
    assert event["data"]["stored"] == response.json()["stored"] == 2
    assert {a["applicant_ref"] for a in event["data"]["applications"]} == {
        f["applicant_ref"] for f in response.json()["files"]
    }


def test_delivery_gives_up_after_the_last_attempt(
    fast_client: TestClient,
    make_tenant: Callable[..., Tenant],
    make_key: Callable[..., str],
    receiver: Callable[[list[int]], Receiver],
) -> None:
    tenant = make_tenant()
    _, applications = populated(fast_client, tenant)
    hook = receiver([500, 503, 500, 500])
    configure(fast_client, tenant, hook.url)
    lead = make_key(tenant, "panel", name="Lead", lead=True)
    fast_client.post(
        f"/v1/applications/{applications[0]['id']}/decision",
        json={"decision": "reject", "reason": "Not registered"},
        headers={"Authorization": f"Bearer {lead}"},
    )
    messages = hook.wait_for(3)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        (delivery,) = fast_client.get(
            "/v1/organisation/webhook/deliveries", headers=tenant.headers()
        ).json()
        if delivery["status"] == "failed":
            break
        time.sleep(0.05)
    assert delivery["status"] == "failed" and delivery["attempts"] == 3
    assert delivery["last_status"] == 500
    time.sleep(0.5)  # several poll rounds: nothing more is sent after the last attempt
    assert len(hook.messages) == len(messages) == 3


def test_no_webhook_means_no_outbox_rows(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    make_key: Callable[..., str],
    count_rows: Callable[..., int],
) -> None:
    tenant = make_tenant()
    _, applications = populated(client, tenant)
    lead = make_key(tenant, "panel", name="Lead", lead=True)
    response = client.post(
        f"/v1/applications/{applications[0]['id']}/decision",
        json={"decision": "reject", "reason": "Not registered"},
        headers={"Authorization": f"Bearer {lead}"},
    )
    assert response.status_code == 200
    assert count_rows(WebhookDelivery, org_id=tenant.org_id) == 0
    assert client.get("/v1/organisation/webhook", headers=tenant.headers()).status_code == 404


def test_webhook_configuration_is_admin_only_and_checked(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    tenant = make_tenant()
    url = "/v1/organisation/webhook"
    good = {"url": "https://ats.example/hooks"}
    for role in ("recruiter", "panel", "ats"):
        assert client.put(url, json=good, headers=tenant.headers(role)).status_code == 403
    for body in (
        {"url": "ftp://ats.example/x"},
        {"url": "not a url"},
        {"url": "https://ats.example/x", "secret": "plain-text"},
        {"url": "https://ats.example/x", "extra": 1},
    ):
        response = client.put(url, json=body, headers=tenant.headers())
        assert response.status_code == 422, body
        assert response.headers["content-type"] == "application/problem+json"
    chosen = "whsec_" + base64.b64encode(b"k" * 32).decode()
    set_ = client.put(url, json={**good, "secret": chosen}, headers=tenant.headers())
    assert set_.json()["secret"] == chosen
    shown = client.get(url, headers=tenant.headers()).json()
    assert shown["secret"] is None and shown["url"] == good["url"]
    assert chosen not in json.dumps(shown)
    assert client.delete(url, headers=tenant.headers()).status_code == 204
    assert client.delete(url, headers=tenant.headers()).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/hooks",
        "http://localhost/hooks",
        "http://10.1.2.3/hooks",
        "http://192.168.0.10/hooks",
        "http://169.254.169.254/latest/meta-data",  # a cloud metadata service
        "http://[::1]/hooks",
        "http://[::ffff:127.0.0.1]/hooks",
    ],
)
def test_a_webhook_may_not_point_into_the_network_by_default(
    client: TestClient, make_tenant: Callable[..., Tenant], url: str
) -> None:
    tenant = make_tenant()
    response = client.put("/v1/organisation/webhook", json={"url": url}, headers=tenant.headers())
    assert response.status_code == 422
    assert "private" in response.json()["detail"]
    assert client.get("/v1/organisation/webhook", headers=tenant.headers()).status_code == 404


def test_a_delivery_to_a_name_that_resolves_to_a_private_address_is_not_sent(
    receiver: Callable[[list[int]], Receiver],
) -> None:
    """The address is checked again at each delivery: a webhook stored before the policy (or
    a name that now resolves into the council's network) is not followed unless allowed."""
    hook = receiver([])
    delivery = WebhookDelivery(
        id=message_id(), url=hook.url.replace("127.0.0.1", "localhost"), body="{}"
    )
    strict, open_ = WebhookSettings(), WebhookSettings(allow_private_addresses=True)
    with httpx.Client(timeout=5) as http:
        status, error = send(http, delivery, generate_secret(), strict)
        assert status is None
        assert error.startswith("refused: localhost resolves to the non-public address")
        assert hook.messages == []
        status, _ = send(http, delivery, generate_secret(), open_)
    assert status == 204 and len(hook.messages) == 1
