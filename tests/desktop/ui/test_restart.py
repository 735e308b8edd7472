"""Starting again after a restore: the command line, a real detached start, and the window opening on the restored
database in a real child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from db.sqlite_copy import source_facts
from desktop.context import AppContext, open_context
from desktop.services.backup.backup_service import create_backup
from desktop.services.backup.restore_service import restore_backup
from desktop.ui.restart import restart_command, start_detached

ROOT = Path(__file__).resolve().parents[3]


def test_the_command_is_the_same_program_with_the_same_arguments() -> None:
    argv = ["C:\\Program Files\\Konvergensi\\Konvergensi.exe", "--data-dir", "D:\\data", "gui", "--buka", "a.konv"]
    assert restart_command(argv, argv[0], frozen=True) == (argv[0], ["--data-dir", "D:\\data", "gui"])
    script = ["/opt/venv/bin/konvergensi", "--data-dir", "/data", "gui", "--buka=b.konv"]
    assert restart_command(script, "/opt/venv/bin/python3", frozen=False) == (
        "/opt/venv/bin/python3",
        ["-m", "desktop", "--data-dir", "/data", "gui"],
    )


def test_a_detached_start_really_runs(qtbot: QtBot, tmp_path: Path) -> None:
    marker = tmp_path / "dimulai.txt"
    code = "import pathlib, sys; pathlib.Path(sys.argv[1]).write_text('ya', encoding='utf-8')"
    assert start_detached(sys.executable, ["-c", code, str(marker)])
    qtbot.waitUntil(marker.exists, timeout=30_000)
    assert marker.read_text(encoding="utf-8") == "ya"


def test_the_restart_command_opens_the_window_on_the_restored_database(office_context: AppContext) -> None:
    data_dir = office_context.data_dir
    entry = create_backup(office_context.engine, data_dir).entry
    with office_context.engine.begin() as connection:
        connection.execute(text("DELETE FROM region WHERE level = 4"))
    restore_backup(office_context.engine, data_dir, entry.path)
    program, arguments = restart_command(
        ["konvergensi", "--data-dir", str(data_dir), "gui", "--measure-startup"], sys.executable, frozen=False
    )
    environment = os.environ | {"QT_QPA_PLATFORM": "offscreen", "KONVERGENSI_LAUNCH_TIME": str(time.time())}
    done = subprocess.run(
        [program, *arguments], cwd=ROOT, capture_output=True, text=True, env=environment, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["seconds_to_window"] > 0
    reopened = open_context(data_dir)
    assert source_facts(reopened.engine)[0] == entry.manifest.counts
    reopened.dispose()
