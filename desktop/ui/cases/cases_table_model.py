"""The case list, the measurements of one case and the recap as item models; flagged values are highlighted."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.cases.number_format import decimal_text, z_score_text
from desktop.domain.cases.records import METHOD_LABELS, CaseRow, MeasurementInfo
from desktop.domain.i18n import N_, _
from desktop.services.cases.recap import RecapRow

FLAG_BACKGROUND = "#f8c9c9"  # flagged (implausible) values
STUNTED_BACKGROUND = "#fde7c8"  # TB/U below -2
SEVERE_BACKGROUND = "#f6cda2"  # TB/U below -3
FLAG_ROLE = Qt.ItemDataRole.UserRole + 1  # True on cells of a flagged measurement

_Index = QModelIndex | QPersistentModelIndex


def z_text(value: float | None, category: str | None) -> str:
    """``-2,43 (pendek)``, or ``-`` when not computable (the shared Indonesian number format)."""
    return z_score_text(value, category)


def short_date(value: date) -> str:
    """``12-01-2026``."""
    return value.strftime("%d-%m-%Y")


def _haz_background(info: MeasurementInfo | None) -> QBrush | None:
    if info is None:
        return None
    if info.flags:
        return QBrush(QColor(FLAG_BACKGROUND))
    if info.haz is not None and info.haz < -3:
        return QBrush(QColor(SEVERE_BACKGROUND))
    if info.haz is not None and info.haz < -2:
        return QBrush(QColor(STUNTED_BACKGROUND))
    return None


class _TableModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.COLUMNS):
                return _(self.COLUMNS[section])
        return None

    rows: list[Any]

    def set_rows(self, rows: list[Any]) -> None:
        """Replaces the rows."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()


class CasesTableModel(_TableModel):
    """Rows are :class:`CaseRow` with their latest measurement; NIK masked unless ``reveal_nik`` is set."""

    COLUMNS = (
        N_("Nama anak"),
        N_("NIK"),
        N_("L/P"),
        N_("Umur (bln)"),
        N_("Nama ibu"),
        N_("Desa"),
        N_("Posyandu"),
        N_("TB/U"),
        N_("BB/TB"),
        N_("Status"),
        N_("Tanda"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CaseRow] = []
        self.reveal_nik = False

    def set_reveal_nik(self, reveal: bool) -> None:
        """Shows the full NIK (explicit user action) or the masked form."""
        self.reveal_nik = reveal
        if self.rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1, 1))

    def row_at(self, index: _Index) -> CaseRow | None:
        """The case at a (valid) index."""
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None

    def _text(self, row: CaseRow, column: int) -> str:
        latest = row.latest
        values: list[Any] = [
            row.name,
            (row.nik or "") if self.reveal_nik else row.masked_nik,
            row.sex,
            "-" if latest is None or latest.age_months is None else latest.age_months,
            row.mother_name,
            row.desa_name,
            row.posyandu,
            z_text(latest.haz, latest.haz_category) if latest else "-",
            z_text(latest.whz, latest.whz_category) if latest else "-",
            _(row.status_label),
            "; ".join(_(label) for label in latest.flag_labels) if latest else _("belum diukur"),
        ]
        return str(values[column])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == 7:
                return _haz_background(row.latest)
            if column == 10 and row.latest is not None and row.latest.flags:
                return QBrush(QColor(FLAG_BACKGROUND))
        if role == FLAG_ROLE:
            return bool(row.latest and row.latest.flags)
        return None


class MeasurementsTableModel(_TableModel):
    """Rows are :class:`MeasurementInfo` of one case, oldest first."""

    COLUMNS = (
        N_("Tanggal"),
        N_("Sumber"),
        N_("Umur"),
        N_("Cara ukur"),
        N_("PB/TB (cm)"),
        N_("BB (kg)"),
        N_("TB/U"),
        N_("BB/U"),
        N_("BB/TB"),
        N_("Tanda"),
        N_("Petugas"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[MeasurementInfo] = []

    def _text(self, row: MeasurementInfo, column: int) -> str:
        age = (
            "-"
            if row.age_days is None
            else _("{months} bln ({days} hr)").format(months=row.age_months, days=row.age_days)
        )
        values = [
            short_date(row.measured_on),
            _(row.source_label),
            age,
            _(METHOD_LABELS.get(row.method, row.method)),
            decimal_text(row.height_cm),
            decimal_text(row.weight_kg),
            z_text(row.haz, row.haz_category),
            z_text(row.waz, row.waz_category),
            z_text(row.whz, row.whz_category),
            "; ".join(_(label) for label in row.flag_labels) or "-",
            row.measurer,
        ]
        return values[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.flags and column in (4, 5, 6, 7, 8, 9):
                return QBrush(QColor(FLAG_BACKGROUND))
            if column == 6:
                return _haz_background(row)
        if role == FLAG_ROLE:
            return bool(row.flags)
        return None


class RecapTableModel(_TableModel):
    """Rows are :class:`RecapRow`: kecamatan rows in bold, each followed by its desa, then the total."""

    COLUMNS = (
        N_("Kode"),
        N_("Wilayah"),
        N_("Anak"),
        N_("Diukur"),
        N_("Stunting"),
        N_("% stunting"),
        N_("Sangat pendek"),
        N_("Data janggal"),
        N_("Terverifikasi"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[RecapRow] = []

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            name = row.name if row.level != 4 else f"    {row.name}"
            values: list[Any] = [
                row.code,
                name,
                row.children,
                row.measured,
                row.stunted,
                decimal_text(row.stunted_percent),
                row.severely_stunted,
                row.flagged,
                row.verified,
            ]
            return str(values[column])
        if role == Qt.ItemDataRole.FontRole and row.level in (0, 3):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == 7 and row.flagged:
            return QBrush(QColor(FLAG_BACKGROUND))
        return None
