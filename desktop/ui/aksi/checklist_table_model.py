"""A checklist month as an editable grid: one row per desa, one column per item, and whether the desa is complete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.domain.i18n import N_, _
from desktop.domain.numbers import decimal_text
from desktop.services.aksi.checklists import (
    ChecklistError,
    ChecklistItem,
    ChecklistTemplate,
    DesaChecklist,
    Value,
    parse_item_value,
)
from desktop.ui.widgets.record_table_model import RecordTableModel

_Index = QModelIndex | QPersistentModelIndex
YES = N_("Ya")
NO = N_("Tidak")
BELOW_TARGET = "#b00020"
COMPLETE_COLOR = "#d7efd9"


def value_text(value: Value) -> str:
    """Renders a value as the grid shows it: Ya / Tidak, numbers with a decimal comma, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _(YES) if value else _(NO)
    return decimal_text(value, 2, trim=True)


class ChecklistTableModel(RecordTableModel):
    """Rows are desa; columns: desa name, each item, complete. Item cells are editable.

    Signals:
        problem(str): an entry was refused (Indonesian reason, for a label).
    """

    problem = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.template: ChecklistTemplate | None = None
        self.rows: list[DesaChecklist] = []
        self.dirty: set[int] = set()

    def set_rows(self, template: ChecklistTemplate, rows: list[DesaChecklist]) -> None:  # type: ignore[override]
        """Shows a template's month for the given desa (the columns follow the template)."""
        self.beginResetModel()
        self.template = template
        self.rows = list(rows)
        self.dirty = set()
        self.endResetModel()

    def _items(self) -> tuple[ChecklistItem, ...]:
        return self.template.items if self.template else ()

    def titles(self) -> list[str]:
        """Desa, each item's short name, complete (none before a template is shown)."""
        if self.template is None:
            return []
        return [N_("Desa/kelurahan"), *(item.short for item in self._items()), N_("Lengkap")]

    def item_at(self, column: int) -> ChecklistItem | None:
        """Returns the checklist item of a column (None for the desa and complete columns)."""
        items = self._items()
        return items[column - 1] if 1 <= column <= len(items) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Titles from the base; an item's tooltip names its section, label and target."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        item = self.item_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.short if item is not None else super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.ToolTipRole and item is not None:
            target = (
                _(" (target ≥ {0})").format(decimal_text(item.target_min, 2, trim=True))
                if item.target_min is not None
                else ""
            )
            return f"{item.section}: {item.label}{target}"
        return None

    def cell_text(self, record: Any, column: int) -> str:
        """The desa's name, an item's value (Ya / Tidak, a number) or whether the desa is complete."""
        row: DesaChecklist = record
        item = self.item_at(column)
        if item is not None:
            return value_text(row.values.get(item.code))
        if column == 0:
            return row.name
        return _("Ya") if self.template is not None and row.complete(self.template) else ""

    def cell_data(self, record: Any, column: int, role: int) -> Any:
        """Edit values, centred item cells, red values below target, the complete column's colour."""
        row: DesaChecklist = record
        item = self.item_at(column)
        if self.template is None:
            return None
        if item is None:
            complete = row.complete(self.template)
            if role == Qt.ItemDataRole.BackgroundRole and column == len(self._items()) + 1 and complete:
                return QBrush(QColor(COMPLETE_COLOR))
            return None
        value = row.values.get(item.code)
        if role == Qt.ItemDataRole.EditRole:
            return value_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        below = item.target_min is not None and isinstance(value, float) and value < item.target_min
        if role == Qt.ItemDataRole.ForegroundRole and (below or value is False):
            return QBrush(QColor(BELOW_TARGET))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.item_at(index.column()) is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self.item_at(index.column())
        if item is None or not 0 <= index.row() < len(self.rows):
            return False
        try:
            parsed = parse_item_value(item, value, yes=_(YES), no=_(NO))
        except ChecklistError:
            expected = {"ya_tidak": _("Ya atau Tidak"), "persen": _("angka 0-100")}.get(item.type, _("angka ≥ 0"))
            self.problem.emit(_("{0}: isian '{1}' ditolak, harus {2}.").format(item.label, value, expected))
            return False
        row = self.rows[index.row()]
        if row.values.get(item.code) == parsed and (parsed is None or item.code in row.values):
            return True
        if parsed is None:
            row.values.pop(item.code, None)
        else:
            row.values[item.code] = parsed
        self.dirty.add(index.row())
        last = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(index, last)
        return True

    def changes(self) -> dict[str, dict[str, Value]]:
        """Returns the full values of every edited desa, by region code (items without a value as None)."""
        return {
            self.rows[i].region_code: {item.code: self.rows[i].values.get(item.code) for item in self._items()}
            for i in sorted(self.dirty)
        }
