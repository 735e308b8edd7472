"""A fresh database on the test PostgreSQL server (``KONVERGENSI_TEST_POSTGRES_URL``), dropped afterwards.

Tests that need one skip when the variable is not set; CI starts a throwaway server and sets it. Each database has a
random name, so tests may run in parallel (pytest-xdist).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

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


TEMPLATE_PREFIX = "konvergensi_tpl_"


def _run_token(factory: pytest.TempPathFactory) -> str:
    """A short name for this test run, the same in every pytest-xdist worker and in the controller."""
    base = factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    return hashlib.sha1(str(root).encode()).hexdigest()[:10]


def run_template_name(factory: pytest.TempPathFactory) -> str:
    """The prefix of this run's template databases (``drop_run_templates`` drops them all)."""
    return f"{TEMPLATE_PREFIX}{_run_token(factory)}"


def _url(database: str) -> str:
    return make_url(server_url()).set(database=database).render_as_string(hide_password=False)


def _create_from(admin: Engine, name: str, template: str) -> None:
    """``CREATE DATABASE name TEMPLATE template``, again after a moment if another session still holds the template."""
    for attempt in range(20):
        try:
            with admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
            return
        except OperationalError as error:
            if "being accessed by other users" not in str(error) or attempt == 19:
                raise
            time.sleep(0.5)


def regions_template_database(factory: pytest.TempPathFactory) -> str:
    """The name of a database on the test server, migrated and holding the regions, built once per test run.

    The first worker to need it builds it (``tests/templates.shared_folder``: a file lock in the run's common
    temporary folder); it is a PostgreSQL template, so every test's database is a file-level copy (``CREATE DATABASE
    ... TEMPLATE``, a fraction of a second) instead of a migration and a region load (about ten seconds). The
    controller drops it when the run ends (``drop_run_templates``).
    """
    from desktop.context import open_context
    from desktop.services.regions import load_regions
    from tests.templates import shared_folder

    name = f"{run_template_name(factory)}_regions"

    def build(folder: Path) -> None:
        admin = create_engine(server_url(), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}_building" WITH (FORCE)'))
                connection.execute(text(f'CREATE DATABASE "{name}_building"'))
        finally:
            admin.dispose()
        context = open_context(folder, _url(f"{name}_building"))
        try:
            load_regions(context.session_factory)
        finally:
            context.dispose()
        finish_template_database(name)

    shared_folder(factory, name, build)
    return name


def building_template_database(factory: pytest.TempPathFactory, name: str) -> str:
    """The URL of ``name``'s template while it is built: a copy of the regions template named ``<name>_building``."""
    regions = regions_template_database(factory)
    admin = create_engine(server_url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}_building" WITH (FORCE)'))
        _create_from(admin, f"{name}_building", regions)
    finally:
        admin.dispose()
    return _url(f"{name}_building")


def finish_template_database(name: str) -> None:
    """Renames ``<name>_building`` (every connection to it closed) to ``name`` and makes it a template."""
    admin = create_engine(server_url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}_building" RENAME TO "{name}"'))
            connection.execute(text(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false'))
    finally:
        admin.dispose()


def copy_server_database(template: str, url: str) -> None:
    """Replaces the database of ``url`` (a test's own) by a copy of the template database ``template``."""
    database = make_url(url).database
    admin = create_engine(server_url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{database}" WITH (FORCE)'))
        _create_from(admin, str(database), template)
    finally:
        admin.dispose()


@pytest.fixture
def regions_server_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a new database on the test server, migrated and holding the regions; skips without a server."""
    base = server_url()
    if not base:
        pytest.skip(f"{SERVER_URL_ENV} not set (CI sets it)")
    template = regions_template_database(tmp_path_factory)
    name = f"konvergensi_test_{secrets.token_hex(5)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    _create_from(admin, name, template)
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def drop_run_templates(factory: pytest.TempPathFactory) -> None:
    """Drops this run's template databases (called by the controller when the run ends)."""
    base = server_url()
    if not base:
        return
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            pattern = f"{TEMPLATE_PREFIX}{_run_token(factory)}%"
            names = connection.execute(text("SELECT datname FROM pg_database WHERE datname LIKE :p"), {"p": pattern})
            for (name,) in names.all():
                connection.execute(text(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE false'))
                connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    except OperationalError:
        pass  # the server went away first: nothing to clean
    finally:
        admin.dispose()
