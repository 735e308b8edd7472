"""An editable table model over a list of dataclass rows (participants, agenda, discussion, decisions, RTL)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.i18n import _

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a rows model.

    Attributes:
        attr: the dataclass attribute shown.
        title: the header (Indonesian, already translated).
        kind: ``text``, ``bool`` (a check box) or ``choice`` (a code shown by its label).
        choices: code to label, for ``choice`` columns.
        display: formats the value for display (read-only columns such as dates).
        editable: the cell can be edited.
        row_display: ``display`` gets the whole row instead of the attribute (a cell combining two values).
    """

    attr: str
    title: str
    kind: str = "text"
    choices: dict[str, str] | None = None
    display: Callable[[Any], str] | None = None
    editable: bool = True
    row_display: bool = False


class RowsTableModel(QAbstractTableModel):
    """Rows of dataclass instances; edits change copies that :meth:`rows` hands back for saving.

    Args:
        columns: the columns.
        factory: makes a new empty row.
        parent: owner.
    """

    def __init__(self, columns: list[Column], factory: Callable[[], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._factory = factory
        self._rows: list[Any] = []
        self.read_only = False
        self.highlight: Callable[[Any], bool] | None = None

    def set_rows(self, rows: list[Any]) -> None:
        """Replaces every row (copies are kept)."""
        self.beginResetModel()
        self._rows = [copy.deepcopy(row) for row in rows]
        self.endResetModel()

    def rows(self) -> list[Any]:
        """Copies of the current rows, in order."""
        return [copy.deepcopy(row) for row in self._rows]

    def row_at(self, row: int) -> Any:
        """The row object at ``row`` (not a copy)."""
        return self._rows[row]

    def add_row(self, item: Any = None) -> int:
        """Appends a row (a new empty one by default); returns its index."""
        position = len(self._rows)
        self.beginInsertRows(_NO_INDEX, position, position)
        self._rows.append(item if item is not None else self._factory())
        self.endInsertRows()
        return position

    def remove_row(self, row: int) -> None:
        """Removes one row."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(_NO_INDEX, row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        """Number of rows (none below a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles and row numbers."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, edit value, check state and highlight of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        value = getattr(row, column.attr)
        if column.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column.display is not None:
                return column.display(row if column.row_display else value)
            if column.kind == "choice" and column.choices is not None:
                text = column.choices.get(value)  # a label of a code list, marked with N_() where it is defined
                return _(text) if text else (value or "")
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else value
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 40:
            return value
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight is not None and self.highlight(row):
            return QBrush(QColor(255, 225, 225))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Stores an edit."""
        if not index.isValid() or self.read_only:
            return False
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        if column.kind == "bool" and role == Qt.ItemDataRole.CheckStateRole:
            setattr(row, column.attr, Qt.CheckState(value) == Qt.CheckState.Checked)
        elif column.kind != "bool" and role == Qt.ItemDataRole.EditRole:
            setattr(row, column.attr, str(value))
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Editable or checkable cells unless read-only."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if self.read_only or not column.editable:
            return base
        if column.kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a ``choice`` column with a combo box of labels, storing the code.

    Args:
        choices: code to label.
        parent: owner.
    """

    def __init__(self, choices: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A combo box of the labels."""
        editor = QComboBox(parent)
        for code, text in self.choices.items():
            editor.addItem(_(text), code)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Selects the cell's code."""
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        """Stores the chosen code."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
