"""Import of a KRS list or a filled-in desa worksheet: mapping, dry-run summary, apply in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import _
from desktop.domain.numbers import integer_text
from desktop.domain.tabular import ImportSummary
from desktop.services.krs.fields import KRS_FIELDS
from desktop.services.krs.import_service import ImportPreview, office_round, preview_import, run_import
from desktop.services.krs.worksheet_import import run_worksheet_import
from desktop.services.os_errors import describe_os_error
from desktop.services.tabular.summary import save_rejected
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.import_outcome import describe_outcome
from desktop.ui.widgets.read_only_table import install_full_text_tooltips
from desktop.ui.widgets.save_target import checked_save_target
from desktop.ui.window_context import WindowContext
from desktop.ui.worker import TaskHandle

MAX_LISTED_ERRORS = 2_000


class KrsImportDialog(QDialog):
    """Non-modal import dialog; emits :attr:`applied` after a successful apply.

    Args:
        context: the window context.
        path: the file to import.
        worksheet: True for a filled-in desa worksheet, False for a KRS list.
    """

    applied = Signal()

    def __init__(self, context: WindowContext, path: Path, *, worksheet: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.path = path
        self.worksheet = worksheet
        self.preview: ImportPreview | None = None
        self.summary: ImportSummary | None = None
        self.handle: TaskHandle | None = None
        self.setWindowTitle(_("Impor lembar kerja desa") if worksheet else _("Impor daftar KRS"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Berkas: {name}").format(name=path.name)))
        # A workbook with several sheets: the one holding the list is chosen here (the first is read at start).
        self.sheet: str | None = None
        self.sheet_row = QWidget()
        sheet_layout = QHBoxLayout(self.sheet_row)
        sheet_layout.setContentsMargins(0, 0, 0, 0)
        sheet_layout.addWidget(QLabel(_("Lembar kerja:")))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet")
        self.sheet_combo.currentTextChanged.connect(self._sheet_chosen)
        sheet_layout.addWidget(self.sheet_combo, 1)
        self.sheet_row.hide()
        layout.addWidget(self.sheet_row)
        self.mapping_table = QTableWidget(len(KRS_FIELDS), 2)
        self.mapping_table.setHorizontalHeaderLabels([_("Data"), _("Kolom di berkas")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        options = QFormLayout()
        self.default_round = office_round(context.app.session_factory)
        self.round_edit = QLineEdit(self.default_round)
        options.addRow(_("Sumber data (bila tidak ada kolomnya)"), self.round_edit)
        self.overwrite = QCheckBox(_("Pada konflik, pakai isi lembar kerja (bawaan: data di database)"))
        if worksheet:
            self.mapping_table.hide()
            layout.addWidget(self.overwrite)
        else:
            self.requirements = QLabel(
                _(
                    "Kolom wajib (*): Kode Desa (10 angka, PP.KK.CC.DDDD, mis. 36.02.18.2004) dan Nama Kepala "
                    "Keluarga, ditambah No. KK atau NIK Kepala Keluarga (16 angka, sebagai teks) pada setiap baris."
                )
            )
            self.requirements.setObjectName("requirements")
            self.requirements.setWordWrap(True)
            layout.addWidget(self.requirements)
            layout.addWidget(self.mapping_table, 2)
            layout.addLayout(options)
            self.overwrite.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        # Never squeezed below its wrapped text by the two tables (the hidden-rows sentence takes two lines).
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.message)
        self.errors = QTableWidget(0, 3)
        install_full_text_tooltips(self.errors)
        self.errors.setHorizontalHeaderLabels([_("Baris"), _("Kolom"), _("Alasan")])
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.errors.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.errors, 1)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.dry_button = QPushButton(_("Uji coba"))
        self.apply_button = QPushButton(_("Terapkan"))
        self.save_button = QPushButton(_("Simpan baris ditolak..."))
        self.cancel_button = QPushButton(_("Batal"))
        self.template_button = QPushButton(_("Unduh templat daftar KRS..."))
        self.template_button.setToolTip(
            _("Berkas Excel kosong dengan semua judul kolom yang dikenali impor, beserta petunjuk pengisian.")
        )
        for button in (self.dry_button, self.apply_button, self.save_button):
            buttons.addWidget(button)
        if not worksheet:
            buttons.addWidget(self.template_button)
        else:
            self.template_button.hide()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.apply_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.dry_button.clicked.connect(self.start_dry_run)
        self.apply_button.clicked.connect(self.start_apply)
        self.save_button.clicked.connect(self.save_rejected)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.template_button.clicked.connect(lambda: self.save_template())
        if not worksheet:
            self._load_preview()

    # -- mapping ---------------------------------------------------------------------------------------------------
    def _load_preview(self) -> None:
        # Reading a large workbook takes seconds: done in the background like the import itself.
        session_factory, path, sheet = self.context.app.session_factory, self.path, self.sheet
        self.dry_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(_("Membaca berkas..."))
        self.handle = self.context.runner.run(
            lambda _control: preview_import(session_factory, path, sheet),
            on_done=self._show_preview,
            on_error=self._failed,
        )

    def _sheet_chosen(self, name: str) -> None:
        if not name or name == self.sheet or (self.preview is not None and name == self.preview.sheet_name):
            return
        self.sheet = name
        self._mapping_changed()
        self._load_preview()

    def _offer_sheets(self, preview: ImportPreview) -> None:
        if len(preview.sheet_names) < 2:
            return
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(preview.sheet_names)
        self.sheet_combo.setCurrentText(preview.sheet_name)
        self.sheet_combo.blockSignals(False)
        self.sheet_row.show()

    def _show_preview(self, preview: ImportPreview) -> None:
        self.handle = None
        self.progress.hide()
        self.preview = preview
        self.sheet = preview.sheet_name
        self._offer_sheets(preview)
        self.dry_button.setEnabled(True)
        self.mapping_table.clearContents()
        self.combos.clear()
        if self.preview.header is None:
            message = _("Baris judul kolom tidak ditemukan (mis. 'Nama Kepala Keluarga', 'Kode Desa').")
            if len(preview.sheet_names) > 1:
                message += " " + _("Lembar kerja yang dibaca: {sheet!r}; pilih lembar lain di atas.").format(
                    sheet=preview.sheet_name
                )
            self._fail(message)
            return
        header = self.preview.header
        for row, spec in enumerate(KRS_FIELDS):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(_(spec.label) + (" *" if spec.required else "")))
            combo = QComboBox()
            combo.addItem(_("(tidak ada)"), -1)
            for index, cell in enumerate(header.cells):
                if cell:
                    combo.addItem(cell, index)
            chosen = self.preview.mapping.get(spec.key, -1)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[spec.key] = combo
            self.mapping_table.setCellWidget(row, 1, combo)
        note = _("Pemetaan diingat dari berkas sebelumnya.") if self.preview.remembered else ""
        if self.preview.missing and self.preview.merged_note:  # the titles lost in merged cells, named
            note = (note + " " + self.preview.merged_note).strip()
        self.message.setText(_("Baris judul kolom: {row}. ").format(row=str(header.row)) + note)

    def _mapping_changed(self) -> None:
        # A dry run counted rows with the old mapping: its result no longer says what Terapkan would store.
        if self.summary is not None and not self.summary.applied:
            self.summary = None
            self.apply_button.setEnabled(False)
            self.save_button.setEnabled(False)
            self.errors.setRowCount(0)
            self.message.setText(_("Pemetaan kolom diubah; jalankan Uji coba lagi sebelum Terapkan."))

    def mapping(self) -> dict[str, int]:
        """The mapping as the user confirmed it."""
        result: dict[str, int] = {}
        for key, combo in self.combos.items():
            index = int(combo.currentData())
            if index >= 0:
                result[key] = index
        return result

    def _missing(self) -> list[str]:
        mapping = self.mapping()
        return [_(spec.label) for spec in KRS_FIELDS if spec.required and spec.key not in mapping]

    # -- running ---------------------------------------------------------------------------------------------------
    def _task(self, dry_run: bool) -> Any:
        session_factory = self.context.app.session_factory
        path = self.path
        if self.worksheet:
            overwrite = self.chosen_overwrites()
            return lambda control: run_worksheet_import(
                session_factory, path, dry_run=dry_run, overwrite=overwrite, control=control
            )
        mapping = self.mapping()
        source_round = self.round_edit.text().strip().upper() or self.default_round
        sheet = self.sheet
        return lambda control: run_import(
            session_factory,
            path,
            mapping=mapping,
            source_round=source_round,
            dry_run=dry_run,
            control=control,
            sheet=sheet,
        )

    def start_dry_run(self) -> None:
        """Runs the dry run in the background."""
        if not self.worksheet and self._missing():
            self.message.setText(_("Kolom wajib belum dipetakan: {fields}").format(fields=", ".join(self._missing())))
            return
        self._start(dry_run=True)

    def start_apply(self) -> None:
        """Applies the import in the background: valid rows in one transaction, rejected rows left out."""
        self._start(dry_run=False)

    def _start(self, *, dry_run: bool) -> None:
        self.dry_button.setEnabled(False)
        self.apply_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(_("Memeriksa berkas...") if dry_run else _("Menyimpan..."))
        self.handle = self.context.runner.run(
            self._task(dry_run),
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._on_progress,
            on_cancelled=self._cancelled,
            writes=not dry_run,
        )

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _done(self, summary: ImportSummary) -> None:
        self.handle = None
        self.progress.hide()
        self.summary = summary
        outcome = describe_outcome(summary)
        text = outcome.text
        if summary.conflicts:
            text += " " + _("{count} konflik: keluarga berubah di database sejak lembar kerja dibuat.").format(
                count=integer_text(len(summary.conflicts))
            )
        self.message.setText(text)
        self._list_errors(summary)
        self.save_button.setEnabled(bool(summary.rejected_rows))
        self.dry_button.setEnabled(not summary.applied)
        # Terapkan only when it would store something: never offered for a file whose every row was rejected.
        self.apply_button.setEnabled(outcome.can_apply)
        if summary.applied:
            self.cancel_button.setText(_("Tutup"))
        if outcome.stored:
            self.applied.emit()

    def _list_errors(self, summary: ImportSummary) -> None:
        shown = summary.errors[:MAX_LISTED_ERRORS]
        conflicts = summary.conflicts[:MAX_LISTED_ERRORS]
        self.errors.setRowCount(len(shown) + len(conflicts))
        for row, error in enumerate(shown):
            for column, value in enumerate((str(error.row), f"{error.column} {error.column_name}", error.reason)):
                self.errors.setItem(row, column, QTableWidgetItem(value))
        for row, conflict in enumerate(conflicts, start=len(shown)):
            reason = _("Konflik: {head_name} sudah diubah di database; centang untuk memakai isi lembar kerja").format(
                head_name=conflict.head_name
            )
            choice = QTableWidgetItem(str(conflict.row))
            self.errors.setItem(row, 0, choice)
            for column, value in enumerate(("", reason), start=1):
                self.errors.setItem(row, column, QTableWidgetItem(value))
            choice.setFlags(choice.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            choice.setCheckState(Qt.CheckState.Unchecked)
            choice.setData(Qt.ItemDataRole.UserRole, conflict.uuid)

    def chosen_overwrites(self) -> set[str]:
        """The conflicting families for which the worksheet wins: those ticked, or all with the option set."""
        if self.summary is None:
            return set()
        if self.overwrite.isChecked():
            return {conflict.uuid for conflict in self.summary.conflicts}
        chosen: set[str] = set()
        for row in range(self.errors.rowCount()):
            item = self.errors.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) and item.checkState() == Qt.CheckState.Checked:
                chosen.add(str(item.data(Qt.ItemDataRole.UserRole)))
        return chosen

    def _fail(self, message: str) -> None:
        self.handle = None
        self.progress.hide()
        self.message.setText(_("Gagal: {message}").format(message=message))
        self.dry_button.setEnabled((self.preview is not None and self.preview.header is not None) or self.worksheet)

    def _failed(self, error: BaseException, trace: str) -> None:
        # A refusal (unreadable file, bad mapping) is shown in the label; a bug goes to the error dialog, not here.
        self._fail("")
        report_failure(self, error, show=self.message, template=_("Gagal: {reason}"), trace=trace)

    def _cancelled(self) -> None:
        self.handle = None
        self.progress.hide()
        self.message.setText(_("Dibatalkan; database tidak berubah."))
        self.dry_button.setEnabled(True)

    def cancel_or_close(self) -> None:
        """Cancels the running task, or closes the dialog when nothing runs."""
        if self.handle is not None and not self.handle.done:
            self.handle.cancel()
        else:
            self.reject()

    def save_rejected(self) -> None:
        """Saves the rejected rows with their reasons as .xlsx."""
        if self.summary is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self,
            _("Simpan baris ditolak"),
            str(self.path.with_name(self.path.stem + "_ditolak.xlsx")),
            "Excel (*.xlsx)",
        )
        refused = _("Baris ditolak tidak tersimpan: {reason}")
        if target and checked_save_target(
            self,
            target,
            app=self.context.app,
            inputs=[self.path],
            show=lambda reason: self.message.setText(refused.format(reason=reason)),
        ):
            try:
                save_rejected(self.summary, Path(target))
            except OSError as error:
                reason = describe_os_error(error)
                self.message.setText(_("Baris ditolak tidak tersimpan: {reason}").format(reason=reason))
                return
            self.message.setText(_("Baris ditolak disimpan ke {target}").format(target=target))

    def save_template(self, target: Path | None = None) -> Path | None:
        """Writes the empty KRS list template (.xlsx), asking where when ``target`` is None.

        Returns:
            The file written, or None when cancelled or the file could not be written (the message says why).
        """
        from desktop.services.krs.template import write_krs_template  # openpyxl: loaded only when asked

        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                _("Simpan templat daftar KRS"),
                str(self.path.with_name(_("templat-daftar-krs.xlsx"))),
                "Excel (*.xlsx)",
            )
            if not name:
                return None
            target = Path(name)
        checked = checked_save_target(
            self,
            target,
            app=self.context.app,
            inputs=[self.path],
            show=lambda reason: self.message.setText(_("Templat tidak tersimpan: {reason}").format(reason=reason)),
        )
        if checked is None:
            return None
        try:
            written = write_krs_template(checked)
        except OSError as error:
            self.message.setText(_("Templat tidak tersimpan: {reason}").format(reason=describe_os_error(error)))
            return None
        self.message.setText(
            _(
                "Templat disimpan ke {written}. Isi lembar 'Daftar KRS' satu keluarga per baris (petunjuk di lembar "
                "'Petunjuk'), lalu impor berkas itu."
            ).format(written=str(written))
        )
        return written
