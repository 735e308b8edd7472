"""Starting Konvergensi again after a restore, on the restored database (issue #16).

The window asks for the restart (:data:`RESTART_REQUESTED` in the context's extras) and closes; once the event loop
has ended and the database is closed, :func:`desktop.app.run_gui` stops listening as the folder's single instance
and starts the same program with the same arguments, detached (``QProcess.startDetached``), so the new window is
not refused as a second instance and outlives this process.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QProcess

log = logging.getLogger(__name__)

RESTART_REQUESTED = "restart_requested"
# Arguments of a start that must not run twice: the files handed over are opened by the first window already.
_ONCE_WITH_VALUE = ("--buka",)


def restart_command(argv: Sequence[str], executable: str, *, frozen: bool) -> tuple[str, list[str]]:
    """The program and arguments that start this application again.

    Args:
        argv: this process's ``sys.argv``.
        executable: ``sys.executable`` (the frozen ``Konvergensi.exe``, or the Python interpreter).
        frozen: the application is a frozen executable (PyInstaller's ``sys.frozen``).

    Returns:
        ``(program, arguments)``: the executable with the same arguments, or ``python -m desktop`` with them (a
        ``konvergensi`` script or ``python -m desktop`` start alike), without ``--buka FILE``.
    """
    arguments: list[str] = []
    skip = False
    for argument in argv[1:]:
        if skip:
            skip = False
        elif argument in _ONCE_WITH_VALUE:
            skip = True
        elif not argument.startswith(tuple(f"{name}=" for name in _ONCE_WITH_VALUE)):
            arguments.append(argument)
    if frozen:
        return executable, arguments
    return executable, ["-m", "desktop", *arguments]


def start_detached(program: str, arguments: list[str]) -> bool:
    """Starts ``program`` detached from this process; False (logged) when it could not be started."""
    started, pid = QProcess.startDetached(program, arguments)
    if started:
        log.info("started again as process %s: %s %s", pid, program, " ".join(arguments))
    else:
        log.error("could not start again: %s %s", program, " ".join(arguments))
    return bool(started)


def start_again() -> bool:
    """Starts this application again with this process's arguments (after its window has closed)."""
    program, arguments = restart_command(sys.argv, sys.executable, frozen=bool(getattr(sys, "frozen", False)))
    return start_detached(program, arguments)
