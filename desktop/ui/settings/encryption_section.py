"""Enkripsi database on the Settings page, and the recovery-key dialog it shares with the setup wizard (#16).

Turning encryption on (or re-encrypting with a new key) runs off the GUI thread with a progress bar: a verified
backup first, the encrypted copy checked, the stored files sealed. The new **recovery key** is then shown once in
:class:`RecoveryKeyDialog`, which also saves the one-page recovery sheet as PDF; once it is closed Konvergensi
starts again on the encrypted database (the old engine is closed). Changing only the passphrase re-wraps the key
and needs no restart.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.engine import engine_key
from desktop.context import AppContext
from desktop.domain.i18n import _
from desktop.domain.office import OfficeSettings
from desktop.domain.users import Permission
from desktop.preferences import backup_settings
from desktop.reports.recovery_sheet import write_recovery_sheet
from desktop.services.encryption import (
    EncryptionError,
    EncryptionResult,
    change_passphrase,
    check_passphrase,
    encrypt_database,
    parse_recovery_key,
    rotate_key,
)
from desktop.services.key_store import remember_key, store_available
from desktop.services.office import get_office
from desktop.services.os_errors import describe_os_error
from desktop.services.tasks import TaskControl
from desktop.services.users import require_permission
from desktop.ui.restart import RESTART_REQUESTED
from desktop.ui.settings.backup_section import RESTORED_FLAG
from desktop.ui.widgets.dialogs import confirm
from desktop.ui.widgets.failures import report_failure
from desktop.ui.window_context import WindowContext


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def new_passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """What is wrong with a new passphrase as typed twice, in Indonesian; None when it can be used."""
    try:
        check_passphrase(passphrase)
    except EncryptionError as error:
        return str(error)
    if passphrase != repeated:
        return _("Kedua frasa sandi tidak sama.")
    return None


EncryptionOutcome = tuple[EncryptionResult, OfficeSettings | None]


def encryption_task(
    app: AppContext, passphrase: str, remember: bool, current: str | None = None
) -> Callable[[TaskControl], EncryptionOutcome]:
    """The background task that encrypts the database (or, given the ``current`` secret, re-keys it).

    Args:
        app: the application context (its engine is closed by the task).
        passphrase: the new passphrase.
        remember: keep the new key in this PC's protected store ("Ingat di komputer ini").
        current: the current passphrase or recovery key, for a new key; None to encrypt a plain database.

    Returns:
        The task: it returns the result and the office (read before the engine closes, for the recovery sheet).
    """
    engine, data_dir, factory = app.engine, app.data_dir, app.session_factory

    def task(control: TaskControl) -> EncryptionOutcome:
        require_permission(factory, Permission.OFFICE_SETTINGS)
        office = get_office(factory)  # read now: the engine is closed afterwards
        settings = backup_settings(data_dir)
        if current is None:
            result = encrypt_database(engine, data_dir, passphrase, settings, control)
        else:
            result = rotate_key(engine, data_dir, current, passphrase, settings, control)
        if remember:
            remember_key(data_dir, parse_recovery_key(result.recovery_key) or b"")
        return result, office

    return task


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once and saves its one-page sheet (PDF).

    Args:
        recovery_key: the key as the user writes it down.
        office: the office (its paper size and name on the sheet).
        parent: owner.
    """

    def __init__(self, recovery_key: str, office: OfficeSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_key_dialog")
        self.setWindowTitle(_("Kunci pemulihan database"))
        self.recovery_key = recovery_key
        self.office = office
        self.saved_sheet: Path | None = None
        intro = QLabel(
            _(
                "Catat atau cetak kunci pemulihan ini dan simpan di tempat aman (misalnya lemari arsip terkunci). "
                "Kunci ini hanya ditampilkan sekali. Tanpa frasa sandi dan tanpa kunci ini, data tidak dapat dibuka "
                "lagi, juga dari cadangan."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.key_field = QLineEdit(recovery_key, self)
        self.key_field.setObjectName("recovery_key")
        self.key_field.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.key_field.setFont(font)
        self.key_field.setMinimumWidth(self.key_field.fontMetrics().horizontalAdvance(recovery_key) + 24)
        self.sheet_button = QPushButton(_("Simpan lembar kunci pemulihan (PDF)…"), self)
        self.sheet_button.setObjectName("save_recovery_sheet")
        self.status = QLabel(self)
        self.status.setObjectName("recovery_status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.done_button = buttons.addButton(_("Sudah saya simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setObjectName("recovery_done")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_field)
        row = QHBoxLayout()
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.sheet_button.clicked.connect(self._on_sheet_clicked)
        buttons.accepted.connect(self.accept)

    @Slot()
    def _on_sheet_clicked(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Simpan lembar kunci pemulihan"), "kunci-pemulihan.pdf", "PDF (*.pdf)"
        )
        if name:
            self.save_sheet(Path(name))

    def save_sheet(self, target: Path) -> bool:
        """Writes the recovery sheet to ``target``; says where (or why not) in the dialog."""
        try:
            write_recovery_sheet(target, self.recovery_key, self.office, date.today())
        except OSError as error:
            self.status.setText(describe_os_error(error, target))
            return False
        self.saved_sheet = target
        self.status.setText(
            _("Lembar kunci pemulihan disimpan: {path}. Cetak, lalu hapus berkasnya.").format(path=target)
        )
        return True


class EncryptionSection(QWidget):
    """The Enkripsi database controls of the Settings page.

    Args:
        context: the window context (data folder, engine, background runner).
        parent: owner.

    Signals:
        encrypted(object): the database was encrypted or re-keyed (the :class:`EncryptionResult`); the window
            starts again once the recovery key dialog is closed.
    """

    encrypted = Signal(object)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("encryption_section")
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.state = QLabel(self)
        self.state.setObjectName("encryption_state")
        self.state.setWordWrap(True)
        self.current = _password_field(self, "current_secret")
        self.current.setPlaceholderText(_("frasa sandi saat ini atau kunci pemulihan"))
        self.passphrase = _password_field(self, "new_passphrase")
        self.repeated = _password_field(self, "repeat_passphrase")
        self.remember = QCheckBox(_("Ingat di komputer ini (tidak ditanya setiap kali dibuka)"), self)
        self.remember.setObjectName("remember_key")
        self.remember.setEnabled(store_available())
        self.encrypt_button = QPushButton(_("&Enkripsi database…"), self)
        self.encrypt_button.setObjectName("encrypt_database")
        self.passphrase_button = QPushButton(_("Ganti frasa sandi"), self)
        self.passphrase_button.setObjectName("change_passphrase")
        self.new_key_button = QPushButton(_("Ganti kunci (enkripsi ulang)…"), self)
        self.new_key_button.setObjectName("new_key")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("encryption_progress")
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("encryption_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        self.current_label = QLabel(_("Frasa sandi saat ini:"), self)
        form.addRow(self.current_label, self.current)
        form.addRow(_("Frasa sandi baru:"), self.passphrase)
        form.addRow(_("Ulangi frasa sandi:"), self.repeated)
        form.addRow("", self.remember)
        buttons = QHBoxLayout()
        buttons.addWidget(self.encrypt_button)
        buttons.addWidget(self.passphrase_button)
        buttons.addWidget(self.new_key_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.encrypt_button.clicked.connect(self._on_encrypt_clicked)
        self.passphrase_button.clicked.connect(self._on_passphrase_clicked)
        self.new_key_button.clicked.connect(self._on_new_key_clicked)
        self.load()

    @property
    def data_dir(self) -> Path:
        """The data folder."""
        return self.context.app.data_dir

    def is_sqlite(self) -> bool:
        """True when the database is a SQLite file in the data folder (a server database is not encrypted here)."""
        return self.context.app.engine.dialect.name == "sqlite"

    def is_encrypted(self) -> bool:
        """True when the database in use is encrypted."""
        return engine_key(self.context.app.engine) is not None

    def load(self) -> None:
        """Shows whether the database is encrypted and which actions apply."""
        encrypted, sqlite = self.is_encrypted(), self.is_sqlite()
        if not sqlite:
            self.state.setText(
                _("Database berada di server PostgreSQL kantor; enkripsinya diatur di server (disk terenkripsi).")
            )
        elif encrypted:
            self.state.setText(
                _(
                    "Database terenkripsi (SQLCipher, AES-256). Berkas tersimpan (lampiran, data dukung, foto) dan "
                    "cadangan ikut terenkripsi dengan kunci yang sama."
                )
            )
        else:
            self.state.setText(
                _(
                    "Database belum terenkripsi: siapa pun yang memegang PC atau disknya dapat membaca data pribadi "
                    "keluarga (NIK, nama, alamat). Enkripsi disarankan (UU 27/2022)."
                )
            )
        for widget in (self.current_label, self.current, self.passphrase_button, self.new_key_button):
            widget.setVisible(encrypted)
        self.encrypt_button.setVisible(sqlite and not encrypted)
        for field in (self.passphrase, self.repeated):
            field.setEnabled(sqlite)
        self.remember.setEnabled(sqlite and store_available())

    def _busy(self, busy: bool) -> None:
        for button in (self.encrypt_button, self.passphrase_button, self.new_key_button):
            button.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)
        self.progress.setFormat(f"%p% {message}" if message else "%p%")
        if message:
            self.status.setText(message + "…")

    def _new_passphrase(self) -> str | None:
        problem = new_passphrase_problem(self.passphrase.text(), self.repeated.text())
        if problem is not None:
            self.status.setText(problem)
            return None
        return self.passphrase.text()

    @Slot()
    def _on_encrypt_clicked(self) -> None:
        self.encrypt()

    def encrypt(self) -> None:
        """Asks, then encrypts the database (and the stored files) in the background with the typed passphrase."""
        passphrase = self._new_passphrase()
        if passphrase is None:
            return
        if not confirm(
            self,
            _("Enkripsi database"),
            _(
                "Konvergensi membuat cadangan terperiksa dulu, lalu mengenkripsi database dan berkas tersimpan. "
                "Kunci pemulihan ditampilkan sekali sesudahnya; setelah itu Konvergensi dibuka ulang."
            ),
            _("Enkripsi"),
        ):
            return
        task = encryption_task(self.context.app, passphrase, self.remember.isChecked())
        self._start(task, _("Mengenkripsi database…"))

    @Slot()
    def _on_new_key_clicked(self) -> None:
        self.new_key()

    def new_key(self) -> None:
        """Re-encrypts the database with a new random key (the old recovery key stops working), in the background."""
        current, passphrase = self.current.text(), self._new_passphrase()
        if passphrase is None:
            return
        if not current:
            self.status.setText(_("Isi frasa sandi saat ini atau kunci pemulihan."))
            return
        if not confirm(
            self,
            _("Ganti kunci database"),
            _(
                "Database dan berkas tersimpan dienkripsi ulang dengan kunci baru; kunci pemulihan lama tidak "
                "berlaku lagi (cadangan lama tetap dengan kunci lama). Setelah itu Konvergensi dibuka ulang."
            ),
            _("Ganti kunci"),
        ):
            return
        task = encryption_task(self.context.app, passphrase, self.remember.isChecked(), current)
        self._start(task, _("Mengganti kunci database…"))

    def _start(self, task: Callable[[TaskControl], EncryptionOutcome], message: str) -> None:
        self._busy(True)
        self.status.setText(message)
        self.context.runner.run(
            task,
            on_done=self._on_encrypted,
            on_error=self._on_failed,
            on_progress=self._on_progress,
            writes=True,
        )

    @Slot()
    def _on_passphrase_clicked(self) -> None:
        self.change_passphrase()

    def change_passphrase(self) -> None:
        """Re-wraps the database key with the new passphrase (the recovery key stays valid; no restart)."""
        current, passphrase = self.current.text(), self._new_passphrase()
        if passphrase is None:
            return
        data_dir, factory = self.data_dir, self.context.app.session_factory

        def task(_control: TaskControl) -> None:
            require_permission(factory, Permission.OFFICE_SETTINGS)
            change_passphrase(data_dir, current, passphrase)

        self._busy(True)
        self.context.runner.run(task, on_done=self._on_passphrase_changed, on_error=self._on_failed)

    def _on_passphrase_changed(self, _result: object) -> None:
        self._busy(False)
        for field in (self.current, self.passphrase, self.repeated):
            field.clear()
        self.status.setText(_("Frasa sandi database diganti. Kunci pemulihan tetap sama."))

    def _on_failed(self, error: BaseException, trace: str) -> None:
        self._busy(False)
        self.status.clear()
        report_failure(self, error, show=self.status, trace=trace)

    def _on_encrypted(self, outcome: EncryptionOutcome) -> None:
        result, office = outcome
        self._busy(False)
        for field in (self.current, self.passphrase, self.repeated):
            field.clear()
        # The engine was closed: nothing may use it again; no backup on the way out, a new start on the new key.
        self.context.app.extras[RESTORED_FLAG] = True
        self.context.app.extras[RESTART_REQUESTED] = True
        self.status.setText(_("Database terenkripsi. Cadangan sebelumnya: {path}").format(path=result.backup))
        self.encrypted.emit(result)
        dialog = RecoveryKeyDialog(result.recovery_key, office, self)
        self.recovery_dialog = dialog
        dialog.finished.connect(self._on_recovery_closed)
        dialog.open()

    def _on_recovery_closed(self, _code: int) -> None:
        self.window().close()  # the main window: it starts again on the encrypted database
