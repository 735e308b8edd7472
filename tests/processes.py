"""Child processes in tests: killing one the way a power cut or Task Manager's "End task" does, on every OS."""

from __future__ import annotations

import os
import signal
import subprocess

# What ``returncode`` says after ``kill_hard``: the signal on POSIX, TerminateProcess's exit code on Windows.
KILLED_RETURNCODE = 1 if os.name == "nt" else -signal.SIGKILL


def kill_hard(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    """Ends ``process`` at once, with no chance to clean up (SIGKILL on POSIX, TerminateProcess on Windows)."""
    process.kill()
