"""Backups against real processes: a kill -9 in the middle, and the backup made before a schema migration."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from db import migrate
from db.engine import make_engine, sqlite_url
from desktop.context import open_context
from desktop.domain.backups import BackupReason
from desktop.paths import DATABASE_FILE
from desktop.services.backup import manifest as mf
from desktop.services.backup.backup_service import create_backup, verify_backup
from desktop.services.backup.catalogue import list_backups
from tests.processes import KILLED_RETURNCODE, kill_hard, unmeasured_environment

# The child makes a backup whose progress callback announces the copy has started, then stalls (a slow disk):
# the parent kills it there with SIGKILL.
CHILD = """
import sys, time
from pathlib import Path
from desktop.context import open_context
from desktop.services.backup.backup_service import create_backup
from desktop.services.tasks import TaskControl

data_dir, marker = Path(sys.argv[1]), Path(sys.argv[2])

def stall(done, total, message):
    marker.write_text(f"{done}/{total}")
    time.sleep(60)

context = open_context(data_dir, upgrade=False)
create_backup(context.engine, context.data_dir, control=TaskControl(stall))
"""


def test_kill_9_during_a_backup_leaves_no_file_with_a_final_name(tmp_path: Path, office_template: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(office_template, data_dir / DATABASE_FILE)
    marker = tmp_path / "started"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), str(marker)], env=unmeasured_environment())
    try:
        deadline = time.monotonic() + 180  # a child's start takes seconds under load, and under Wine
        while not marker.exists() and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
        assert marker.exists(), "the child never started copying"
        kill_hard(child)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=60)
    assert child.returncode == KILLED_RETURNCODE
    folder = data_dir / "cadangan"
    left = sorted(path.name for path in folder.iterdir())
    assert left and all(name.startswith(".konvergensi-") and ".tmp" in name for name in left), left
    assert list_backups(folder) == []
    # The next backup works beside the left-over and is whole.
    context = open_context(data_dir, upgrade=False)
    entry = create_backup(context.engine, data_dir).entry
    context.dispose()
    assert verify_backup(entry.path).ok


def _old_database(data_dir: Path) -> None:
    engine = make_engine(sqlite_url(str(data_dir / DATABASE_FILE)))
    migrate.upgrade(engine, "0005")
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO region (code, name, level, kind) VALUES ('36.02', 'Lebak', 2, 'Kabupaten')")
        )
    engine.dispose()


def test_the_first_start_after_an_upgrade_backs_up_the_old_schema_before_migrating(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    _old_database(data_dir)
    context = open_context(data_dir)
    assert migrate.migration_state(context.engine).up_to_date
    context.dispose()
    [entry] = list_backups(data_dir / "cadangan")
    assert entry.manifest.reason is BackupReason.BEFORE_MIGRATION
    assert entry.manifest.revision == ["0005"] and entry.manifest.counts["region"] == 1
    assert verify_backup(entry.path).ok
    # Opening again migrates nothing and backs up nothing.
    open_context(data_dir).dispose()
    assert len(list_backups(data_dir / "cadangan")) == 1


def test_db_upgrade_backs_up_first_and_says_where(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    _old_database(data_dir)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "db", "upgrade"],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ | {"KONVERGENSI_LANGUAGE": "id"},
    )
    assert done.returncode == 0, done.stderr
    [entry] = list_backups(data_dir / "cadangan")
    assert f"Cadangan sebelum migrasi: {entry.path}" in done.stdout
    assert entry.manifest.revision == ["0005"]
    assert mf.sidecar_path(entry.path).is_file()


def test_a_new_database_is_migrated_without_a_backup(tmp_path: Path) -> None:
    open_context(tmp_path / "data").dispose()
    assert not (tmp_path / "data" / "cadangan").exists()
