"""Request and response bodies of the webhook endpoints."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from app.panel.schemas import PlainText, UtcDateTime


class WebhookWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: PlainText = Field(min_length=1, max_length=2000, description="Where events are POSTed.")
    secret: PlainText | None = Field(
        default=None,
        max_length=200,
        description="A Standard Webhooks secret (whsec_ + base64); generated when omitted.",
    )


class WebhookRead(BaseModel):
    url: str
    secret: str | None = Field(
        default=None, description="Shown in full only in the answer that set it."
    )
    secret_hint: str = Field(description="The first characters of the secret.")
    event_types: list[str]
    updated_at: UtcDateTime


class DeliveryRead(BaseModel):
    id: str = Field(description="The webhook-id header of the message.")
    event_type: str
    status: str = Field(description="pending, delivered or failed")
    attempts: int
    last_status: int | None
    last_error: str | None
    created_at: UtcDateTime
    next_attempt_at: UtcDateTime
    delivered_at: UtcDateTime | None
