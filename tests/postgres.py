"""A fresh database on the test PostgreSQL server (``KONVERGENSI_TEST_POSTGRES_URL``), dropped afterwards.

Tests that need one skip when the variable is not set; CI starts a throwaway server and sets it. Each database has a
random name, so tests may run in parallel (pytest-xdist).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

SERVER_URL_ENV = "KONVERGENSI_TEST_POSTGRES_URL"


def server_url() -> str:
    """The test server's URL, or an empty string when none is configured."""
    return os.environ.get(SERVER_URL_ENV, "")


@pytest.fixture
def fresh_server_database() -> Iterator[str]:
    """The URL (with its password) of a new, empty database on the test server; skips without a server."""
    base = server_url()
    if not base:
        pytest.skip(f"{SERVER_URL_ENV} not set (CI sets it)")
    name = f"konvergensi_test_{secrets.token_hex(5)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
