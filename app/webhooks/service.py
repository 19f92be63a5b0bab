"""The webhook outbox: events are stored in the transaction that caused them, sent later.

:func:`enqueue_event` is the one entry point for anything that wants to tell the ATS about a
change (``decision.finalised``, ``applications.bulk_completed``). It writes nothing when the
organisation has no webhook; the worker (:mod:`app.webhooks.worker`) delivers the rest.
"""

from __future__ import annotations

import ipaddress
import json
import secrets
import socket
import threading
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.errors import Problem
from app.models import WebhookDelivery, WebhookEndpoint, utcnow
from app.webhooks.signing import SecretError, generate_secret, secret_key

EVENT_TYPES = ("applications.bulk_completed", "decision.finalised")

# Set after a transaction that enqueued an event commits, so the worker sends it at once.
outbox_ready = threading.Event()


def _wake(_session: Session) -> None:
    outbox_ready.set()


def message_id() -> str:
    return "msg_" + secrets.token_hex(16)


def enqueue_event(
    session: Session,
    org_id: str,
    event_type: str,
    data: dict[str, Any],
    *,
    application_id: str | None = None,
) -> WebhookDelivery | None:
    """Store one event for the organisation's webhook in the caller's transaction."""
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown webhook event type {event_type!r}")
    endpoint = session.get(WebhookEndpoint, org_id)
    if endpoint is None:
        return None
    now = utcnow()
    body = json.dumps(
        {"type": event_type, "timestamp": now.isoformat(), "data": data},
        separators=(",", ":"),
        ensure_ascii=False,
    )
    delivery = WebhookDelivery(
        id=message_id(),
        org_id=org_id,
        application_id=application_id,
        event_type=event_type,
        body=body,
        url=endpoint.url,
        status="pending",
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(delivery)
    if not event.contains(session, "after_commit", _wake):
        event.listen(session, "after_commit", _wake, once=True)
    return delivery


def is_public(address: str) -> bool:
    """Whether an IP address is on the public internet (not loopback, private, link-local such
    as a cloud metadata service, multicast or reserved)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, *, allow_private: bool = False) -> str:
    """Refuse what is not an absolute http(s) URL and, unless allowed, a URL naming a
    non-public address or ``localhost`` (a webhook must not reach into the council's network).
    Names are resolved again at each delivery (:func:`refused_host`)."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise Problem(422, "url: a webhook URL is an absolute http(s) URL", code="invalid-webhook")
    if not allow_private:
        host = parts.hostname
        try:
            private = not is_public(host)
        except ValueError:  # a name, not an address
            private = host == "localhost" or host.endswith(".localhost")
        if private:
            raise Problem(
                422,
                "url: webhooks are not sent to loopback, private or link-local addresses",
                code="invalid-webhook",
            )
    return url


def refused_host(url: str) -> str | None:
    """Why a delivery to ``url`` is refused (its host resolves to a non-public address), or
    None. A name that does not resolve is left to the HTTP client to report."""
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return None
    for info in infos:
        address = str(info[4][0])
        if not is_public(address):
            return f"refused: {host} resolves to the non-public address {address}"
    return None


def configure(
    session: Session, org_id: str, url: str, secret: str | None, *, allow_private: bool = False
) -> tuple[WebhookEndpoint, str]:
    """Set the organisation's webhook; returns it and the secret (generated when not given)."""
    check_url(url, allow_private=allow_private)
    if secret is None:
        secret = generate_secret()
    else:
        try:
            secret_key(secret)
        except SecretError as error:
            raise Problem(422, f"secret: {error}", code="invalid-webhook") from None
    endpoint = session.get(WebhookEndpoint, org_id)
    now = utcnow()
    if endpoint is None:
        endpoint = WebhookEndpoint(org_id=org_id, created_at=now)
        session.add(endpoint)
    endpoint.url, endpoint.secret, endpoint.updated_at = url, secret, now
    session.flush()
    return endpoint, secret


def endpoint_of(session: Session, org_id: str) -> WebhookEndpoint | None:
    return session.get(WebhookEndpoint, org_id)


def remove(session: Session, org_id: str) -> bool:
    endpoint = session.get(WebhookEndpoint, org_id)
    if endpoint is None:
        return False
    session.delete(endpoint)
    session.flush()
    return True


def recent_deliveries(session: Session, org_id: str, limit: int) -> list[WebhookDelivery]:
    return list(
        session.scalars(
            select(WebhookDelivery)
            .where(WebhookDelivery.org_id == org_id)
            .order_by(WebhookDelivery.created_at.desc())
            .limit(limit)
        )
    )
