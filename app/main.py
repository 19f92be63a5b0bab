"""The FastAPI application factory. ``app.main:app`` is built on first use from the environment.

Routers are included here, one line each.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import cache

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from app import health, openapi, pages
from app.applications.router import router as applications_router
from app.auth.ratelimit import AuthFailureLimit, AuthFailureLimiter
from app.db import make_engine, make_sessionmaker
from app.equality.router import router as equality_router
from app.erasure.router import router as erasure_router
from app.errors import install_error_handlers
from app.limits import BodySizeLimit
from app.logs import install_redaction
from app.panel.router import router as panel_router
from app.rescoring.pages import router as rescoring_pages
from app.rescoring.router import router as rescoring_router
from app.scoring.limit import timed_scoring
from app.scoring.pool import scoring_pool
from app.scoring.quota import ScoringQuota
from app.scoring.router import router as scoring_router
from app.security_headers import SecurityHeaders
from app.settings import Settings, get_settings
from app.shortlist.router import router as shortlist_router
from app.vacancies.router import router as vacancies_router
from app.webhooks.router import router as webhooks_router

DESCRIPTION = """Score supporting statements for UK social care vacancies against a person
specification, with evidence. Authenticate with `Authorization: Bearer <API key>`
(create one with `shortlist keys create`). Every error is RFC 9457 `application/problem+json`."""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    logging.basicConfig(level=settings.log_level.upper())
    install_redaction()
    engine = make_engine(settings)
    timed_scoring().limit_seconds = settings.scoring_time_limit_seconds  # one per process

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # the scoring processes build their engines before the first request
        await run_in_threadpool(timed_scoring().warm)
        yield
        scoring_pool().close()
        engine.dispose()

    app = FastAPI(
        title="Shortlist",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessionmaker = make_sessionmaker(engine)
    install_error_handlers(app)
    openapi.install(app)

    def body_limit(path: str) -> int:
        if path.endswith("/bulk"):
            return settings.max_bulk_bytes
        return settings.max_json_bytes

    app.add_middleware(BodySizeLimit, limit_for=body_limit)
    app.state.auth_failure_limiter = AuthFailureLimiter(
        max_per_address=settings.auth_failures_per_address,
        max_per_prefix=settings.auth_failures_per_prefix,
        window_seconds=settings.auth_failure_window_seconds,
    )
    app.add_middleware(AuthFailureLimit, limiter=app.state.auth_failure_limiter)
    app.state.scoring_quota = ScoringQuota(settings.scoring_quota_per_minute)
    app.add_middleware(health.MetricsMiddleware)
    app.add_middleware(SecurityHeaders)

    app.include_router(health.router)
    app.include_router(scoring_router, prefix="/v1")
    app.include_router(vacancies_router, prefix="/v1")
    app.include_router(applications_router, prefix="/v1")
    app.include_router(rescoring_router, prefix="/v1")
    app.include_router(shortlist_router)
    app.include_router(panel_router)
    app.include_router(webhooks_router)
    app.include_router(erasure_router)
    app.include_router(rescoring_pages)
    pages.install(app)  # the server-rendered pages and their static files
    app.include_router(equality_router)
    return app


@cache
def _default_app() -> FastAPI:
    return create_app()


def __getattr__(name: str) -> FastAPI:
    """``app.main:app`` (what uvicorn loads), built from the environment on first access."""
    if name == "app":
        return _default_app()
    raise AttributeError(name)
