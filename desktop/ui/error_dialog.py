"""Unexpected errors: logged with their traceback and shown to the user with the path of the log file."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.domain.i18n import _
from desktop.log import current_log_file

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, message: str, log_path: Path | None, details: str = "") -> None:
    """Shows an error message box with the log file's location and, folded away, the technical details."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_("Terjadi kesalahan"))
    box.setText(_("Terjadi kesalahan yang tidak terduga:") + f"\n\n{message}")
    if log_path is not None:
        box.setInformativeText(_("Rincian dicatat di berkas log:") + f"\n{log_path}")
    if details:
        box.setDetailedText(details)
    box.setObjectName("error_dialog")
    box.addButton(QMessageBox.StandardButton.Ok).setObjectName("error_ok")
    box.exec()


def show_unexpected(parent: QWidget | None, error: BaseException, details: str = "") -> None:
    """Shows an error no handler expected (a bug) as :func:`show_error` does, naming the current log file.

    Args:
        parent: the widget the failure concerns.
        error: the exception.
        details: its formatted traceback when already logged (a background task's); empty: it is logged here.
    """
    if not details:
        details = "".join(traceback.format_exception(error))
        log.error("unexpected error:\n%s", details)
    show_error(parent, str(error) or type(error).__name__, current_log_file(), details)


class ExceptionHook:
    """Replaces ``sys.excepthook`` so an exception in a slot shows a dialog instead of a silent exit.

    Args:
        log_path: the log file named in the dialog.
    """

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self._previous = sys.excepthook
        self._showing = False

    def install(self) -> None:
        """Makes this the active hook."""
        sys.excepthook = self

    def uninstall(self) -> None:
        """Restores the previous hook."""
        sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        """Logs the exception and shows it; falls back to the previous hook without a GUI."""
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unhandled exception:\n%s", details)
        if QApplication.instance() is None or self._showing:
            self._previous(kind, error, trace)
            return
        self._showing = True  # an error while the box is open must not open a second one on top
        try:
            show_error(QApplication.activeWindow(), str(error) or kind.__name__, self.log_path, details)
        finally:
            self._showing = False
