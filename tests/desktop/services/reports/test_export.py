"""Producing files: cancel leaves nothing, kill -9 leaves no half file at the target name, errors are messages."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.context import AppContext
from desktop.services.reports.export import export_report
from desktop.services.reports.scope import ReportError, ReportRequest
from desktop.services.tasks import Cancelled, TaskControl
from tests.desktop.services.reports.demo_fixture import add_many_families
from tests.processes import KILLED_RETURNCODE, kill_hard, unmeasured_environment

REQUEST = ReportRequest("krs-list", 2024)


def test_progress_and_cancel_leave_no_file(demo_context: AppContext, tmp_path: Path) -> None:
    add_many_families(demo_context, 5_000)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "list.xlsx"
    target.write_bytes(b"previous file")
    seen: list[tuple[int, int]] = []

    def on_progress(done: int, total: int, _message: str) -> None:
        seen.append((done, total))
        if done >= 2_000:
            control.cancel()

    control = TaskControl(on_progress)
    with pytest.raises(Cancelled):
        export_report(demo_context.session_factory, REQUEST, target, control=control)
    assert (1_000, 5_450) in seen
    assert target.read_bytes() == b"previous file"  # untouched
    assert [p.name for p in out.iterdir()] == ["list.xlsx"]  # no temporary file left


def test_pdf_of_a_very_long_list_is_refused(demo_context: AppContext, tmp_path: Path) -> None:
    add_many_families(demo_context, 20_000)
    with pytest.raises(ReportError, match="terlalu banyak untuk PDF"):
        export_report(demo_context.session_factory, REQUEST, tmp_path / "x.pdf", file_format="pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_errors_are_report_errors(demo_context: AppContext, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="Format"):
        export_report(demo_context.session_factory, REQUEST, tmp_path / "x.csv", file_format="csv")
    with pytest.raises(ReportError, match="Folder"):
        export_report(demo_context.session_factory, REQUEST, tmp_path / "missing" / "x.xlsx")


def test_kill_during_export_leaves_no_half_file(demo_context: AppContext, tmp_path: Path) -> None:
    add_many_families(demo_context, 60_000)
    demo_context.dispose()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "besar.xlsx"
    command = [sys.executable, "-m", "desktop", "--data-dir", str(demo_context.data_dir), "export", "krs-list"]
    process = subprocess.Popen(
        [*command, "--year", "2024", "-o", str(target)], stderr=subprocess.DEVNULL, env=unmeasured_environment()
    )
    try:
        deadline = time.monotonic() + 60
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
    assert not target.exists()  # only the temporary name may remain, never a half file at the target
