"""The RTL tab of the meeting editor: the RTL this meeting created or reviews, and a form to add or update one.

The form is part of the meeting document: its button saves the whole meeting together with this RTL (see
:class:`~desktop.ui.meetings.meeting_editor.MeetingEditor`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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

from desktop.domain.i18n import _
from desktop.domain.meetings.codes import ActionStatus, FundingSource
from desktop.domain.meetings.records import ActionData, MeetingValidationError
from desktop.domain.periods import LockInfo
from desktop.services.meetings.meeting_save import RTL_PROBLEM_PREFIX
from desktop.ui.meetings.meeting_header_form import set_text_locked
from desktop.ui.meetings.region_combo import RegionCombo
from desktop.ui.meetings.rows_table_model import Column, RowsTableModel
from desktop.ui.widgets.code_combo import add_codes
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.dialogs import confirm_delete
from desktop.ui.widgets.field_errors import FieldErrors, error_label
from desktop.ui.widgets.period_banner import PeriodLockBanner
from desktop.ui.widgets.read_only_table import install_full_text_tooltips
from desktop.ui.widgets.unsaved import DirtyTracker


class ActionsTab(QWidget):
    """RTL list and editing form.

    Args:
        regions: (code, label) choices for the RTL's desa.
        parent: owner.

    Attributes:
        tracker: notices input in the form (not in the list, which only shows what is stored).
        confirm_replace: asked before the form's unsaved input is replaced (another RTL chosen, RTL baru);
            returns False to keep the input.

    Signals:
        save_requested(object): an :class:`ActionData` to add (no ``action_id``) or update, with the meeting.
        remove_requested(int): the RTL id to take out of the meeting (the user already confirmed).
    """

    save_requested = Signal(object)
    remove_requested = Signal(int)

    def __init__(self, regions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = [
            Column("description", _("Kegiatan"), editable=False),
            Column("responsible", _("Penanggung jawab"), editable=False),
            Column("deadline", _("Target"), display=lambda d: d.strftime("%d-%m-%Y") if d else "-", editable=False),
            Column("funding_source", _("Sumber dana"), "choice", FundingSource.source_labels(), editable=False),
            Column("status", _("Status"), display=self._status_text, editable=False, row_display=True),
            Column("carried_over", _("Lanjutan"), display=lambda v: _("ya") if v else "", editable=False),
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
        header.resizeSection(1, 120)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)  # funding labels are long
        header.resizeSection(3, 110)
        self._action_id: int | None = None
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("action_description")
        self.description.setMaximumHeight(60)
        self.responsible = QLineEdit(self)
        self.responsible.setObjectName("action_responsible")
        self.has_deadline = QCheckBox(_("ada target waktu"), self)
        self.has_deadline.setObjectName("action_has_deadline")
        # Typing a date ticks "ada target waktu", emptying the field unticks it; ticking fills in today.
        self.deadline = DateField(self, optional=True)
        self.deadline.setObjectName("action_deadline")
        self._locked = False
        self.action_locks: dict[int, LockInfo] = {}
        self.lock_banner = PeriodLockBanner(self)  # an RTL of an approved month: only its status moves on
        self.has_deadline.toggled.connect(self._on_has_deadline_toggled)
        self.deadline.textChanged.connect(self._on_deadline_typed)
        self.funding = QComboBox(self)
        self.funding.setObjectName("action_funding")
        self.funding.addItem("-", "")
        add_codes(self.funding, FundingSource)
        self.status = QComboBox(self)
        self.status.setObjectName("action_status")
        add_codes(self.status, ActionStatus)
        self.region = RegionCombo(regions, optional=True, parent=self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(_("catatan perkembangan pada rapat ini"))
        self.new_button = QPushButton(_("RTL baru"), self)
        self.new_button.setObjectName("action_new")
        self.save_button = QPushButton(_("Simpan RTL && rapat"), self)
        self.save_button.setObjectName("action_save")
        self.save_button.setToolTip(_("Menyimpan seluruh rapat (semua tab) beserta RTL di formulir ini, sekaligus."))
        self.remove_button = QPushButton(_("Hapus dari rapat"), self)
        self.remove_button.setObjectName("action_remove")
        self.general_problems = error_label(self, "action_problems")
        # Each problem is shown under its field (the others under the form); problems.text() lists them all.
        self.problems = FieldErrors(self, general=self.general_problems)
        self.tracker = DirtyTracker(self)
        self.tracker.watch(
            self.description,
            self.responsible,
            self.has_deadline,
            self.deadline,
            self.funding,
            self.status,
            self.region,
            self.note,
        )
        self.confirm_replace: Callable[[], bool] | None = None
        self._layout()
        self.view.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.new_button.clicked.connect(self._on_new)
        self.save_button.clicked.connect(self._on_save)
        self.remove_button.clicked.connect(self._on_remove)
        self.clear_form()

    @property
    def errors(self) -> FieldErrors:
        """The form's field errors (the same as :attr:`problems`)."""
        return self.problems

    def _layout(self) -> None:
        deadline_row = QWidget(self)
        deadline = QHBoxLayout(deadline_row)
        deadline.setContentsMargins(0, 0, 0, 0)
        deadline.addWidget(self.has_deadline)
        deadline.addWidget(self.deadline)
        deadline.addStretch(1)
        errors = self.problems
        form = QFormLayout()
        form.addRow(_("Kegiatan"), errors.field_row("description", self.description))
        form.addRow(_("Penanggung jawab"), errors.field_row("responsible", self.responsible))
        form.addRow(
            _("Target waktu"),
            errors.field_row("deadline", self.deadline, shown=deadline_row, cleared_by=[self.has_deadline.toggled]),
        )
        form.addRow(_("Sumber dana"), errors.field_row("funding_source", self.funding))
        form.addRow(_("Status di rapat ini"), errors.field_row("status", self.status))
        form.addRow(_("Desa/wilayah"), errors.field_row("region_code", self.region))
        form.addRow(_("Catatan"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.lock_banner)
        layout.addLayout(form)
        layout.addWidget(self.general_problems)
        layout.addLayout(buttons)

    def _status_text(self, action: ActionData) -> str:
        """The status this meeting records, and the RTL's status now when it moved on: ``Belum (kini Selesai)``."""
        text = ActionStatus.label_of(action.status)
        if action.current_status and action.current_status != action.status:
            now = ActionStatus.label_of(action.current_status)
            return _("{text} (kini {now})").format(text=text, now=now)
        return text

    def set_actions(self, actions: list[ActionData]) -> None:
        """Shows the meeting's RTL and clears the form."""
        self.model.set_rows(actions)
        self.clear_form()

    def set_action_locks(self, locks: dict[int, LockInfo]) -> None:
        """The RTLs decided in a meeting of an approved month (by id): their content is shown read-only."""
        self.action_locks = locks
        self._show_action_lock()

    def _show_action_lock(self) -> None:
        """Shows the approval of the RTL in the form; its content read-only, its status and note still editable."""
        lock = self.action_locks.get(self._action_id) if self._action_id is not None else None
        self.lock_banner.show_lock(lock)
        if self._locked:
            return
        content_locked = lock is not None
        for text in (self.description, self.responsible, self.deadline):
            set_text_locked(text, content_locked)
        for widget in (self.has_deadline, self.funding, self.region):
            widget.setEnabled(not content_locked)

    def clear_form(self) -> None:
        """Empties the form for a new RTL (nothing selected in the list; the form is clean)."""
        with self.tracker.loading():
            self._action_id = None
            self._select_quietly(None)
            self.description.clear()
            self.responsible.clear()
            self.has_deadline.setChecked(False)
            self.deadline.clear_value()
            self.funding.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            self.region.set_code("")
            self.note.clear()
            self.problems.clear()
        self._show_action_lock()

    def _on_has_deadline_toggled(self, on: bool) -> None:
        if on and self.deadline.is_empty():
            self.deadline.set_value(date.today())
        elif not on and not self.deadline.is_empty():
            self.deadline.clear_value()

    def _on_deadline_typed(self, text: str) -> None:
        if self.has_deadline.isChecked() != bool(text.strip()):
            self.has_deadline.blockSignals(True)  # the field already shows what the box would set
            self.has_deadline.setChecked(bool(text.strip()))
            self.has_deadline.blockSignals(False)

    def _select_quietly(self, action_id: int | None) -> None:
        """Selects the list row of an RTL (none for None) without filling the form again."""
        selection = self.view.selectionModel()
        blocked = selection.blockSignals(True)
        try:
            row = self.row_of(action_id)
            if row is None:
                selection.clear()
                self.view.setCurrentIndex(QModelIndex())
            else:
                self.view.selectRow(row)
        finally:
            selection.blockSignals(blocked)

    def row_of(self, action_id: int | None) -> int | None:
        """The list row showing an RTL, or None."""
        if action_id is None:
            return None
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).action_id == action_id:
                return row
        return None

    def _may_replace(self) -> bool:
        return not self.tracker.is_dirty or self.confirm_replace is None or self.confirm_replace()

    def _on_new(self) -> None:
        if self._may_replace():
            self.clear_form()

    def _on_row_changed(self, current: object, _previous: object) -> None:
        row = getattr(current, "row", lambda: -1)()
        if row < 0:
            return
        target = self.model.row_at(row).action_id
        if target == self._action_id and self.tracker.is_dirty:
            return
        if not self._may_replace():
            # The input stays, and so does its row; again after the click that chose the other row is done.
            self._select_quietly(self._action_id)
            QTimer.singleShot(0, lambda: self._select_quietly(self._action_id))
            return
        self.select_action(target)

    def select_action(self, action_id: int | None) -> None:
        """Selects an RTL in the list and shows it in the form (clean); a new RTL form for None or an unknown id."""
        row = self.row_of(action_id)
        if row is None:
            self.clear_form()
            return
        action: ActionData = self.model.row_at(row)
        with self.tracker.loading():
            self._select_quietly(action.action_id)
            self._action_id = action.action_id
            self.description.setPlainText(action.description)
            self.responsible.setText(action.responsible)
            self.deadline.set_value(action.deadline)
            self.has_deadline.setChecked(action.deadline is not None)
            self.funding.setCurrentIndex(max(self.funding.findData(action.funding_source), 0))
            self.status.setCurrentIndex(max(self.status.findData(action.status), 0))
            self.region.set_code(action.region_code)
            self.note.setText(action.note)
            self.problems.clear()
        self._show_action_lock()

    @property
    def action_id(self) -> int | None:
        """The RTL in the form (None: a new one)."""
        return self._action_id

    def has_input(self) -> bool:
        """True when the form holds something to save: changes to a listed RTL, or a new RTL with any text."""
        if not self.tracker.is_dirty:
            return False
        if self._action_id is not None:
            return True
        return any(text.strip() for text in (self.description.toPlainText(), self.responsible.text(), self.note.text()))

    def title(self) -> str:
        """The RTL in the form, named for questions: ``RTL 'Verval KRS Desa Cibadak'``."""
        text = " ".join(self.description.toPlainText().split())
        if not text:
            return _("RTL baru")
        return _("RTL '{name}'").format(name=text if len(text) <= 60 else text[:57] + "…")

    def show_problems(self, problems: dict[str, str]) -> None:
        """Shows the RTL's validation problems under their fields (the others under the form)."""
        self.problems.show(problems)

    def check_input(self) -> bool:
        """Refuses a target date that is not valid, under the field; True when the form may be saved."""
        if not self.deadline.commit():
            self.problems.set_error("deadline", self.deadline.problem())
            return False
        return True

    def collect(self) -> ActionData:
        """The RTL in the form.

        Raises:
            MeetingValidationError: the target date is not valid (``rtl.deadline``; shown under the field).
        """
        if not self.check_input():
            raise MeetingValidationError({RTL_PROBLEM_PREFIX + "deadline": self.deadline.problem()})
        return ActionData(
            action_id=self._action_id,
            description=self.description.toPlainText(),
            responsible=self.responsible.text(),
            deadline=self.deadline.value() if self.has_deadline.isChecked() else None,
            funding_source=str(self.funding.currentData() or ""),
            status=str(self.status.currentData()),
            region_code=self.region.code() or None,
            note=self.note.text(),
        )

    def _on_save(self) -> None:
        if self.check_input():
            self.save_requested.emit(self.collect())

    def _on_remove(self) -> None:
        row = self.row_of(self._action_id)
        if self._action_id is None or row is None:
            self.problems.show({"": _("Pilih RTL di daftar lebih dulu.")})
            return
        action: ActionData = self.model.row_at(row)
        name = " ".join(action.description.split())
        detail = (
            _("RTL lanjutan hanya dikeluarkan dari rapat ini; RTL itu sendiri tetap ada.")
            if action.carried_over
            else _("RTL ini dibuat pada rapat ini dan akan dihapus beserta riwayatnya.")
        )
        if confirm_delete(self, _("RTL '{name}' dari rapat ini").format(name=name), detail):
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
        set_text_locked(self.deadline, locked)
        if not locked:
            self._show_action_lock()
