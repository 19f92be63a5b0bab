"""Structured applicant fields an ATS or the upload form may send beside the statement."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

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

    disability_confident: bool = False
    driving_licence: bool | None = None
    registration: Registration | None = None
    qualified_on: dt.date | None = None
    welsh: LanguageLevel | None = None

    name: str | None = Field(default=None, max_length=300)
    email: str | None = Field(default=None, max_length=300)
    phone: str | None = Field(default=None, max_length=60)
