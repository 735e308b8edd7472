"""The Reports page (Laporan): choose a report, period, area, format, NIK reveal and password; produce it in the
background with progress and Cancel; the last outputs are listed and open with a double click."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import month_name
from desktop.domain.i18n import _
from desktop.domain.numbers import integer_text
from desktop.services.audit_trail import record_report_export
from desktop.services.office import get_office
from desktop.services.regions import by_name, children_of
from desktop.services.reports.catalog import REPORTS
from desktop.services.reports.cover_letter import CoverLetterResult, write_cover_letter
from desktop.services.reports.export import ExportResult, export_report
from desktop.services.reports.recent import load_recent, remember_output
from desktop.services.reports.scope import ReportRequest
from desktop.services.tasks import TaskControl
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.opener import open_path
from desktop.ui.widgets.task_feedback import track_in_status_bar
from desktop.ui.window_context import WindowContext
from desktop.ui.worker import TaskHandle

REPORT_FILE_NAMES: dict[str, str] = {
    "minlok": "rekap-minlok",
    "krs": "rekap-verval-krs",
    "cases": "rekap-kasus-stunting",
    "aksi": "status-aksi-konvergensi",
    "rtl": "daftar-rtl",
    "krs-list": "daftar-keluarga-krs",
    "cases-list": "daftar-kasus-stunting",
}
"""Default file names offered when saving a report (Indonesian; the report keys are code)."""

COVER_LETTER_REPORTS = tuple(key for key, spec in REPORTS.items() if not spec.personal)
"""What the Reports page's surat pengantar encloses: every recap, no by-name list."""


