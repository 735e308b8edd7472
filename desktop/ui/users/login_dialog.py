"""The dialogs of signing in: the login at start, the first admin of a PostgreSQL database, a new password."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.users import Role, UserInfo
from desktop.services.users import authenticate, change_password, create_user, sign_in
from desktop.ui.widgets.failures import report_failure


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _FormDialog(QDialog):
    """A small form with a message label (read by tests) and OK / Cancel buttons."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setObjectName("login_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setObjectName("login_ok")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Batal"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            self.submit()
        except Exception as error:  # a refusal goes to the label, a bug to the error dialog
            report_failure(self, error, show=self.message)
            return
        self.accept()

    def submit(self) -> None:
        """Does the dialog's work; raises to keep it open with the message shown."""
        raise NotImplementedError


class LoginDialog(_FormDialog):
    """Asks for the user name and password at start; on success the session factory is signed in.

    Args:
        session_factory: the application's session factory.
        parent: owner.
    """

    def __init__(self, session_factory: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(_("Masuk ke Konvergensi"), _("&Masuk"), parent)
        self.session_factory = session_factory
        self.user: UserInfo | None = None
        intro = QLabel(_("Database ini dipakai bersama; masuk dengan akun pengguna Anda."), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.name = QLineEdit(self)
        self.name.setObjectName("login_name")
        self.password = _password_field(self, "login_password")
        self.form.addRow(_("Nama pengguna:"), self.name)
        self.form.addRow(_("Kata sandi:"), self.password)

    def submit(self) -> None:
        """Checks the password and signs in."""
        try:
            user = authenticate(self.session_factory, self.name.text(), self.password.text())
        finally:
            self.password.clear()  # typed again after a refusal, never kept
        sign_in(self.session_factory, user)
        self.user = user


class FirstAdminDialog(_FormDialog):
    """Creates the first admin of a database without users (always asked on PostgreSQL), then signs in.

    Args:
        session_factory: the application's session factory.
        parent: owner.
    """

    def __init__(self, session_factory: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(_("Admin pertama"), _("&Buat dan masuk"), parent)
        self.session_factory = session_factory
        self.user: UserInfo | None = None
        intro = QLabel(
            _(
                "Database server ini belum memiliki pengguna. Buat akun admin pertama; admin lalu menambah "
                "pengguna lain."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.name = QLineEdit(self)
        self.name.setObjectName("admin_name")
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("admin_full_name")
        self.password = _password_field(self, "admin_password")
        self.repeat = _password_field(self, "admin_repeat")
        self.form.addRow(_("Nama pengguna:"), self.name)
        self.form.addRow(_("Nama lengkap:"), self.full_name)
        self.form.addRow(_("Kata sandi:"), self.password)
        self.form.addRow(_("Ulangi kata sandi:"), self.repeat)

    def submit(self) -> None:
        """Creates the admin and signs in."""
        if self.password.text() != self.repeat.text():
            raise UserError(_("Kedua kata sandi tidak sama; ketik ulang."))
        create_user(
            self.session_factory, self.name.text(), Role.ADMIN, self.password.text(), full_name=self.full_name.text()
        )
        user = authenticate(self.session_factory, self.name.text(), self.password.text())
        sign_in(self.session_factory, user)
        self.user = user


class PasswordDialog(_FormDialog):
    """A new password typed twice; with ``user_name`` the user's own change, which needs the old password too.

    Args:
        title: the window title.
        user_name: the signed-in user changing their own password; empty for an admin's reset (the caller stores
            :attr:`new_password`).
        session_factory: the application's session factory (for the own change).
        parent: owner.
    """

    def __init__(
        self,
        title: str,
        *,
        user_name: str = "",
        session_factory: sessionmaker[Session] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, _("&Simpan"), parent)
        self.user_name = user_name
        self.session_factory = session_factory
        self.new_password = ""
        self.old = _password_field(self, "old_password")
        self.new = _password_field(self, "new_password")
        self.repeat = _password_field(self, "repeat_password")
        if user_name:
            self.form.addRow(_("Kata sandi lama:"), self.old)
        self.form.addRow(_("Kata sandi baru:"), self.new)
        self.form.addRow(_("Ulangi kata sandi baru:"), self.repeat)

    def submit(self) -> None:
        """Checks the two new passwords alike; for the own change stores it (the old one verified)."""
        if self.new.text() != self.repeat.text():
            raise UserError(_("Kedua kata sandi tidak sama; ketik ulang."))
        if self.user_name and self.session_factory is not None:
            change_password(self.session_factory, self.user_name, self.old.text(), self.new.text())
        self.new_password = self.new.text()
