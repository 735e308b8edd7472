"""Pengaturan: edit the office settings entered in the setup wizard, the interface language and backups."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.i18n import _
from desktop.domain.office import OfficeSettings
from desktop.services.office import OfficeValidationError, get_office, kabupaten_choices, save_office
from desktop.services.os_errors import describe_os_error
from desktop.ui.settings.backup_section import BackupSection
from desktop.ui.settings.database_section import DatabaseSection
from desktop.ui.settings.encryption_section import EncryptionSection
from desktop.ui.settings.language_section import LanguageSection
from desktop.ui.settings.letterheads_section import LetterheadsSection
from desktop.ui.settings.office_sections import (
    DocumentSection,
    EmblemSection,
    FormSection,
    HeadSection,
    IdentitySection,
)
from desktop.ui.settings.users_section import UsersSection
from desktop.ui.widgets.dialogs import confirm
from desktop.ui.widgets.unsaved import DirtyTracker, settle_unsaved
from desktop.ui.widgets.unsaved_mark import UnsavedMark, input_widgets
from desktop.ui.window_context import WindowContext


class SettingsPage(QWidget):
    """All office settings and the interface language on one scrollable page with a Save button.

    An unsaved editor: leaving the page or closing the window with unsaved input asks Simpan / Buang / Batal;
    *Kembalikan* asks before it throws the input away.

    Args:
        context: the window context.

    Signals:
        office_saved(): the settings were stored.
    """

    office_saved = Signal()

    def __init__(self, context: WindowContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("settings_page")
        factory = context.app.session_factory
        self.identity = IdentitySection(kabupaten_choices(factory))
        self.emblem = EmblemSection()
        self.head = HeadSection()
        self.document = DocumentSection()
        self.sections: list[FormSection] = [self.identity, self.emblem, self.head, self.document]
        self.language = LanguageSection(context.app.data_dir)
        self.letterheads = LetterheadsSection(context)
        self.backup = BackupSection(context)
        self.database = DatabaseSection(context)
        self.encryption = EncryptionSection(context)
        self.users = UsersSection(context)
        body = QWidget()
        column = QVBoxLayout(body)
        for title, section in (
            (_("Bahasa antarmuka"), self.language),
            (_("Identitas kantor"), self.identity),
            (_("Lambang kop surat"), self.emblem),
            (_("Kepala kantor (penandatangan)"), self.head),
            (_("Dokumen"), self.document),
            (_("Kop surat penerbit lain (kecamatan, TPPS)"), self.letterheads),
            (_("Cadangan"), self.backup),
            (_("Enkripsi database"), self.encryption),
            (_("Database"), self.database),
            (_("Pengguna"), self.users),
        ):
            box = QGroupBox(title, body)
            QVBoxLayout(box).addWidget(section)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.status = QLabel(self)
        self.status.setObjectName("settings_status")
        self.save_button = QPushButton(_("&Simpan"), self)
        self.save_button.setObjectName("save_settings")
        self.revert_button = QPushButton(_("Kembalikan"), self)
        self.revert_button.setObjectName("revert_settings")
        self.tracker = DirtyTracker(self)
        for form_section in (*self.sections, self.language):
            self.tracker.watch(*input_widgets(form_section))
        self.emblem.changed.connect(self.tracker.mark_dirty)
        self.unsaved_mark = UnsavedMark(self.tracker, self.save_button, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.unsaved_mark)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._on_save_clicked)
        for part in self.sections:
            part.errors.all_fixed.connect(self._on_errors_fixed)
        self.revert_button.clicked.connect(self._on_revert_clicked)
        self.refresh()

    def refresh(self) -> None:
        """Loads the stored settings into the form (the main window asks about unsaved input before)."""
        with self.tracker.loading():
            self._load_office()
            self.language.load()
        self.letterheads.refresh()
        self.status.clear()

    def _load_office(self) -> None:
        office = get_office(self.context.app.session_factory) or OfficeSettings()
        for section in self.sections:
            section.load(office)
            section.show_problems({})

    def _on_revert_clicked(self) -> None:
        if self.tracker.is_dirty and not confirm(
            self,
            _("Kembalikan pengaturan"),
            _("Buang perubahan dan kembalikan isian ke pengaturan yang tersimpan?"),
            _("Kembalikan"),
        ):
            return
        self.refresh()

    def collect(self) -> OfficeSettings:
        """Builds settings from the form."""
        settings = OfficeSettings()
        for section in self.sections:
            section.store(settings)
        return settings

    def save(self) -> bool:
        """Validates and stores the form (office settings, then the language); returns True when saved."""
        try:
            save_office(self.context.app.session_factory, self.collect())
        except OfficeValidationError as error:
            for section in self.sections:
                section.show_problems(error.problems)
            self.status.setText(_("Belum tersimpan: periksa isian yang ditandai merah."))
            self.status.setStyleSheet("color: #b00020;")
            return False
        language_changed = self.language.is_changed()
        if language_changed:
            try:
                self.language.store()
            except OSError as error:
                # The office is stored; the language choice stays on screen, unsaved, with the reason.
                with self.tracker.loading():
                    self._load_office()
                self.tracker.mark_dirty()
                self.status.setText(
                    _("Pengaturan kantor tersimpan, tetapi bahasa antarmuka tidak: {reason}").format(
                        reason=describe_os_error(error)
                    )
                )
                self.status.setStyleSheet("color: #b00020;")
                self.office_saved.emit()
                return False
        self.refresh()  # shows what was stored (e.g. the NIP grouped), clean
        if language_changed:
            self.status.setText(_("Pengaturan tersimpan. Bahasa antarmuka berlaku saat Konvergensi dibuka lagi."))
        else:
            self.status.setText(_("Pengaturan tersimpan."))
        self.status.setStyleSheet("color: #1b5e20;")
        self.office_saved.emit()
        return True

    def _on_save_clicked(self) -> None:
        self.save()

    # -- unsaved changes (UnsavedEditor and page protocol) ----------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """True while the form holds input that is not stored."""
        return self.tracker.is_dirty

    def save_changes(self) -> bool:
        """Validates and stores the form (False, with the fields marked, when refused)."""
        return self.save()

    def discard_changes(self) -> None:
        """Shows the stored settings again."""
        self.refresh()

    def unsaved_title(self) -> str:
        """For the question."""
        return _("pengaturan kantor")

    def confirm_leave(self) -> bool:
        """Asks before the page is left or the window closed with unsaved input."""
        return settle_unsaved(self, self)

    def _on_errors_fixed(self) -> None:
        """Once every marked field is corrected, the "periksa isian" line goes as well."""
        if not any(section.errors.has_errors() for section in self.sections):
            self.status.clear()