class ReportsPage(QWidget):
    """Produces report workbooks and PDFs.

    Signals:
        produced: a file was written (its path), or the attempt ended without one (None).
    """

    produced = Signal(object)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_factory = context.app.session_factory
        self.handle: TaskHandle | None = None
        self._build()
        self._fill_kecamatan()
        self._on_report_changed()
        self.refresh()

    def _build(self) -> None:
        self.report = QComboBox()
        for spec in REPORTS.values():
            self.report.addItem(_(spec.label), spec.key)
        self.year = QSpinBox()
        self.year.setRange(2018, 2100)
        self.year.setValue(date.today().year)
        self.month = QComboBox()
        self.month.addItem(_("Setahun penuh"), None)
        for month in range(1, 13):
            self.month.addItem(month_name(month, screen=True), month)
        self.kecamatan = QComboBox()
        self.desa = QComboBox()
        self.file_format = QComboBox()
        self.file_format.addItem(_("Excel (xlsx)"), "xlsx")
        self.file_format.addItem(_("PDF"), "pdf")
        self.reveal = QCheckBox(_("Tampilkan NIK dan No. KK lengkap"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_("kosongkan bila tanpa kata sandi"))
        form = QFormLayout()
        form.addRow(_("&Laporan:"), self.report)
        form.addRow(_("&Tahun:"), self.year)
        form.addRow(_("&Bulan:"), self.month)
        form.addRow(_("&Kecamatan:"), self.kecamatan)
        form.addRow(_("&Desa/kelurahan:"), self.desa)
        form.addRow(_("&Format:"), self.file_format)
        form.addRow("", self.reveal)
        form.addRow(_("Kata &sandi berkas:"), self.password)
        self.produce_button = QPushButton(_("&Buat laporan…"))
        self.cover_letter_button = QPushButton(_("Surat &pengantar…"))
        self.cover_letter_button.setObjectName("cover_letter")
        self.cover_letter_button.setToolTip(
            _("Surat pengantar ke provinsi, melampirkan rekap tahun terpilih (tanpa daftar by name).")
        )
        self.cancel_button = QPushButton(_("Batal"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.produce_button)
        buttons.addWidget(self.cover_letter_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.recent = QListWidget()
        self.open_button = QPushButton(_("B&uka"))
        self.folder_button = QPushButton(_("Buka &folder"))
        recent_buttons = QHBoxLayout()
        recent_buttons.addWidget(self.open_button)
        recent_buttons.addWidget(self.folder_button)
        recent_buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(_("Hasil terakhir (klik ganda untuk membuka):")))
        layout.addWidget(self.recent, 1)
        layout.addLayout(recent_buttons)
        self.report.currentIndexChanged.connect(self._on_report_changed)
        self.kecamatan.currentIndexChanged.connect(self._fill_desa)
        self.reveal.toggled.connect(self._on_reveal_toggled)
        self.produce_button.clicked.connect(lambda: self.produce(open_after=True))
        self.cover_letter_button.clicked.connect(lambda: self.cover_letter(open_after=True))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.recent.itemDoubleClicked.connect(self._on_recent_double_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)

    def refresh(self) -> None:
        """Reloads the list of recent outputs."""
        self.recent.clear()
        for item in load_recent(self.context.app.data_dir):
            entry = QListWidgetItem(f"{item.label} — {Path(item.path).name}")
            entry.setData(Qt.ItemDataRole.UserRole, item.path)
            entry.setToolTip(item.path)
            self.recent.addItem(entry)
        has_items = self.recent.count() > 0
        self.open_button.setEnabled(has_items)
        self.folder_button.setEnabled(has_items)
        if has_items:
            self.recent.setCurrentRow(0)

    def _fill_kecamatan(self) -> None:
        office = get_office(self.session_factory)
        self.kecamatan.blockSignals(True)
        self.kecamatan.clear()
        self.kecamatan.addItem(_("Seluruh kabupaten"), "")
        if office is not None:
            for region in by_name(children_of(self.session_factory, office.region_code)):
                self.kecamatan.addItem(region.name, region.code)
        self.kecamatan.blockSignals(False)
        self._fill_desa()

    @Slot()
    def _fill_desa(self) -> None:
        self.desa.clear()
        self.desa.addItem(_("Semua desa/kelurahan"), "")
        code = self.kecamatan.currentData()
        if code:
            for region in by_name(children_of(self.session_factory, code)):
                self.desa.addItem(region.name, region.code)
        self.desa.setEnabled(bool(code))

    @Slot()
    def _on_report_changed(self) -> None:
        spec = REPORTS[self.report.currentData()]
        self.month.setEnabled(spec.uses_month)
        self.reveal.setEnabled(spec.personal)
        if not spec.personal:
            self.reveal.setChecked(False)

    def confirm_reveal(self) -> bool:
        """Asks whether NIK and No. KK may be printed in full (personal data, UU 27/2022)."""
        answer = QMessageBox.question(
            self,
            _("Tampilkan NIK lengkap?"),
            _(
                "Berkas akan memuat NIK dan No. KK lengkap. Data pribadi ini dilindungi UU 27/2022: simpan di tempat "
                "aman dan sebaiknya beri kata sandi. Lanjutkan?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot(bool)
    def _on_reveal_toggled(self, checked: bool) -> None:
        if checked and not self.confirm_reveal():
            self.reveal.blockSignals(True)
            self.reveal.setChecked(False)
            self.reveal.blockSignals(False)

    def request(self) -> ReportRequest:
        """The request the form describes."""
        spec = REPORTS[self.report.currentData()]
        return ReportRequest(
            spec.key,
            self.year.value(),
            month=self.month.currentData() if spec.uses_month else None,
            kecamatan_code=self.kecamatan.currentData() or "",
            desa_code=self.desa.currentData() or "",
            show_nik=spec.personal and self.reveal.isChecked(),
        )

    def _suggested_name(self, request: ReportRequest, file_format: str) -> str:
        area = self.desa.currentText() if request.desa_code else self.kecamatan.currentText()
        area = "kabupaten" if not request.kecamatan_code and not request.desa_code else area
        stem = REPORT_FILE_NAMES.get(request.report, request.report)
        return f"{stem}-{request.year}-{area}.{file_format}".replace(" ", "-").lower()

    def _ask_target(self, request: ReportRequest, file_format: str) -> Path | None:
        filters = "Excel (*.xlsx)" if file_format == "xlsx" else "PDF (*.pdf)"
        suggested = str(Path.home() / self._suggested_name(request, file_format))
        name, _filter = QFileDialog.getSaveFileName(self, _("Simpan laporan"), suggested, filters)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{file_format}" else path.with_name(f"{path.name}.{file_format}")

    def produce(self, target: Path | None = None, *, open_after: bool = False) -> TaskHandle | None:
        """Produces the report in the background (asking where when ``target`` is None); ``produced`` fires at the
        end and the file opens when ``open_after``."""
        request = self.request()
        file_format = self.file_format.currentData()
        target = target or self._ask_target(request, file_format)
        if target is None:
            return None
        factory, data_dir, password = self.session_factory, self.context.app.data_dir, self.password.text()
        label = f"{self.report.currentText()}, {self.kecamatan.currentText()}, {request.year}"

        def work(control: TaskControl) -> ExportResult:
            result = export_report(
                factory, request, target, file_format=file_format, password=password or None,
                data_dir=data_dir, control=control,
            )  # fmt: skip
            record_report_export(factory, request.report, request.show_nik, result.rows)
            remember_output(data_dir, result.path, request.report, label)
            return result

        self._set_busy(True)
        self.message.setText(_("Membuat laporan…"))
        self.handle = self.context.runner.run(
            work,
            on_done=lambda result: self._on_done(result, open_after),
            on_error=self._on_error,
            on_progress=self._on_progress,
            on_cancelled=self._on_cancelled,
        )
        track_in_status_bar(self, self.handle, _("Membuat laporan"))
        return self.handle

    def cover_letter(self, target: Path | None = None, *, open_after: bool = False) -> TaskHandle | None:
        """Writes the surat pengantar for the chosen year, enclosing every recap (asks where when ``target`` is
        None); ``produced`` fires at the end."""
        year = self.year.value()
        if target is None:
            suggested = str(Path.home() / f"surat-pengantar-{year}.pdf")
            name, _filter = QFileDialog.getSaveFileName(self, _("Simpan surat pengantar"), suggested, "PDF (*.pdf)")
            if not name:
                return None
            target = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        factory, data_dir, chosen = self.session_factory, self.context.app.data_dir, target

        def work(_control: TaskControl) -> CoverLetterResult:
            result = write_cover_letter(factory, year, list(COVER_LETTER_REPORTS), chosen)
            remember_output(data_dir, result.path, "cover-letter", _("Surat pengantar {year}").format(year=year))
            return result

        self._set_busy(True)
        self.message.setText(_("Membuat surat pengantar…"))
        self.handle = self.context.runner.run(
            work,
            on_done=lambda result: self._on_letter_done(result, open_after),
            on_error=self._on_error,
        )
        return self.handle

    def _on_letter_done(self, result: CoverLetterResult, open_after: bool) -> None:
        self._set_busy(False)
        self.handle = None
        self.message.setText(
            _("Tersimpan: {name} ({pages} halaman), nomor {number}.").format(
                name=result.path.name, pages=result.pages, number=result.number or "-"
            )
        )
        self.refresh()
        if open_after:
            open_path(self, result.path)
        self.produced.emit(result.path)

    def _set_busy(self, busy: bool) -> None:
        self.produce_button.setEnabled(not busy)
        self.cover_letter_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.message.setText(message)

    def _on_done(self, result: ExportResult, open_after: bool) -> None:
        self._set_busy(False)
        self.handle = None
        note = _(" (dilindungi kata sandi)") if result.encrypted else ""
        self.message.setText(
            _("Tersimpan: {name}, {rows} baris{note}.").format(
                name=result.path.name, rows=integer_text(result.rows), note=note
            )
        )
        self.refresh()
        if open_after:
            open_path(self, result.path)
        self.produced.emit(result.path)

    def _on_error(self, error: BaseException, trace: str) -> None:
        self._set_busy(False)
        self.handle = None
        # A refusal (no data, a file that cannot be written) in the label; a bug goes to the error dialog.
        report_failure(self, error, show=self.message, template=_("Laporan tidak dapat dibuat: {reason}"), trace=trace)
        self.produced.emit(None)

    def _on_cancelled(self) -> None:
        self._set_busy(False)
        self.handle = None
        self.message.setText(_("Dibatalkan; tidak ada berkas yang ditulis."))
        self.produced.emit(None)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _selected_path(self) -> Path | None:
        item = self.recent.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @Slot(QListWidgetItem)
    def _on_recent_double_clicked(self, item: QListWidgetItem) -> None:
        open_path(self, item.data(Qt.ItemDataRole.UserRole))

    @Slot()
    def _on_open_clicked(self) -> None:
        path = self._selected_path()
        if path is not None:
            open_path(self, path)

    @Slot()
    def _on_folder_clicked(self) -> None:
        path = self._selected_path()
        if path is not None:
            open_path(self, path.parent)
