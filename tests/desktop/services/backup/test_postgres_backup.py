"""``pg_dump -Fc`` backups of a server database, checked with ``pg_restore --list`` (needs a test server)."""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db import migrate
from db.engine import make_engine
from desktop.services.backup.backup_service import create_backup, verify_backup
from desktop.services.backup.catalogue import BackupError

SERVER_URL = os.environ.get("KONVERGENSI_TEST_POSTGRES_URL", "")

pytestmark = pytest.mark.skipif(not SERVER_URL, reason="KONVERGENSI_TEST_POSTGRES_URL not set (CI sets it)")


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh database on the test server, dropped afterwards."""
    name = f"konvergensi_backup_{secrets.token_hex(4)}"
    admin = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="PostgreSQL client tools not installed")
def test_a_server_database_is_dumped_and_listed(postgres_url: str, tmp_path: Path) -> None:
    engine = make_engine(postgres_url)
    migrate.upgrade(engine)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO region (code, name, level, kind) VALUES ('36.02', 'Lebak', 2, 'Kabupaten')")
        )
    result = create_backup(engine, tmp_path, target=tmp_path / "cadangan")
    engine.dispose()
    assert result.entry.path.suffix == ".dump" and result.entry.manifest.counts["region"] == 1
    assert verify_backup(result.entry.path).ok
    with result.entry.path.open("r+b") as handle:
        handle.seek(40)
        handle.write(b"\xff" * 32)
    assert not verify_backup(result.entry.path).ok


def test_without_the_client_tools_the_message_says_to_use_the_server_backup(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # the edge of the process: no pg_dump on PATH
    engine = make_engine(postgres_url)
    with pytest.raises(BackupError, match="pg_dump"):
        create_backup(engine, tmp_path, clock=lambda: datetime(2026, 12, 1).astimezone())
    engine.dispose()
