"""Tabs of the meeting editor that edit a list in a table: participants, agenda, discussion, decisions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import _
from desktop.domain.meetings.codes import Attendance, Gender
from desktop.domain.meetings.records import AgendaData, DecisionData, DiscussionData, ParticipantData
from desktop.services.meetings.directory import PersonInfo
from desktop.ui.meetings.rows_table_model import ChoiceDelegate, Column, RowsTableModel
from desktop.ui.widgets.dialogs import confirm_delete
from desktop.ui.widgets.read_only_table import install_full_text_tooltips

Index = QModelIndex | QPersistentModelIndex


class ListTab(QWidget):
    """A table of rows with Add and Remove buttons; removing asks first, naming the rows.

    Args:
        columns: the columns.
        factory: makes an empty row.
        name: object-name prefix (``agenda``) of the view and buttons.
        parent: owner.
        describe: names a row for the delete question (``peserta 'Rina Marlina'``), from the row and its number.
    """

    def __init__(
        self,
        columns: list[Column],
        factory: Callable[[], Any],
        name: str,
        parent: QWidget | None = None,
        describe: Callable[[Any, int], str] | None = None,
    ):
        super().__init__(parent)
        self._describe = describe or (lambda _row, number: _("baris nomor {number}").format(number=str(number)))
        self.model = RowsTableModel(columns, factory, self)
        self.view = QTableView(self)
        install_full_text_tooltips(self.view)
        self.view.setObjectName(f"{name}_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for position, column in enumerate(columns):
            if column.kind == "choice" and column.choices is not None:
                self.view.setItemDelegateForColumn(position, ChoiceDelegate(column.choices, self.view))
        self.add_button = QPushButton(_("Tambah baris"), self)
        self.add_button.setObjectName(f"{name}_add")
        self.remove_button = QPushButton(_("Hapus baris"), self)
        self.remove_button.setObjectName(f"{name}_remove")
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self._remove_selected)

    def add_row(self, item: Any = None) -> int:
        """Adds a row (empty by default), selects it and starts editing its first editable cell."""
        row = self.model.add_row(item if not isinstance(item, bool) else None)
        first = next((i for i, c in enumerate(self.model.columns) if c.editable and c.kind != "bool"), 0)
        index = self.model.index(row, first)
        self.view.setCurrentIndex(index)
        return row

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        if not rows:
            return
        if len(rows) == 1:
            what = self._describe(self.model.row_at(rows[0]), rows[0] + 1)
        else:
            names = ", ".join(self._describe(self.model.row_at(row), row + 1) for row in sorted(rows))
            what = _("{count} baris ({names})").format(count=str(len(rows)), names=names)
        if not confirm_delete(self, what, _("Penghapusan berlaku setelah rapat disimpan.")):
            return
        for row in rows:
            self.model.remove_row(row)
        self.view.selectionModel().clear()  # nothing is selected for the next click

    def set_read_only(self, locked: bool) -> None:
        """Locks the table (finalised minutes)."""
        self.model.read_only = locked
        self.add_button.setEnabled(not locked)
        self.remove_button.setEnabled(not locked)
        for button in self.findChildren(QPushButton):
            button.setEnabled(not locked)


class NameDelegate(QStyledItemDelegate):
    """Edits a participant's name with completion from the people directory."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A line edit completing names met before (matching anywhere, case-insensitive)."""
        editor = QLineEdit(parent)
        completer = QCompleter(self.names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class ParticipantsTab(ListTab):
    """The participants, completing names from the people directory and filling the rest of a known person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            Column("name", _("Nama")),
            Column("position", _("Jabatan")),
            Column("institution", _("Instansi/unsur")),
            Column("gender", _("L/P"), "choice", {"": "-", **{gender.value: gender.value for gender in Gender}}),
            Column("phone", _("No. HP")),
            Column("nip", _("NIP")),
            Column("attendance", _("Kehadiran"), "choice", Attendance.source_labels()),
        ]
        super().__init__(columns, ParticipantData, "participants", parent, describe=_named(_("peserta"), "name"))
        self.people: dict[str, PersonInfo] = {}
        self.name_delegate = NameDelegate(self.view)
        self.view.setItemDelegateForColumn(0, self.name_delegate)
        self.copy_button = QPushButton(_("Salin peserta rapat sebelumnya"), self)
        self.copy_button.setObjectName("participants_copy")
        self.buttons.insertWidget(2, self.copy_button)
        self.model.dataChanged.connect(self._on_data_changed)

    def set_people(self, people: list[PersonInfo]) -> None:
        """The directory used for completion."""
        self.people = {person.name: person for person in people}
        self.name_delegate.names = sorted(self.people)

    def _on_data_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex, _roles: Any = None) -> None:
        if top_left.column() != 0:
            return
        row: ParticipantData = self.model.row_at(top_left.row())
        person = self.people.get(row.name.strip())
        if person is None:
            return
        row.person_id = person.id
        for attr in ("position", "institution", "gender", "phone", "nip"):
            if not getattr(row, attr):
                setattr(row, attr, getattr(person, attr))
        last = self.model.index(top_left.row(), self.model.columnCount() - 1)
        self.model.dataChanged.emit(self.model.index(top_left.row(), 1), last)


def _named(kind: str, attr: str) -> Callable[[Any, int], str]:
    """Names a row by one of its texts: ``peserta 'Rina Marlina'`` (``peserta nomor 2`` while empty)."""

    def describe(row: Any, number: int) -> str:
        text = " ".join(str(getattr(row, attr) or "").split())
        if not text:
            return _("{kind} nomor {number}").format(kind=kind, number=str(number))
        return f"{kind} '{text if len(text) <= 60 else text[:57] + '…'}'"

    return describe


def agenda_tab(parent: QWidget) -> ListTab:
    """The agenda: title and a done check box (unfinished items carry over to the next meeting)."""
    columns = [
        Column("title", _("Butir agenda")),
        Column("carried", _("Lanjutan"), display=lambda v: _("ya") if v else "", editable=False),
        Column("done", _("Selesai dibahas"), "bool"),
    ]
    return ListTab(columns, AgendaData, "agenda", parent, describe=_named(_("butir agenda"), "title"))


def discussion_tab(parent: QWidget) -> ListTab:
    """Who said what."""
    columns = [Column("speaker", _("Pembicara")), Column("content", _("Isi pembahasan"))]
    return ListTab(columns, DiscussionData, "discussion", parent, describe=_named(_("pembahasan"), "content"))


def decisions_tab(parent: QWidget) -> ListTab:
    """Conclusions and decisions."""
    return ListTab(
        [Column("content", _("Kesimpulan/keputusan"))],
        DecisionData,
        "decisions",
        parent,
        describe=_named(_("kesimpulan"), "content"),
    )
