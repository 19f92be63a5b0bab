"""Creating, checking and revoking API keys.

A key is ``sl_live_`` + 32 random bytes (base64url). Only its sha256 is stored, with a short
prefix (``sl_live_`` + 8 characters) that identifies it in listings, audit lines and
``shortlist keys revoke``.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from app import audit
from app.auth import repository
from app.models import ApiKey, Organisation, utcnow

KEY_PREFIX = "sl_live_"
PREFIX_LENGTH = len(KEY_PREFIX) + 8


class Role(StrEnum):
    admin = "admin"
    recruiter = "recruiter"
    panel = "panel"
    ats = "ats"


@dataclass(frozen=True)
class Principal:
    """Who is calling: one API key of one organisation."""

    key_id: str
    org_id: str
    role: Role
    prefix: str
    name: str | None
    lead: bool

    @classmethod
    def of(cls, key: ApiKey) -> Principal:
        """The principal an API key row stands for."""
        return cls(
            key_id=key.id,
            org_id=key.org_id,
            role=Role(key.role),
            prefix=key.prefix,
            name=key.name,
            lead=key.lead,
        )

    @property
    def actor(self) -> str:
        """How the audit log names the caller (never the key itself)."""
        label = f" {self.name}" if self.name else ""
        return f"{self.role.value}:{self.prefix}{label}"


@dataclass(frozen=True)
class NewKey:
    """A freshly created key: ``secret`` is shown once and never stored."""

    secret: str
    key: ApiKey
    organisation: Organisation


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def ensure_organisation(session: Session, name: str) -> Organisation:
    existing = repository.organisation_by_name(session, name)
    if existing is not None:
        return existing
    organisation = repository.add_organisation(session, name)
    audit.record(
        session, organisation.id, "cli", "organisation.created", "organisation", organisation.id, {}
    )
    return organisation


def create_key(
    session: Session,
    org_name: str,
    role: Role,
    *,
    name: str | None = None,
    lead: bool = False,
    actor: str = "cli",
) -> NewKey:
    """Create a key (and the organisation when it does not exist yet)."""
    organisation = ensure_organisation(session, org_name)
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    key = repository.add_key(
        session,
        ApiKey(
            org_id=organisation.id,
            prefix=secret[:PREFIX_LENGTH],
            key_hash=hash_key(secret),
            role=role.value,
            name=name,
            lead=lead,
        ),
    )
    audit.record(
        session,
        organisation.id,
        actor,
        "api_key.created",
        "api_key",
        key.id,
        {"prefix": key.prefix, "role": key.role, "lead": lead},
    )
    return NewKey(secret=secret, key=key, organisation=organisation)


def revoke_key(session: Session, prefix: str, *, actor: str = "cli") -> ApiKey | None:
    """Revoke the key with this prefix; None when there is none. Revoking twice is harmless."""
    key = repository.key_by_prefix(session, prefix)
    if key is None:
        return None
    if key.revoked_at is None:
        repository.mark_revoked(key, utcnow())
        audit.record(
            session, key.org_id, actor, "api_key.revoked", "api_key", key.id, {"prefix": prefix}
        )
    return key


def list_keys(session: Session) -> list[tuple[ApiKey, Organisation]]:
    return repository.keys_of(session)


class KeyRefused(Exception):
    """The key is missing, unknown or revoked; ``str()`` is the one-line reason."""


def authenticate(session: Session, secret: str | None) -> Principal:
    if not secret:
        raise KeyRefused("an API key is required: send 'Authorization: Bearer <key>'")
    key = repository.key_by_hash(session, hash_key(secret))
    if key is None:
        raise KeyRefused("this API key is not recognised")
    if key.revoked_at is not None:
        raise KeyRefused("this API key has been revoked")
    return Principal.of(key)
