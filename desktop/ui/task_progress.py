"""A status-bar progress indicator with a Cancel button for background tasks."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop.domain.i18n import _
from desktop.ui.worker import TaskHandle


class TaskProgress(QWidget):
    """Shows the progress of one background task in the status bar; hidden when idle.

    Args:
        parent: owner.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_progress")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(180)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(_("Batal"))
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._handle: TaskHandle | None = None
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.hide()

    def track(self, handle: TaskHandle, title: str) -> None:
        """Follows a task until it ends."""
        self._handle = handle
        self.label.setText(title)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        handle.progress_changed.connect(self._on_task_progress_changed)
        handle.ended.connect(self._on_task_ended)
        self.show()

    def _on_task_progress_changed(self, done: int, total: int, message: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        self.bar.setFormat(f"%p% {message}" if message else "%p%")

    def _on_task_ended(self) -> None:
        self._handle = None
        self.hide()

    def _on_cancel_clicked(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)
