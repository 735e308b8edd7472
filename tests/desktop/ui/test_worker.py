"""The background runner on its real thread pools: results, failures and cancellation reach the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desktop.services.tasks import TaskControl
from desktop.ui.worker import BackgroundRunner


@pytest.fixture
def runner(qtbot: QtBot) -> BackgroundRunner:
    runner = BackgroundRunner()
    yield runner  # type: ignore[misc]
    runner.drain()


def test_result_arrives_on_the_gui_thread(runner: BackgroundRunner, qtbot: QtBot) -> None:
    seen: dict[str, object] = {}

    def task(control: TaskControl) -> int:
        seen["worker_thread"] = threading.get_ident()
        control.report(1, 2, "setengah")
        return 42

    def on_done(result: object) -> None:
        seen["result"] = result
        seen["on_gui_thread"] = QThread.currentThread() is runner.thread()

    progress: list[tuple[int, int, str]] = []
    handle = runner.run(task, on_done=on_done, on_progress=lambda *args: progress.append(args))
    with qtbot.waitSignal(handle.ended, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["on_gui_thread"] is True
    assert seen["worker_thread"] != threading.get_ident()
    assert progress == [(1, 2, "setengah")]
    assert runner.active == 0


def test_failure_is_delivered_with_traceback(runner: BackgroundRunner, qtbot: QtBot) -> None:
    def task(_control: TaskControl) -> None:
        raise ValueError("berkas rusak")

    errors: list[tuple[object, str]] = []
    handle = runner.run(task, on_error=lambda error, trace: errors.append((error, trace)))
    with qtbot.waitSignal(handle.ended, timeout=5000):
        pass
    assert isinstance(errors[0][0], ValueError) and "berkas rusak" in errors[0][1]


def test_cancel_stops_the_task(runner: BackgroundRunner, qtbot: QtBot) -> None:
    started = threading.Event()

    def task(control: TaskControl) -> str:
        started.set()
        for _ in range(500):
            control.check()
            time.sleep(0.01)
        return "selesai"

    results: list[object] = []
    handle = runner.run(task, on_done=results.append)
    assert started.wait(5)
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        handle.cancel()
    assert results == []


def test_writes_are_serialised(runner: BackgroundRunner, qtbot: QtBot) -> None:
    active = 0
    overlap: list[int] = []
    lock = threading.Lock()

    def task(_control: TaskControl) -> None:
        nonlocal active
        with lock:
            active += 1
            overlap.append(active)
        time.sleep(0.05)
        with lock:
            active -= 1

    handles = [runner.run(task, writes=True) for _ in range(3)]
    for handle in handles:
        if not handle.done:
            with qtbot.waitSignal(handle.ended, timeout=5000):
                pass
    assert max(overlap) == 1


def test_synchronous_mode_runs_inline(qtbot: QtBot) -> None:
    runner = BackgroundRunner(synchronous=True)
    results: list[object] = []
    handle = runner.run(lambda _control: threading.get_ident(), on_done=results.append)
    assert handle.done and results == [threading.get_ident()]
