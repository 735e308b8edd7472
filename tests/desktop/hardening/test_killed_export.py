"""An export killed with kill -9 (issue #17): nothing half-written under the final name, and what it left is
cleaned up later: the ``.<target>.*.tmp`` beside the target by the next export to that target, openpyxl's worksheet
files in the temporary folder at the next start (both once they are stale: they might belong to a running export).

Real child processes of ``python -m desktop export``, a real SIGKILL (tests/processes.py), a private TMPDIR.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from desktop.context import AppContext
from tests.desktop.services.reports.demo_fixture import add_many_families, demo_context, demo_template
from tests.processes import KILLED_RETURNCODE, kill_hard, unmeasured_environment

__all__ = ["demo_context", "demo_template"]  # the fixtures, used by name


def _export(
    context: AppContext, target: Path, temp: Path, errors: Path, *, killed: bool = False
) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "desktop", "--data-dir", str(context.data_dir), "export", "krs-list"]
    environment = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    if killed:
        environment = unmeasured_environment(environment)
    with errors.open("wb") as stderr:  # the child keeps its own descriptor
        return subprocess.Popen(
            [*command, "--year", "2024", "-o", str(target)], stdout=subprocess.DEVNULL, stderr=stderr, env=environment
        )


def test_a_killed_export_leaves_no_file_at_the_target_and_its_leftovers_are_cleaned_later(
    demo_context: AppContext, tmp_path: Path
) -> None:
    add_many_families(demo_context, 30_000)
    demo_context.dispose()
    out, temp = tmp_path / "out", tmp_path / "tmp"
    out.mkdir()
    temp.mkdir()
    target = out / "besar.xlsx"
    process = _export(demo_context, target, temp, tmp_path / "killed.err", killed=True)
    try:
        deadline = time.monotonic() + 90
        while not list(out.glob(".besar.xlsx.*.tmp")):
            assert process.poll() is None, "the export ended before it could be interrupted"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        time.sleep(0.5)  # well into the rows
        assert process.poll() is None
        kill_hard(process)
    finally:
        process.wait(timeout=30)
    assert process.returncode == KILLED_RETURNCODE
    assert not target.exists()  # never a half file under the final name
    beside = list(out.glob(".besar.xlsx.*.tmp"))
    assert beside  # what the kill left: a temporary name only
    # A day later (the files' times moved back): a left file and openpyxl's worksheet file of a killed export.
    worksheet_file = temp / "openpyxl.killed-export-worksheet"
    worksheet_file.write_bytes(b"\0" * 4096)
    a_day_ago = time.time() - 25 * 3600
    for left in [*beside, *temp.glob("openpyxl.*")]:
        os.utime(left, (a_day_ago, a_day_ago))
    again = _export(demo_context, target, temp, tmp_path / "again.err")
    again.wait(timeout=600)
    assert again.returncode == 0, (tmp_path / "again.err").read_text()
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None  # the new export is whole
    assert sorted(path.name for path in out.iterdir()) == ["besar.xlsx"]  # the stale temporary is gone
    assert not [path for path in temp.glob("openpyxl.*") if path.stat().st_mtime <= a_day_ago + 1]
