"""The FastAPI application."""

from __future__ import annotations

from fastapi import FastAPI

app = FastAPI(title="Shortlist", version="0.1.0")


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
