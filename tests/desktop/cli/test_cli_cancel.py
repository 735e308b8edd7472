"""Ctrl+C (a real SIGINT to a child process) in the middle of every long command: the database is exactly as before.

"Exactly" is checked as the SHA-256 of the SQL dump of the whole database (every table, every row) and the row
count of every table, taken before the command and after it was cancelled.
"""

from __future__ import annotations

import hashlib
import os
import pty
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.context import AppContext, open_context
from desktop.paths import DATABASE_FILE
from desktop.services.backup.backup_service import create_backup
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.exchange.offices import read_card
from desktop.services.krs.import_service import run_import
from desktop.services.krs.worksheet_export import export_worksheet
from tests.desktop.services.krs.conftest import write_csv
from tests.desktop.services.reports.demo_fixture import add_many_families, demo_context, demo_template
from tests.templates import checkpoint_and_close, shared_folder

__all__ = ["demo_context", "demo_template"]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pty and SIGINT as on a POSIX shell")

CANCELLED_JSON = '{"error": "dibatalkan (Ctrl+C); database tidak berubah"}'


def _konvergensi(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args]


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What a database holds: the SHA-256 of its SQL dump and the row count of every table."""

    dump_sha256: str
    rows: dict[str, int]


def _fingerprint(database: Path) -> Fingerprint:
    connection = sqlite3.connect(database)
    try:
        digest = hashlib.sha256()
        for statement in connection.iterdump():
            digest.update(statement.encode("utf-8") + b"\n")
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        rows = {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables}
    finally:
        connection.close()
    return Fingerprint(digest.hexdigest(), rows)


@dataclass(frozen=True, slots=True)
class Interrupted:
    """How a command ended after Ctrl+C: exit code, what its terminal (stderr) showed, stdout."""

    code: int
    shown: str
    stdout: str
    seconds: float


def _interrupt_at(command: list[str], marker: bytes, times: int = 1) -> Interrupted:
    """Runs a command with stderr on a terminal and sends SIGINT once ``marker`` was drawn ``times`` times."""
    terminal, terminal_child = pty.openpty()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=terminal_child)
    os.close(terminal_child)
    shown = b""
    deadline = time.monotonic() + 300
    try:
        while shown.count(marker) < times:
            assert time.monotonic() < deadline and child.poll() is None, shown.decode("utf-8", "replace")
            shown += os.read(terminal, 4096)
        child.send_signal(signal.SIGINT)
        sent = time.monotonic()
        stdout, _ = child.communicate(timeout=120)
        seconds = time.monotonic() - sent
        try:
            while chunk := os.read(terminal, 4096):
                shown += chunk
        except OSError:  # the child closed its side
            pass
    finally:
        if child.poll() is None:
            child.kill()
        os.close(terminal)
    return Interrupted(child.returncode, shown.decode("utf-8", "replace"), stdout.decode("utf-8"), seconds)


def _assert_cancelled(result: Interrupted) -> None:
    assert result.code == 130, result.shown
    assert "dibatalkan" in result.shown
    assert re.search(r"\r\[[#.]{24}\] ", result.shown), result.shown  # the bar on the terminal
    assert "Traceback" not in result.shown and "KeyboardInterrupt" not in result.shown
    assert result.stdout.strip() == CANCELLED_JSON
    assert result.seconds < 20  # "a second or two" on an idle machine; CI machines are shared


def _leftovers(folder: Path) -> list[str]:
    """Files a cancelled command must not leave: staging copies, temporary files."""
    return sorted(path.name for path in folder.iterdir() if path.name.startswith(".") or path.suffix == ".tmp")


# -- demo --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "marker",
    [b"%", b"Gebyar Minlok", b"Aksi 2"],
    ids=["while loading the regions", "in the meetings step", "in the aksi step"],
)
def test_ctrl_c_during_demo_leaves_the_database_exactly_as_before(empty_context: AppContext, marker: bytes) -> None:
    """The demo builds on a copy; the steps' per-meeting saves and the KRS import's snapshot reader included."""
    data_dir = empty_context.data_dir
    empty_context.dispose()
    before = _fingerprint(data_dir / DATABASE_FILE)
    result = _interrupt_at(_konvergensi(data_dir, "demo", "--json"), marker)
    _assert_cancelled(result)
    assert _fingerprint(data_dir / DATABASE_FILE) == before
    assert _leftovers(data_dir) == []
    files = data_dir / "files"
    assert not files.exists() or [path for path in files.rglob("*") if path.is_file()] == []


def test_demo_on_an_office_with_data_keeps_it_and_adds_the_demo(office_context: AppContext) -> None:
    """Not cancelled: the copy replaces the database, the data that was there before is still there."""
    data_dir = office_context.data_dir
    office_context.dispose()
    before = _fingerprint(data_dir / DATABASE_FILE)
    child = subprocess.run(_konvergensi(data_dir, "demo", "--json"), capture_output=True, timeout=600)
    assert child.returncode == 0, child.stderr
    after = _fingerprint(data_dir / DATABASE_FILE)
    assert after.rows["region"] == before.rows["region"] and after.rows["office"] == 1
    assert after.rows["meeting"] > 0 and after.rows["krs_family"] > 0
    assert _leftovers(data_dir) == []


# -- region load -------------------------------------------------------------------------------------------------


def test_ctrl_c_during_region_load_changes_nothing(empty_context: AppContext) -> None:
    data_dir = empty_context.data_dir
    empty_context.dispose()
    before = _fingerprint(data_dir / DATABASE_FILE)
    _assert_cancelled(_interrupt_at(_konvergensi(data_dir, "region", "load", "--json"), b"%"))
    assert _fingerprint(data_dir / DATABASE_FILE) == before


# -- worksheet import --------------------------------------------------------------------------------------------

DESA = "36.02.18.2004"
WORKSHEET_FAMILIES = 3_000


def _filled_worksheet(context: AppContext, target: Path) -> Path:
    add_many_families(context, WORKSHEET_FAMILIES, DESA)
    export_worksheet(context.session_factory, DESA, target)
    book = load_workbook(target)
    sheet = book["Data"]
    for row in range(5, sheet.max_row + 1):
        if sheet[f"A{row}"].value:
            sheet[f"L{row}"] = "Ditemukan"
            sheet[f"M{row}"] = "Tetap berisiko"
            sheet[f"N{row}"] = date(2024, 9, 3)
            sheet[f"O{row}"] = "Ai Nurhayati"
            sheet[f"P{row}"] = "Kader PKK"
    book.save(target)
    return target


@pytest.mark.parametrize("pass_", ["checking pass", "saving pass"])
def test_ctrl_c_during_worksheet_import_changes_nothing(demo_context: AppContext, tmp_path: Path, pass_: str) -> None:
    """The command reads the worksheet twice (a dry run for the conflicts, then the import): Ctrl+C in either."""
    worksheet = _filled_worksheet(demo_context, tmp_path / "lembar-terisi.xlsx")
    data_dir = demo_context.data_dir
    demo_context.dispose()
    before = _fingerprint(data_dir / DATABASE_FILE)
    # One "Baris N" every 500 rows: past the first pass's last report, the second pass is running.
    times = 2 if pass_ == "checking pass" else WORKSHEET_FAMILIES // 500 + 2
    command = _konvergensi(data_dir, "krs", "worksheet", "import", str(worksheet), "--json")
    _assert_cancelled(_interrupt_at(command, b"Baris ", times))
    assert _fingerprint(data_dir / DATABASE_FILE) == before


# -- backup create / restore -------------------------------------------------------------------------------------


def test_ctrl_c_during_backup_create_leaves_no_backup(demo_context: AppContext, tmp_path: Path) -> None:
    add_many_families(demo_context, 60_000)
    data_dir = demo_context.data_dir
    demo_context.dispose()
    before = _fingerprint(data_dir / DATABASE_FILE)
    stick = tmp_path / "usb"
    stick.mkdir()
    command = _konvergensi(data_dir, "backup", "create", "--to", str(stick), "--json")
    _assert_cancelled(_interrupt_at(command, b"Menyalin database"))
    assert _fingerprint(data_dir / DATABASE_FILE) == before
    assert [path for path in stick.rglob("*") if path.is_file()] == []


def test_ctrl_c_during_backup_restore_keeps_the_current_database(demo_context: AppContext, tmp_path: Path) -> None:
    """Cancelled while the safety copy of the current database is made: the database is not replaced."""
    stick = tmp_path / "usb"
    backup = create_backup(demo_context.engine, demo_context.data_dir, target=stick).entry.path
    add_many_families(demo_context, 60_000)  # the current database differs from the backup, and is big
    data_dir = demo_context.data_dir
    demo_context.dispose()
    before = _fingerprint(data_dir / DATABASE_FILE)
    command = _konvergensi(data_dir, "backup", "restore", str(backup), "--yes", "--json")
    _assert_cancelled(_interrupt_at(command, b"Menyalin database"))
    assert _fingerprint(data_dir / DATABASE_FILE) == before
    assert _leftovers(data_dir) == []
    assert not (data_dir / "sebelum-pemulihan").exists()


# -- exchange export / import ------------------------------------------------------------------------------------


def _json_run(folder: Path, *args: str) -> None:
    child = subprocess.run(_konvergensi(folder, *args, "--json"), capture_output=True, timeout=300)
    assert child.returncode == 0, child.stderr.decode("utf-8", "replace")


def _build_partners(root: Path, regions_template: Path) -> None:
    folders = []
    for name in ("kab", "kec"):
        folder = root / name
        folder.mkdir()
        shutil.copy(regions_template, folder / DATABASE_FILE)
        folders.append(folder)
    kab, kec = folders
    _json_run(kab, "office", "setup", "--level", "kabupaten", "--region", "36.02", "--name", "Bappeda Lebak")
    _json_run(kec, "office", "setup", "--level", "kecamatan", "--region", "36.02.18", "--name", "TPPS Cibadak")
    _json_run(kab, "office", "card", "-o", str(root / "kab.konvid"))
    _json_run(kec, "office", "card", "-o", str(root / "kec.konvid"))
    _json_run(kab, "partner", "add", str(root / "kec.konvid"), "--yes")
    _json_run(kec, "partner", "add", str(root / "kab.konvid"), "--yes")
    context = open_context(kab)
    rows = [list(row) for row in krs_rows(20_000, seed=5, desa=[("36.02.18.2004", "Cibadak", "Cibadak")])]
    run_import(context.session_factory, write_csv(root / "krs.csv", rows), dry_run=False)
    context.dispose()
    for folder in folders:
        checkpoint_and_close(folder / DATABASE_FILE)


@pytest.fixture(scope="session")
def partners_template(tmp_path_factory: pytest.TempPathFactory, regions_template: Path) -> Path:
    """The two offices of ``partners``, built once per run."""
    return shared_folder(
        tmp_path_factory, "template-cancel-partners", lambda root: _build_partners(root, regions_template)
    )


@pytest.fixture
def partners(tmp_path: Path, partners_template: Path) -> tuple[Path, Path, Path]:
    """A kabupaten with 20,000 KRS families of one kecamatan and that kecamatan, partners of each other (set up with
    ``office setup``, ``office card`` and ``partner add`` in child processes, once per run; copied here).

    Returns:
        The kabupaten's data folder, the kecamatan's, and the kecamatan's card.
    """
    for name in ("kab", "kec"):
        shutil.copytree(partners_template / name, tmp_path / name)
    shutil.copy(partners_template / "kec.konvid", tmp_path / "kec.konvid")
    return tmp_path / "kab", tmp_path / "kec", tmp_path / "kec.konvid"


def _partner_code(card: Path) -> str:
    return read_card(card).code


def test_ctrl_c_during_exchange_export_writes_no_package(partners: tuple[Path, Path, Path], tmp_path: Path) -> None:
    kab, _kec, card = partners
    before = _fingerprint(kab / DATABASE_FILE)
    package = tmp_path / "ke-cibadak.konv"
    command = _konvergensi(kab, "exchange", "export", "--to", _partner_code(card), "-o", str(package), "--json")
    _assert_cancelled(_interrupt_at(command, b"Menyiapkan"))
    assert _fingerprint(kab / DATABASE_FILE) == before  # the package sequence number is not used up either
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(("ke-cibadak", ".ke-cibadak"))] == []


def test_ctrl_c_during_exchange_import_changes_nothing(partners: tuple[Path, Path, Path], tmp_path: Path) -> None:
    kab, kec, card = partners
    package = tmp_path / "ke-cibadak.konv"
    _json_run(kab, "exchange", "export", "--to", _partner_code(card), "-o", str(package))
    before = _fingerprint(kec / DATABASE_FILE)
    command = _konvergensi(kec, "exchange", "import", str(package), "--json")
    _assert_cancelled(_interrupt_at(command, b"Memeriksa"))
    assert _fingerprint(kec / DATABASE_FILE) == before
