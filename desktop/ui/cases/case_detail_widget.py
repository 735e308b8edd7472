"""One case in detail: the child, every measurement with z-scores, categories and flags, and the status history."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.domain.cases.records import CaseDetail
from desktop.domain.i18n import _
from desktop.ui.cases.cases_table_model import MeasurementsTableModel, short_date
from desktop.ui.widgets.read_only_table import read_only_view


class CaseDetailWidget(QWidget):
    """Shows a :class:`CaseDetail`; NIK and No. KK masked unless revealed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(_("Pilih satu anak pada daftar."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # Measurements and the status history side by side: the detail stays low, so the case list above it gets
        # the height of a 768-pixel screen.
        self.model = MeasurementsTableModel()
        self.table = read_only_view(self.model)
        self.table.setMinimumHeight(72)
        self.history = QListWidget()
        self.history.setMinimumHeight(72)
        self.history.setWordWrap(True)
        measurements = QVBoxLayout()
        measurements.addWidget(QLabel(_("<b>Hasil ukur</b> (baris merah: data janggal, perlu dicek)")))
        measurements.addWidget(self.table, 1)
        history = QVBoxLayout()
        history.addWidget(QLabel(_("<b>Riwayat status</b>")))
        history.addWidget(self.history, 1)
        row = QHBoxLayout()
        row.addLayout(measurements, 3)
        row.addLayout(history, 1)
        layout.addLayout(row, 1)
        self.detail: CaseDetail | None = None

    def show_detail(self, detail: CaseDetail | None, *, reveal: bool = False, family: str = "") -> None:
        """Shows a case, or clears the widget for None."""
        self.detail = detail
        self.history.clear()
        if detail is None:
            self.summary.setText(_("Pilih satu anak pada daftar."))
            self.model.set_rows([])
            return
        row = detail.row
        nik = (row.nik or "-") if reveal else (row.masked_nik or "-")
        no_kk = (row.no_kk or "-") if reveal else (row.masked_no_kk or "-")
        lines = [
            f"<b>{row.name}</b> ({row.sex}), lahir {short_date(row.birth_date)}",
            _("NIK {nik} · No. KK {kk} · Ibu: {mother}").format(nik=nik, kk=no_kk, mother=row.mother_name or "-"),
            _("Desa {desa}, Kec. {kecamatan} · Posyandu {posyandu}").format(
                desa=row.desa_name, kecamatan=row.kecamatan_name, posyandu=row.posyandu or "-"
            ),
            _("Status: <b>{status}</b>").format(status=_(row.status_label)),
            _("Keluarga KRS: {family}").format(family=family or _("belum tertaut")),
        ]
        self.summary.setText("<br>".join(lines))
        self.model.set_rows(detail.measurements)
        for change in detail.history:
            text = f"{short_date(change.changed_on)}  {_(change.label)}"
            if change.changed_by:
                text += f"  ({change.changed_by})"
            if change.note:
                text += f": {change.note}"
            self.history.addItem(text)
