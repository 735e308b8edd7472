"""First start as a user meets it: regions load in the background with progress, then the wizard asks for the
office; with an office the main window opens directly. Unexpected errors show a dialog naming the log file."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.app import Startup
from desktop.context import AppContext
from desktop.log import setup_logging
from desktop.services.regions import region_count
from desktop.ui.error_dialog import ExceptionHook
from tests.desktop.ui.conftest import make_window_context


def test_first_start_loads_regions_then_opens_the_wizard(empty_context: AppContext, qtbot: QtBot) -> None:
    context = make_window_context(empty_context)
    startup = Startup(context)
    startup.start()
    assert startup.progress is not None and startup.progress.isVisible()
    qtbot.waitUntil(lambda: startup.wizard is not None, timeout=60_000)
    assert startup.progress is None
    assert region_count(empty_context.session_factory) == 91_599
    assert startup.wizard is not None
    startup.wizard.close()
    context.runner.drain()


def test_cancelling_the_region_load_keeps_the_database_empty(empty_context: AppContext, qtbot: QtBot) -> None:
    context = make_window_context(empty_context)
    startup = Startup(context)
    with qtbot.waitSignal(startup.aborted, timeout=60_000) as aborted:
        startup.start()
        assert startup.progress is not None
        cancel = startup.progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Batal"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert aborted.args == ["Pemuatan data wilayah dibatalkan; tidak ada yang disimpan."]
    assert region_count(empty_context.session_factory) == 0
    context.runner.drain()


def test_with_an_office_the_main_window_opens(office_context: AppContext, qtbot: QtBot) -> None:
    context = make_window_context(office_context)
    startup = Startup(context)
    with qtbot.waitSignal(startup.window_shown, timeout=5000):
        startup.start()
    assert startup.wizard is None
    assert startup.window is not None and startup.window.isVisible()
    qtbot.addWidget(startup.window)


def test_unexpected_error_shows_message_and_log_path(office_context: AppContext, qtbot: QtBot) -> None:
    log_path = setup_logging(office_context.data_dir)
    hook = ExceptionHook(log_path)
    shown: dict[str, str] = {}

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown["text"] = box.text()
        shown["info"] = box.informativeText()
        box.close()

    QTimer.singleShot(100, read_and_close)
    try:
        raise RuntimeError("kolom NIK hilang")
    except RuntimeError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    assert "kolom NIK hilang" in shown["text"]
    assert str(log_path) in shown["info"]
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "kolom NIK hilang" in log_path.read_text(encoding="utf-8")
