"""The RTL tab of the meeting editor: the RTL this meeting created or reviews, and a form to add or update one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.meetings.codes import ACTION_STATUSES, FUNDING_SOURCES
from desktop.services.meetings.records import ActionData
from desktop.ui.meetings.meeting_header_form import set_text_locked
from desktop.ui.meetings.region_combo import RegionCombo
from desktop.ui.meetings.rows_table_model import Column, RowsTableModel
from desktop.ui.widgets.read_only_table import install_full_text_tooltips


class ActionsTab(QWidget):
    """RTL list and editing form.

    Args:
        regions: (code, label) choices for the RTL's desa.
        parent: owner.

    Signals:
        save_requested(object): an :class:`ActionData` to add (no ``action_id``) or update.
        remove_requested(int): the RTL id to take out of the meeting.
    """

    save_requested = Signal(object)
    remove_requested = Signal(int)

    def __init__(self, regions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = [
            Column("description", self.tr("Kegiatan"), editable=False),
            Column("responsible", self.tr("Penanggung jawab"), editable=False),
            Column(
                "deadline", self.tr("Target"), display=lambda d: d.strftime("%d-%m-%Y") if d else "-", editable=False
            ),
            Column("funding_source", self.tr("Sumber dana"), "choice", FUNDING_SOURCES, editable=False),
            Column("status", self.tr("Status"), "choice", ACTION_STATUSES, editable=False),
            Column("carried_over", self.tr("Lanjutan"), display=lambda v: self.tr("ya") if v else "", editable=False),
        ]
        self.model = RowsTableModel(columns, ActionData, self)
        self.view = QTableView(self)
        install_full_text_tooltips(self.view)
        self.view.setObjectName("actions_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # short columns fit their text
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the description takes the rest
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # PIC names can be long
        header.resizeSection(1, 150)
        self._action_id: int | None = None
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("action_description")
        self.description.setMaximumHeight(60)
        self.responsible = QLineEdit(self)
        self.responsible.setObjectName("action_responsible")
        self.has_deadline = QCheckBox(self.tr("ada target waktu"), self)
        self.has_deadline.setObjectName("action_has_deadline")
        self.deadline = QDateEdit(self)
        self.deadline.setObjectName("action_deadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd-MM-yyyy")
        self._locked = False
        self.has_deadline.toggled.connect(lambda on: self.deadline.setEnabled(on and not self._locked))
        self.funding = QComboBox(self)
        self.funding.setObjectName("action_funding")
        self.funding.addItem("-", "")
        for code, label in FUNDING_SOURCES.items():
            self.funding.addItem(label, code)
        self.status = QComboBox(self)
        self.status.setObjectName("action_status")
        for code, label in ACTION_STATUSES.items():
            self.status.addItem(self.tr(label), code)
        self.region = RegionCombo(regions, optional=True, parent=self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("catatan perkembangan pada rapat ini"))
        self.new_button = QPushButton(self.tr("RTL baru"), self)
        self.new_button.setObjectName("action_new")
        self.save_button = QPushButton(self.tr("Simpan RTL"), self)
        self.save_button.setObjectName("action_save")
        self.remove_button = QPushButton(self.tr("Hapus dari rapat"), self)
        self.remove_button.setObjectName("action_remove")
        self._layout()
        self.view.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.new_button.clicked.connect(self.clear_form)
        self.save_button.clicked.connect(self._on_save)
        self.remove_button.clicked.connect(self._on_remove)
        self.clear_form()

    def _layout(self) -> None:
        deadline = QHBoxLayout()
        deadline.addWidget(self.has_deadline)
        deadline.addWidget(self.deadline)
        deadline.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Kegiatan"), self.description)
        form.addRow(self.tr("Penanggung jawab"), self.responsible)
        form.addRow(self.tr("Target waktu"), deadline)
        form.addRow(self.tr("Sumber dana"), self.funding)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Desa/wilayah"), self.region)
        form.addRow(self.tr("Catatan"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def set_actions(self, actions: list[ActionData]) -> None:
        """Shows the meeting's RTL and clears the form."""
        self.model.set_rows(actions)
        self.clear_form()

    def clear_form(self) -> None:
        """Empties the form for a new RTL."""
        self._action_id = None
        self.view.clearSelection()
        self.description.clear()
        self.responsible.clear()
        self.has_deadline.setChecked(False)
        self.deadline.setEnabled(False)  # follows has_deadline, which the lock disables
        self.deadline.setDate(QDate.currentDate())
        self.funding.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.region.set_code("")
        self.note.clear()

    def _on_row_changed(self, current: object, _previous: object) -> None:
        row = getattr(current, "row", lambda: -1)()
        if row < 0:
            return
        action: ActionData = self.model.row_at(row)
        self._action_id = action.action_id
        self.description.setPlainText(action.description)
        self.responsible.setText(action.responsible)
        self.has_deadline.setChecked(action.deadline is not None)
        if action.deadline is not None:
            self.deadline.setDate(QDate(action.deadline.year, action.deadline.month, action.deadline.day))
        self.funding.setCurrentIndex(max(self.funding.findData(action.funding_source), 0))
        self.status.setCurrentIndex(max(self.status.findData(action.status), 0))
        self.region.set_code(action.region_code)
        self.note.setText(action.note)

    def collect(self) -> ActionData:
        """The RTL in the form."""
        qdate = self.deadline.date()
        return ActionData(
            action_id=self._action_id,
            description=self.description.toPlainText(),
            responsible=self.responsible.text(),
            deadline=date(qdate.year(), qdate.month(), qdate.day()) if self.has_deadline.isChecked() else None,
            funding_source=str(self.funding.currentData() or ""),
            status=str(self.status.currentData()),
            region_code=self.region.code() or None,
            note=self.note.text(),
        )

    def _on_save(self) -> None:
        self.save_requested.emit(self.collect())

    def _on_remove(self) -> None:
        if self._action_id is not None:
            self.remove_requested.emit(self._action_id)

    def set_read_only(self, locked: bool) -> None:
        """Locks the form and its buttons (finalised minutes); the list stays browsable."""
        self._locked = locked
        for button in (self.new_button, self.save_button, self.remove_button):
            button.setEnabled(not locked)
        for text in (self.description, self.responsible, self.note):
            set_text_locked(text, locked)
        for widget in (self.has_deadline, self.funding, self.status, self.region):  # combos and boxes: disabled
            widget.setEnabled(not locked)
        self.deadline.setEnabled(not locked and self.has_deadline.isChecked())
