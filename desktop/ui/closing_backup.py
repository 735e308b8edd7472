"""The backup made when the window closes after changes (at most once a day), off the GUI thread.

The close is held while the backup runs in the background with a progress dialog; *Lewati* cancels it (nothing
with a final name is left behind) and the window closes. Only the real application turns this on
(:data:`BACKUP_ON_CLOSE` in the context's extras, set by :func:`desktop.app.run_gui`): windows made by tests and
tools close at once.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.domain.backups import BackupReason
from desktop.domain.i18n import _
from desktop.preferences import backup_settings
from desktop.services.backup.automatic import backup_due_on_close
from desktop.services.backup.backup_service import create_backup
from desktop.services.backup.catalogue import BackupResult
from desktop.services.tasks import TaskControl
from desktop.ui.settings.backup_section import RESTORED_FLAG
from desktop.ui.widgets.failures import report_failure
from desktop.ui.window_context import WindowContext

log = logging.getLogger(__name__)

BACKUP_ON_CLOSE = "backup_on_close"


class ClosingBackup(QObject):
    """Holds a window's close until the closing backup is made.

    Args:
        window: the main window (closed again once the backup ends).
        context: the window context.
    """

    def __init__(self, window: QWidget, context: WindowContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.running = False
        self.finished = False
        self.dialog: QProgressDialog | None = None

    def hold_close(self) -> bool:
        """True when the close must wait: a closing backup was started now or is still running."""
        extras = self.context.app.extras
        if self.finished or not extras.get(BACKUP_ON_CLOSE) or extras.get(RESTORED_FLAG):
            return False
        if self.running:
            return True
        engine, data_dir = self.context.app.engine, self.context.app.data_dir
        settings = backup_settings(data_dir)
        try:
            due = backup_due_on_close(engine, data_dir, settings, datetime.now().astimezone())
        except OSError:
            log.exception("cannot tell whether a closing backup is due")
            return False
        if not due:
            return False

        def task(control: TaskControl) -> BackupResult:
            return create_backup(engine, data_dir, reason=BackupReason.ON_CLOSE, settings=settings, control=control)

        self.running = True
        dialog = self.dialog = QProgressDialog(
            _("Membuat cadangan sebelum Konvergensi ditutup…"), _("Lewati"), 0, 0, self.window
        )
        dialog.setObjectName("closing_backup")
        dialog.setWindowTitle(_("Cadangan otomatis"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        handle = self.context.runner.run(
            task,
            on_done=lambda _result: self._end(),
            on_error=self._on_failed,
            on_progress=self._on_progress,
            on_cancelled=self._end,
        )
        dialog.canceled.connect(handle.cancel)
        dialog.show()
        return True

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.dialog is not None and total:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total - 1))  # reaching the maximum would close the dialog early
            self.dialog.setLabelText(message)

    def _on_failed(self, error: BaseException, trace: str) -> None:
        log.warning("closing backup failed: %s", error)
        self._close_dialog()
        report_failure(self.window, error, template=_("Cadangan otomatis gagal: {reason}"), trace=trace)
        self._end()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect()
            self.dialog.close()
            self.dialog = None

    def _end(self) -> None:
        self._close_dialog()
        self.running = False
        self.finished = True
        self.window.close()
