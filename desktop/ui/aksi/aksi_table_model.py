"""The actions of a year as a table, coloured by status."""

from __future__ import annotations

from datetime import date
from typing import Any

from babel.dates import format_date
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.aksi.records import AksiRow
from desktop.domain.i18n import N_, _

# Light backgrounds per status, readable with black text; also used by the dashboard.
STATUS_COLORS: dict[str, str] = {
    "belum_mulai": "#eeeeee",
    "berjalan": "#fff3c4",
    "selesai": "#d7efd9",
    "diunggah": "#cfe3fb",
    "direviu": "#e3d7f5",
}
OVERDUE_COLOR = "#f8d0d0"

_Index = QModelIndex | QPersistentModelIndex


def short_date(value: date) -> str:
    """Returns ``15 Jan 2024``."""
    return str(format_date(value, "d MMM y", locale="id"))


def date_range_text(start: date | None, end: date | None) -> str:
    """Returns ``21 Mei 2024`` for one day, ``15 Jan 2024 - 22 Mar 2024`` for a range, ``-`` for none."""
    if start and end:
        return short_date(start) if start == end else f"{short_date(start)} - {short_date(end)}"
    if start:
        return f"{short_date(start)} - ..."
    if end:
        return f"... - {short_date(end)}"
    return "-"


class AksiTableModel(QAbstractTableModel):
    """Rows are :class:`AksiRow`; columns: action, name, status, planned, actual, responsible OPD, evidence.

    Args:
        today: the day used to mark overdue rows (planned end passed, work not finished).
    """

    COLUMNS = (
        N_("Aksi"),
        N_("Nama aksi"),
        N_("Status"),
        N_("Rencana"),
        N_("Realisasi"),
        N_("Penanggung jawab"),
        N_("Data dukung"),
    )

    def __init__(self, today: date | None = None) -> None:
        super().__init__()
        self.rows: list[AksiRow] = []
        self.today = today or date.today()

    def set_rows(self, rows: list[AksiRow]) -> None:
        """Replaces the rows."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.COLUMNS):
                return _(self.COLUMNS[section])
        return None

    def is_overdue(self, row: AksiRow) -> bool:
        """True when the planned end has passed and the action's own work is not finished."""
        return bool(row.planned_end and row.planned_end < self.today and row.status in ("belum_mulai", "berjalan"))

    def _text(self, row: AksiRow, column: int) -> str:
        if column == 0:
            return row.label
        if column == 1:
            return row.name
        if column == 2:
            return _(row.status_label) + (_(" (terlambat)") if self.is_overdue(row) else "")
        if column == 3:
            return date_range_text(row.planned_start, row.planned_end)
        if column == 4:
            return date_range_text(row.actual_start, row.actual_end)
        if column == 5:
            return row.responsible_person or row.responsible_opd
        if row.required_evidence:
            return f"{row.evidence_count} ({row.required_evidence_done}/{row.required_evidence} wajib)"
        return str(row.evidence_count)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return f"{row.responsible_opd}\n{row.responsible_person}".strip()
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return row.name
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 2:
            color = OVERDUE_COLOR if self.is_overdue(row) else STATUS_COLORS.get(row.status, "#ffffff")
            return QBrush(QColor(color))
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.UserRole:
            return row.progress_id
        return None

    def row_of(self, progress_id: int) -> int:
        """Returns the row showing a progress id, -1 when absent."""
        return next((i for i, row in enumerate(self.rows) if row.progress_id == progress_id), -1)

    def row_of_number(self, number: int) -> int:
        """Returns the row showing an action number, -1 when absent."""
        return next((i for i, row in enumerate(self.rows) if row.number == number), -1)
