"""Import of a child list (e-PPGBM / posyandu): column mapping, check first (dry run), then store the valid rows
in one transaction; rejected rows are left out, listed with row, column and reason, and can be saved as a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.domain.i18n import _
from desktop.domain.tabular import ImportSummary
from desktop.services.cases.case_import import import_cases, mapping_problems, preview_case_import
from desktop.services.cases.import_fields import CASE_FIELDS
from desktop.services.os_errors import describe_os_error
from desktop.services.tabular import TableFileError, column_letter
from desktop.services.tabular.summary import save_rejected
from desktop.services.tasks import TaskControl
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.import_outcome import describe_outcome
from desktop.ui.widgets.save_target import checked_save_target
from desktop.ui.worker import BackgroundRunner, TaskHandle


class CaseImportDialog(QDialog):
    """Choose a file, confirm the column mapping, check it (counts and per-row problems), then import.

    Signals:
        imported(): the list was stored.
    """

    imported = Signal()

    def __init__(
        self,
        session_factory: Any,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        app: AppContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.app = app  # its database and data folder are never the file of rejected rows
        self.runner = runner
        self.handle: TaskHandle | None = None
        self.checked: ImportSummary | None = None
        self.setWindowTitle(_("Impor Daftar Anak (e-PPGBM / Posyandu)"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.browse = QPushButton(_("Pilih Berkas..."))
        self.browse.clicked.connect(self.choose_file)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
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
        self.mapping_table = QTableWidget(len(CASE_FIELDS), 2)
        self.mapping_table.setHorizontalHeaderLabels([_("Data"), _("Kolom di berkas")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().hide()
        self.combos: dict[str, QComboBox] = {}
        for number, spec in enumerate(CASE_FIELDS):
            label = _(spec.label) + (" *" if spec.required else "")
            self.mapping_table.setItem(number, 0, QTableWidgetItem(label))
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[spec.key] = combo
            self.mapping_table.setCellWidget(number, 1, combo)
        layout.addWidget(self.mapping_table, 2)
        self.summary = QLabel("")
        self.summary.setObjectName("summaryMessage")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.errors = QListWidget()
        layout.addWidget(self.errors, 1)
        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(_("Periksa"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(_("Impor"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.rejected_button = self.buttons.addButton(
            _("Simpan Baris Ditolak..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.rejected_button.clicked.connect(lambda: self.save_rejected())
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._loading = False
        self._update_buttons()

    def mapping(self) -> dict[str, int]:
        """The mapping chosen in the table: field key to column index."""
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}

    def _update_buttons(self) -> None:
        busy = self.handle is not None
        ready = bool(self.path.text()) and not mapping_problems(self.mapping())
        self.check_button.setEnabled(ready and not busy)
        can_import = self.checked is not None and not self.checked.applied and describe_outcome(self.checked).can_apply
        self.import_button.setEnabled(ready and can_import and not busy)
        self.rejected_button.setEnabled(self.checked is not None and self.checked.rejected > 0 and not busy)
        self.browse.setEnabled(not busy)

    def _mapping_changed(self) -> None:
        if self._loading:
            return
        self.checked = None
        missing = mapping_problems(self.mapping())
        self.summary.setText(
            _("Kolom wajib belum dipetakan: {fields}").format(fields=", ".join(missing))
            if missing
            else _("Pemetaan kolom diubah; tekan Periksa.")
        )
        self._update_buttons()

    def choose_file(self) -> None:
        """Asks for the file, proposes the mapping and checks it at once."""
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Pilih daftar anak"), "", _("Lembar kerja (*.xlsx *.xls *.csv)")
        )
        if name:
            self.set_path(Path(name))

    def _sheet_chosen(self, name: str) -> None:
        if name and name != self.sheet and self.path.text() and not self._loading:
            self.set_path(Path(self.path.text()), name)

    def _offer_sheets(self, current: str, names: tuple[str, ...]) -> None:
        self.sheet = current or None
        self._loading = True
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(names))
        self.sheet_combo.setCurrentText(current)
        self._loading = False
        self.sheet_row.setVisible(len(names) > 1)

    def set_path(self, path: Path, sheet: str | None = None) -> None:
        """Loads the file's header and proposed mapping, then starts the check when nothing is missing.

        Args:
            path: the file.
            sheet: the sheet to read (the first when None).
        """
        self.path.setText(str(path))
        self.checked = None
        self.errors.clear()
        try:
            preview = preview_case_import(self.session_factory, path, sheet)
        except TableFileError as error:
            self.summary.setText(_("Tidak dapat dibaca: {reason}").format(reason=error))
            self._update_buttons()
            return
        self._offer_sheets(preview.sheet_name, preview.sheet_names)
        self._loading = True
        columns = preview.header.cells if preview.header else []
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(_("(tidak ada)"), None)
            for index, cell in enumerate(columns):
                combo.addItem(f"{column_letter(index)}: {cell}", index)
            position = preview.mapping.get(key)
            combo.setCurrentIndex(0 if position is None else position + 1)
        self._loading = False
        if preview.header is None:
            message = _("Baris judul kolom tidak ditemukan (mis. Nama, Tgl Lahir, Tinggi, Cara Ukur).")
            if len(preview.sheet_names) > 1:
                message += " " + _("Lembar kerja yang dibaca: {sheet!r}; pilih lembar lain di atas.").format(
                    sheet=preview.sheet_name
                )
            self.summary.setText(message)
        elif preview.missing:
            self.summary.setText(_("Kolom wajib belum dipetakan: {fields}").format(fields=", ".join(preview.missing)))
        else:
            self.start(dry_run=True)
        self._update_buttons()

    def start(self, *, dry_run: bool) -> None:
        """Runs the check or the import in the background with the chosen mapping."""
        path = Path(self.path.text())
        if not self.path.text() or self.handle is not None:
            return
        mapping, sheet = self.mapping(), self.sheet

        def task(control: TaskControl) -> ImportSummary:
            return import_cases(
                self.session_factory, path, mapping=mapping, dry_run=dry_run, control=control, sheet=sheet
            )

        self.summary.setText(_("Memeriksa...") if dry_run else _("Mengimpor..."))
        self.handle = self.runner.run(task, on_done=self._done, on_error=self._failed, writes=not dry_run)
        self._update_buttons()

    def _done(self, summary: ImportSummary) -> None:
        self.handle = None
        outcome = describe_outcome(summary)
        self.summary.setText(outcome.text)
        self.errors.clear()
        for error in summary.errors[:1000]:
            self.errors.addItem(
                _("Baris {row}, kolom {column} {name}: {reason}").format(
                    row=error.row, column=error.column or "-", name=error.column_name, reason=error.reason
                )
            )
        self.checked = summary
        if outcome.stored:
            self.imported.emit()
        self._update_buttons()

    def _failed(self, error: BaseException, trace: str) -> None:
        self.handle = None
        self.checked = None
        report_failure(self, error, show=self.summary, template=_("Tidak dapat dibaca: {reason}"), trace=trace)
        self._update_buttons()

    def save_rejected(self, target: Path | None = None) -> Path | None:
        """Writes the rejected rows with their reasons to an .xlsx file (asking where when ``target`` is None)."""
        if self.checked is None or not self.checked.rejected:
            return None
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, _("Simpan baris ditolak"), "baris-ditolak.xlsx", _("Lembar kerja (*.xlsx)")
            )
            if not name:
                return None
            target = Path(name)
        inputs = [Path(self.path.text())] if self.path.text() else []
        refused = _("Baris ditolak tidak tersimpan: {reason}")
        checked = checked_save_target(
            self,
            target,
            app=self.app,
            inputs=inputs,
            show=lambda reason: self.summary.setText(refused.format(reason=reason)),
        )
        if checked is None:
            return None
        target = checked
        try:
            save_rejected(self.checked, target)
        except OSError as error:
            self.summary.setText(_("Baris ditolak tidak tersimpan: {reason}").format(reason=describe_os_error(error)))
            return None
        self.summary.setText(_("Baris ditolak disimpan ke {path}").format(path=target))
        return target
