"""The first-start wizard: asks for the office before the main window opens."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.i18n import _
from desktop.domain.office import OfficeSettings
from desktop.services.key_store import store_available
from desktop.services.office import OfficeValidationError, check_office, kabupaten_choices, save_office
from desktop.ui.settings.encryption_section import new_passphrase_problem
from desktop.ui.settings.office_sections import (
    DocumentSection,
    EmblemSection,
    FormSection,
    HeadSection,
    IdentitySection,
)
from desktop.ui.widgets.dialogs import confirm
from desktop.ui.widgets.unsaved import DirtyTracker
from desktop.ui.widgets.unsaved_mark import input_widgets


class _SectionPage(QWizardPage):
    """A wizard page showing one form section; it refuses to advance while its fields have problems."""

    def __init__(self, wizard: SetupWizard, section: FormSection, title: str, subtitle: str) -> None:
        super().__init__(wizard)
        self.section = section
        self.setTitle(title)
        self.setSubTitle(subtitle)
        layout = QVBoxLayout(self)
        layout.addWidget(section)
        layout.addStretch(1)  # spare height goes below the form, not between a field and its error
        self._wizard = wizard

    def validatePage(self) -> bool:
        """Checks every field of the office and blocks on problems that belong to this page."""
        problems = check_office(self._wizard.session_factory, self._wizard.collect())
        mine = {key: value for key, value in problems.items() if key in self.section.FIELDS}
        return not self.section.show_problems(mine)


class EncryptionPage(QWizardPage):
    """The optional, recommended step: encrypt the database (and the stored files) with a passphrase.

    The choice is carried out once the office is saved (:attr:`SetupWizard.encryption`), off the GUI thread by the
    start-up, which then shows the recovery key once.
    """

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("encryption_page")
        self.setTitle(_("Enkripsi database (disarankan)"))
        self.setSubTitle(
            _(
                "Data keluarga (NIK, nama, alamat) adalah data pribadi (UU 27/2022). Dengan enkripsi, PC atau disk "
                "yang hilang tidak membuka data tanpa frasa sandi."
            )
        )
        self.choose = QCheckBox(_("Enkripsi database dan berkas tersimpan dengan frasa sandi"), self)
        self.choose.setObjectName("choose_encryption")
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("wizard_passphrase")
        self.repeated = QLineEdit(self)
        self.repeated.setObjectName("wizard_repeat_passphrase")
        for field in (self.passphrase, self.repeated):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(_("Ingat di komputer ini (tidak ditanya setiap kali dibuka)"), self)
        self.remember.setObjectName("wizard_remember_key")
        self.remember.setEnabled(store_available())
        self.problem = QLabel(self)
        self.problem.setObjectName("encryption_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        note = QLabel(
            _(
                "Sesudah pengaturan awal, Konvergensi menampilkan kunci pemulihan sekali untuk dicatat atau dicetak, "
                "lalu dibuka ulang. Enkripsi dapat juga dinyalakan nanti di Pengaturan → Enkripsi database."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Frasa sandi:"), self.passphrase)
        form.addRow(_("Ulangi frasa sandi:"), self.repeated)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choose)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(note)
        layout.addStretch(1)
        self.choose.toggled.connect(self._on_toggled)
        self._on_toggled(False)

    def _on_toggled(self, chosen: bool) -> None:
        for widget in (self.passphrase, self.repeated):
            widget.setEnabled(chosen)
        self.remember.setEnabled(chosen and store_available())
        self.problem.clear()

    def validatePage(self) -> bool:
        """Without encryption the page always passes; with it, the passphrase must be long enough and typed twice."""
        if not self.choose.isChecked():
            return True
        problem = new_passphrase_problem(self.passphrase.text(), self.repeated.text())
        self.problem.setText(problem or "")
        return problem is None


class SetupWizard(QWizard):
    """Collects the office settings on first start and saves them when finished.

    Args:
        session_factory: the session factory.
        parent: owner.
        offer_encryption: add the optional encryption step (a plain SQLite database in the data folder).
    """

    def __init__(
        self, session_factory: sessionmaker[Session], parent: QWidget | None = None, *, offer_encryption: bool = False
    ) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.saved: OfficeSettings | None = None
        self.setObjectName("setup_wizard")
        self.setWindowTitle(_("Pengaturan Awal Konvergensi"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.identity = IdentitySection(kabupaten_choices(session_factory))
        self.emblem = EmblemSection()
        self.head = HeadSection()
        self.document = DocumentSection()
        self.sections: list[FormSection] = [self.identity, self.emblem, self.head, self.document]
        self.addPage(self._intro_page())
        self.addPage(
            _SectionPage(
                self,
                self.identity,
                _("Identitas kantor"),
                _("Kabupaten/kota dan kantor yang menjadi sekretariat TPPS."),
            )
        )
        self.addPage(
            _SectionPage(
                self,
                self.emblem,
                _("Lambang untuk kop surat"),
                _("Lambang daerah dicetak di kiri kop surat setiap dokumen."),
            )
        )
        self.addPage(
            _SectionPage(
                self,
                self.head,
                _("Kepala kantor"),
                _("Penandatangan dokumen: nama dengan gelar, jabatan, pangkat dan NIP."),
            )
        )
        self.addPage(
            _SectionPage(
                self,
                self.document,
                _("Dokumen"),
                _("Ukuran kertas dan pola nomor dokumen. Semua dapat diubah nanti di Pengaturan."),
            )
        )
        self.encryption_page: EncryptionPage | None = None
        if offer_encryption:
            self.encryption_page = EncryptionPage(self)
            self.addPage(self.encryption_page)
        self.resize(720, 560)
        self.tracker = DirtyTracker(self)
        for section in self.sections:
            self.tracker.watch(*input_widgets(section))
        self.emblem.changed.connect(self.tracker.mark_dirty)
        self._closing_from_code = False

    def _intro_page(self) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(_("Selamat datang di Konvergensi"))
        text = QLabel(
            _(
                "Aplikasi ini membantu sekretariat TPPS mencatat rapat dan RTL, memverifikasi data keluarga berisiko "
                "stunting dan kasus stunting, memantau Aksi Konvergensi, serta menyusun laporan.\n\n"
                "Sebelum mulai, isi identitas kantor Anda. Data ini disimpan di database dan dipakai pada kop surat "
                "serta blok tanda tangan dokumen."
            ),
            page,
        )
        text.setWordWrap(True)
        QVBoxLayout(page).addWidget(text)
        return page

    def load(self, settings: OfficeSettings) -> None:
        """Pre-fills every section (used when re-running the wizard, and by the smoke test)."""
        with self.tracker.loading():
            for section in self.sections:
                section.load(settings)

    def reject(self) -> None:
        """Esc, Batal or the window's close button: with typed input only after asking (the input is lost)."""
        if self.tracker.is_dirty and not self._closing_from_code:
            leave = confirm(
                self,
                _("Keluar dari pengaturan awal"),
                _("Isian pengaturan awal belum disimpan dan akan hilang. Keluar?"),
                _("Keluar"),
                _("Kembali ke isian"),
            )
            if not leave:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing_from_code = not event.spontaneous()  # close() from code: the program decided
        try:
            super().closeEvent(event)
        finally:
            self._closing_from_code = False

    @property
    def encryption(self) -> tuple[str, bool] | None:
        """The encryption chosen in the wizard: (passphrase, remember on this PC), or None."""
        page = self.encryption_page
        if page is None or not page.choose.isChecked():
            return None
        return page.passphrase.text(), page.remember.isChecked()

    def collect(self) -> OfficeSettings:
        """Builds the settings from every section."""
        settings = OfficeSettings()
        for section in self.sections:
            section.store(settings)
        return settings

    def accept(self) -> None:
        """Saves the office; stays open and shows the problems if saving is refused."""
        try:
            self.saved = save_office(self.session_factory, self.collect())
        except OfficeValidationError as error:
            for section in self.sections:
                if section.show_problems(error.problems):
                    for page_id in self.pageIds():
                        page = self.page(page_id)
                        if isinstance(page, _SectionPage) and page.section is section:
                            while self.currentId() != page_id and self.currentId() > page_id:
                                self.back()
                    return
            return
        super().accept()
