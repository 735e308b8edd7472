"""RTL: every follow-up action across meetings, overdue ones highlighted; filter by PIC, region and deadline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import long_date
from desktop.domain.i18n import _
from desktop.domain.meetings.codes import ActionStatus, FundingSource
from desktop.domain.meetings.records import MeetingError
from desktop.services.meetings.content_service import set_action_status
from desktop.services.meetings.directory import ActionFilter, ActionOverviewRow, action_history, list_actions
from desktop.services.meetings.meeting_service import region_choices
from desktop.services.office import get_office
from desktop.ui.meetings.region_combo import RegionCombo
from desktop.ui.meetings.rows_table_model import Column, RowsTableModel
from desktop.ui.widgets.code_combo import add_codes
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.read_only_table import install_full_text_tooltips
from desktop.ui.widgets.unsaved import DirtyTracker, settle_unsaved
from desktop.ui.window_context import WindowContext

FILTER_DELAY_MS = 250


class RtlOverviewPage(QWidget):
    """The RTL overview page.

    The status form (new status and note for the selected RTL) is input: leaving the page with a status chosen
    or a note typed but not applied asks Simpan / Buang / Batal.

    Args:
        context: the window context.
    """

    def __init__(self, context: WindowContext) -> None:
        super().__init__()
        self.setObjectName("rtl_page")
        self.context = context
        office = get_office(context.app.session_factory)
        regions = region_choices(context.app.session_factory, office.region_code) if office else []
        self.responsible = QLineEdit(self)
        self.responsible.setObjectName("rtl_filter_pic")
        self.responsible.setPlaceholderText(_("Penanggung jawab berisi…"))
        self.region = RegionCombo(regions, optional=True, empty_label=_("(semua wilayah)"), parent=self)
        self.region.setObjectName("rtl_filter_region")
        self.use_deadline = QCheckBox(_("target sampai"), self)
        self.use_deadline.setObjectName("rtl_filter_use_deadline")
        self.deadline = DateField(self, value=date.today())
        self.deadline.setObjectName("rtl_filter_deadline")
        self.open_only = QCheckBox(_("hanya yang belum selesai"), self)
        self.open_only.setObjectName("rtl_filter_open")
        self.open_only.setChecked(True)
        self.model = RowsTableModel(
            [
                Column("description", _("Kegiatan"), editable=False),
                Column("responsible", _("Penanggung jawab"), editable=False),
                Column(
                    "deadline",
                    _("Target waktu"),
                    display=lambda d: long_date(d, screen=True) if d else "-",
                    editable=False,
                ),
                Column("status", _("Status"), "choice", ActionStatus.source_labels(), editable=False),
                Column("overdue", _("Terlambat"), display=lambda v: _("TERLAMBAT") if v else "", editable=False),
                Column("region_name", _("Wilayah"), editable=False),
                Column(
                    "funding_source",
                    _("Sumber dana"),
                    display=FundingSource.label_of,
                    editable=False,
                ),
                Column("meeting_title", _("Dari rapat"), editable=False),
            ],
            lambda: None,
            self,
        )
        self.model.highlight = lambda row: bool(row.overdue)
        self.view = QTableView(self)
        install_full_text_tooltips(self.view)
        self.view.setObjectName("rtl_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # short columns fit their text
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the description takes the rest
        # Long names (PIC, meeting title) get a fixed share, cut with their full text in the tooltip, so the
        # description keeps the room on a 1280-pixel window.
        for column, width in ((1, 150), (7, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.summary = QLabel(self)
        self.summary.setObjectName("rtl_summary")
        self.new_status = QComboBox(self)
        self.new_status.setObjectName("rtl_new_status")
        add_codes(self.new_status, ActionStatus)
        self.note = QLineEdit(self)
        self.note.setObjectName("rtl_status_note")
        self.note.setPlaceholderText(_("catatan perubahan status"))
        self.change_button = QPushButton(_("Ubah status"), self)
        self.change_button.setObjectName("rtl_change_status")
        self.history = QLabel(self)
        self.history.setObjectName("rtl_history")
        self.history.setWordWrap(True)
        self.tracker = DirtyTracker(self)
        self.tracker.watch(self.new_status, self.note)
        self._layout()
        # Typing in the PIC filter reloads once the user pauses, not on every keystroke.
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.refresh)
        self.responsible.textChanged.connect(lambda *_args: self.filter_timer.start())
        for signal in (
            self.region.currentIndexChanged,
            self.use_deadline.toggled,
            self.deadline.dateChanged,
            self.open_only.toggled,
        ):
            signal.connect(lambda *_args: self.refresh())
        self.view.selectionModel().currentRowChanged.connect(lambda *_args: self._show_history())
        self.change_button.clicked.connect(self.change_status)
        self.refresh()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.responsible, 1)
        filters.addWidget(self.region, 1)
        filters.addWidget(self.use_deadline)
        filters.addWidget(self.deadline)
        filters.addWidget(self.open_only)
        status = QHBoxLayout()
        status.addWidget(QLabel(_("Status baru:"), self))
        status.addWidget(self.new_status)
        status.addWidget(self.note, 1)
        status.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(status)
        layout.addWidget(self.history)

    def current_filter(self) -> ActionFilter:
        """The filter set on the page (a target date that is not valid filters nothing; its field is red)."""
        return ActionFilter(
            open_only=self.open_only.isChecked(),
            responsible=self.responsible.text(),
            region_code=self.region.code(),
            deadline_before=self.deadline.value() if self.use_deadline.isChecked() else None,
        )

    def refresh(self) -> None:
        """Reloads the list with the current filter."""
        self.filter_timer.stop()
        rows = list_actions(self.context.app.session_factory, self.current_filter())
        self.model.set_rows(rows)
        overdue = sum(1 for row in rows if row.overdue)
        summary = _("{count} RTL, {overdue} terlambat (ditandai merah).").format(count=len(rows), overdue=overdue)
        if self.use_deadline.isChecked() and self.deadline.value() is None:
            summary += " " + _("Tanggal target belum benar; filter tanggal tidak dipakai.")
        self.summary.setText(summary)
        self.history.clear()

    def _selected(self) -> ActionOverviewRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_history(self) -> None:
        row = self._selected()
        if row is None:
            self.history.clear()
            return
        entries = action_history(self.context.app.session_factory, row.action_id)
        lines = [
            f"{entry.changed_at:%d-%m-%Y}: {ActionStatus.label_of(entry.old_status)} → "
            f"{ActionStatus.label_of(entry.new_status)}" + (f" ({entry.note})" if entry.note else "")
            for entry in entries
        ]
        self.history.setText(_("Riwayat status: ") + "; ".join(lines))

    def change_status(self) -> bool:
        """Sets the selected RTL's status (outside a meeting), recorded in its history; False when refused."""
        row = self._selected()
        if row is None:
            self.history.setText(_("Pilih RTL lebih dulu."))
            return False
        try:
            set_action_status(
                self.context.app.session_factory, row.action_id, str(self.new_status.currentData()), self.note.text()
            )
        except MeetingError as error:
            self.history.setText(str(error))
            return False
        with self.tracker.loading():
            self.note.clear()
        self.refresh()
        return True

    # --- unsaved changes: the page and editor protocols ---

    def has_unsaved_changes(self) -> bool:
        """True while a status or note is entered for the selected RTL but not applied."""
        return self.tracker.is_dirty and self._selected() is not None

    def save_changes(self) -> bool:
        """Applies the status change (see :meth:`change_status`)."""
        return self.change_status()

    def discard_changes(self) -> None:
        """Forgets the status and note entered."""
        with self.tracker.loading():
            self.note.clear()

    def unsaved_title(self) -> str:
        """``perubahan status RTL 'Verval KRS'``."""
        row = self._selected()
        name = " ".join(row.description.split()) if row is not None else ""
        return _("perubahan status RTL '{name}'").format(name=name)

    def confirm_leave(self) -> bool:
        """Asks about a status change not applied; False keeps the page."""
        return settle_unsaved(self, self)
