"""Structured applicant fields an ATS or the upload form may send beside the statement."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator

from criteria.spec import LanguageLevel, RegistrationBody


class Registration(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    body: RegistrationBody
    number: str | None = Field(default=None, max_length=40)


class Applicant(BaseModel):
    """What the engine may use (the first five fields) and what it must never use (the rest).

    Identity fields are kept for the panel's non-blind view and are never read by scoring.
    Unknown fields are ignored so an ATS can send its own record.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    # strict: an ATS's 0 or "no" is not read as a yes/no answer (schemathesis found 0 read as no)
    disability_confident: StrictBool = False
    driving_licence: StrictBool | None = None
    registration: Registration | None = None
    qualified_on: dt.date | None = None
    welsh: LanguageLevel | None = None

    @field_validator("qualified_on", mode="before")
    @classmethod
    def _a_date_not_a_number(cls, value: Any) -> Any:
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise ValueError("qualified_on must be a date (YYYY-MM-DD), not a number")
        return value

    name: str | None = Field(default=None, max_length=300)
    email: str | None = Field(default=None, max_length=300)
    phone: str | None = Field(default=None, max_length=60)
