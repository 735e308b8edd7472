"""Ctrl+C (a real SIGINT to a child process) during ``demo`` on a PostgreSQL database: the database is as before.

On a server database the demo runs every step in one transaction of one connection, committed once at the end. The
database's state is checked as the row count of every table and a digest of every row of every table, taken before
the command and after it was cancelled.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from desktop.services.server import init_server
from tests.desktop.cli.test_cli_cancel import _assert_cancelled, _interrupt_at
from tests.postgres import fresh_server_database

__all__ = ["fresh_server_database"]

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="pty and SIGINT as on a POSIX shell"),
    pytest.mark.xdist_group("postgres-demo"),
]


def _konvergensi(data_dir: Path, url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--database", url, *args]


def _fingerprint(url: str) -> dict[str, tuple[int, str]]:
    """Every table of the database: its row count and the MD5 of all its rows (as text, sorted)."""
    engine = create_engine(url)
    digest = "SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM {table} t"
    found: dict[str, tuple[int, str]] = {}
    try:
        with engine.connect() as connection:
            for name in inspect(connection).get_table_names():
                count, md5 = connection.execute(text(digest.format(table=f'"{name}"'))).one()
                found[name] = (int(count), str(md5))
    finally:
        engine.dispose()
    return found


@pytest.mark.parametrize(
    "marker",
    [b"Gebyar Minlok", b"Aksi Konvergensi selesai"],
    ids=["in the meetings step", "after the aksi step (the KRS import, the cases)"],
)
def test_ctrl_c_during_demo_on_postgresql_leaves_the_database_as_before(
    fresh_server_database: str, tmp_path: Path, marker: bytes
) -> None:
    """Before: the regions, office and meetings steps had committed when Ctrl+C came; now nothing is stored."""
    init_server(fresh_server_database)
    before = _fingerprint(fresh_server_database)
    assert before["region"][0] == 0 and before["meeting"][0] == 0
    result = _interrupt_at(_konvergensi(tmp_path, fresh_server_database, "demo", "--json"), marker)
    _assert_cancelled(result)
    assert _fingerprint(fresh_server_database) == before
    files = tmp_path / "files"
    assert not files.exists() or [path for path in files.rglob("*") if path.is_file()] == []


def test_a_completed_demo_on_postgresql_is_stored_and_running_it_again_adds_nothing(
    fresh_server_database: str, tmp_path: Path
) -> None:
    init_server(fresh_server_database)
    first = subprocess.run(
        _konvergensi(tmp_path, fresh_server_database, "demo", "--json"), capture_output=True, timeout=900
    )
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["steps"][0].startswith("Kantor demo dibuat")
    after_first = _fingerprint(fresh_server_database)
    for table in ("region", "office", "meeting", "krs_family", "aksi_progress"):
        assert after_first.get(table, (0, ""))[0] > 0, table
    again = subprocess.run(
        _konvergensi(tmp_path, fresh_server_database, "demo", "--json"), capture_output=True, timeout=900
    )
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["steps"][0].startswith("Kantor demo sudah ada")
    after_again = _fingerprint(fresh_server_database)
    # The data are the same, row for row; the audit trail records the second run's KRS import (every family
    # "tetap"), as it records every import, and the imports' remembered column mappings note when they were used.
    assert after_again.pop("audit_entry")[0] == after_first.pop("audit_entry")[0] + 1
    assert after_again.pop("import_mapping")[0] == after_first.pop("import_mapping")[0]
    assert after_again == after_first
