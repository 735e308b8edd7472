"""Real full and read-only disks (issue #17): a small tmpfs mounted in a user namespace of a child process.

Each case runs the real command line in ``unshare --user --map-root-user --mount``: the tmpfs is private to that
process, so nothing on the machine is touched. Skipped where user namespaces are not allowed.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.paths import DATABASE_FILE

UNSHARE = shutil.which("unshare")


def _namespaces_work() -> bool:
    if UNSHARE is None or sys.platform != "linux":
        return False
    done = subprocess.run([UNSHARE, "-Urm", "true"], capture_output=True, timeout=30)
    return done.returncode == 0


pytestmark = pytest.mark.skipif(not _namespaces_work(), reason="needs unshare with user and mount namespaces")


def _in_namespace(
    tmp_path: Path, setup: str, command: list[str], size: str = "256k"
) -> subprocess.CompletedProcess[str]:
    """Runs ``setup`` (shell, with $DISK the mounted tmpfs) then the CLI with ``command``, in a private namespace."""
    disk = tmp_path / "disk"
    disk.mkdir(exist_ok=True)
    cli = shlex.join([sys.executable, "-m", "desktop", *command])
    script = f'set -e; DISK={shlex.quote(str(disk))}; mount -t tmpfs -o size={size} tmpfs "$DISK"; {setup}; exec {cli}'
    env = {**os.environ, "KONVERGENSI_LANGUAGE": "id", "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    return subprocess.run(
        [UNSHARE, "-Urm", "sh", "-c", script], capture_output=True, text=True, timeout=180, env=env, cwd=tmp_path
    )


def _data(tmp_path: Path, office_template: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(office_template, folder / DATABASE_FILE)
    return folder


def test_export_on_a_full_disk_says_so_and_leaves_nothing(tmp_path: Path, office_template: Path) -> None:
    data = _data(tmp_path, office_template)
    target = tmp_path / "disk" / "laporan.xlsx"
    done = _in_namespace(
        tmp_path,
        'head -c 1000000 /dev/zero > "$DISK/isi" || true',
        ["--data-dir", str(data), "export", "krs-list", "--year", "2026", "-o", str(target)],
    )
    assert done.returncode == 1, done.stderr
    assert f"Berkas {target} tidak dapat ditulis: disk penuh." in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


def test_export_to_a_read_only_disk_says_so(tmp_path: Path, office_template: Path) -> None:
    data = _data(tmp_path, office_template)
    target = tmp_path / "disk" / "laporan.pdf"
    done = _in_namespace(
        tmp_path,
        'mount -o remount,ro "$DISK"',
        ["--data-dir", str(data), "export", "krs", "--year", "2026", "-o", str(target)],
    )
    assert done.returncode == 1, done.stderr
    assert "disk hanya dapat dibaca" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_read_only_data_folder_checks_without_a_log(tmp_path: Path, office_template: Path) -> None:
    done = _in_namespace(
        tmp_path,
        f'cp {shlex.quote(str(office_template))} "$DISK/{DATABASE_FILE}"; mount -o remount,ro "$DISK"',
        ["--data-dir", str(tmp_path / "disk"), "db", "check"],
        size="16m",
    )
    assert "Traceback" not in done.stderr and "Logging error" not in done.stderr, done.stderr
    # Not "cannot be opened or damaged", nor the log folder that cannot be made: the database cannot be written.
    assert "database hanya dapat dibaca" in done.stderr and "perlu menulis di folder data" in done.stderr, done.stderr
