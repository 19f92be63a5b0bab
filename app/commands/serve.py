"""``shortlist serve``: run the API with uvicorn."""

from __future__ import annotations

import asyncio
import os
import socket

import typer
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from app.scoring.cores import SLOTS_ENV, make_slots_directory


class NoDelayH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with Nagle's algorithm off on every connection.

    With ``--workers 2`` uvicorn binds the listening socket itself as
    ``socket.socket(family=...)``, whose ``proto`` is 0, and asyncio only sets ``TCP_NODELAY``
    on accepted sockets whose ``proto`` is ``IPPROTO_TCP``: so the response body (a second
    small write after the headers) waited for the client's delayed ACK, 40 ms on Linux, on
    every request. With one worker asyncio binds the socket and sets it; here it is set always.
    """

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes."),
) -> None:
    """Serve the API (OpenAPI at /docs). Honours DATABASE_URL; run 'shortlist db upgrade'
    first."""
    # every web process reads statements on the same cores: they share one set of core slots
    os.environ[SLOTS_ENV] = str(make_slots_directory())
    uvicorn.run(
        "app.main:app",
        host=host,
        port=port,
        workers=workers,
        http=NoDelayH11Protocol,
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
