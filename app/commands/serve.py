"""``shortlist serve``: run the API with uvicorn."""

from __future__ import annotations

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
        proxy_headers=True,
        log_level="info",
        # longer than the idle time of common clients and proxies (httpx 5 s, load balancers 60 s),
        # so the server never closes a connection just as a client reuses it
        timeout_keep_alive=75,
    )
