"""Users, sign-in and roles on PostgreSQL, where the login is always asked (``KONVERGENSI_TEST_POSTGRES_URL``)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from db import migrate
from db.engine import make_engine, make_session_factory
from db.models.users import User
from desktop.domain.users import MAX_FAILED_ATTEMPTS, Role
from desktop.services.demo.office_demo import demo_office_settings
from desktop.services.office import get_office, save_office
from desktop.services.permissions import NotPermitted
from desktop.services.regions import load_regions
from desktop.services.users import LoginError, authenticate, create_user, sign_in, users_exist

SERVER_URL = os.environ.get("KONVERGENSI_TEST_POSTGRES_URL", "")

pytestmark = pytest.mark.skipif(not SERVER_URL, reason="KONVERGENSI_TEST_POSTGRES_URL not set (CI sets it)")

PASSWORD = "reog-ponorogo-2026"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, randomly named database on the test server, dropped afterwards."""
    name = f"konvergensi_test_{secrets.token_hex(4)}"
    admin = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_users_sign_in_lock_out_and_roles_on_postgresql(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    migrate.upgrade(engine)
    factory = make_session_factory(engine)
    assert not users_exist(factory)
    load_regions(factory)
    save_office(factory, demo_office_settings())
    create_user(factory, "kepala", Role.ADMIN, PASSWORD)  # the first admin, as ``server init --admin`` makes it
    admin = make_session_factory(engine)
    sign_in(admin, authenticate(admin, "kepala", PASSWORD))
    create_user(admin, "baca", Role.PEMBACA, PASSWORD)
    with admin() as session:
        stored = session.scalars(select(User.password_hash)).all()
    assert all(value.startswith("$argon2id$") and PASSWORD not in value for value in stored)
    now = datetime.now(UTC)
    for _attempt in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginError):
            authenticate(factory, "baca", "salah", now=now)
    with pytest.raises(LoginError, match="dikunci"):
        authenticate(factory, "baca", PASSWORD, now=now)
    reader = make_session_factory(engine)
    with pytest.raises(LoginError):
        sign_in(reader, authenticate(reader, "baca", PASSWORD, now=now))
    sign_in(reader, authenticate(reader, "kepala", PASSWORD))
    office = get_office(reader)
    assert office is not None
    save_office(reader, office)  # the admin may
    nobody = make_session_factory(engine)
    with pytest.raises(NotPermitted):
        save_office(nobody, office)
    engine.dispose()
