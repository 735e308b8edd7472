"""Evidence documents of an action: the framework's evidence checklist, the stored files (add, open with the
system viewer, check the hash, remove) and meetings of the right type added with one click."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import _
from desktop.domain.numbers import size_text
from desktop.services.aksi.evidence import (
    EvidenceError,
    EvidenceInfo,
    add_evidence_file,
    evidence_file,
    list_evidence,
    remove_evidence,
    verify_evidence,
)
from desktop.services.aksi.meeting_links import link_meeting, meeting_candidates, year_meeting_candidates
from desktop.services.aksi.progress_writes import add_action_evidence_file, start_action
from desktop.services.tasks import TaskControl
from desktop.ui.widgets.dialogs import confirm_delete
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.opener import open_path
from desktop.ui.widgets.read_only_table import configure_read_only
from desktop.ui.widgets.task_feedback import track_in_status_bar
from desktop.ui.window_context import WindowContext
from desktop.ui.worker import TaskHandle

if TYPE_CHECKING:
    from desktop.services.aksi.progress import AksiDetail

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


class EvidenceWidget(QWidget):
    """Lists and manages the evidence of the action shown by the detail editor.

    Signals:
        changed(): evidence was added or removed.
        add_finished(bool): a file added in the background was stored (True) or refused (False).
    """

    changed = Signal()
    add_finished = Signal(bool)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.progress_id: int | None = None
        self.year = 0
        self.number = 0
        self.adding: TaskHandle | None = None
        self.items: list[EvidenceInfo] = []
        self.checklist = QListWidget(self)
        self.checklist.setObjectName("evidence_checklist")
        self.checklist.setMaximumHeight(110)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("evidence_table")
        self.table.setHorizontalHeaderLabels([_("Judul"), _("Berkas / rapat"), _("Ukuran"), "SHA-256"])
        configure_read_only(self.table)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.evidence_code = QComboBox(self)
        self.evidence_code.setObjectName("evidence_code")
        self.add_button = QPushButton(_("Tambah berkas…"), self)
        self.add_button.setObjectName("add_evidence")
        self.open_button = QPushButton(_("Buka"), self)
        self.open_button.setObjectName("open_evidence")
        self.verify_button = QPushButton(_("Periksa keaslian"), self)
        self.verify_button.setObjectName("verify_evidence")
        self.remove_button = QPushButton(_("Hapus"), self)
        self.remove_button.setObjectName("remove_evidence")
        self.meetings = QComboBox(self)
        self.meetings.setObjectName("meeting_candidates")
        self.link_button = QPushButton(_("Jadikan data dukung"), self)
        self.link_button.setObjectName("link_meeting")
        self.message = QLabel(self)
        self.message.setObjectName("evidence_message")
        self.message.setWordWrap(True)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.verify_button.clicked.connect(self._on_verify_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.link_button.clicked.connect(self._on_link_clicked)

        files_row = QHBoxLayout()
        files_row.addWidget(QLabel(_("Butir:"), self))
        files_row.addWidget(self.evidence_code, 1)
        files_row.addWidget(self.add_button)
        files_row.addWidget(self.open_button)
        files_row.addWidget(self.verify_button)
        files_row.addWidget(self.remove_button)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(QLabel(_("Rapat:"), self))
        meeting_row.addWidget(self.meetings, 1)
        meeting_row.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Daftar data dukung menurut kerangka:"), self))
        layout.addWidget(self.checklist)
        layout.addWidget(self.table, 1)
        layout.addLayout(files_row)
        layout.addLayout(meeting_row)
        layout.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def load(self, detail: AksiDetail) -> None:
        """Shows the evidence of an action's yearly progress."""
        self.progress_id = detail.row.progress_id
        self.year, self.number = detail.row.year, detail.row.number
        self.checklist.clear()
        self.evidence_code.clear()
        self.evidence_code.addItem(_("(lainnya)"), "")
        for item in detail.evidence_checklist:
            mark = "✓" if item.fulfilled else ("○" if not item.required else "●")
            suffix = _(" (wajib)") if item.required else ""
            self.checklist.addItem(QListWidgetItem(f"{mark} {item.name}{suffix}"))
            self.evidence_code.addItem(item.name, item.code)
        factory = self.context.app.session_factory
        self.items = list_evidence(factory, self.progress_id) if self.progress_id is not None else []
        self.table.setRowCount(len(self.items))
        for row, info in enumerate(self.items):
            cells = (
                info.title,
                _("Rapat") if info.is_meeting else info.original_name,
                "" if info.is_meeting else size_text(info.size_bytes),
                info.sha256[:16] + ("…" if info.sha256 else ""),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 3:
                    cell.setToolTip(info.sha256)
                self.table.setItem(row, column, cell)
        # Nothing is selected after a load (a delete, an add, another action): a second click on Hapus must not
        # remove the next file.
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self._update_buttons()
        self.meetings.clear()
        if self.progress_id is not None:
            candidates = [c for c in meeting_candidates(factory, self.progress_id) if not c.linked]
        else:
            candidates = year_meeting_candidates(factory, self.year, detail.meeting_types)
        for candidate in candidates:
            self.meetings.addItem(candidate.evidence_title, candidate.uuid)
        has_types = bool(detail.meeting_types)
        self.meetings.setEnabled(bool(candidates))
        self.link_button.setEnabled(bool(candidates))
        if has_types and not candidates:
            self.meetings.addItem(_("(belum ada rapat yang sesuai tahun ini)"))
        self.meetings.setVisible(has_types)
        self.link_button.setVisible(has_types)

    def _show(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def _selected(self) -> EvidenceInfo | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self.items[row] if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        info = self._selected()
        self.remove_button.setEnabled(info is not None)
        self.open_button.setEnabled(info is not None)
        self.verify_button.setEnabled(info is not None and not info.is_meeting)

    def add_file(self, path: Path) -> TaskHandle | None:
        """Copies a file into the data folder as evidence of the action, in the background (hashing and copying
        up to 50 MB); ``add_finished`` tells the outcome. Returns the task, None when no action is shown."""
        if not self.number or self.adding is not None:
            return None
        code = str(self.evidence_code.currentData() or "")
        title = self.evidence_code.currentText() if code else ""
        factory, files_dir = self.context.app.session_factory, self.context.app.files_dir
        progress_id, year, number = self.progress_id, self.year, self.number

        def work(_control: TaskControl) -> tuple[int, EvidenceInfo]:
            if progress_id is None:  # the action's row is made with the record: one session, one commit
                return add_action_evidence_file(factory, files_dir, year, number, path, title=title, evidence_code=code)
            return progress_id, add_evidence_file(
                factory, files_dir, progress_id, path, title=title, evidence_code=code
            )

        self.add_button.setEnabled(False)
        self._show(_("Menyalin dan memeriksa berkas {0}…").format(path.name), True)
        self.adding = self.context.runner.run(work, on_done=self._on_added, on_error=self._on_add_failed, writes=True)
        track_in_status_bar(self, self.adding, _("Menyimpan data dukung"))
        return self.adding

    def _on_added(self, result: tuple[int, EvidenceInfo]) -> None:
        self.adding = None
        self.add_button.setEnabled(True)
        self.progress_id, info = result
        self.changed.emit()
        self._show(_("Berkas {0} disimpan (SHA-256 {1}…).").format(info.original_name, info.sha256[:12]), True)
        self.add_finished.emit(True)

    def _on_add_failed(self, error: BaseException, trace: str) -> None:
        self.adding = None
        self.add_button.setEnabled(True)
        self._show("", False)
        report_failure(self, error, show=self.message, trace=trace)
        self.add_finished.emit(False)

    def _on_add_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _("Pilih berkas data dukung"),
            "",
            _("Dokumen (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.doc *.xls);;Semua berkas (*)"),
        )
        if name:
            self.add_file(Path(name))

    def open_selected(self) -> bool:
        """Opens the selected evidence file with the system viewer; returns True when asked to open."""
        info = self._selected()
        if info is None:
            self._show(_("Pilih data dukung di tabel."), False)
            return False
        try:
            path = evidence_file(self.context.app.files_dir, info)
        except EvidenceError as error:
            self._show(str(error), False)
            return False
        if not path.is_file():
            self._show(_("Berkas {0} tidak ada lagi di folder data.").format(info.original_name), False)
            return False
        open_path(self, path)
        return True

    def _on_open_clicked(self) -> None:
        self.open_selected()

    def _on_table_double_clicked(self) -> None:
        self.open_selected()

    def _on_verify_clicked(self) -> None:
        self.verify_selected()

    def verify_selected(self) -> TaskHandle | None:
        """Re-hashes the selected evidence file in the background (up to 50 MB) and says whether it is unchanged."""
        info = self._selected()
        if info is None or info.is_meeting:
            self._show(_("Pilih berkas data dukung di tabel."), False)
            return None
        files_dir = self.context.app.files_dir

        def done(problem: object) -> None:
            self.verify_button.setEnabled(True)
            intact = _("Berkas utuh: hash SHA-256 sama dengan saat dilampirkan.")
            self._show(intact if problem is None else str(problem), problem is None)

        self.verify_button.setEnabled(False)
        self._show(_("Memeriksa {0}…").format(info.original_name), True)
        handle = self.context.runner.run(lambda _control: verify_evidence(files_dir, info), on_done=done)
        handle.ended.connect(lambda: self.verify_button.setEnabled(True))
        return handle

    def _on_remove_clicked(self) -> None:
        self.remove_selected()

    def remove_selected(self) -> bool:
        """Removes the selected evidence after asking (named by its title and file); nothing is selected
        afterwards. Returns True when removed."""
        info = self._selected()
        if info is None:
            return False
        name = info.title if info.is_meeting or not info.original_name else f"{info.title} ({info.original_name})"
        what = _("data dukung '{0}'").format(name)
        detail = (
            _("Tautan ke rapat dilepas; rapatnya tetap ada.") if info.is_meeting else _("Berkas dilepas dari aksi ini.")
        )
        if not confirm_delete(self, what, detail):
            return False
        remove_evidence(self.context.app.session_factory, info.id)
        self.changed.emit()
        self._show(_("Data dukung {0} dihapus.").format(info.title), True)
        return True

    def link_selected_meeting(self) -> bool:
        """Records the chosen meeting as evidence; returns True when linked."""
        uuid = self.meetings.currentData()
        if not self.number or not uuid:
            return False
        factory = self.context.app.session_factory
        try:
            if self.progress_id is None:
                self.progress_id = start_action(factory, self.year, self.number)
            link_meeting(factory, self.progress_id, str(uuid))
        except Exception as error:  # a refusal goes in the label, a bug to the error dialog
            self._show("", False)
            report_failure(self, error, show=self.message)
            return False
        self.changed.emit()
        self._show(_("Rapat ditambahkan sebagai data dukung."), True)
        return True

    def _on_link_clicked(self) -> None:
        self.link_selected_meeting()

    def select_row(self, row: int) -> None:
        """Selects a row of the evidence table."""
        self.table.selectRow(row)
