"""``/v1/organisation/webhook``: the ATS callback of the calling key's organisation.

The router's lifespan runs the delivery worker for as long as the application runs.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Query, Request, Response

from app import audit
from app.auth.dependencies import require
from app.auth.service import Principal, Role
from app.db import DbSession
from app.errors import Problem
from app.models import WebhookEndpoint
from app.webhooks import service
from app.webhooks.schemas import DeliveryRead, WebhookRead, WebhookWrite
from app.webhooks.worker import WebhookSettings, WebhookWorker


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = getattr(app.state, "webhook_settings", None) or WebhookSettings()
    app.state.webhook_settings = settings
    worker = WebhookWorker(app.state.sessionmaker, settings)
    worker.start()
    try:
        yield
    finally:
        worker.stop()


router = APIRouter(prefix="/v1/organisation", tags=["webhooks"], lifespan=lifespan)
Admin = Annotated[Principal, Depends(require(Role.admin))]


def _read(endpoint: WebhookEndpoint, secret: str | None = None) -> WebhookRead:
    return WebhookRead(
        url=endpoint.url,
        secret=secret,
        secret_hint=endpoint.secret[:10] + "…",
        event_types=list(service.EVENT_TYPES),
        updated_at=endpoint.updated_at,
    )


@router.put("/webhook", response_model=WebhookRead)
def put_webhook(
    body: WebhookWrite, principal: Admin, session: DbSession, request: Request
) -> WebhookRead:
    """Set the URL that receives signed events (``applications.bulk_completed``,
    ``decision.finalised``). The secret is returned in full only here. Loopback, private and
    link-local addresses are refused unless ``WEBHOOK_ALLOW_PRIVATE_ADDRESSES`` is set."""
    settings: WebhookSettings = request.app.state.webhook_settings
    endpoint, secret = service.configure(
        session,
        principal.org_id,
        body.url,
        body.secret,
        allow_private=settings.allow_private_addresses,
    )
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "webhook.configured",
        "organisation",
        principal.org_id,
        {"url": endpoint.url, "secret_supplied": body.secret is not None},
    )
    return _read(endpoint, secret)


@router.get("/webhook", response_model=WebhookRead)
def get_webhook(principal: Admin, session: DbSession) -> WebhookRead:
    endpoint = service.endpoint_of(session, principal.org_id)
    if endpoint is None:
        raise Problem(404, "this organisation has no webhook", code="not-found")
    return _read(endpoint)


@router.delete("/webhook", status_code=204)
def delete_webhook(principal: Admin, session: DbSession) -> Response:
    if not service.remove(session, principal.org_id):
        raise Problem(404, "this organisation has no webhook", code="not-found")
    audit.record(
        session,
        principal.org_id,
        principal.actor,
        "webhook.removed",
        "organisation",
        principal.org_id,
        {},
    )
    return Response(status_code=204)


@router.get("/webhook/deliveries", response_model=list[DeliveryRead])
def deliveries(
    principal: Admin,
    session: DbSession,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[DeliveryRead]:
    """The newest messages and how their delivery went."""
    return [
        DeliveryRead.model_validate(d, from_attributes=True)
        for d in service.recent_deliveries(session, principal.org_id, limit)
    ]
