"""Request bodies for scoring. Field names are a contract with ATS integrations."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from matching.applicant import Applicant


class StatementIn(BaseModel):
    """A supporting statement: ``{"text": ...}`` or ``{"document_base64", "filename"}``."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="The statement as plain text.")
    document_base64: str | None = Field(
        default=None, description="A .docx, .pdf, .odt, .rtf or .txt file, base64-encoded."
    )
    filename: str | None = Field(default=None, max_length=255)

    @model_validator(mode="after")
    def _one_form(self) -> StatementIn:
        if (self.text is None) == (self.document_base64 is None):
            raise ValueError("send either 'text' or 'document_base64' (with 'filename'), not both")
        if self.document_base64 is not None and not self.filename:
            raise ValueError("'filename' is required with 'document_base64'")
        return self


class ScoreRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    spec: dict[str, Any] | None = Field(default=None, description="A role spec, inline.")
    vacancy_id: str | None = Field(
        default=None, description="Score against this vacancy's latest spec version instead."
    )
    statement: StatementIn
    applicant: Applicant | None = None
    reference_date: dt.date | None = Field(
        default=None, description="The date years of experience are counted to; default today."
    )

    @model_validator(mode="after")
    def _one_spec(self) -> ScoreRequest:
        if (self.spec is None) == (self.vacancy_id is None):
            raise ValueError("send either 'spec' or 'vacancy_id', not both")
        return self
