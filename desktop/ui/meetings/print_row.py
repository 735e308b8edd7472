"""The print row under the meeting editor: which document, which version, PDF or preview (to any printer)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from desktop.domain.i18n import N_, _
from desktop.domain.meetings.records import MeetingRecord
from desktop.services.meetings.printing import PrintResult, print_meeting_document
from desktop.services.meetings.versions import VersionInfo
from desktop.services.tasks import TaskControl
from desktop.ui.meetings.pdf_printing import preview_dialog
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.opener import open_path
from desktop.ui.widgets.save_target import checked_save_target
from desktop.ui.window_context import WindowContext

# Default file names offered when saving (Indonesian, as the documents are).
FILE_NAMES: dict[str, str] = {
    "minutes": "notulen",
    "statement": "berita-acara",
    "attendance": "daftar-hadir",
    "invitation": "undangan",
}

# (title, kind, attendance after the meeting) per entry of the print choice.
PRINT_CHOICES: list[tuple[str, str, bool | None]] = [
    (N_("Notulen"), "minutes", None),
    (N_("Berita acara"), "statement", None),
    (N_("Daftar hadir (sebelum rapat, dengan baris kosong)"), "attendance", False),
    (N_("Daftar hadir (kehadiran tercatat)"), "attendance", True),
    (N_("Undangan rapat"), "invitation", None),
]


class PrintRow(QWidget):
    """Prints the shown meeting's documents in the background.

    Args:
        context: the window context.
        parent: owner.

    Attributes:
        before_print: called before anything is printed (the editor saves unsaved input there, so the document
            shows what the user sees); False stops the print.

    Signals:
        printed(object): a :class:`PrintResult` after a document was written.
        message(str): a status line for the editor (printing, written, failed).
    """

    printed = Signal(object)
    message = Signal(str)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.record: MeetingRecord | None = None
        self._preview_pending = False
        self.before_print: Callable[[], bool] | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.print_choice = QComboBox(self)
        self.print_choice.setObjectName("print_choice")
        for title, _kind, _after in PRINT_CHOICES:
            self.print_choice.addItem(_(title))
        # Long choice texts must not widen the editor (the meetings list beside it needs the room).
        self.print_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.print_choice.setMinimumContentsLength(12)
        self.version_choice = QComboBox(self)
        self.version_choice.setObjectName("print_version")
        self.print_button = QPushButton(_("Cetak PDF…"), self)
        self.print_button.setObjectName("print_document")
        self.preview_button = QPushButton(_("Pratinjau && printer…"), self)
        self.preview_button.setObjectName("print_preview")
        self.open_after = QCheckBox(_("buka setelah dicetak"), self)
        self.open_after.setChecked(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.print_choice, 1)
        row.addWidget(self.version_choice)
        row.addWidget(self.print_button)
        row.addWidget(self.preview_button)
        row.addWidget(self.open_after)
        self.print_button.clicked.connect(lambda: self.print_document())
        self.preview_button.clicked.connect(self.print_preview)

    def set_meeting(self, meeting_id: int | None, record: MeetingRecord | None, found: list[VersionInfo]) -> None:
        """Prints this meeting from now on; offers its finalised versions."""
        chosen = self.version_choice.currentData() if meeting_id == self.meeting_id else None
        self.meeting_id = meeting_id
        self.record = record
        self.version_choice.clear()
        if meeting_id is None:
            return
        self.version_choice.addItem(_("terkini"), None)
        for version in reversed(found):
            self.version_choice.addItem(
                _("versi {version_no}").format(version_no=str(version.version_no)), version.version_no
            )
        self.version_choice.setCurrentIndex(max(self.version_choice.findData(chosen), 0))  # kept on a reload

    def print_preview(self) -> None:
        """Writes the chosen document to a temporary PDF, then shows Qt's print preview (print to any printer)."""
        if self.meeting_id is None or (self.before_print is not None and not self.before_print()):
            return
        folder = self.context.app.data_dir / "tmp"
        folder.mkdir(parents=True, exist_ok=True)
        self._preview_pending = True
        self.print_document(folder / f"pratinjau-{self.meeting_id}.pdf")

    def _show_preview(self, path: Path, paper_size: str) -> None:
        try:
            self.preview = preview_dialog(path, paper_size or "F4", self)
        except OSError as error:
            self.message.emit(str(error))
            return
        self.preview.open()

    def print_document(self, target: Path | None = None) -> None:
        """Writes the chosen document as PDF in the background (asks where when not given)."""
        if self._preview_pending:
            pass  # the preview already went through before_print
        elif self.meeting_id is None or (self.before_print is not None and not self.before_print()):
            return
        if self.meeting_id is None or self.record is None:
            return
        _title, kind, after = PRINT_CHOICES[self.print_choice.currentIndex()]
        version = self.version_choice.currentData()
        if target is None:
            suggested = f"{FILE_NAMES[kind]}-{self.record.header.meeting_date.isoformat()}.pdf"
            name, _filter = QFileDialog.getSaveFileName(self, _("Simpan PDF"), suggested, "PDF (*.pdf)")
            if not name:
                return
            target = Path(name)
        checked = checked_save_target(self, target, app=self.context.app, show=self.message.emit)
        if checked is None:
            return
        target = checked
        meeting_id = self.meeting_id
        factory, files_dir = self.context.app.session_factory, self.context.app.files_dir

        def work(_control: TaskControl) -> PrintResult:
            return print_meeting_document(
                factory, meeting_id, kind, target, version=version, after=after, files_dir=files_dir
            )

        self.print_button.setEnabled(False)
        self.message.emit(_("Mencetak…"))
        self.context.runner.run(work, on_done=self._on_printed, on_error=self._on_print_error)

    def _on_printed(self, result: PrintResult) -> None:
        self.print_button.setEnabled(True)
        written = _("PDF ditulis: {path} ({pages} halaman).").format(path=str(result.path), pages=str(result.pages))
        self.message.emit(f"{written} {result.warning}" if result.warning else written)
        if self._preview_pending:
            self._preview_pending = False
            self._show_preview(result.path, result.paper_size)  # the print's own session read the paper
        elif self.open_after.isChecked():
            open_path(self, result.path)
        self.printed.emit(result)

    def _on_print_error(self, error: BaseException, trace: str) -> None:
        self.print_button.setEnabled(True)
        self._preview_pending = False
        template = _("Gagal mencetak: {reason}")
        report_failure(self, error, show=self.message.emit, template=template, trace=trace)
