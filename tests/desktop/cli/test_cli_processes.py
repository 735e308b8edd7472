"""The command line as a script runs it, in real child processes: a pipe closed early, Ctrl+C in an import."""

from __future__ import annotations

import errno
import io
import os
import pty
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models.cases import CaseChild, CaseMeasurement
from db.models.krs import KrsFamily
from desktop.cli import main
from desktop.context import AppContext
from desktop.services.demo.krs_demo import krs_rows
from tests.desktop.services.krs.conftest import write_csv
from tests.desktop.services.reports.demo_fixture import add_many_families, demo_context, demo_template

__all__ = ["demo_context", "demo_template"]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pipes, pty and SIGINT as on a POSIX shell")


CHILDREN_HEADER = "Nama;NIK;JK;Tgl Lahir;Nama Ortu;Desa;Kecamatan;Tanggal Pengukuran;Berat;Tinggi;Cara Ukur"


def _konvergensi(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args]


@pytest.mark.parametrize("command", [("meeting", "list", "--json"), ("office", "show", "--json"), ("--help",)])
def test_a_reader_that_closed_the_pipe_ends_the_command_quietly(
    office_context: AppContext, command: tuple[str, ...]
) -> None:
    office_context.dispose()
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone before the command writes its first byte (as `| head -0` would)
    try:
        child = subprocess.run(
            _konvergensi(office_context.data_dir, *command), stdout=writer, stderr=subprocess.PIPE, timeout=120
        )
    finally:
        os.close(writer)
    stderr = child.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr and "Exception ignored" not in stderr
    assert stderr == ""
    # 141 (128 + SIGPIPE, what a shell reports for `ls | head`); argparse's help exits 0 before noticing.
    assert child.returncode in ({0, 141} if command == ("--help",) else {141})


def _families(context: AppContext) -> int:
    with context.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(KrsFamily)) or 0)


def _ignore_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _interrupted(command: list[str], *, ignoring: bool = False) -> tuple[int, str, str, float]:
    """Runs a command with stderr on a terminal, sends Ctrl+C once its progress bar shows a percentage.

    Returns:
        The exit code, what the terminal showed, stdout, and the seconds from Ctrl+C to the end.
    """
    terminal, terminal_child = pty.openpty()  # stderr is a terminal: the progress bar is drawn there
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=terminal_child, preexec_fn=_ignore_ctrl_c if ignoring else None
    )
    os.close(terminal_child)
    shown = b""
    deadline = time.monotonic() + 240
    while b"%" not in shown:  # the task has started: the bar shows its first percentage
        assert time.monotonic() < deadline and child.poll() is None, shown
        shown += os.read(terminal, 4096)
    child.send_signal(signal.SIGINT)
    sent = time.monotonic()
    stdout, _ = child.communicate(timeout=60)
    stopped_after = time.monotonic() - sent
    try:
        while chunk := os.read(terminal, 4096):
            shown += chunk
    except OSError:  # the child closed its side
        pass
    os.close(terminal)
    return child.returncode, shown.decode("utf-8", errors="replace"), stdout.decode("utf-8"), stopped_after


def _assert_cancelled(code: int, shown: str, stdout: str, stopped_after: float) -> None:
    assert code == 130, shown
    assert re.search(r"\r\[[#.]{24}\] +\d+% ", shown), shown  # the bar
    assert "dibatalkan" in shown and "Traceback" not in shown and "KeyboardInterrupt" not in shown
    assert stdout.strip() == '{"error": "dibatalkan (Ctrl+C); database tidak berubah"}'
    assert stopped_after < 10  # "a second or two" on an idle machine; CI machines are shared


@pytest.mark.parametrize("started_as", ["foreground", "background job"])
def test_ctrl_c_during_an_import_cancels_it_and_changes_nothing(
    office_context: AppContext, tmp_path: Path, started_as: str
) -> None:
    """Also when started as a script's background job, which a shell starts with SIGINT ignored (the issue's case:
    Python then raises no KeyboardInterrupt and the import used to run to its end)."""
    big = write_csv(tmp_path / "krs-besar.csv", [list(row) for row in krs_rows(30_000, seed=11)])
    before = _families(office_context)
    office_context.dispose()
    command = _konvergensi(office_context.data_dir, "krs", "import", str(big), "--json")
    _assert_cancelled(*_interrupted(command, ignoring=started_as == "background job"))
    assert _families(office_context) == before


def _children(context: AppContext) -> tuple[int, int]:
    with context.session_factory() as session:
        children = session.scalar(select(func.count()).select_from(CaseChild)) or 0
        return children, session.scalar(select(func.count()).select_from(CaseMeasurement)) or 0


def test_ctrl_c_during_a_case_import_changes_nothing(office_context: AppContext, tmp_path: Path) -> None:
    rows = [
        f"Anak {index};;{'LP'[index % 2]};2025-01-10;Ibu {index};Cibadak;Cibadak;2026-01-12;8,0;65,5;Terlentang"
        for index in range(30_000)
    ]
    big = tmp_path / "anak-besar.csv"
    big.write_text("\n".join([CHILDREN_HEADER, *rows]) + "\n", encoding="utf-8")
    before = _children(office_context)
    office_context.dispose()
    _assert_cancelled(*_interrupted(_konvergensi(office_context.data_dir, "cases", "import", str(big), "--json")))
    assert _children(office_context) == before


def test_ctrl_c_during_an_export_leaves_no_file(demo_context: AppContext, tmp_path: Path) -> None:
    add_many_families(demo_context, 60_000)
    demo_context.dispose()
    target = tmp_path / "daftar-krs.xlsx"
    command = _konvergensi(demo_context.data_dir, "export", "krs-list", "--year", "2024", "-o", str(target), "--json")
    _assert_cancelled(*_interrupted(command))
    assert not target.exists()
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith("daftar-krs")] == []


def test_ctrl_c_twice_ends_at_once(office_context: AppContext, tmp_path: Path) -> None:
    """A second Ctrl+C does not wait for the task's next safe point; the transaction is still not committed."""
    big = write_csv(tmp_path / "krs-besar.csv", [list(row) for row in krs_rows(20_000, seed=12)])
    before = _families(office_context)
    office_context.dispose()
    terminal, terminal_child = pty.openpty()
    child = subprocess.Popen(
        _konvergensi(office_context.data_dir, "krs", "import", str(big)), stdout=subprocess.PIPE, stderr=terminal_child
    )
    os.close(terminal_child)
    shown = b""
    while b"%" not in shown:
        assert child.poll() is None, shown
        shown += os.read(terminal, 4096)
    child.send_signal(signal.SIGINT)
    child.send_signal(signal.SIGINT)
    child.communicate(timeout=60)
    os.close(terminal)
    assert child.returncode == 130
    assert _families(office_context) == before


class _ClosedWindowsPipe(io.RawIOBase):
    """What a Windows console pipe does once its reader has gone: every write fails with EINVAL."""

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        raise OSError(errno.EINVAL, "Invalid argument")


@pytest.mark.parametrize("arguments", [["--help"], ["office", "show", "--json"]])
def test_a_pipe_closed_as_windows_reports_it_ends_quietly(
    arguments: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    closed = io.TextIOWrapper(io.BufferedWriter(_ClosedWindowsPipe(), buffer_size=64), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", closed)
    assert main(["--data-dir", str(tmp_path / "data"), *arguments]) == 141
    assert "Traceback" not in capsys.readouterr().err
