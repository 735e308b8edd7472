"""One base for the read-only table models over a list of records: columns as specs, rows as a list.

A model declares its columns as :class:`ColumnSpec` (title, how a record reads in the column, alignment, tooltip)
and hands its records to :meth:`RecordTableModel.set_rows`; the base answers ``rowCount``, ``columnCount``,
``headerData`` and the display, tooltip and alignment roles. A subclass adds what is its own (colours, fonts, a
user role) in :meth:`RecordTableModel.cell_data`, and a model that reads its records lazily (the KRS window over a
million families) overrides :meth:`RecordTableModel.record_at` and ``rowCount`` and keeps the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.i18n import _

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
"""The alignment of number columns."""


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column of a :class:`RecordTableModel`.

    Attributes:
        title: the header, Indonesian source text marked with ``N_()`` (translated when shown).
        text: the cell's text for a record (any value is shown with ``str``).
        alignment: the cell's alignment, None for the view's default.
        tooltip: the cell's tooltip for a record; ``True`` shows the cell's text (a cut name read whole).
    """

    title: str
    text: Callable[[Any], object]
    alignment: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], str] | bool = False


class RecordTableModel(QAbstractTableModel):
    """A flat, read-only table of records; columns from :meth:`column_specs`, rows in :attr:`rows`.

    Args:
        parent: owner.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self._columns: tuple[ColumnSpec, ...] = tuple(self.column_specs())
        self._titles = tuple(column.title for column in self._columns)

    def column_specs(self) -> Sequence[ColumnSpec]:
        """The model's columns (a subclass declares them)."""
        return ()

    def titles(self) -> Sequence[str]:
        """The column titles, untranslated (a model with columns from data overrides this and :meth:`cell_text`)."""
        return self._titles

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replaces the rows (views are reset)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def record_at(self, row: int) -> Any | None:
        """The record shown at ``row``, None outside the table."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """The number of records (none below a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """The number of columns."""
        return 0 if parent.isValid() else len(self.titles())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles (translated); row headers from :meth:`row_header`."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.row_header(section)
        titles = self.titles()
        return _(titles[section]) if 0 <= section < len(titles) else None

    def row_header(self, section: int) -> Any:
        """The vertical header of a row; None leaves Qt's numbering."""
        return None

    def cell_text(self, record: Any, column: int) -> str:
        """The text of one cell."""
        return str(self._columns[column].text(record))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltip and alignment from the column specs; other roles from :meth:`cell_data`."""
        if not index.isValid() or not 0 <= index.column() < self.columnCount():
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        column = index.column()
        spec = self._columns[column] if column < len(self._columns) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and spec is not None and spec.tooltip is not False:
            return spec.tooltip(record) if callable(spec.tooltip) else self.cell_text(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec is not None and spec.alignment is not None:
            return int(spec.alignment)
        return self.cell_data(record, column, role)

    def cell_data(self, record: Any, column: int, role: int) -> Any:
        """Roles a subclass adds (background, font, user roles); None by default."""
        return None
