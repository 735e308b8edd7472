"""Users, sign-in and roles on PostgreSQL, where the login is always asked (``KONVERGENSI_TEST_POSTGRES_URL``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from db import migrate
from db.engine import make_engine, make_session_factory
from db.models.users import User
from desktop.domain.users import MAX_FAILED_ATTEMPTS, Role
from desktop.services.demo.office_demo import demo_office_settings
from desktop.services.office import get_office, save_office
from desktop.services.permissions import NotPermitted
from desktop.services.regions import load_regions
from desktop.services.users import LoginError, authenticate, create_user, sign_in, users_exist
from tests.postgres import fresh_server_database

__all__ = ["fresh_server_database"]  # the fixture (it skips without KONVERGENSI_TEST_POSTGRES_URL)

PASSWORD = "reog-ponorogo-2026"


def test_users_sign_in_lock_out_and_roles_on_postgresql(fresh_server_database: str) -> None:
    engine = make_engine(fresh_server_database)
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
