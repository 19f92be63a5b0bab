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
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

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


NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def _addresses_within(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> list[Any]:
    """The address and every IPv4 address it carries (IPv4-mapped, 6to4, Teredo, NAT64): a
    translator or relay would deliver to those."""
    found: list[Any] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            found.append(ip.ipv4_mapped)
        if ip.sixtofour:
            found.append(ip.sixtofour)
        if ip.teredo:
            found.extend(ip.teredo)
        if any(ip in network for network in NAT64):
            found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def is_public(address: str) -> bool:
    """Whether an IP address is on the public internet (not loopback, private, link-local such
    as a cloud metadata service, multicast or reserved), nor carries an address that is not."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return all(a.is_global and not a.is_multicast for a in _addresses_within(ip))


def numeric_host(host: str) -> str | None:
    """The address a numeric host names in any form a resolver accepts ("127.1", "2130706433",
    "0x7f000001", "0177.0.0.1", "[::1]"), or None for a name."""
    host = host.strip("[]").rstrip(".")
    try:
        return str(ipaddress.ip_address(host.split("%", 1)[0]))
    except ValueError:
        pass
    try:
        return socket.inet_ntoa(socket.inet_aton(host))  # the C resolver's legacy IPv4 forms
    except (OSError, UnicodeError, ValueError):
        return None


def check_url(url: str, *, allow_private: bool = False) -> str:
    """Refuse what is not an absolute http(s) URL and, unless allowed, a URL naming a
    non-public address or ``localhost`` (a webhook must not reach into the council's network).
    Names are resolved again at each delivery, and the delivery connects to the address that
    was checked (:func:`checked_target`)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018  (a port out of range raises here)
    except ValueError:
        raise Problem(422, "url: not a valid URL", code="invalid-webhook") from None
    if parts.scheme not in {"http", "https"} or not host:
        raise Problem(422, "url: a webhook URL is an absolute http(s) URL", code="invalid-webhook")
    if not allow_private:
        address = numeric_host(host)
        name = host.rstrip(".").lower()
        if address is not None:
            private = not is_public(address)
        else:
            private = name == "localhost" or name.endswith(".localhost")
        if private:
            raise Problem(
                422,
                "url: webhooks are not sent to loopback, private or link-local addresses",
                code="invalid-webhook",
            )
    return url


@dataclass(frozen=True)
class Target:
    """Where to send a delivery: the URL with its host replaced by the checked address, and
    the Host header and TLS server name of the original (so a second DNS answer, which could
    point inside the network, is never asked for)."""

    url: str
    headers: dict[str, str]
    extensions: dict[str, Any]


def checked_target(url: str, *, allow_private: bool = False) -> tuple[Target | None, str | None]:
    """(the target to connect to, None), or (None, why the delivery is refused). A name that
    does not resolve is left to the HTTP client to report."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if allow_private:
        return Target(url, {}, {}), None
    try:
        infos = socket.getaddrinfo(numeric_host(host) or host, parts.port, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return Target(url, {}, {}), None
    addresses = [str(info[4][0]) for info in infos]
    for address in addresses:
        if not is_public(address):
            return None, f"refused: {host} resolves to the non-public address {address}"
    address = addresses[0]
    literal = f"[{address}]" if ":" in address else address
    netloc = literal + (f":{parts.port}" if parts.port else "")
    host_header = parts.netloc.rsplit("@", 1)[-1]
    return (
        Target(
            urlunsplit(parts._replace(netloc=netloc)),
            {"Host": host_header},
            {"sni_hostname": host} if parts.scheme == "https" else {},
        ),
        None,
    )


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
