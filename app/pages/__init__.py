"""Server-rendered pages for recruiters and panels (Jinja2 templates over the same services as the
API). ``install(app)`` adds the page routes and the static files to an application."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from app.pages.routes import router

STATIC_DIR = Path(__file__).resolve().parents[1] / "static"


def install(app: FastAPI) -> None:
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
