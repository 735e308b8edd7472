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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.krs.fields import KRS_FIELDS
from desktop.services.krs.import_service import DEFAULT_ROUND, ImportPreview, preview_import, run_import
from desktop.services.krs.worksheet_import import run_worksheet_import
from desktop.services.numbers import integer_text
from desktop.services.tabular import ImportSummary
from desktop.ui.widgets.read_only_table import install_full_text_tooltips
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
        self.setWindowTitle(self.tr("Impor lembar kerja desa") if worksheet else self.tr("Impor daftar KRS"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Berkas: %1").replace("%1", path.name)))
        self.mapping_table = QTableWidget(len(KRS_FIELDS), 2)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Data"), self.tr("Kolom di berkas")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        options = QFormLayout()
        self.round_edit = QLineEdit(DEFAULT_ROUND)
        options.addRow(self.tr("Sumber data (bila tidak ada kolomnya)"), self.round_edit)
        self.overwrite = QCheckBox(self.tr("Pada konflik, pakai isi lembar kerja (bawaan: data di database)"))
        if worksheet:
            self.mapping_table.hide()
            layout.addWidget(self.overwrite)
        else:
            layout.addWidget(self.mapping_table, 2)
            layout.addLayout(options)
            self.overwrite.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        layout.addWidget(self.message)
        self.errors = QTableWidget(0, 3)
        install_full_text_tooltips(self.errors)
        self.errors.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("Kolom"), self.tr("Alasan")])
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.errors.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.errors, 1)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.dry_button = QPushButton(self.tr("Uji coba"))
        self.apply_button = QPushButton(self.tr("Terapkan"))
        self.save_button = QPushButton(self.tr("Simpan baris ditolak..."))
        self.cancel_button = QPushButton(self.tr("Batal"))
        for button in (self.dry_button, self.apply_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.apply_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.dry_button.clicked.connect(self.start_dry_run)
        self.apply_button.clicked.connect(self.start_apply)
        self.save_button.clicked.connect(self.save_rejected)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        if not worksheet:
            self._load_preview()

    # -- mapping ---------------------------------------------------------------------------------------------------
    def _load_preview(self) -> None:
        # Reading a large workbook takes seconds: done in the background like the import itself.
        session_factory, path = self.context.app.session_factory, self.path
        self.dry_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(self.tr("Membaca berkas..."))
        self.handle = self.context.runner.run(
            lambda _control: preview_import(session_factory, path),
            on_done=self._show_preview,
            on_error=lambda error, _trace: self._fail(str(error)),
        )

    def _show_preview(self, preview: ImportPreview) -> None:
        self.handle = None
        self.progress.hide()
        self.preview = preview
        self.dry_button.setEnabled(True)
        if self.preview.header is None:
            self._fail(self.tr("Baris judul kolom tidak ditemukan (mis. 'Nama Kepala Keluarga', 'Kode Desa')."))
            return
        header = self.preview.header
        for row, spec in enumerate(KRS_FIELDS):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(spec.label + (" *" if spec.required else "")))
            combo = QComboBox()
            combo.addItem(self.tr("(tidak ada)"), -1)
            for index, cell in enumerate(header.cells):
                if cell:
                    combo.addItem(cell, index)
            chosen = self.preview.mapping.get(spec.key, -1)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            self.combos[spec.key] = combo
            self.mapping_table.setCellWidget(row, 1, combo)
        note = self.tr("Pemetaan diingat dari berkas sebelumnya.") if self.preview.remembered else ""
        self.message.setText(self.tr("Baris judul kolom: %1. ").replace("%1", str(header.row)) + note)

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
        return [spec.label for spec in KRS_FIELDS if spec.required and spec.key not in mapping]

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
        source_round = self.round_edit.text().strip().upper() or DEFAULT_ROUND
        return lambda control: run_import(
            session_factory, path, mapping=mapping, source_round=source_round, dry_run=dry_run, control=control
        )

    def start_dry_run(self) -> None:
        """Runs the dry run in the background."""
        if not self.worksheet and self._missing():
            self.message.setText(self.tr("Kolom wajib belum dipetakan: %1").replace("%1", ", ".join(self._missing())))
            return
        self._start(dry_run=True)

    def start_apply(self) -> None:
        """Applies the import in the background (all or nothing)."""
        self._start(dry_run=False)

    def _start(self, *, dry_run: bool) -> None:
        self.dry_button.setEnabled(False)
        self.apply_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(self.tr("Memeriksa berkas...") if dry_run else self.tr("Menyimpan..."))
        self.handle = self.context.runner.run(
            self._task(dry_run),
            on_done=self._done,
            on_error=lambda error, _trace: self._fail(str(error)),
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
        text = (self.tr("Tersimpan: ") if summary.applied else self.tr("Uji coba: ")) + self.tr(
            "%1 baru, %2 diperbarui, %3 tetap, %4 ditolak."
        ).replace("%1", integer_text(summary.new)).replace("%2", integer_text(summary.updated)).replace(
            "%3", integer_text(summary.unchanged)
        ).replace("%4", integer_text(summary.rejected))
        if summary.conflicts:
            text += " " + self.tr("%1 konflik: keluarga berubah di database sejak lembar kerja dibuat.").replace(
                "%1", str(len(summary.conflicts))
            )
        self.message.setText(text)
        self._list_errors(summary)
        self.save_button.setEnabled(bool(summary.rejected_rows))
        self.dry_button.setEnabled(not summary.applied)
        self.apply_button.setEnabled(not summary.applied)
        if summary.applied:
            self.cancel_button.setText(self.tr("Tutup"))
            self.applied.emit()

    def _list_errors(self, summary: ImportSummary) -> None:
        shown = summary.errors[:MAX_LISTED_ERRORS]
        conflicts = summary.conflicts[:MAX_LISTED_ERRORS]
        self.errors.setRowCount(len(shown) + len(conflicts))
        for row, error in enumerate(shown):
            for column, value in enumerate((str(error.row), f"{error.column} {error.column_name}", error.reason)):
                self.errors.setItem(row, column, QTableWidgetItem(value))
        for row, conflict in enumerate(conflicts, start=len(shown)):
            reason = self.tr("Konflik: %1 sudah diubah di database; centang untuk memakai isi lembar kerja").replace(
                "%1", conflict["head_name"]
            )
            choice = QTableWidgetItem(str(conflict["row"]))
            self.errors.setItem(row, 0, choice)
            for column, value in enumerate(("", reason), start=1):
                self.errors.setItem(row, column, QTableWidgetItem(value))
            choice.setFlags(choice.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            choice.setCheckState(Qt.CheckState.Unchecked)
            choice.setData(Qt.ItemDataRole.UserRole, conflict["uuid"])

    def chosen_overwrites(self) -> set[str]:
        """The conflicting families for which the worksheet wins: those ticked, or all with the option set."""
        if self.summary is None:
            return set()
        if self.overwrite.isChecked():
            return {conflict["uuid"] for conflict in self.summary.conflicts}
        chosen: set[str] = set()
        for row in range(self.errors.rowCount()):
            item = self.errors.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) and item.checkState() == Qt.CheckState.Checked:
                chosen.add(str(item.data(Qt.ItemDataRole.UserRole)))
        return chosen

    def _fail(self, message: str) -> None:
        self.handle = None
        self.progress.hide()
        self.message.setText(self.tr("Gagal: %1").replace("%1", message))
        self.dry_button.setEnabled((self.preview is not None and self.preview.header is not None) or self.worksheet)

    def _cancelled(self) -> None:
        self.handle = None
        self.progress.hide()
        self.message.setText(self.tr("Dibatalkan; database tidak berubah."))
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
            self.tr("Simpan baris ditolak"),
            str(self.path.with_name(self.path.stem + "_ditolak.xlsx")),
            "Excel (*.xlsx)",
        )
        if target:
            self.summary.save_rejected(Path(target))
            self.message.setText(self.tr("Baris ditolak disimpan ke %1").replace("%1", target))
