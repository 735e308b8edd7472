"""The "Versi & lampiran" tab: finalised versions with their reasons, and attached files (signed scans)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import _
from desktop.domain.numbers import size_text
from desktop.services.meetings.attachments import AttachmentInfo
from desktop.services.meetings.versions import VersionInfo
from desktop.ui.meetings.rows_table_model import Column, RowsTableModel
from desktop.ui.widgets.read_only_table import install_full_text_tooltips


def _local_time(value: datetime) -> str:
    """A stored UTC time in this computer's time zone (WIB/WITA/WIT as the office's Windows is set)."""
    return value.astimezone().strftime("%d-%m-%Y %H.%M")


class VersionsTab(QWidget):
    """Versions and attachments of a meeting.

    Signals:
        attach_requested(): the user wants to attach a file.
        open_requested(object): open this :class:`AttachmentInfo`.
    """

    attach_requested = Signal()
    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = RowsTableModel(
            [
                Column("version_no", _("Versi"), editable=False),
                Column("reason", _("Alasan"), editable=False),
                Column("finalised_by", _("Oleh"), editable=False),
                Column(
                    "finalised_at",
                    _("Waktu"),
                    display=_local_time,
                    editable=False,
                ),
            ],
            lambda: None,
            self,
        )
        self.attachments = RowsTableModel(
            [
                Column("file_name", _("Berkas"), editable=False),
                Column("size", _("Ukuran"), display=size_text, editable=False),
                Column("sha256", _("SHA-256"), display=lambda value: value[:16] + "…", editable=False),
            ],
            lambda: None,
            self,
        )
        self.versions_view = self._view(self.versions, "versions_view", stretch=1)  # the reason
        self.attachments_view = self._view(self.attachments, "attachments_view", stretch=0)  # the file name
        self.attach_button = QPushButton(_("Lampirkan scan/berkas…"), self)
        self.attach_button.setObjectName("attach_file")
        self.open_button = QPushButton(_("Buka lampiran"), self)
        self.open_button.setObjectName("open_attachment")
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Versi final notulen (versi lama tetap dapat dicetak):"), self))
        layout.addWidget(self.versions_view, 1)
        layout.addWidget(QLabel(_("Lampiran (scan notulen bertanda tangan, foto; PDF/JPG/PNG):"), self))
        layout.addWidget(self.attachments_view, 1)
        layout.addLayout(buttons)
        self.attach_button.clicked.connect(self.attach_requested)
        self.open_button.clicked.connect(self._on_open)

    def _view(self, model: RowsTableModel, name: str, stretch: int) -> QTableView:
        view = QTableView(self)
        install_full_text_tooltips(view)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def set_data(self, versions: list[VersionInfo], attachments: list[AttachmentInfo]) -> None:
        """Shows the versions and attachments."""
        self.versions.set_rows(versions)
        self.attachments.set_rows(attachments)

    def _on_open(self) -> None:
        index = self.attachments_view.currentIndex()
        row = index.row() if index.isValid() else self.attachments.rowCount() - 1
        if row >= 0:
            self.open_requested.emit(self.attachments.row_at(row))
