"""Every page route, gathered for :func:`app.pages.install`."""

from __future__ import annotations

from fastapi import APIRouter

from app.pages import applicant, shortlist, sign_in, vacancies

router = APIRouter(include_in_schema=False)
for module in (sign_in, vacancies, shortlist, applicant):
    router.include_router(module.router)
