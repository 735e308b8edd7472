"""Ctrl+C on the command line: the first one cancels the running task as the GUI's Cancel button does.

:func:`install` replaces Python's ``KeyboardInterrupt`` with a handler that asks every task started through
:func:`watch` to stop at its next safe point (the task raises :class:`~desktop.services.tasks.Cancelled`, its
transaction is rolled back, :func:`desktop.cli.main` prints "dibatalkan" and exits 130). Without a running task
the first Ctrl+C raises ``KeyboardInterrupt`` at once (also rolled back by the open transaction). A second Ctrl+C
ends the process immediately with exit code 130: the database discards the uncommitted transaction itself.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from desktop.domain.i18n import N_, _
from desktop.services.tasks import TaskControl

CANCELLED = 130
"""The exit code of a command stopped by Ctrl+C (128 + SIGINT, what shells report)."""

STOPPING = N_("Membatalkan... (tekan Ctrl+C sekali lagi untuk keluar paksa)")
FORCED = N_("dibatalkan paksa; transaksi yang belum selesai tidak disimpan")

_lock = threading.Lock()
_controls: list[TaskControl] = []
_presses = 0


def watch(control: TaskControl) -> TaskControl:
    """Registers a task's control so that Ctrl+C cancels it; returns the control for chaining."""
    with _lock:
        _controls.append(control)
    return control


def _handle(signum: int, frame: FrameType | None) -> None:
    """The SIGINT handler: cancel the running tasks; a second press ends the process."""
    global _presses
    _presses += 1
    with _lock:
        running = [control for control in _controls if not control.cancelled]
    if _presses > 1:
        _say(_(FORCED))
        os._exit(CANCELLED)
    if not running:
        raise KeyboardInterrupt
    for control in running:
        control.cancel()
    _say(_(STOPPING))


def _say(message: str) -> None:
    try:
        sys.stderr.write("\n" + message + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):  # stderr closed or gone: the exit code still tells
        pass


Handler = Callable[[int, FrameType | None], Any] | int | None


def install() -> Handler:
    """Installs the handler (also when the shell started us with SIGINT ignored, as background jobs are).

    Returns:
        The handler it replaced, for :func:`restore` (None off the main thread, where nothing is installed).
    """
    global _presses
    _presses = 0
    with _lock:
        _controls.clear()
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGINT, _handle)


def restore(previous: Handler) -> None:
    """Puts back the handler :func:`install` replaced (:func:`desktop.cli.main` also runs in-process in tests)."""
    with _lock:
        _controls.clear()
    if previous is not None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, previous)
