"""A database made by a newer Konvergensi (issue #17): every command refuses it with a sentence, none touches it."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.engine import make_engine, sqlite_url
from desktop.context import open_context
from desktop.paths import DATABASE_FILE
from desktop.services.database import check_database

NEWER = "9999_dari_masa_depan"


def _newer_data_dir(tmp_path: Path, migrated_template: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(migrated_template, folder / DATABASE_FILE)
    connection = sqlite3.connect(folder / DATABASE_FILE)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (NEWER,))
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "command",
    [["db", "upgrade"], ["db", "check"], ["krs", "progress"], ["aksi", "list", "--year", "2025"], ["office", "show"]],
)
def test_every_command_refuses_a_newer_database_and_leaves_it(
    tmp_path: Path, migrated_template: Path, command: list[str]
) -> None:
    folder = _newer_data_dir(tmp_path, migrated_template)
    before = _digest(folder / DATABASE_FILE)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(folder), *command],
        capture_output=True,
        text=True,
        timeout=120,
        env={"KONVERGENSI_LANGUAGE": "id", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode != 0
    assert "versi yang lebih baru" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "Can't locate revision" not in done.stderr
    assert _digest(folder / DATABASE_FILE) == before
    with sqlite3.connect(folder / DATABASE_FILE) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [(NEWER,)]


def test_database_check_names_the_newer_version(tmp_path: Path, migrated_template: Path) -> None:
    folder = _newer_data_dir(tmp_path, migrated_template)
    engine = make_engine(sqlite_url(str(folder / DATABASE_FILE)))
    try:
        result = check_database(engine)
    finally:
        engine.dispose()
    assert not result.ok
    assert any(
        "versi yang lebih baru" in problem and "db upgrade tidak dapat" in problem for problem in result.problems
    )
    with pytest.raises(Exception, match="versi yang lebih baru"):
        open_context(folder, upgrade=False)
