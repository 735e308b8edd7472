"""Riwayat perubahan: the audit trail filtered by user, office, record type, record, action and dates; it opens
the record's page and exports the filtered trail to .xlsx in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.audit import AuditAction, AuditEntity
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.services.audit_trail import AuditFilter, audit_choices, export_audit
from desktop.services.tasks import TaskControl
from desktop.ui.audit.audit_table_model import AuditTableModel
from desktop.ui.widgets.change_watcher import ChangeWatcher
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.read_only_table import LIST_ROW_HEIGHT, configure_read_only, install_full_text_tooltips
from desktop.ui.widgets.save_target import checked_save_target
from desktop.ui.window_context import WindowContext

# The page that shows each kind of record (the navigation key of desktop.ui.pages).
ENTITY_PAGES = {
    "krs_family": "krs",
    "krs_verification": "krs",
    "case_child": "cases",
    "case_measurement": "cases",
    "case_status_change": "cases",
    "meeting_series": "meetings",
    "meeting": "meetings",
    "meeting_participant": "meetings",
    "agenda_item": "meetings",
    "discussion_point": "meetings",
    "meeting_decision": "meetings",
    "meeting_version": "meetings",
    "meeting_attachment": "meetings",
    "action_item": "rtl",
    "action_review": "rtl",
    "action_status_change": "rtl",
    "aksi_framework": "aksi",
    "aksi_action": "aksi",
    "aksi_progress": "aksi",
    "aksi_output": "aksi",
    "aksi_evidence": "aksi",
    "checklist_value": "aksi",
    "prevalence_figure": "aksi",
    "office": "settings",
    "exchange_package": "exchange",
    "report": "reports",
}


def _combo(parent: QWidget, name: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(_("Semua"), "")
    for code, label in items:
        combo.addItem(label, code)
    return combo


class AuditPage(QWidget):
    """The Riwayat perubahan page."""

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        factory = context.app.session_factory
        self.model = AuditTableModel(factory, self)
        choices = audit_choices(factory)
        self.actor = _combo(self, "audit_actor", [(a, a) for a in choices.actors])
        self.office = _combo(self, "audit_office", [(o, o) for o in choices.offices])
        self.entity = _combo(
            self, "audit_entity", sorted(((e.value, e.label) for e in AuditEntity), key=lambda i: i[1])
        )
        self.action = _combo(self, "audit_action", [(a.value, a.label) for a in AuditAction])
        self.record = QLineEdit(self)
        self.record.setPlaceholderText(_("uuid catatan"))
        self.since = DateField(self, optional=True)
        self.until = DateField(self, optional=True)
        self.apply_button = QPushButton(_("&Tampilkan"), self)
        self.open_button = QPushButton(_("&Buka catatan"), self)
        self.export_button = QPushButton(_("&Ekspor .xlsx"), self)
        self.message = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        configure_read_only(self.table, row_height=LIST_ROW_HEIGHT)
        install_full_text_tooltips(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._layout()
        self.apply_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self.open_record)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.table.doubleClicked.connect(lambda _index: self.open_record())
        self.watcher = ChangeWatcher(factory, self)
        self.watcher.changed.connect(self.refresh)
        self.refresh()

    def _layout(self) -> None:
        filters = QGridLayout()
        fields = (
            (_("Pengguna:"), self.actor),
            (_("Kantor:"), self.office),
            (_("Jenis:"), self.entity),
            (_("Tindakan:"), self.action),
            (_("Catatan:"), self.record),
            (_("Sejak:"), self.since),
            (_("Sampai:"), self.until),
        )
        for number, (label, widget) in enumerate(fields):
            row, column = divmod(number, 4)
            filters.addWidget(QLabel(label, self), row, 2 * column)
            filters.addWidget(widget, row, 2 * column + 1)
            if isinstance(widget, QComboBox):
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.record.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 36))
        filters.addWidget(self.apply_button, 1, 7)
        filters.setColumnStretch(8, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def wanted(self) -> AuditFilter:
        """The filter as the fields show it."""
        return AuditFilter(
            actor=str(self.actor.currentData() or ""),
            office_code=str(self.office.currentData() or ""),
            entity=str(self.entity.currentData() or ""),
            record=self.record.text().strip(),
            action=str(self.action.currentData() or ""),
            since=self.since.value(),
            until=self.until.value(),
        )

    def refresh(self) -> None:
        """Reads the first page of the filtered trail (also when another PC wrote something)."""
        try:
            self.model.load(self.wanted())
        except UserError as error:
            report_failure(self, error, show=self.message)
            return
        self.watcher_seen()
        count = self.model.rowCount()
        more = _(" (gulir untuk yang lebih lama)") if self.model.canFetchMore() else ""
        self.message.setText(_("{count} entri{more}").format(count=count, more=more))

    def watcher_seen(self) -> None:
        """After a reload: the counter it showed is the one to compare with."""
        if hasattr(self, "watcher"):
            self.watcher.mark_seen()

    def selected(self) -> Any | None:
        """The audit row selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def open_record(self) -> str | None:
        """Shows the page of the selected entry's record; returns that page's key (None: no page shows it)."""
        row = self.selected()
        key = ENTITY_PAGES.get(row.entity) if row is not None else None
        window = self.window()
        if key is None or not hasattr(window, "show_page"):
            self.message.setText(_("Catatan ini tidak punya halaman sendiri."))
            return None
        window.show_page(key)
        return key

    def _on_export_clicked(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Ekspor riwayat"), "riwayat-perubahan.xlsx", "Excel (*.xlsx)"
        )
        if name:
            self.export(Path(name))

    def export(self, target: Path) -> Any:
        """Writes the filtered trail to ``target`` in the background; the message says how many entries."""
        checked = checked_save_target(self, target, app=self.context.app, show=self.message)
        if checked is None:
            return None
        target = checked
        wanted = self.wanted()
        factory = self.context.app.session_factory
        self.export_button.setEnabled(False)
        self.message.setText(_("Menulis riwayat..."))

        def work(control: TaskControl) -> int:
            return export_audit(factory, wanted, target, control=control)

        def done(rows: int) -> None:
            self.export_button.setEnabled(True)
            self.message.setText(_("{rows} entri riwayat disimpan ke {name}.").format(rows=rows, name=target.name))

        def failed(error: BaseException, trace: str) -> None:
            self.export_button.setEnabled(True)
            report_failure(self, error, show=self.message, trace=trace)

        return self.context.runner.run(work, on_done=done, on_error=failed)
