"""Progress and cancellation for long work, in plain Python so services stay free of Qt.

A long-running service function takes a :class:`TaskControl`, calls :meth:`TaskControl.report` as it goes and
:meth:`TaskControl.check` at safe points; the UI's background runner connects these to a progress bar and a
Cancel button, the command line to a text progress line, tests to nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressCallback = Callable[[int, int, str], None]


class Cancelled(Exception):  # noqa: N818 - the name reads as the event it signals
    """Raised inside a task when the user asked to cancel it; the task's transaction is rolled back."""


class TaskControl:
    """Progress reporting and cooperative cancellation of one task.

    Args:
        on_progress: called with (done, total, message); may be called from a worker thread.
    """

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._on_progress = on_progress
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        """Reports progress; ``total`` 0 means unknown."""
        if self._on_progress is not None:
            self._on_progress(done, total, message)

    def cancel(self) -> None:
        """Asks the task to stop at its next :meth:`check`; safe from any thread."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once cancellation was asked for."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Raises :class:`Cancelled` if cancellation was asked for.

        Raises:
            Cancelled: the user cancelled.
        """
        if self._cancel.is_set():
            raise Cancelled
