"""The same code on PostgreSQL, for an office that shares one server.

Runs when ``KONVERGENSI_TEST_POSTGRES_URL`` names a server URL whose user may create databases (CI starts a
throwaway PostgreSQL and sets it); each run works in a new database that is dropped afterwards.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

import db.models  # noqa: F401 - registers every table
from db import migrate
from db.base import Base
from db.engine import make_engine, make_session_factory
from db.models.audit import AuditEntry
from desktop.services.database import check_database
from desktop.services.demo.office_demo import demo_office_settings
from desktop.services.office import get_office, save_office
from desktop.services.regions import get_region, load_regions

SERVER_URL = os.environ.get("KONVERGENSI_TEST_POSTGRES_URL", "")

pytestmark = [
    pytest.mark.skipif(not SERVER_URL, reason="KONVERGENSI_TEST_POSTGRES_URL not set (CI sets it)"),
    pytest.mark.xdist_group("postgresql-module"),  # the module's database, made once: one worker
]


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A fresh, empty database on the test server, dropped after the module."""
    name = f"konvergensi_test_{secrets.token_hex(4)}"
    admin = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_migrations_models_and_services_work_on_postgresql(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    migrate.upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    factory = make_session_factory(engine, actor="ci")
    assert load_regions(factory) == 91_599
    region = get_region(factory, "36.02.18")
    assert region is not None and (region.name, region.children) == ("Cibadak", 15)
    saved = save_office(factory, demo_office_settings())
    saved.head_rank = "Pembina Utama Madya (IV/d)"
    save_office(factory, saved)
    stored = get_office(factory)
    assert stored is not None and stored.head_rank == "Pembina Utama Madya (IV/d)"
    with factory() as session:
        update = session.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert (update.field, update.new_value, update.actor) == ("head_rank", "Pembina Utama Madya (IV/d)", "ci")
    result = check_database(engine)
    assert result.backend == "postgresql" and result.ok, result.problems
    engine.dispose()
