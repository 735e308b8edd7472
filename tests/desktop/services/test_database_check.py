"""``db check``: integrity, foreign keys, migration state."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.engine import make_engine, sqlite_url
from desktop.context import AppContext
from desktop.services.database import check_database


def test_healthy_database_is_ok(office_context: AppContext) -> None:
    result = check_database(office_context.engine)
    assert result.ok, result.problems
    assert result.integrity == ["ok"]
    assert result.current_revision == result.head_revision


def test_unmigrated_database_is_reported(tmp_path: Path) -> None:
    result = check_database(make_engine(sqlite_url(str(tmp_path / "new.sqlite3"))))
    assert not result.ok
    assert result.problems == ["database belum dimigrasi (jalankan: konvergensi db upgrade)"]


def test_dangling_foreign_key_is_reported(office_context: AppContext) -> None:
    office_context.engine.dispose()
    # Simulates a file damaged outside the application: plain sqlite3, foreign keys off (its default).
    raw = sqlite3.connect(office_context.database_location)
    raw.execute("UPDATE office SET region_code = '99.99'")
    raw.commit()
    raw.close()
    result = check_database(office_context.engine)
    assert result.foreign_key_violations == 1
    assert result.problems == ["1 baris melanggar foreign key"]
