"""A checklist month as an editable grid: one row per desa, one column per item, and whether the desa is complete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.domain.i18n import N_, _
from desktop.domain.numbers import decimal_text
from desktop.services.aksi.checklists import ChecklistItem, ChecklistTemplate, DesaChecklist, Value

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


def parse_value(item: ChecklistItem, value: object) -> tuple[bool, Value]:
    """Parses what the user typed or chose for an item; returns (ok, value)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True, None
    if item.type == "ya_tidak":
        if isinstance(value, bool):
            return True, value
        text = str(value).strip().lower()
        if text in ("ya", "y", "1", _(YES).lower()):
            return True, True
        if text in ("tidak", "t", "0", _(NO).lower()):
            return True, False
        return False, None
    if isinstance(value, bool):
        return False, None
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return False, None
    if number < 0 or (item.type == "persen" and number > 100):
        return False, None
    return True, number


class ChecklistTableModel(QAbstractTableModel):
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

    def set_rows(self, template: ChecklistTemplate, rows: list[DesaChecklist]) -> None:
        """Shows a template's month for the given desa."""
        self.beginResetModel()
        self.template = template
        self.rows = list(rows)
        self.dirty = set()
        self.endResetModel()

    def _items(self) -> tuple[ChecklistItem, ...]:
        return self.template.items if self.template else ()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.template is None else len(self._items()) + 2

    def item_at(self, column: int) -> ChecklistItem | None:
        """Returns the checklist item of a column (None for the desa and complete columns)."""
        items = self._items()
        return items[column - 1] if 1 <= column <= len(items) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        item = self.item_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if item is not None:
                return item.short
            return _("Desa/kelurahan") if section == 0 else _("Lengkap")
        if role == Qt.ItemDataRole.ToolTipRole and item is not None:
            target = (
                _(" (target ≥ {0})").format(decimal_text(item.target_min, 2, trim=True))
                if item.target_min is not None
                else ""
            )
            return f"{item.section}: {item.label}{target}"
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or self.template is None:
            return None
        row = self.rows[index.row()]
        column = index.column()
        item = self.item_at(column)
        if item is None:
            complete = row.complete(self.template)
            if role == Qt.ItemDataRole.DisplayRole:
                return row.name if column == 0 else (_("Ya") if complete else "")
            if role == Qt.ItemDataRole.BackgroundRole and column == len(self._items()) + 1 and complete:
                return QBrush(QColor(COMPLETE_COLOR))
            return None
        value = row.values.get(item.code)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
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
        ok, parsed = parse_value(item, value)
        if not ok:
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
