"""The progress bar of a long command: drawn on a terminal (stderr), never on a pipe; stdout stays the result."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.context import AppContext

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a pty as on a POSIX terminal")

BAR = re.compile(r"\r\[[#.]{24}\] +\d+% ")
# A long command of a new PC: setting the office up loads the region list first (90,000 regions).
SETUP = ["office", "setup", "--level", "kabupaten", "--region", "36.02", "--name", "Bappeda Lebak", "--json"]


def _command(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *SETUP]


def test_on_a_terminal_the_bar_is_drawn_on_stderr(empty_context: AppContext) -> None:
    empty_context.dispose()
    terminal, terminal_child = pty.openpty()
    child = subprocess.Popen(_command(empty_context.data_dir), stdout=subprocess.PIPE, stderr=terminal_child)
    os.close(terminal_child)
    stdout, _ = child.communicate(timeout=600)
    shown = b""
    try:
        while chunk := os.read(terminal, 4096):
            shown += chunk
    except OSError:  # the child closed its side
        pass
    os.close(terminal)
    assert child.returncode == 0, shown
    assert BAR.search(shown.decode("utf-8", "replace")), shown
    assert json.loads(stdout)["region_code"] == "36.02"  # stdout: the JSON document only


def test_on_a_pipe_no_bar_is_drawn(empty_context: AppContext) -> None:
    empty_context.dispose()
    child = subprocess.run(_command(empty_context.data_dir), capture_output=True, timeout=600)
    assert child.returncode == 0, child.stderr
    assert b"\r" not in child.stderr and b"%" not in child.stderr  # a log of `... 2> log.txt` holds messages only
    assert json.loads(child.stdout)["region_code"] == "36.02"
