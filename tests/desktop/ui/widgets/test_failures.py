"""report_failure: a refusal meant for the user is a message, a bug goes to the error dialog with the log's path."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import date
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.cases.zscore import MeasurementError, Method, Sex, compute_zscores
from desktop.log import setup_logging
from desktop.services.os_errors import describe_os_error
from desktop.services.tabular import TableFileError, open_table
from desktop.ui.krs.import_dialog import KrsImportDialog
from desktop.ui.widgets.failures import report_failure
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.dialog_answers import DialogAnswers


@pytest.fixture
def log_file(window_context: WindowContext) -> Iterator[Path]:
    """The application's log file in the test's data folder (the error dialog names it)."""
    path = setup_logging(window_context.app.data_dir)
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()


def _measurement_error() -> MeasurementError:
    try:
        compute_zscores(Sex.L, date(2023, 1, 1), date(2024, 1, 1), 0, Method.LYING, 9.0)
    except MeasurementError as error:
        return error
    raise AssertionError("a height of 0 was accepted")


def test_refusal_without_a_label_is_a_message_box(qtbot: QtBot, dialogs: DialogAnswers) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    dialogs.answer("information_ok")
    assert report_failure(widget, _measurement_error())
    assert dialogs.asked == [("information_message", "panjang/tinggi badan harus lebih dari 0")]


def test_refusal_and_file_error_go_in_the_label(qtbot: QtBot, tmp_path: Path, dialogs: DialogAnswers) -> None:
    widget, label = QWidget(), QLabel()
    qtbot.addWidget(widget)
    qtbot.addWidget(label)
    assert report_failure(widget, _measurement_error(), show=label, template="Gagal: {reason}")
    assert label.text() == "Gagal: panjang/tinggi badan harus lebih dari 0"
    try:
        (tmp_path / "tidak-ada.xlsx").open("rb")
    except OSError as error:
        assert report_failure(widget, error, show=label)
        assert label.text() == describe_os_error(error) and "tidak ada" in label.text()
    assert dialogs.asked == []


def test_unreadable_import_file_is_a_message_not_an_error_dialog(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    path = tmp_path / "daftar.xlsx"
    path.write_bytes(b"bukan lembar kerja")  # not a zip: a file the user can replace, not a bug
    with pytest.raises(TableFileError) as refused:
        open_table(path)
    dialog = KrsImportDialog(window_context, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.handle is None, timeout=10_000)
    assert refused.value.message and dialog.message.text() == f"Gagal: {refused.value.message}"
    assert dialogs.asked == []


def test_a_bug_in_the_import_goes_to_the_error_dialog_with_the_log_path(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path, dialogs: DialogAnswers, log_file: Path
) -> None:
    # A damaged database: the table of remembered column mappings is gone, so reading the header fails with
    # sqlite3's "no such table" - not a refusal of the user's file, and never to be shown as if it were one.
    with sqlite3.connect(window_context.app.database_location) as connection:
        connection.execute("DROP TABLE import_mapping")
    path = tmp_path / "krs.csv"
    path.write_text("Nama Kepala Keluarga;Kode Desa;NIK Kepala Keluarga\nAhmad;36.02.18.2004;1\n", encoding="utf-8")
    dialogs.answer("error_ok")
    dialog = KrsImportDialog(window_context, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialogs.asked) and dialog.handle is None, timeout=10_000)
    name, text = dialogs.asked[0]
    assert name == "error_dialog" and "no such table: import_mapping" in text
    assert str(log_file) in dialogs.informative[0]
    assert "no such table" not in dialog.message.text()
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "no such table: import_mapping" in log_file.read_text(encoding="utf-8")
