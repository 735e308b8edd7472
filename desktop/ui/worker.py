"""Background work: run plain-Python functions off the GUI thread with progress, cancel and results on the GUI thread.

Services stay free of Qt: a task is a function taking a :class:`~desktop.services.tasks.TaskControl`. Reads run on
a shared pool; writes go through a one-thread pool so two writers never contend for SQLite's lock. Both pools are
drained when the application quits.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.services.tasks import Cancelled, TaskControl

log = logging.getLogger(__name__)

TaskFunction = Callable[[TaskControl], Any]


class _Bridge(QObject):
    """Carries a task's signals from the worker thread to the GUI thread (queued connections).

    Signals:
        progress_changed(int, int, str): done, total, message.
        finished(object): the task's return value.
        failed(object, str): the exception and its formatted traceback.
        cancelled(): the task stopped on the user's request.
    """

    progress_changed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class TaskHandle(QObject):
    """A running task as the caller sees it: cancel it, or watch its signals.

    Signals:
        progress_changed(int, int, str): done, total, message.
        finished(object): the result, delivered on the GUI thread.
        failed(object, str): the exception and traceback, on the GUI thread.
        cancelled(): the task stopped after :meth:`cancel`.
        ended(): emitted last, whatever the outcome.
    """

    progress_changed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, control: TaskControl, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.control = control
        self.done = False

    def cancel(self) -> None:
        """Asks the task to stop at its next check."""
        self.control.cancel()

    @Slot(object)
    def _on_bridge_finished(self, result: object) -> None:
        self.done = True
        self.finished.emit(result)
        self.ended.emit()

    @Slot(object, str)
    def _on_bridge_failed(self, error: object, trace: str) -> None:
        self.done = True
        self.failed.emit(error, trace)
        self.ended.emit()

    @Slot()
    def _on_bridge_cancelled(self) -> None:
        self.done = True
        self.cancelled.emit()
        self.ended.emit()


class _Runnable(QRunnable):
    def __init__(self, fn: TaskFunction, control: TaskControl, bridge: _Bridge) -> None:
        super().__init__()
        self._fn = fn
        self._control = control
        self._bridge = bridge
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(self._control)
        except Cancelled:
            self._bridge.cancelled.emit()
        except Exception as error:  # every failure must reach the GUI thread, never die silently in a thread
            log.exception("background task failed")
            self._bridge.failed.emit(error, traceback.format_exc())
        else:
            self._bridge.finished.emit(result)


class BackgroundRunner(QObject):
    """Runs tasks on thread pools and hands results back on the GUI thread.

    Args:
        parent: owner.
        synchronous: run tasks immediately on the calling thread (unit tests); signals still fire.
    """

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._read_pool = QThreadPool(self)
        self._write_pool = QThreadPool(self)
        # One writer at a time: SQLite has one write lock and a second writer would only wait for it.
        self._write_pool.setMaxThreadCount(1)
        self._handles: set[TaskHandle] = set()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.drain)

    def run(
        self,
        fn: TaskFunction,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        writes: bool = False,
    ) -> TaskHandle:
        """Starts ``fn(control)`` in the background.

        Args:
            fn: plain Python; opens its own database session, never touches widgets.
            on_done: called with the result on the GUI thread.
            on_error: called with the exception and traceback on the GUI thread.
            on_progress: called with (done, total, message) on the GUI thread.
            on_cancelled: called on the GUI thread when the task stopped after a cancel.
            writes: the task writes to the database (serialised on the writer pool).

        Returns:
            The handle, to cancel the task or connect more slots.
        """
        bridge = _Bridge()
        control = TaskControl(bridge.progress_changed.emit)
        handle = TaskHandle(control, self)
        bridge.progress_changed.connect(handle.progress_changed)
        bridge.finished.connect(handle._on_bridge_finished)
        bridge.failed.connect(handle._on_bridge_failed)
        bridge.cancelled.connect(handle._on_bridge_cancelled)
        if on_progress is not None:
            handle.progress_changed.connect(on_progress)
        if on_done is not None:
            handle.finished.connect(on_done)
        if on_error is not None:
            handle.failed.connect(on_error)
        if on_cancelled is not None:
            handle.cancelled.connect(on_cancelled)
        self._handles.add(handle)
        handle.ended.connect(lambda: self._forget(handle, bridge))
        runnable = _Runnable(fn, control, bridge)
        if self.synchronous:
            runnable.run()
        else:
            (self._write_pool if writes else self._read_pool).start(runnable)
        return handle

    def _forget(self, handle: TaskHandle, bridge: _Bridge) -> None:
        self._handles.discard(handle)
        bridge.deleteLater()

    @property
    def active(self) -> int:
        """Number of tasks that have not ended."""
        return len(self._handles)

    @Slot()
    def drain(self) -> None:
        """Cancels running tasks and waits for both pools to finish (called on quit)."""
        for handle in list(self._handles):
            handle.cancel()
        self._read_pool.waitForDone()
        self._write_pool.waitForDone()
