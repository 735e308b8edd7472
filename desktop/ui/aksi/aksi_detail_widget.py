"""The detail editor of one action in one year: schedule, status, responsibility, assessment, outputs, evidence
and the audit trail."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.aksi.codes import AksiStatus
from desktop.domain.aksi.records import AksiRow
from desktop.domain.dates import long_date, month_name
from desktop.domain.i18n import N_, _
from desktop.domain.periods import PeriodKind
from desktop.services.aksi.progress import (
    AksiDetail,
    OutputInfo,
    ProgressError,
    ProgressUpdate,
    detail_of,
    history,
    history_value_text,
    list_row,
    list_year,
)
from desktop.services.aksi.progress_writes import (
    delete_output,
    save_action_progress,
    save_output,
    save_progress,
    start_action,
)
from desktop.services.concurrency import ConcurrentEditError
from desktop.services.exchange.periods import period_lock_at
from desktop.ui.aksi.evidence_widget import EvidenceWidget
from desktop.ui.widgets.code_combo import add_codes
from desktop.ui.widgets.concurrent_edit import ConflictChoice, ask_concurrent_edit
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.dialogs import confirm_delete
from desktop.ui.widgets.field_errors import FieldErrors
from desktop.ui.widgets.period_banner import PeriodLockBanner
from desktop.ui.widgets.read_only_table import read_only_table
from desktop.ui.widgets.unsaved import DirtyTracker
from desktop.ui.widgets.unsaved_mark import UnsavedMark
from desktop.ui.window_context import WindowContext

# Field names of the audit trail as the form labels them.
FIELD_LABELS = {
    "status": N_("Status"),
    "planned_start": N_("Mulai rencana"),
    "planned_end": N_("Selesai rencana"),
    "actual_start": N_("Mulai realisasi"),
    "actual_end": N_("Selesai realisasi"),
    "responsible_opd": N_("OPD penanggung jawab"),
    "responsible_person": N_("Petugas"),
    "self_score": N_("Nilai mandiri"),
    "self_assessment": N_("Penilaian mandiri"),
    "province_score": N_("Nilai provinsi"),
    "province_notes": N_("Catatan provinsi"),
    "remarks": N_("Keterangan"),
    "name": N_("Nama"),
    "document_number": N_("Nomor"),
    "document_date": N_("Tanggal"),
    "title": N_("Judul"),
    "notes": N_("Catatan"),
}
ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


class AksiDetailWidget(QWidget):
    """Edits one action's yearly progress.

    An unsaved editor (:class:`desktop.ui.widgets.unsaved.UnsavedEditor`): input on *Rincian* and an output typed
    on *Keluaran* but not added yet count as unsaved; adding an output or evidence never reloads over them.

    Signals:
        saved(int): the action number after any saved change (the page refreshes the row). An action with no
            progress in the year yet gets its progress row with the first saved change.
    """

    saved = Signal(int)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: AksiDetail | None = None
        self.tracker = DirtyTracker(self)
        self.output_tracker = DirtyTracker(self)
        self.title = QLabel(self)
        self.title.setObjectName("aksi_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_form(), _("Rincian"))
        self.tabs.addTab(self._build_outputs(), _("Keluaran"))
        self.evidence = EvidenceWidget(context, self)
        self.evidence.changed.connect(self._on_evidence_changed)
        self.tabs.addTab(self.evidence, _("Data dukung"))
        self.history_table = read_only_table([_("Waktu"), _("Pengguna"), _("Data"), _("Perubahan")], self)
        self.history_table.setObjectName("history_table")
        self.tabs.addTab(self.history_table, _("Riwayat"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        self.lock_banner = PeriodLockBanner(self)  # the year is approved: details, outputs and evidence read-only
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.tabs, 1)
        self.tracker.watch(
            self.status,
            self.planned_start,
            self.planned_end,
            self.actual_start,
            self.actual_end,
            self.opd,
            self.person,
            self.self_score,
            self.self_assessment,
            self.province_score,
            self.province_notes,
            self.remarks,
        )
        self.output_tracker.watch(self.output_number, self.output_date)
        self.unsaved_mark = UnsavedMark(self.tracker, self.save_button, self)
        self._form_buttons.insertWidget(1, self.unsaved_mark)
        self.setEnabled(False)

    def _build_form(self) -> QWidget:
        tab = QWidget(self)
        # The fields scroll; the Simpan row stays pinned below them, reachable on a 768-pixel screen.
        scroll = QScrollArea(tab)
        scroll.setObjectName("aksi_form_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(scroll)
        form = QFormLayout()
        self.status = QComboBox(page)
        self.status.setObjectName("status")
        self.status.setMaximumWidth(320)
        add_codes(self.status, AksiStatus)
        self.planned_start, self.planned_end = DateField(page, optional=True), DateField(page, optional=True)
        self.actual_start, self.actual_end = DateField(page, optional=True), DateField(page, optional=True)
        for name, edit in (
            ("planned_start", self.planned_start),
            ("planned_end", self.planned_end),
            ("actual_start", self.actual_start),
            ("actual_end", self.actual_end),
        ):
            edit.setObjectName(name)
        self.opd = QLineEdit(page)
        self.person = QLineEdit(page)
        self.person.setObjectName("responsible_person")
        self.self_score = QLineEdit(page)
        self.self_score.setMaximumWidth(80)
        self.self_assessment = QPlainTextEdit(page)
        self.province_score = QLineEdit(page)
        self.province_score.setObjectName("province_score")
        self.province_score.setMaximumWidth(80)
        self.province_notes = QPlainTextEdit(page)
        self.remarks = QPlainTextEdit(page)
        for text_edit in (self.self_assessment, self.province_notes, self.remarks):
            text_edit.setMaximumHeight(60)
        self.message = QLabel(page)
        self.message.setObjectName("aksi_message")
        self.message.setWordWrap(True)
        self.errors = errors = FieldErrors(page, general=self.message)
        errors.all_fixed.connect(self.message.clear)  # "periksa tanggal…" goes with the last marked field
        form.addRow(_("Status:"), errors.field_row("status", self.status))
        form.addRow(_("Rencana:"), self._pair(page, "planned_start", "planned_end"))
        form.addRow(_("Realisasi:"), self._pair(page, "actual_start", "actual_end"))
        form.addRow(_("OPD penanggung jawab:"), errors.field_row("responsible_opd", self.opd))
        form.addRow(_("Petugas:"), errors.field_row("responsible_person", self.person))
        form.addRow(_("Nilai mandiri:"), errors.field_row("self_score", self.self_score))
        form.addRow(_("Penilaian mandiri:"), self.self_assessment)
        form.addRow(_("Nilai provinsi:"), errors.field_row("province_score", self.province_score))
        form.addRow(_("Catatan provinsi:"), self.province_notes)
        form.addRow(_("Keterangan:"), self.remarks)
        self.save_button = QPushButton(_("Simpan"), tab)
        self.save_button.setObjectName("save_aksi")
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        self._form_buttons = buttons
        fields = QVBoxLayout(page)
        fields.addLayout(form)
        fields.addStretch(1)
        scroll.setWidget(page)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        return tab

    def _pair(self, parent: QWidget, first: str, second: str) -> QWidget:
        """Two date fields ("from s.d. to") on one row, each with its error under it."""
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.errors.field_row(first, getattr(self, first)), 0, Qt.AlignmentFlag.AlignTop)
        until = QLabel(_("s.d."), box)
        until.setMinimumHeight(getattr(self, first).sizeHint().height())  # level with the fields' text
        row.addWidget(until, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.errors.field_row(second, getattr(self, second)), 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        return box

    def _build_outputs(self) -> QWidget:
        page = QWidget(self)
        self.outputs_table = read_only_table([_("Dokumen"), _("Nomor"), _("Tanggal")], page)
        self.outputs_table.setObjectName("outputs_table")
        self.expected_label = QLabel(page)
        self.expected_label.setWordWrap(True)
        self.output_name = QComboBox(page)
        self.output_name.setObjectName("output_name")
        self.output_name.setEditable(True)
        self.output_number = QLineEdit(page)
        self.output_number.setObjectName("output_number")
        self.output_number.setPlaceholderText(_("Nomor dokumen"))
        self.output_date = DateField(page, optional=True)
        self.output_date.setObjectName("output_date")
        self.add_output_button = QPushButton(_("Tambah keluaran"), page)
        self.add_output_button.setObjectName("add_output")
        self.add_output_button.clicked.connect(self._on_add_output_clicked)
        self.remove_output_button = QPushButton(_("Hapus"), page)
        self.remove_output_button.setObjectName("remove_output")
        self.remove_output_button.setEnabled(False)
        self.remove_output_button.clicked.connect(self._on_remove_output_clicked)
        self.outputs_table.itemSelectionChanged.connect(self._update_output_buttons)
        self.output_message = QLabel(page)
        self.output_message.setObjectName("output_message")
        self.output_errors = FieldErrors(page, general=self.output_message)
        grid = QGridLayout()
        grid.addWidget(QLabel(_("Dokumen:"), page), 0, 0)
        grid.addWidget(self.output_errors.field_row("name", self.output_name), 0, 1, 1, 3)
        grid.addWidget(QLabel(_("Nomor:"), page), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.output_number, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(QLabel(_("Tanggal:"), page), 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.output_errors.field_row("document_date", self.output_date), 1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.output_message, 1)
        buttons.addWidget(self.remove_output_button)
        buttons.addWidget(self.add_output_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.expected_label)
        layout.addWidget(self.outputs_table, 1)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        return page

    def load(self, row: AksiRow | None) -> None:
        """Shows one action's yearly progress (None: nothing selected); reads only. Replaces any unsaved input:
        the page asks first (:func:`desktop.ui.widgets.unsaved.settle_unsaved`)."""
        if row is None:
            self.detail = None
            self.title.setText(_("Pilih aksi di tabel."))
            with self.tracker.loading(), self.output_tracker.loading():
                pass
            self.setEnabled(False)
            return
        self._show(detail_of(self.context.app.session_factory, row))

    def _show(self, detail: AksiDetail, *, keep_form: bool = False, keep_draft: bool = False) -> None:
        """Shows a detail; with ``keep_form`` / ``keep_draft`` unsaved input on *Rincian* / a typed output stays."""
        previous = self.detail
        keep_form = keep_form and self.tracker.is_dirty
        self.detail = detail
        if keep_form and previous is not None and previous.row.progress_id is not None:
            # The form was started from the stored version it shows; a concurrent save must still be noticed.
            detail.row_version = previous.row_version
        self.setEnabled(True)
        row = detail.row
        months = ", ".join(month_name(m, screen=True) for m in detail.usual_months)
        usual = _("Bulan biasa")
        self.title.setText(
            f"<b>{row.label} {row.year} — {row.name}</b><br/>"
            f"<span style='color:#555'>{detail.description}</span><br/>"
            f"<span style='color:#555'>{usual}: {months} · {detail.framework_name}</span>"
            + (
                "<br/><i>"
                + _("Belum ada catatan tahun ini: jadwal dan OPD dari kerangka; tercatat saat pertama disimpan.")
                + "</i>"
                if row.progress_id is None
                else ""
            )
        )
        if not keep_form:
            self._fill_form(detail.values)
        self._load_outputs(detail, keep_draft=keep_draft and self.output_tracker.is_dirty)
        self.evidence.load(detail)
        self._load_history(row.progress_id)
        self.lock_banner.show_lock(
            period_lock_at(self.context.app.session_factory, PeriodKind.AKSI, str(row.year), None)
        )
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab is not None and tab is not self.history_table:
                tab.setEnabled(not self.lock_banner.locked)

    def _fill_form(self, values: ProgressUpdate) -> None:
        with self.tracker.loading():
            self.status.setCurrentIndex(max(0, self.status.findData(values.status)))
            self.planned_start.set_value(values.planned_start)
            self.planned_end.set_value(values.planned_end)
            self.actual_start.set_value(values.actual_start)
            self.actual_end.set_value(values.actual_end)
            self.opd.setText(values.responsible_opd)
            self.person.setText(values.responsible_person)
            self.self_score.setText(values.self_score)
            self.self_assessment.setPlainText(values.self_assessment)
            self.province_score.setText(values.province_score)
            self.province_notes.setPlainText(values.province_notes)
            self.remarks.setPlainText(values.remarks)
        self.errors.clear()
        self.message.clear()

    def _load_outputs(self, detail: AksiDetail, *, keep_draft: bool = False) -> None:
        self.outputs_table.setRowCount(len(detail.outputs))
        for i, output in enumerate(detail.outputs):
            when = long_date(output.document_date, screen=True) if output.document_date else ""
            for column, text in enumerate((output.name, output.document_number, when)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, output.id)
                self.outputs_table.setItem(i, column, item)
        self.outputs_table.clearSelection()
        self.outputs_table.setCurrentIndex(QModelIndex())  # nothing selected after a delete or a reload
        self._update_output_buttons()
        expected = ", ".join(("✓ " if t.fulfilled else "○ ") + t.name for t in detail.expected_outputs)
        self.expected_label.setText(_("Keluaran yang diharapkan: {0}").format(expected))
        if keep_draft:
            return
        with self.output_tracker.loading():
            self.output_name.clear()
            for template in detail.expected_outputs:
                self.output_name.addItem(template.name, template.code)
            self.output_number.clear()
            self.output_date.clear_value()
            self.output_errors.clear()
        self.output_message.clear()

    def _update_output_buttons(self) -> None:
        self.remove_output_button.setEnabled(bool(self.outputs_table.selectionModel().selectedRows()))

    def _load_history(self, progress_id: int | None) -> None:
        entries = history(self.context.app.session_factory, progress_id) if progress_id is not None else []
        self.history_table.setRowCount(len(entries))
        for i, entry in enumerate(entries):
            if entry.action == "update":
                label = _(FIELD_LABELS.get(entry.field, entry.field))
                old = _(history_value_text(entry.field, entry.old_value))
                new = _(history_value_text(entry.field, entry.new_value))
                change = f"{label}: {old} → {new}"
            else:
                change = {
                    "create": _("dibuat"),
                    "delete": _("dihapus"),
                    "restore": _("dipulihkan"),
                }.get(entry.action, entry.action)
            local = entry.at.astimezone()
            cells = (f"{long_date(local.date(), screen=True)} {local:%H.%M}", entry.actor, entry.what, change)
            for column, text in enumerate(cells):
                self.history_table.setItem(i, column, QTableWidgetItem(text))

    def check_dates(self) -> bool:
        """Refuses dates that are not valid, each under its field; True when every date field is valid."""
        valid = True
        for name in ("planned_start", "planned_end", "actual_start", "actual_end"):
            field: DateField = getattr(self, name)
            if not field.commit():
                self.errors.set_error(name, field.problem())
                valid = False
        return valid

    def collect(self) -> ProgressUpdate:
        """Builds the update from the form (check :meth:`check_dates` first: an invalid date counts as none)."""
        return ProgressUpdate(
            status=str(self.status.currentData()),
            planned_start=self.planned_start.value(),
            planned_end=self.planned_end.value(),
            actual_start=self.actual_start.value(),
            actual_end=self.actual_end.value(),
            responsible_opd=self.opd.text(),
            responsible_person=self.person.text(),
            self_score=self.self_score.text(),
            self_assessment=self.self_assessment.toPlainText(),
            province_score=self.province_score.text(),
            province_notes=self.province_notes.toPlainText(),
            remarks=self.remarks.toPlainText(),
        )

    def save(self) -> bool:
        """Saves the form; the message label says what happened. Returns True when saved."""
        if self.detail is None:
            return False
        if not self.check_dates():
            self.message.setText(_("Belum tersimpan: periksa tanggal yang ditandai merah."))
            self.message.setStyleSheet(ERROR_STYLE)
            return False
        factory = self.context.app.session_factory
        row, update, version = self.detail.row, self.collect(), self.detail.row_version
        try:
            if row.progress_id is None:
                saved = save_action_progress(factory, row.year, row.number, update, version)
            else:
                saved = save_progress(factory, row.progress_id, update, version)
        except ConcurrentEditError as conflict:
            return self._resolve_conflict(conflict)
        except ProgressError as error:
            self.errors.show({error.field: str(error)})
            return False
        self.tracker.mark_clean()
        self._show(detail_of(factory, saved), keep_draft=True)  # a typed output draft stays
        self.message.setText(_("Tersimpan."))
        self.message.setStyleSheet(OK_STYLE)
        self.saved.emit(saved.number)
        return True

    def _resolve_conflict(self, conflict: ConcurrentEditError) -> bool:
        """Someone saved this action meanwhile: shows both versions; reload theirs (mine to the clipboard), save
        mine on top, or keep editing. Returns True when saved."""
        assert self.detail is not None
        choice = ask_concurrent_edit(self, conflict)
        if choice is ConflictChoice.MINE:
            self.detail.row_version = conflict.current_version
            return self.save()
        if choice is ConflictChoice.RELOAD:
            row = self.detail.row
            factory = self.context.app.session_factory
            fresh = next((r for r in list_year(factory, row.year) if r.number == row.number), row)
            self.tracker.mark_clean()
            self._show(detail_of(factory, fresh), keep_draft=True)
            self.message.setText(_("Versi terbaru dimuat; isian Anda disalin ke papan klip."))
        else:
            self.message.setText(_("Belum tersimpan: data ini diubah oleh pengguna lain."))
        self.message.setStyleSheet(ERROR_STYLE)
        return False

    def progress_id(self) -> int:
        """Returns the shown action's progress row, creating it when the action has none yet (before a save)."""
        assert self.detail is not None
        row = self.detail.row
        if row.progress_id is not None:
            return row.progress_id
        return start_action(self.context.app.session_factory, row.year, row.number)

    def _on_save_clicked(self) -> None:
        self.save()

    def add_output(self) -> bool:
        """Adds the output typed in the form; returns True when saved."""
        if self.detail is None:
            return False
        name = self.output_name.currentText().strip()
        index = self.output_name.findText(name)
        code = str(self.output_name.itemData(index)) if index >= 0 else ""
        if not self.output_date.commit():
            self.output_errors.set_error("document_date", self.output_date.problem())
            return False
        info = OutputInfo(0, code, name, self.output_number.text(), self.output_date.value(), "")
        try:
            if not name:
                raise ProgressError(_("Nama dokumen keluaran wajib diisi."), "name")
            save_output(self.context.app.session_factory, self.progress_id(), info)
        except ProgressError as error:
            self.output_errors.show({error.field: str(error)})
            self.tabs.setCurrentIndex(1)
            return False
        self.output_tracker.mark_clean()
        self._reload_after_change()
        return True

    def _on_add_output_clicked(self) -> None:
        self.add_output()

    def _on_remove_output_clicked(self) -> None:
        self.remove_selected_output()

    def remove_selected_output(self) -> bool:
        """Deletes the selected output document after asking (named); nothing is selected afterwards."""
        rows = self.outputs_table.selectionModel().selectedRows()
        if self.detail is None or not rows:
            return False
        item = self.outputs_table.item(rows[0].row(), 0)
        if item is None:
            return False
        number = self.outputs_table.item(rows[0].row(), 1)
        name = item.text() + (f" {number.text()}" if number is not None and number.text() else "")
        if not confirm_delete(self, _("dokumen keluaran '{0}'").format(name)):
            return False
        delete_output(self.context.app.session_factory, int(item.data(Qt.ItemDataRole.UserRole)))
        self._reload_after_change()
        return True

    def _reload_after_change(self) -> None:
        if self.detail is None:
            return
        progress_id = self.detail.row.progress_id or self.evidence.progress_id or self.progress_id()
        current = self.tabs.currentIndex()
        factory = self.context.app.session_factory
        row = list_row(factory, progress_id)
        self._show(detail_of(factory, row), keep_form=True, keep_draft=True)  # unsaved input is not reloaded over
        self.tabs.setCurrentIndex(current)
        self.saved.emit(row.number)

    def _on_evidence_changed(self) -> None:
        self._reload_after_change()

    # -- unsaved changes (UnsavedEditor) ----------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """True while *Rincian* holds unsaved input or an output is typed on *Keluaran* but not added."""
        return self.detail is not None and (self.tracker.is_dirty or self.output_tracker.is_dirty)

    def save_changes(self) -> bool:
        """Saves *Rincian* and adds the typed output; False (with the reason shown) when either is refused."""
        if self.tracker.is_dirty and not self.save():
            self.tabs.setCurrentIndex(0)
            return False
        return not self.output_tracker.is_dirty or self.add_output()

    def discard_changes(self) -> None:
        """Shows the stored values again."""
        if self.detail is None:
            return
        self.tracker.mark_clean()
        self.output_tracker.mark_clean()
        self._fill_form(self.detail.values)
        self._load_outputs(self.detail)

    def unsaved_title(self) -> str:
        """The action, for the question."""
        if self.detail is None:
            return _("aksi")
        row = self.detail.row
        return _("aksi '{0} — {1}'").format(row.label, row.name)
