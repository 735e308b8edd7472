"""The actions of a year as a table, coloured by status."""

from __future__ import annotations

from datetime import date
from typing import Any

from babel.dates import format_date
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.aksi.codes import AksiStatus
from desktop.domain.aksi.records import AksiRow
from desktop.domain.i18n import N_, _
from desktop.ui.widgets.record_table_model import ColumnSpec, RecordTableModel

# Light backgrounds per status, readable with black text; also used by the dashboard.
STATUS_COLORS: dict[str, str] = {
    AksiStatus.BELUM_MULAI: "#eeeeee",
    AksiStatus.BERJALAN: "#fff3c4",
    AksiStatus.SELESAI: "#d7efd9",
    AksiStatus.DIUNGGAH: "#cfe3fb",
    AksiStatus.DIREVIU: "#e3d7f5",
}
OVERDUE_COLOR = "#f8d0d0"


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


def _evidence_text(row: AksiRow) -> str:
    if row.required_evidence:
        return f"{row.evidence_count} ({row.required_evidence_done}/{row.required_evidence} wajib)"
    return str(row.evidence_count)


class AksiTableModel(RecordTableModel):
    """Rows are :class:`AksiRow`; columns: action, name, status, planned, actual, responsible OPD, evidence.

    Args:
        today: the day used to mark overdue rows (planned end passed, work not finished).
    """

    def __init__(self, today: date | None = None) -> None:
        self.today = today or date.today()
        super().__init__()
        self.rows: list[AksiRow] = []

    def column_specs(self) -> list[ColumnSpec]:
        """Action, name, status, planned, actual, responsible, evidence."""
        return [
            ColumnSpec(N_("Aksi"), lambda row: row.label),
            ColumnSpec(N_("Nama aksi"), lambda row: row.name, tooltip=lambda row: row.name),
            ColumnSpec(
                N_("Status"), lambda row: _(row.status_label) + (_(" (terlambat)") if self.is_overdue(row) else "")
            ),
            ColumnSpec(N_("Rencana"), lambda row: date_range_text(row.planned_start, row.planned_end)),
            ColumnSpec(N_("Realisasi"), lambda row: date_range_text(row.actual_start, row.actual_end)),
            ColumnSpec(
                N_("Penanggung jawab"),
                lambda row: row.responsible_person or row.responsible_opd,
                tooltip=lambda row: f"{row.responsible_opd}\n{row.responsible_person}".strip(),
            ),
            ColumnSpec(N_("Data dukung"), _evidence_text),
        ]

    def is_overdue(self, row: AksiRow) -> bool:
        """True when the planned end has passed and the action's own work is not finished."""
        return bool(
            row.planned_end
            and row.planned_end < self.today
            and row.status in (AksiStatus.BELUM_MULAI, AksiStatus.BERJALAN)
        )

    def cell_data(self, record: Any, column: int, role: int) -> Any:
        """The status colour (red when overdue) and the progress id under ``UserRole``."""
        row: AksiRow = record
        if role == Qt.ItemDataRole.BackgroundRole and column == 2:
            color = OVERDUE_COLOR if self.is_overdue(row) else STATUS_COLORS.get(row.status, "#ffffff")
            return QBrush(QColor(color))
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
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
