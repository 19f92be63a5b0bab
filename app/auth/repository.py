"""SQL for organisations and API keys."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ApiKey, Organisation


def organisation_by_name(session: Session, name: str) -> Organisation | None:
    return session.scalars(select(Organisation).where(Organisation.name == name)).one_or_none()


def add_organisation(session: Session, name: str) -> Organisation:
    organisation = Organisation(name=name)
    session.add(organisation)
    session.flush()
    return organisation


def add_key(session: Session, key: ApiKey) -> ApiKey:
    session.add(key)
    session.flush()
    return key


def key_by_hash(session: Session, key_hash: str) -> ApiKey | None:
    return session.scalars(select(ApiKey).where(ApiKey.key_hash == key_hash)).one_or_none()


def key_by_prefix(session: Session, prefix: str) -> ApiKey | None:
    return session.scalars(select(ApiKey).where(ApiKey.prefix == prefix)).one_or_none()


def keys_of(session: Session, org_id: str | None = None) -> list[tuple[ApiKey, Organisation]]:
    query = (
        select(ApiKey, Organisation)
        .join(Organisation, Organisation.id == ApiKey.org_id)
        .order_by(Organisation.name, ApiKey.created_at)
    )
    if org_id is not None:
        query = query.where(ApiKey.org_id == org_id)
    return [(key, organisation) for key, organisation in session.execute(query).all()]


def mark_revoked(key: ApiKey, when: dt.datetime) -> None:
    key.revoked_at = when
