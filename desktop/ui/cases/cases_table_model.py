"""The case list, the measurements of one case and the recap as item models; flagged values are highlighted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.cases.number_format import decimal_text, z_score_text
from desktop.domain.cases.records import METHOD_LABELS, CaseRow, MeasurementInfo
from desktop.domain.i18n import N_, _
from desktop.services.cases.recap import RecapRow
from desktop.ui.widgets.record_table_model import RIGHT, ColumnSpec, RecordTableModel

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


class CasesTableModel(RecordTableModel):
    """Rows are :class:`CaseRow` with their latest measurement; NIK masked unless ``reveal_nik`` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CaseRow] = []
        self.reveal_nik = False

    def column_specs(self) -> list[ColumnSpec]:
        """Child, NIK, sex, age, mother, desa, posyandu, TB/U, BB/TB, status, flags (every cell's text as tooltip)."""

        def latest(text: Callable[[MeasurementInfo], object], none: object = "-") -> Callable[[CaseRow], object]:
            return lambda row: text(row.latest) if row.latest is not None else none

        columns: list[tuple[str, Callable[[CaseRow], object]]] = [
            (N_("Nama anak"), lambda row: row.name),
            (N_("NIK"), lambda row: (row.nik or "") if self.reveal_nik else row.masked_nik),
            (N_("L/P"), lambda row: row.sex),
            (N_("Umur (bln)"), latest(lambda m: "-" if m.age_months is None else m.age_months)),
            (N_("Nama ibu"), lambda row: row.mother_name),
            (N_("Desa"), lambda row: row.desa_name),
            (N_("Posyandu"), lambda row: row.posyandu),
            (N_("TB/U"), latest(lambda m: z_text(m.haz, m.haz_category))),
            (N_("BB/TB"), latest(lambda m: z_text(m.whz, m.whz_category))),
            (N_("Status"), lambda row: _(row.status_label)),
            (N_("Tanda"), latest(lambda m: "; ".join(_(label) for label in m.flag_labels), _("belum diukur"))),
        ]
        return [ColumnSpec(title, text, tooltip=True) for title, text in columns]

    def set_reveal_nik(self, reveal: bool) -> None:
        """Shows the full NIK (explicit user action) or the masked form."""
        self.reveal_nik = reveal
        if self.rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1, 1))

    def row_at(self, index: _Index) -> CaseRow | None:
        """The case at a (valid) index."""
        return self.record_at(index.row()) if index.isValid() else None

    def cell_data(self, record: Any, column: int, role: int) -> Any:
        """The TB/U and flag backgrounds, and :data:`FLAG_ROLE`."""
        row: CaseRow = record
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == 7:
                return _haz_background(row.latest)
            if column == 10 and row.latest is not None and row.latest.flags:
                return QBrush(QColor(FLAG_BACKGROUND))
        if role == FLAG_ROLE:
            return bool(row.latest and row.latest.flags)
        return None


class MeasurementsTableModel(RecordTableModel):
    """Rows are :class:`MeasurementInfo` of one case, oldest first."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[MeasurementInfo] = []

    def column_specs(self) -> list[ColumnSpec]:
        """Date, source, age, method, height, weight, the three z-scores, flags, measurer."""
        columns: list[tuple[str, Callable[[MeasurementInfo], object]]] = [
            (N_("Tanggal"), lambda row: short_date(row.measured_on)),
            (N_("Sumber"), lambda row: _(row.source_label)),
            (
                N_("Umur"),
                lambda row: (
                    "-"
                    if row.age_days is None
                    else _("{months} bln ({days} hr)").format(months=row.age_months, days=row.age_days)
                ),
            ),
            (N_("Cara ukur"), lambda row: _(METHOD_LABELS.get(row.method, row.method))),
            (N_("PB/TB (cm)"), lambda row: decimal_text(row.height_cm)),
            (N_("BB (kg)"), lambda row: decimal_text(row.weight_kg)),
            (N_("TB/U"), lambda row: z_text(row.haz, row.haz_category)),
            (N_("BB/U"), lambda row: z_text(row.waz, row.waz_category)),
            (N_("BB/TB"), lambda row: z_text(row.whz, row.whz_category)),
            (N_("Tanda"), lambda row: "; ".join(_(label) for label in row.flag_labels) or "-"),
            (N_("Petugas"), lambda row: row.measurer),
        ]
        return [ColumnSpec(title, text, tooltip=True) for title, text in columns]

    def cell_data(self, record: Any, column: int, role: int) -> Any:
        """The flag and TB/U backgrounds, and :data:`FLAG_ROLE`."""
        row: MeasurementInfo = record
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.flags and column in (4, 5, 6, 7, 8, 9):
                return QBrush(QColor(FLAG_BACKGROUND))
            if column == 6:
                return _haz_background(row)
        if role == FLAG_ROLE:
            return bool(row.flags)
        return None


class RecapTableModel(RecordTableModel):
    """Rows are :class:`RecapRow`: kecamatan rows in bold, each followed by its desa, then the total."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[RecapRow] = []

    def column_specs(self) -> list[ColumnSpec]:
        """Code, area (desa indented), then the counts, right-aligned."""
        counts: list[tuple[str, Callable[[RecapRow], object]]] = [
            (N_("Anak"), lambda row: row.children),
            (N_("Diukur"), lambda row: row.measured),
            (N_("Stunting"), lambda row: row.stunted),
            (N_("% stunting"), lambda row: decimal_text(row.stunted_percent)),
            (N_("Sangat pendek"), lambda row: row.severely_stunted),
            (N_("Data janggal"), lambda row: row.flagged),
            (N_("Terverifikasi"), lambda row: row.verified),
        ]
        return [
            ColumnSpec(N_("Kode"), lambda row: row.code),
            ColumnSpec(N_("Wilayah"), lambda row: row.name if row.level != 4 else f"    {row.name}"),
            *(ColumnSpec(title, text, alignment=RIGHT) for title, text in counts),
        ]

    def cell_data(self, record: Any, column: int, role: int) -> Any:
        """Bold kecamatan and total rows; the flagged count highlighted."""
        row: RecapRow = record
        if role == Qt.ItemDataRole.FontRole and row.level in (0, 3):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column == 7 and row.flagged:
            return QBrush(QColor(FLAG_BACKGROUND))
        return None
