"""``shortlist serve``: run the API with uvicorn."""

from __future__ import annotations

import os

import typer
import uvicorn


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes."),
) -> None:
    """Serve the API (OpenAPI at /docs). Honours DATABASE_URL; run 'shortlist db upgrade'
    first."""
    uvicorn.run(
        "app.main:app",
        host=host,
        port=port,
        workers=workers,
        # X-Forwarded-For names the client only when a proxy we trust set it: set
        # FORWARDED_ALLOW_IPS to the proxy's addresses (otherwise any client could pick a new
        # address per request and never meet the bad-key limit).
        proxy_headers=bool(os.environ.get("FORWARDED_ALLOW_IPS")),
        forwarded_allow_ips=os.environ.get("FORWARDED_ALLOW_IPS") or None,
        log_level="info",
        # longer than the idle time of common clients and proxies (httpx 5 s, load balancers 60 s),
        # so the server never closes a connection just as a client reuses it
        timeout_keep_alive=75,
    )
