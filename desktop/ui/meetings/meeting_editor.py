"""The meeting editor: header, participants, agenda, discussion, decisions, RTL, versions; save, finalise,
correct, attach and print.

One meeting is one document with one save: see :class:`MeetingEditor`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import _
from desktop.domain.meetings.codes import MeetingStatus
from desktop.domain.meetings.records import ActionData, MeetingError, MeetingRecord, MeetingValidationError
from desktop.domain.meetings.statement import statement_warning
from desktop.domain.periods import LockInfo, PeriodLocked
from desktop.services.concurrency import ConcurrentEditError
from desktop.services.exchange.periods import record_lock, row_locks
from desktop.services.meetings import versions
from desktop.services.meetings.attachments import AttachmentInfo, attach_file, attachment_file, list_attachments
from desktop.services.meetings.directory import search_people
from desktop.services.meetings.meeting_save import (
    RTL_PROBLEM_PREFIX,
    MeetingEdit,
    meeting_row_version,
    save_and_copy_participants,
    save_meeting,
)
from desktop.services.meetings.meeting_service import get_meeting
from desktop.services.tasks import TaskControl
from desktop.ui.meetings.actions_tab import ActionsTab
from desktop.ui.meetings.list_tabs import ParticipantsTab, agenda_tab, decisions_tab, discussion_tab
from desktop.ui.meetings.meeting_header_form import LOCKED_STYLE, MeetingHeaderForm
from desktop.ui.meetings.print_row import PrintRow
from desktop.ui.meetings.versions_tab import VersionsTab
from desktop.ui.widgets.concurrent_edit import ConflictChoice, ask_concurrent_edit
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.opener import open_path
from desktop.ui.widgets.unsaved import DirtyTracker, settle_unsaved
from desktop.ui.window_context import WindowContext
from desktop.ui.worker import TaskHandle


class _RtlForm:
    """The RTL form as an :class:`~desktop.ui.widgets.unsaved.UnsavedEditor`, for the question asked before its
    input is replaced by another RTL: saving saves the whole meeting (the one save path)."""

    def __init__(self, editor: MeetingEditor) -> None:
        self.editor = editor

    def has_unsaved_changes(self) -> bool:
        return self.editor.rtl.has_input()

    def save_changes(self) -> bool:
        return self.editor.save()

    def discard_changes(self) -> None:
        self.editor.rtl.tracker.mark_clean()

    def unsaved_title(self) -> str:
        return self.editor.rtl.title()


class MeetingEditor(QWidget):
    """Edits one meeting: one document with one save.

    Every tab (Rapat, Peserta, Agenda, Pembahasan, Kesimpulan and the RTL form) is part of the same document.
    *Simpan* writes the header, every list and the RTL in the RTL form (when it holds input) in ONE transaction
    (:func:`~desktop.services.meetings.meeting_save.save_meeting`): all or nothing. The RTL tab's button
    (*Simpan RTL & rapat*) is the same save, and so is what happens first when the user removes an RTL from the
    meeting, copies the previous participants, finalises, attaches a file or prints: the whole meeting is saved
    (with the RTL change in the same transaction), and only then is the meeting reloaded from the database. The
    editor never reloads over input that is not saved; when the save is refused, nothing is written and every
    field keeps what the user typed, with the problems shown on the tab that holds the first one.

    Unsaved input is tracked (:class:`DirtyTracker` over the header, the list models and the RTL form): the status
    says "Belum disimpan", the Simpan button carries a ``*``, and the page asks Simpan / Buang / Batal before
    another meeting, a new meeting or another page replaces it (:meth:`has_unsaved_changes` and friends).

    Args:
        context: the window context.
        regions: (code, label) choices of the office's kabupaten.
        parent: owner.

    Signals:
        changed(): the meeting was saved, finalised or corrected (lists should refresh).
        printed(object): a :class:`PrintResult` after a document was written.
    """

    changed = Signal()
    printed = Signal(object)

    def __init__(self, context: WindowContext, regions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.period_lock: LockInfo | None = None
        self.row_version: int | None = None  # of the meeting row shown; None: no check (nothing loaded)
        self.record: MeetingRecord | None = None
        self._people_loaded = False
        self.attach_handle: TaskHandle | None = None
        self.tabs = QTabWidget(self)
        self.header = MeetingHeaderForm(regions)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.header)
        self.header_page = scroll
        self.participants = ParticipantsTab(self)
        self.agenda = agenda_tab(self)
        self.discussion = discussion_tab(self)
        self.decisions = decisions_tab(self)
        self.rtl = ActionsTab(regions, self)
        self.versions = VersionsTab(self)
        for widget, title in (
            (scroll, _("Rapat")),
            (self.participants, _("Peserta")),
            (self.agenda, _("Agenda")),
            (self.discussion, _("Pembahasan")),
            (self.decisions, _("Kesimpulan")),
            (self.rtl, _("RTL")),
            (self.versions, _("Versi && lampiran")),
        ):
            self.tabs.addTab(widget, title)
        self.setStyleSheet(LOCKED_STYLE)  # locked text fields look like the disabled ones
        self.status = QLabel(self)
        self.status.setObjectName("editor_status")
        self.status.setWordWrap(True)
        # With no meeting chosen, a hint replaces the (empty) form, so no made-up date or title shows.
        self.hint = QLabel(_("Pilih rapat di daftar sebelah kiri, atau buat seri/rapat baru."), self)
        self.hint.setObjectName("editor_hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.tabs)
        self._build_buttons()
        self.tracker = DirtyTracker(self)
        self._shown_dirty = False
        self._watch()
        self._connect()
        self._show_empty()

    def _watch(self) -> None:
        header = self.header
        self.tracker.watch(
            header.title,
            header.meeting_type,
            header.level,
            header.region,
            header.number,
            header.meeting_date,
            header.start_time,
            header.has_end,
            header.end_time,
            header.time_zone,
            header.place,
            header.online_link,
            header.opening,
        )
        for signer in (header.chair, header.secretary):
            self.tracker.watch(signer.name, signer.position, signer.rank, signer.nip)
        for tab in (self.participants, self.agenda, self.discussion, self.decisions):
            self.tracker.watch_model(tab.model)
        self.tracker.dirty_changed.connect(lambda _dirty: self._show_dirty())
        self.rtl.tracker.dirty_changed.connect(lambda _dirty: self._show_dirty())
        # A new RTL counts once it has text (see ActionsTab.has_input), which may come after the first input.
        self.rtl.description.textChanged.connect(self._show_dirty)
        self.rtl.responsible.textChanged.connect(self._show_dirty)
        self.rtl.note.textChanged.connect(self._show_dirty)
        self.rtl.confirm_replace = lambda: settle_unsaved(self, _RtlForm(self))

    def _build_buttons(self) -> None:
        self.save_button = QPushButton(_("&Simpan"), self)
        self.save_button.setObjectName("save_meeting")
        self.finalise_button = QPushButton(_("Finalisasi (kunci)"), self)
        self.finalise_button.setObjectName("finalise_meeting")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("correction_reason")
        self.reason.setPlaceholderText(_("Alasan koreksi notulen final"))
        self.correct_button = QPushButton(_("Buka koreksi"), self)
        self.correct_button.setObjectName("start_correction")
        self.print_row = PrintRow(self.context, self)
        # The print widgets, as the editor's own (tests and shortcuts reach them here).
        self.print_choice = self.print_row.print_choice
        self.version_choice = self.print_row.version_choice
        self.print_button = self.print_row.print_button
        self.preview_button = self.print_row.preview_button
        self.open_after = self.print_row.open_after
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.save_button)
        edit_row.addWidget(self.finalise_button)
        edit_row.addWidget(self.reason, 1)
        edit_row.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addLayout(edit_row)
        layout.addWidget(self.print_row)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.finalise_button.clicked.connect(self.finalise)
        self.correct_button.clicked.connect(self.start_correction)
        self.print_row.printed.connect(self.printed)
        self.print_row.message.connect(self.status.setText)
        self.participants.copy_button.clicked.connect(self.copy_participants)
        self.rtl.save_requested.connect(self.save_action)
        self.rtl.remove_requested.connect(self.remove_action)
        self.print_row.before_print = self._save_if_dirty
        self.versions.attach_requested.connect(lambda: self.attach())
        self.versions.open_requested.connect(self.open_attachment)

    @property
    def _sf(self) -> Any:
        return self.context.app.session_factory

    def load(self, meeting_id: int | None) -> None:
        """Shows a meeting as stored (or nothing for None), replacing whatever the form holds: callers settle
        unsaved input first (:func:`settle_unsaved`)."""
        self.meeting_id = meeting_id
        with self.tracker.loading(), self.rtl.tracker.loading():
            if meeting_id is None:
                self._show_empty()
                return
            self.stack.setCurrentWidget(self.tabs)
            for widget in self._buttons():
                widget.setEnabled(True)
            record = get_meeting(self._sf, meeting_id)
            self.record = record
            self.row_version = meeting_row_version(self._sf, meeting_id)  # another PC's save is noticed on save
            if not self._people_loaded:
                self.refresh_people()
            self.header.load(record.header)
            self.participants.model.set_rows(record.participants)
            self.agenda.model.set_rows(record.agenda)
            self.discussion.model.set_rows(record.discussion)
            self.decisions.model.set_rows(record.decisions)
            self.rtl.set_actions(record.actions)
            self._show_rtl_locks(record)
            self._load_versions(meeting_id, record)
            self._apply_lock(record.status == MeetingStatus.FINAL)
            self._apply_period_lock(meeting_id)

    def _show_rtl_locks(self, record: MeetingRecord) -> None:
        """Marks the RTLs carried in from a meeting of an approved month (their content is locked with it)."""
        ids = [action.action_id for action in record.actions if action.action_id is not None]
        self.rtl.set_action_locks(row_locks(self._sf, "action_item", ids))

    def _apply_period_lock(self, meeting_id: int) -> None:
        """Locks the editor, with the approval named in the status line, when the meeting's month is approved."""
        self.period_lock = record_lock(self._sf, "meeting", meeting_id)
        if self.period_lock is None:
            return
        self._apply_lock(True)
        self.reason.setEnabled(False)  # a correction does not open an approved period either
        self.correct_button.setEnabled(False)
        self.status.setText(self.period_lock.refusal().message)

    def _load_versions(self, meeting_id: int, record: MeetingRecord) -> None:
        found = versions.list_versions(self._sf, meeting_id)
        self.versions.set_data(found, list_attachments(self._sf, meeting_id))
        self.print_row.set_meeting(meeting_id, record, found)

    def reload_stored(self) -> None:
        """Shows what others changed (the RTL page, another window) when the page is shown again.

        A clean editor reloads the whole meeting. With unsaved input the input stays; only the parts the user
        cannot edit here are refreshed: the RTL list (when the RTL form holds no input), versions and attachments.
        """
        if self.meeting_id is None:
            return
        if not self.has_unsaved_changes():
            current = self.tabs.currentIndex()
            action_id = self.rtl.action_id
            self.load(self.meeting_id)
            self.tabs.setCurrentIndex(current)
            self.rtl.select_action(action_id)
            return
        try:
            record = get_meeting(self._sf, self.meeting_id)
        except MeetingError:
            return
        if not self.rtl.tracker.is_dirty:
            self.rtl.set_actions(record.actions)
            self._show_rtl_locks(record)
        self._load_versions(self.meeting_id, record)

    # --- unsaved changes (the UnsavedEditor protocol) ---

    def has_unsaved_changes(self) -> bool:
        """True while the shown (draft) meeting holds input that is not in the database."""
        if self.meeting_id is None:
            return False
        return self.tracker.is_dirty or self.rtl.has_input()

    def save_changes(self) -> bool:
        """Saves the whole meeting (see :meth:`save`)."""
        return self.save()

    def discard_changes(self) -> None:
        """Throws the input away: shows the meeting as stored."""
        self.load(self.meeting_id)

    def unsaved_title(self) -> str:
        """``rapat 'Minlok Kecamatan Cibadak'``."""
        title = self.header.title.text().strip() or (self.record.header.title if self.record else "")
        return _("rapat '{title}'").format(title=title) if title else _("rapat ini")

    def _show_dirty(self, *_args: object) -> None:
        dirty = self.has_unsaved_changes()
        if dirty == self._shown_dirty:
            return
        self._shown_dirty = dirty
        self.save_button.setText(_("&Simpan *") if dirty else _("&Simpan"))
        self.save_button.setToolTip(_("Ada perubahan yang belum disimpan.") if dirty else "")
        if dirty:
            self.status.setText(_("Belum disimpan."))
        elif self.record is not None:
            self.status.setText(self._state_text())  # thrown away: no message about the input stays

    def _save_if_dirty(self) -> bool:
        """Before printing or attaching: the stored meeting must be what the user sees."""
        return not self.has_unsaved_changes() or self.save()

    def _buttons(self) -> list[QWidget]:
        return [
            self.save_button,
            self.finalise_button,
            self.reason,
            self.correct_button,
            self.print_choice,
            self.version_choice,
            self.print_button,
            self.preview_button,
            self.open_after,
        ]

    def _show_empty(self) -> None:
        """No meeting: the hint instead of the form, every button disabled."""
        self.record = None
        self.print_row.set_meeting(None, None, [])
        self.stack.setCurrentWidget(self.hint)
        self.status.clear()
        for widget in self._buttons():
            widget.setEnabled(False)

    def refresh_people(self) -> None:
        """Reloads the people directory used to pick participants (once, and again after saves)."""
        self.participants.set_people(search_people(self._sf, limit=2000))
        self._people_loaded = True

    def _apply_lock(self, locked: bool) -> None:
        self.header.set_read_only(locked)
        for tab in (self.participants, self.agenda, self.discussion, self.decisions):
            tab.set_read_only(locked)
        self.rtl.set_read_only(locked)
        self.save_button.setEnabled(not locked)
        self.finalise_button.setEnabled(not locked)
        self.reason.setEnabled(locked)
        self.correct_button.setEnabled(locked)
        if self.record is not None:
            self.status.setText(self._state_text())

    def _state_text(self) -> str:
        """``Draf.`` or ``Final versi 2 (terkunci).``."""
        if self.record is not None and self.record.status == MeetingStatus.FINAL:
            return _("Final versi {version} (terkunci).").format(version=str(self.record.version))
        return _("Draf.")

    def _fail(self, error: Exception) -> None:
        """Shows why something was refused: each problem on a line of its own, on the tab that holds it."""
        if not isinstance(error, MeetingValidationError):
            self.status.setText(str(error))
            return
        problems = error.problems
        rtl = {key[len(RTL_PROBLEM_PREFIX) :]: text for key, text in problems.items() if key.startswith("rtl.")}
        self.header.show_problems(
            {key: text for key, text in problems.items() if not key.startswith(RTL_PROBLEM_PREFIX)}
        )
        self.rtl.show_problems(rtl)
        self.status.setText("\n".join(problems.values()))
        if problems:
            self.tabs.setCurrentWidget(self._tab_of(next(iter(problems))))

    def _tab_of(self, key: str) -> QWidget:
        """The tab holding the field a problem key names."""
        if key.startswith(RTL_PROBLEM_PREFIX):
            return self.rtl
        for prefix, tab in (
            ("participants", self.participants),
            ("agenda", self.agenda),
            ("discussion", self.discussion),
            ("decisions", self.decisions),
        ):
            if key.startswith(prefix):
                return tab
        return self.header_page  # the header, in its scroll area

    def save(self) -> bool:
        """Saves the whole meeting, with the RTL in the RTL form when it holds input (one transaction)."""
        try:
            action = self.rtl.collect() if self.rtl.has_input() else None  # refuses a target date that is not valid
        except MeetingValidationError as error:
            self._fail(error)
            return False
        return self._save(action) is not None

    def _save(self, action: ActionData | None, removed_action_id: int | None = None) -> int | None:
        """The one save path: header, every list, an RTL to add or update and an RTL removal, together.

        Returns:
            None when refused (nothing written, the input stays with the problems shown); otherwise the id of the
            RTL saved from the form, or 0 when the form held nothing.
        """
        if self.meeting_id is None:
            return None
        try:
            saved = save_meeting(self._sf, self._edit(action, removed_action_id))  # one transaction: all or nothing
        except ConcurrentEditError as conflict:
            return self._resolve_conflict(conflict, action, removed_action_id)
        except (MeetingError, PeriodLocked) as error:
            self._fail(error)
            return None
        self.refresh_people()  # new participants join the directory
        self.load(self.meeting_id)  # everything is stored now: the reload loses nothing
        self.status.setText(_("Tersimpan."))
        self.changed.emit()
        return saved.action_id or 0

    def _edit(self, action: ActionData | None, removed_action_id: int | None = None) -> MeetingEdit:
        """Everything the editor holds, as one edit to save.

        Raises:
            MeetingValidationError: the meeting date is not valid.
        """
        return MeetingEdit(
            header=self.header.collect(),  # refuses a meeting date that is not valid
            participants=self.participants.model.rows(),
            agenda=self.agenda.model.rows(),
            discussion=self.discussion.model.rows(),
            decisions=self.decisions.model.rows(),
            action=action,
            removed_action_id=removed_action_id,
            row_version=self.row_version,
        )

    def _resolve_conflict(
        self, conflict: ConcurrentEditError, action: ActionData | None, removed_action_id: int | None
    ) -> int | None:
        """Someone saved this meeting's header meanwhile: reload theirs (mine to the clipboard), save mine on top,
        or keep editing (see :func:`~desktop.ui.widgets.concurrent_edit.ask_concurrent_edit`)."""
        choice = ask_concurrent_edit(self, conflict)
        if choice is ConflictChoice.MINE:
            self.row_version = conflict.current_version
            return self._save(action, removed_action_id)
        if choice is ConflictChoice.RELOAD and self.meeting_id is not None:
            self.load(self.meeting_id)
            self.status.setText(_("Versi terbaru dimuat; isian Anda disalin ke papan klip."))
        else:
            self.status.setText(_("Belum tersimpan: data ini diubah oleh pengguna lain."))
        return None

    def copy_participants(self) -> None:
        """Saves the edits and adds the previous meeting's participants, in one transaction."""
        if self.meeting_id is None:
            return
        try:
            action = self.rtl.collect() if self.rtl.has_input() else None  # refuses a target date that is not valid
            added = save_and_copy_participants(self._sf, self._edit(action))  # all or nothing
        except MeetingError as error:
            self._fail(error)  # nothing was written; the input stays
            return
        self.refresh_people()  # new participants join the directory
        self.load(self.meeting_id)
        self.tabs.setCurrentWidget(self.participants)
        self.status.setText(_("{added} peserta disalin dari rapat sebelumnya.").format(added=str(added)))

    def save_action(self, action: ActionData) -> None:
        """*Simpan RTL & rapat*: saves the whole meeting with this RTL (added or updated) in one transaction."""
        if self.meeting_id is None:
            return
        if self._save(action) is None:
            return
        self.tabs.setCurrentWidget(self.rtl)
        self.status.setText(_("RTL tersimpan."))

    def remove_action(self, action_id: int) -> None:
        """*Hapus dari rapat* (already confirmed): saves the meeting and takes the RTL out, in one transaction."""
        if self.meeting_id is None:
            return
        if self._save(None, removed_action_id=action_id) is None:
            return
        self.tabs.setCurrentWidget(self.rtl)
        self.status.setText(_("RTL dikeluarkan dari rapat; rapat tersimpan."))

    def finalise(self) -> None:
        """Saves the whole meeting and locks the minutes as a new version, in one transaction."""
        if self.meeting_id is None:
            return
        try:
            action = self.rtl.collect() if self.rtl.has_input() else None  # refuses a target date that is not valid
            edit = self._edit(action)
            number = versions.finalise_meeting(self._sf, self.meeting_id, edit)  # all or nothing
        except MeetingError as error:
            self._fail(error)  # nothing was written; the input stays
            return
        self.refresh_people()  # new participants join the directory
        self.load(self.meeting_id)
        locked = _("Notulen final versi {number}; rapat terkunci.").format(number=str(number))
        # Finalising is allowed, but the secretary is told what the berita acara will state as not recorded.
        warning = statement_warning(self.print_row.record) if self.print_row.record is not None else ""
        self.status.setText(f"{locked} {warning}" if warning else locked)
        self.changed.emit()

    def start_correction(self) -> None:
        """Unlocks finalised minutes with the reason typed beside the button."""
        if self.meeting_id is None:
            return
        try:
            versions.start_correction(self._sf, self.meeting_id, self.reason.text())
        except MeetingError as error:
            self._fail(error)
            return
        self.reason.clear()
        self.load(self.meeting_id)
        self.status.setText(_("Koreksi dibuka; finalisasi lagi untuk membuat versi baru."))
        self.changed.emit()

    def attach(self, source: Path | None = None) -> None:
        """Attaches a file (asks for it when not given); hashing and copying run in the background."""
        if self.meeting_id is None or not self._save_if_dirty():
            return
        if source is None:
            name, _filter = QFileDialog.getOpenFileName(
                self, _("Lampirkan berkas"), "", _("Scan/foto (*.pdf *.jpg *.jpeg *.png)")
            )
            if not name:
                return
            source = Path(name)
        meeting_id = self.meeting_id
        factory = self._sf
        files_dir = self.context.app.files_dir
        chosen = source

        def work(control: TaskControl) -> AttachmentInfo:
            return attach_file(factory, files_dir, meeting_id, chosen, control=control)

        self.versions.attach_button.setEnabled(False)
        self.status.setText(_("Menyalin lampiran {name}…").format(name=source.name))
        self.attach_handle = self.context.runner.run(
            work,
            on_done=lambda info: self._on_attached(meeting_id, info),
            on_error=self._on_attach_error,
            on_progress=self._on_attach_progress,
            on_cancelled=lambda: self._on_attach_error(MeetingError(_("Lampiran dibatalkan.")), ""),
            writes=True,
        )

    def _on_attach_progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            percent = min(100, done * 100 // total)
            self.status.setText(_("Menyalin lampiran… {percent}%").format(percent=str(percent)))

    def _on_attached(self, meeting_id: int, info: AttachmentInfo) -> None:
        self.versions.attach_button.setEnabled(True)
        if self.meeting_id == meeting_id and self.record is not None:  # the user may have moved on meanwhile
            self._load_versions(meeting_id, self.record)  # only the list of files: typing meanwhile stays
            self.tabs.setCurrentWidget(self.versions)
        self.status.setText(_("Lampiran {file_name} disimpan.").format(file_name=info.file_name))

    def _on_attach_error(self, error: BaseException, trace: str) -> None:
        self.versions.attach_button.setEnabled(True)
        report_failure(self, error, show=self.status, trace=trace)

    def open_attachment(self, info: AttachmentInfo) -> None:
        """Opens an attachment with the system viewer after checking its hash."""
        try:
            path = attachment_file(self.context.app.files_dir, info)
        except MeetingError as error:
            self._fail(error)
            return
        open_path(self, path)

    @property
    def preview(self) -> QPrintPreviewDialog | None:
        """The print preview dialog last shown."""
        return self.print_row.preview

    def print_document(self, target: Path | None = None) -> None:
        """Writes the chosen document as PDF in the background (asks where when not given)."""
        self.print_row.print_document(target)
