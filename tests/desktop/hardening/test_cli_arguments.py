"""Numbers and dates on the command line are bounded (issue #17): one sentence from argparse, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["aksi", "list", "--year", "999999"], "tahun harus 4 angka antara 2000 dan 2100"),
        (["aksi", "list", "--year", "\u0662\u0660\u0662\u0664"], "tahun harus 4 angka antara 2000 dan 2100"),
        (["aksi", "due", "--days", "99999999999999"], "harus bilangan bulat antara 0 dan 3650"),
        (["aksi", "due", "--today", "9999-12-31"], "tanggal harus YYYY-MM-DD"),
        (["meeting", "show", "9" * 30], "harus bilangan bulat antara 1 dan 9223372036854775807"),
        (["export", "krs", "--year", "2026", "--month", "13", "-o", "x.xlsx"], "harus bilangan bulat antara 1 dan 12"),
    ],
)
def test_out_of_range_arguments_are_one_sentence(tmp_path: Path, arguments: list[str], expected: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"), *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={"KONVERGENSI_LANGUAGE": "id", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 2, done.stderr
    assert expected in done.stderr and "Traceback" not in done.stderr, done.stderr
