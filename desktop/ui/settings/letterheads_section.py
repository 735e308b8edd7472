"""Pengaturan → Kop surat penerbit: the letterheads of the kecamatan (or the TPPS) the office records meetings for,
and which one each meeting series prints with (default: the office's own kop).

Saved on its own buttons, straight away: a letterhead is a list entry, not part of the office form the page's
*Simpan* stores.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.meetings.records import SeriesData
from desktop.domain.office import IssuerLetterheadData
from desktop.services.letterheads import list_letterheads, remove_letterhead, save_letterhead, set_series_letterhead
from desktop.services.meetings.meeting_service import list_series
from desktop.services.office import OfficeValidationError
from desktop.ui.widgets.dialogs import confirm_delete
from desktop.ui.window_context import WindowContext

_FIELDS = ("key", "government", "name", "address", "contact", "city")


class LetterheadsSection(QWidget):
    """The list of issuer letterheads with a form to add or change one, and the series → kop choice.

    Args:
        context: the window context.
        parent: owner.

    Signals:
        changed(): a letterhead or a series' choice was stored.
    """

    changed = Signal()

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sf = context.app.session_factory
        self._current: IssuerLetterheadData | None = None
        self._series: dict[int | None, SeriesData] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("letterhead_list")
        self.list.setMaximumHeight(110)
        self.inputs: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "key": _("Kode kop"),
            "government": _("Baris pemerintah"),
            "name": _("Nama penerbit"),
            "address": _("Alamat"),
            "contact": _("Telepon / pos-el"),
            "city": _("Tempat tanda tangan"),
        }
        hints = {
            "key": _("mis. kec-cibadak"),
            "government": _("mis. PEMERINTAH KABUPATEN LEBAK"),
            "name": _("mis. KECAMATAN CIBADAK"),
        }
        for name in _FIELDS:
            field = QLineEdit(self)
            field.setObjectName(f"letterhead_{name}")
            field.setPlaceholderText(hints.get(name, ""))
            self.inputs[name] = field
            form.addRow(labels[name], field)
        self.problems = QLabel(self)
        self.problems.setObjectName("letterhead_problems")
        self.problems.setWordWrap(True)
        self.new_button = QPushButton(_("Kop baru"), self)
        self.new_button.setObjectName("letterhead_new")
        self.save_button = QPushButton(_("Simpan kop"), self)
        self.save_button.setObjectName("letterhead_save")
        self.remove_button = QPushButton(_("Hapus kop…"), self)
        self.remove_button.setObjectName("letterhead_remove")
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems, 1)
        for button in (self.new_button, self.remove_button, self.save_button):
            buttons.addWidget(button)
        self.series = QComboBox(self)
        self.series.setObjectName("letterhead_series")
        self.series_kop = QComboBox(self)
        self.series_kop.setObjectName("letterhead_series_kop")
        self.apply_button = QPushButton(_("Pakai untuk seri ini"), self)
        self.apply_button.setObjectName("letterhead_apply")
        series_row = QHBoxLayout()
        series_row.addWidget(QLabel(_("Seri rapat"), self))
        series_row.addWidget(self.series, 2)
        series_row.addWidget(QLabel(_("memakai kop"), self))
        series_row.addWidget(self.series_kop, 2)
        series_row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        note = QLabel(
            _(
                "Notulen, berita acara, daftar hadir dan undangan memakai kop penerbit yang dipilih seri rapatnya; "
                "tanpa pilihan, kop kantor sendiri."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(series_row)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.series.currentIndexChanged.connect(self._on_series_changed)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.refresh()

    def refresh(self, select_key: str = "") -> None:
        """Reloads the letterheads and the series from the database."""
        found = list_letterheads(self._sf)
        self.list.blockSignals(True)
        self.list.clear()
        for item in found:
            entry = QListWidgetItem(f"{item.key} — {item.name}", self.list)
            entry.setData(Qt.ItemDataRole.UserRole, item)
        self.list.blockSignals(False)
        self.series_kop.clear()
        self.series_kop.addItem(_("Kop kantor sendiri"), None)
        for item in found:
            self.series_kop.addItem(f"{item.key} — {item.name}", item.id)
        chosen = self.series.currentData()
        self.series.blockSignals(True)
        self.series.clear()
        self._series = {s.id: s for s in list_series(self._sf)}
        for series in self._series.values():
            self.series.addItem(series.name, series.id)
        self.series.setCurrentIndex(max(self.series.findData(chosen), 0))
        self.series.blockSignals(False)
        self._on_series_changed()
        match = next((row for row in range(self.list.count()) if found[row].key == select_key), -1)
        if match >= 0:
            self.list.setCurrentRow(match)
        else:
            self._show(None)

    def _show(self, data: IssuerLetterheadData | None) -> None:
        self._current = data
        for name, field in self.inputs.items():
            field.setText(str(getattr(data, name)) if data is not None else "")
        self.remove_button.setEnabled(data is not None)
        self.problems.clear()

    @Slot()
    def _on_list_current_changed(self) -> None:
        item = self.list.currentItem()
        self._show(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)

    @Slot()
    def _on_new_clicked(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._show(None)
        self.inputs["key"].setFocus()

    def collect(self) -> IssuerLetterheadData:
        """The letterhead as entered (keeping the emblem and id of the one shown)."""
        data = IssuerLetterheadData()
        for name, field in self.inputs.items():
            setattr(data, name, field.text())
        if self._current is not None:
            data.id = self._current.id
            data.emblem_png = self._current.emblem_png
        return data

    @Slot()
    def _on_save_clicked(self) -> None:
        try:
            saved = save_letterhead(self._sf, self.collect())
        except OfficeValidationError as error:
            self.problems.setText(" ".join(error.problems.values()))
            self.problems.setStyleSheet("color: #b00020;")
            return
        self.refresh(select_key=saved.key)
        self.problems.setText(_("Kop {key} tersimpan.").format(key=saved.key))
        self.problems.setStyleSheet("color: #1b5e20;")
        self.changed.emit()

    @Slot()
    def _on_remove_clicked(self) -> None:
        if self._current is None:
            return
        what = _("kop {key}").format(key=self._current.key)
        if not confirm_delete(self, what, _("Seri rapat yang memakainya kembali memakai kop kantor sendiri.")):
            return
        remove_letterhead(self._sf, self._current.key)
        self.refresh()
        self.changed.emit()

    @Slot()
    def _on_series_changed(self) -> None:
        series = self._series.get(self.series.currentData())
        chosen = series.letterhead_id if series is not None else None
        self.series_kop.setCurrentIndex(max(self.series_kop.findData(chosen), 0))
        self.apply_button.setEnabled(series is not None)

    @Slot()
    def _on_apply_clicked(self) -> None:
        series_id = self.series.currentData()
        if series_id is None:
            return
        letterhead_id = self.series_kop.currentData()
        key = next((data.key for data in list_letterheads(self._sf) if data.id == letterhead_id), None)
        try:
            set_series_letterhead(self._sf, int(series_id), key)
        except UserError as error:
            self.problems.setText(str(error))
            return
        self.refresh()
        self.problems.setText(_("Seri {name} memakai kop yang dipilih.").format(name=self.series.currentText()))
        self.problems.setStyleSheet("color: #1b5e20;")
        self.changed.emit()
