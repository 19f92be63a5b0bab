"""A background thread that sends the outbox, with exponential backoff and a last attempt.

Each round claims the due deliveries (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so several
service processes never send one message twice at the same moment) by pushing their next
attempt a lease into the future, commits, then sends them outside any transaction and records
the outcome. A message keeps its ``webhook-id`` across retries; each try is signed afresh with
the current timestamp and the organisation's current secret.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time

import httpx
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.models import WebhookDelivery, WebhookEndpoint, utcnow
from app.webhooks import signing
from app.webhooks.service import checked_target, outbox_ready

log = logging.getLogger("app.webhooks")


class WebhookSettings(BaseSettings):
    """Read from ``WEBHOOK_MAX_ATTEMPTS``, ``WEBHOOK_BACKOFF_SECONDS``, ... ."""

    model_config = SettingsConfigDict(env_prefix="WEBHOOK_", extra="ignore")

    max_attempts: int = Field(default=8, ge=1, le=50)
    backoff_seconds: float = Field(default=5.0, gt=0, description="Delay after the 1st failure.")
    backoff_cap_seconds: float = Field(default=3600.0, gt=0)
    timeout_seconds: float = Field(default=10.0, gt=0)
    poll_seconds: float = Field(default=2.0, gt=0)
    lease_seconds: float = Field(default=120.0, gt=0)
    batch: int = Field(default=20, ge=1)
    allow_private_addresses: bool = Field(
        default=False,
        description="Let webhooks reach loopback/private addresses (an ATS inside the network).",
    )


def _claim(factory: sessionmaker[Session], settings: WebhookSettings) -> list[str]:
    now = utcnow()
    with factory() as session, session.begin():
        rows = session.scalars(
            select(WebhookDelivery)
            .where(WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now)
            .order_by(WebhookDelivery.next_attempt_at)
            .limit(settings.batch)
            .with_for_update(skip_locked=True)
        ).all()
        for row in rows:
            row.next_attempt_at = now + dt.timedelta(seconds=settings.lease_seconds)
        return [row.id for row in rows]


def send(
    client: httpx.Client, delivery: WebhookDelivery, secret: str, settings: WebhookSettings
) -> tuple[int | None, str]:
    target, refusal = checked_target(delivery.url, allow_private=settings.allow_private_addresses)
    if target is None:
        return None, refusal or "refused"
    body = delivery.body.encode()
    headers = signing.headers(secret, delivery.id, int(time.time()), body)
    try:
        response = client.post(
            target.url,
            content=body,
            headers={**headers, **target.headers},
            extensions=target.extensions,
        )
    except httpx.HTTPError as error:
        return None, f"{type(error).__name__}: {error}"[:500]
    return response.status_code, f"HTTP {response.status_code}"


def _attempt(
    factory: sessionmaker[Session],
    client: httpx.Client,
    settings: WebhookSettings,
    delivery_id: str,
) -> None:
    with factory() as session:
        delivery = session.get(WebhookDelivery, delivery_id)
        if delivery is None or delivery.status != "pending":
            return
        endpoint = session.get(WebhookEndpoint, delivery.org_id)
        session.commit()
    if endpoint is None:
        status, error = None, "the organisation's webhook was removed"
        attempts_left = False
    else:
        status, error = send(client, delivery, endpoint.secret, settings)
        attempts_left = True
    with factory() as session, session.begin():
        row = session.get(WebhookDelivery, delivery_id)
        if row is None:  # erased meanwhile
            return
        row.attempts += 1
        row.last_status = status
        now = utcnow()
        if status is not None and 200 <= status < 300:
            row.status, row.delivered_at, row.last_error = "delivered", now, None
            return
        row.last_error = error
        if not attempts_left or row.attempts >= settings.max_attempts:
            row.status = "failed"
            log.warning("webhook %s gave up after %d attempts: %s", row.id, row.attempts, error)
            return
        delay = signing.backoff_seconds(
            row.attempts, base=settings.backoff_seconds, cap=settings.backoff_cap_seconds
        )
        row.next_attempt_at = now + dt.timedelta(seconds=delay)


def deliver_due(
    factory: sessionmaker[Session], client: httpx.Client, settings: WebhookSettings
) -> int:
    """Send every delivery that is due now; returns how many were tried."""
    claimed = _claim(factory, settings)
    for delivery_id in claimed:
        _attempt(factory, client, settings, delivery_id)
    return len(claimed)


class WebhookWorker:
    """Runs :func:`deliver_due` in a daemon thread until :meth:`stop`."""

    def __init__(self, factory: sessionmaker[Session], settings: WebhookSettings) -> None:
        self.factory = factory
        self.settings = settings
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="webhook-worker", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        outbox_ready.set()
        self._thread.join(timeout=self.settings.timeout_seconds + 5)

    def _run(self) -> None:
        with httpx.Client(timeout=self.settings.timeout_seconds) as client:
            while not self._stop.is_set():
                try:
                    tried = deliver_due(self.factory, client, self.settings)
                except DBAPIError as error:  # the database is away: one line, not a traceback
                    log.warning("webhook delivery round skipped: %s", type(error.orig).__name__)
                    tried = 0
                except Exception:  # anything else is a bug worth its traceback
                    log.exception("webhook delivery round failed")
                    tried = 0
                if tried == 0:
                    outbox_ready.wait(self.settings.poll_seconds)
                    outbox_ready.clear()
