"""A second process writing (issue #17): an import waits for it (busy timeout) instead of failing at once, and
when it waits too long the user reads that another process is writing."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from db.engine import make_engine, make_session_factory, sqlite_url
from desktop.paths import DATABASE_FILE
from desktop.services.database import describe_database_error
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.import_service import run_import
from tests.desktop.services.krs.conftest import write_xlsx

_HOLD = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE office SET name = name")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
"""


def _holder(database: Path, seconds: float) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(database), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "locked"
    return process


@pytest.fixture
def database(tmp_path: Path, office_template: Path) -> Path:
    path = tmp_path / DATABASE_FILE
    shutil.copy(office_template, path)
    return path


def test_an_import_waits_for_another_writer(database: Path, tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "daftar.xlsx", [list(row) for row in krs_rows(20, seed=5)])
    engine = make_engine(sqlite_url(str(database)))
    try:
        holder = _holder(database, 1.5)
        started = time.monotonic()
        summary = run_import(make_session_factory(engine), source, dry_run=False)
        assert summary.applied and summary.new == 20
        assert time.monotonic() - started >= 1.0  # it waited for the other writer, then wrote
        _finish(holder)
    finally:
        engine.dispose()


def test_a_writer_that_holds_too_long_is_named(database: Path, tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "daftar.xlsx", [list(row) for row in krs_rows(5, seed=5)])
    engine = make_engine(sqlite_url(str(database)))

    def shorten(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=300")  # after the application's 10 s, for a quick test

    event.listen(engine, "connect", shorten)
    holder = _holder(database, 4)
    try:
        with pytest.raises(OperationalError) as caught:
            run_import(make_session_factory(engine), source, dry_run=False)
        assert "sedang ditulis oleh proses lain" in describe_database_error(caught.value)
    finally:
        _finish(holder)
        engine.dispose()


def _finish(holder: subprocess.Popen[str]) -> None:
    assert holder.wait(timeout=30) == 0
    if holder.stdout is not None:
        holder.stdout.close()
