"""Outputs never destroy what they must not, and are checked before an import commits (issue #17)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.paths import DATABASE_FILE
from desktop.services.demo.krs_demo import krs_rows
from tests.desktop.services.krs.conftest import write_xlsx


def _cli(tmp_path: Path, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={"KONVERGENSI_LANGUAGE": "id", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )


@pytest.fixture
def data(tmp_path: Path, office_template: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(office_template, folder / DATABASE_FILE)
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _families(data: Path) -> int:
    with sqlite3.connect(data / DATABASE_FILE) as connection:
        return int(connection.execute("SELECT count(*) FROM krs_family").fetchone()[0])


def test_an_export_onto_the_database_is_refused(tmp_path: Path, data: Path) -> None:
    before = _digest(data / DATABASE_FILE)
    database = ["-o", str(data / DATABASE_FILE), "--format", "xlsx"]
    done = _cli(tmp_path, data, "export", "krs-list", "--year", "2026", *database)
    assert done.returncode == 1 and "adalah database Konvergensi" in done.stderr, done.stderr
    assert _digest(data / DATABASE_FILE) == before
    done = _cli(
        tmp_path,
        data,
        "export",
        "krs-list",
        "--year",
        "2026",
        "--format",
        "pdf",
        "-o",
        str(data / (DATABASE_FILE + "-wal")),
    )
    assert done.returncode == 1 and "adalah database Konvergensi" in done.stderr, done.stderr


def test_an_output_onto_a_data_folder_file_is_refused(tmp_path: Path, data: Path) -> None:
    stored = data / "files" / "bukti.pdf"
    stored.parent.mkdir()
    stored.write_bytes(b"%PDF-1.4 stored evidence")
    done = _cli(tmp_path, data, "krs", "template", "-o", str(tmp_path / "templat.xlsx"))
    assert done.returncode == 0, done.stderr
    done = _cli(tmp_path, data, "export", "krs", "--year", "2026", "-o", str(stored))
    assert done.returncode == 1 and "milik folder data Konvergensi" in done.stderr, done.stderr
    assert stored.read_bytes() == b"%PDF-1.4 stored evidence"


def test_rejected_rows_onto_the_imported_list_are_refused_before_anything_is_saved(tmp_path: Path, data: Path) -> None:
    rows = [list(row) for row in krs_rows(6, seed=3)]
    rows[0][8] = "123"  # one rejected row
    source = write_xlsx(tmp_path / "daftar.xlsx", rows)
    before = _digest(source)
    done = _cli(tmp_path, data, "krs", "import", str(source), "--rejected", str(source))
    assert done.returncode == 1 and "berkas yang sedang dibaca" in done.stderr, done.stderr
    assert _digest(source) == before
    assert _families(data) == 0


def test_an_unwritable_rejected_file_is_found_before_the_commit(tmp_path: Path, data: Path) -> None:
    rows = [list(row) for row in krs_rows(6, seed=3)]
    rows[0][8] = "123"
    source = write_xlsx(tmp_path / "daftar.xlsx", rows)
    done = _cli(tmp_path, data, "krs", "import", str(source), "--rejected", str(tmp_path / "tidak-ada" / "tolak.xlsx"))
    assert done.returncode == 1 and "tidak ada" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert _families(data) == 0  # the user is told nothing was saved, and nothing was
    done = _cli(tmp_path, data, "krs", "import", str(source), "--rejected", str(tmp_path / "tolak.xlsx"))
    assert done.returncode == 0, done.stderr
    assert _families(data) == 5 and (tmp_path / "tolak.xlsx").is_file()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs a device file (/dev/full)")
def test_a_device_as_the_output_is_refused_before_anything_is_written() -> None:
    from desktop.services.output_targets import OutputTargetError, check_output_target

    with pytest.raises(OutputTargetError, match="bukan berkas biasa"):
        check_output_target("/dev/full")
