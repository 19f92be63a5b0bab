"""Every table of the service, on one metadata with stable constraint names.

The schema is created only by the Alembic migrations in ``migrations/``; keep a migration in step
with any change here. Identifiers are UUID strings (never guessable counters across tenants).
Every row that belongs to a tenant carries ``org_id`` so every query can be scoped by it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC that always reads back timezone-aware (SQLite drops the zone;
    a naive value is taken to be UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


def _id() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=new_id)


def _created() -> Mapped[dt.datetime]:
    return mapped_column(default=utcnow)


# ---------------------------------------------------------------------------------------------
# Core tables (service A, migration 0001_core)
# ---------------------------------------------------------------------------------------------


class Organisation(Base):
    """A tenant: a council or agency. Everything else belongs to exactly one."""

    __tablename__ = "organisations"

    id: Mapped[str] = _id()
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = _created()


class ApiKey(Base):
    """An API key, stored as the sha256 of the key; the key itself is shown once.

    ``role`` is one of admin, recruiter, panel, ats. A panel key is one panel member: ``name``
    identifies the member, ``lead`` marks the panel lead who may finalise decisions.
    """

    __tablename__ = "api_keys"

    id: Mapped[str] = _id()
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    prefix: Mapped[str] = mapped_column(String(32), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str | None] = mapped_column(String(200))
    lead: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = _created()
    revoked_at: Mapped[dt.datetime | None]


class Vacancy(Base):
    __tablename__ = "vacancies"

    id: Mapped[str] = _id()
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    reference: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20), default="open")
    applications_received: Mapped[int] = mapped_column(
        Integer, default=0, doc="Numbers the applicant references A-0001, A-0002, ..."
    )
    created_at: Mapped[dt.datetime] = _created()

    versions: Mapped[list[SpecVersion]] = relationship(
        back_populates="vacancy", order_by="SpecVersion.version"
    )


class SpecVersion(Base):
    """One version of a vacancy's role spec. Never edited: a new spec is a new version."""

    __tablename__ = "spec_versions"
    __table_args__ = (UniqueConstraint("vacancy_id", "version"),)

    id: Mapped[str] = _id()
    vacancy_id: Mapped[str] = mapped_column(ForeignKey("vacancies.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    spec: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime] = _created()
    created_by: Mapped[str | None] = mapped_column(String(250))

    vacancy: Mapped[Vacancy] = relationship(back_populates="versions")


class Application(Base):
    """One applicant's supporting statement for one vacancy.

    ``fields`` holds the structured fields the engine may read; ``identity`` (name, contact)
    is kept apart for the non-blind view and is never given to scoring. ``document``,
    ``text`` and the evidence in the results are what erasure removes.
    """

    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("vacancy_id", "applicant_ref"),
        UniqueConstraint("vacancy_id", "external_id"),
        Index("ix_applications_vacancy_id_sha256", "vacancy_id", "sha256"),
    )

    id: Mapped[str] = _id()
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    vacancy_id: Mapped[str] = mapped_column(ForeignKey("vacancies.id"), index=True)
    applicant_ref: Mapped[str] = mapped_column(String(20))
    external_id: Mapped[str | None] = mapped_column(String(200))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    identity: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    document: Mapped[bytes | None] = mapped_column(LargeBinary)
    filename: Mapped[str | None] = mapped_column(String(255))
    content_type: Mapped[str | None] = mapped_column(String(120))
    document_format: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default="scored")
    created_at: Mapped[dt.datetime] = _created()


class ApplicationResult(Base):
    """The overall result of scoring one application with one spec version."""

    __tablename__ = "application_results"
    __table_args__ = (UniqueConstraint("application_id", "spec_version_id"),)

    id: Mapped[str] = _id()
    application_id: Mapped[str] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    spec_version_id: Mapped[str] = mapped_column(ForeignKey("spec_versions.id"), index=True)
    role_id: Mapped[str] = mapped_column(String(120))
    reference_date: Mapped[dt.date]
    score: Mapped[float] = mapped_column(Float)
    max_score: Mapped[float] = mapped_column(Float)
    recommendation: Mapped[str] = mapped_column(String(20))
    essentials_met: Mapped[int] = mapped_column(Integer)
    essentials_total: Mapped[int] = mapped_column(Integer)
    essentials_all_met: Mapped[bool] = mapped_column(Boolean)
    guaranteed_interview: Mapped[bool] = mapped_column(Boolean)
    engine_version: Mapped[str] = mapped_column(String(40))
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = _created()

    criteria: Mapped[list[CriterionResultRow]] = relationship(
        order_by="CriterionResultRow.position", cascade="all, delete-orphan"
    )


