"""The security tests run on the service fixtures of tests/service (both databases)."""

from tests.service.conftest import (  # noqa: F401  (fixtures, found by name)
    app,
    client,
    count_rows,
    db_url,
    make_key,
    make_tenant,
    make_vacancy,
    session_factory,
    settings,
    tenant,
    upload,
)
