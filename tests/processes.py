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


def unmeasured_environment(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a child that ``kill_hard`` will end, without coverage's subprocess measurement.

    A killed child never writes its coverage data (it has no chance to), so measuring it costs its run 60-75 % more
    CPU for nothing. ``base`` defaults to this process's environment.
    """
    environment = dict(os.environ if base is None else base)
    environment.pop("COVERAGE_PROCESS_CONFIG", None)
    environment.pop("COVERAGE_PROCESS_START", None)
    return environment