class CriterionResultRow(Base):
    """The engine's verdict on one criterion, with its evidence spans and explanation."""

    __tablename__ = "criterion_results"
    __table_args__ = (UniqueConstraint("result_id", "criterion_id"),)

    id: Mapped[str] = _id()
    result_id: Mapped[str] = mapped_column(
        ForeignKey("application_results.id", ondelete="CASCADE"), index=True
    )
    application_id: Mapped[str] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    spec_version_id: Mapped[str] = mapped_column(ForeignKey("spec_versions.id"))
    position: Mapped[int] = mapped_column(Integer)
    criterion_id: Mapped[str] = mapped_column(String(120))
    priority: Mapped[str] = mapped_column(String(20))
    verdict: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float)
    max_score: Mapped[float] = mapped_column(Float)
    confidence: Mapped[float] = mapped_column(Float)
    needs_review: Mapped[bool] = mapped_column(Boolean)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    explanation: Mapped[str] = mapped_column(Text)
    rule_kind: Mapped[str | None] = mapped_column(String(40))
    flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    engine_version: Mapped[str] = mapped_column(String(40))


class IdempotencyKey(Base):
    """A request made with an ``Idempotency-Key`` header and the response it got.

    The unique (org, key) constraint makes concurrent retries safe: the second insert waits for
    the first transaction and then fails, and the stored response is replayed.
    """

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("org_id", "key"),)

    id: Mapped[str] = _id()
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"))
    key: Mapped[str] = mapped_column(String(255))
    request_hash: Mapped[str] = mapped_column(String(64))
    response_status: Mapped[int] = mapped_column(Integer)
    response_body: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime] = _created()


class AuditEntry(Base):
    """Append-only: the code has no update or delete path, and on PostgreSQL a trigger refuses
    UPDATE and DELETE. Write with :func:`app.audit.record`; keep ``detail`` non-identifying."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    org_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    at: Mapped[dt.datetime] = _created()
    actor: Mapped[str] = mapped_column(String(250))
    action: Mapped[str] = mapped_column(String(80))
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# ---------------------------------------------------------------------------------------------
# Panel, decisions, webhooks (service B, migration 0002_panel) below this line
# ---------------------------------------------------------------------------------------------


class PanelScore(Base):
    """One panel member's own verdict and score on one criterion of one application.

    The member is the panel key (``api_key_id``); ``member`` keeps its name as it was. A
    verdict that differs from the machine's carries the member's ``reason``.
    """

    __tablename__ = "panel_scores"
    __table_args__ = (UniqueConstraint("application_id", "api_key_id", "criterion_id"),)

    id: Mapped[str] = _id()
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    application_id: Mapped[str] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    api_key_id: Mapped[str] = mapped_column(ForeignKey("api_keys.id"))
    member: Mapped[str] = mapped_column(String(200))
    criterion_id: Mapped[str] = mapped_column(String(120))
    verdict: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _created()


class PanelCompletion(Base):
    """A panel member marked their scores for an application complete (then sees the others')."""

    __tablename__ = "panel_completions"
    __table_args__ = (UniqueConstraint("application_id", "api_key_id"),)

    id: Mapped[str] = _id()
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    application_id: Mapped[str] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    api_key_id: Mapped[str] = mapped_column(ForeignKey("api_keys.id"))
    member: Mapped[str] = mapped_column(String(200))
    completed_at: Mapped[dt.datetime] = _created()


class Decision(Base):
    """The panel lead's finalised decision on an application: shortlist, reject or reserve."""

    __tablename__ = "decisions"

    id: Mapped[str] = _id()
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    application_id: Mapped[str] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True
    )
    decision: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    api_key_id: Mapped[str] = mapped_column(ForeignKey("api_keys.id"))
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime] = _created()


class WebhookEndpoint(Base):
    """An organisation's ATS callback URL and its Standard Webhooks signing secret."""

    __tablename__ = "webhook_endpoints"

    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))
    secret: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _created()


class WebhookDelivery(Base):
    """The outbox: an event written in the transaction that caused it, sent by the worker.

    ``status`` is pending, delivered or failed (gave up after the last attempt).
    """

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        Index("ix_webhook_deliveries_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    application_id: Mapped[str | None] = mapped_column(
        String(36), index=True, doc="The application the event is about (erasure removes it)."
    )
    event_type: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(String(2000))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = _created()
    last_status: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = _created()
    delivered_at: Mapped[dt.datetime | None]


# ---------------------------------------------------------------------------------------------
# Equality monitoring (migration 0003_equality) below this line
# ---------------------------------------------------------------------------------------------


class EqualityMonitoring(Base):
    """An applicant's answers to the equality monitoring form, kept apart from the application.

    Never read by scoring, the shortlist or the panel; only the adverse-impact report (staff
    keys) aggregates it. Each column is one question: NULL when it was not answered, or one of
    the groups in :mod:`app.equality.characteristics` (including ``prefer_not_to_say``).
    Erased with the application.
    """

    __tablename__ = "equality_monitoring"

    id: Mapped[str] = _id()
    org_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    vacancy_id: Mapped[str] = mapped_column(ForeignKey("vacancies.id"), index=True)
    application_id: Mapped[str] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True
    )
    sex: Mapped[str | None] = mapped_column(String(40))
    gender_identity: Mapped[str | None] = mapped_column(String(40))
    age_band: Mapped[str | None] = mapped_column(String(40))
    ethnic_group: Mapped[str | None] = mapped_column(String(40))
    disability: Mapped[str | None] = mapped_column(String(40))
    sexual_orientation: Mapped[str | None] = mapped_column(String(40))
    religion: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _created()
