"""Pengaturan → Pengguna: the user accounts (admin only) and the signed-in user's own password.

On a single PC without users the section offers to create the first user, who must be an admin; from then on
Konvergensi asks for a login at start. The buttons a role may not use are disabled with a tooltip; the services
refuse the same actions anyway (``desktop/services/permissions.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.users import Permission, Role, UserInfo, may
from desktop.services.users import (
    create_user,
    list_users,
    reset_password,
    set_active,
    set_role,
    signed_in,
    users_exist,
)
from desktop.ui.users.login_dialog import PasswordDialog
from desktop.ui.widgets.dialogs import inform
from desktop.ui.widgets.failures import report_failure
from desktop.ui.widgets.read_only_table import read_only_table
from desktop.ui.window_context import WindowContext


class UsersSection(QWidget):
    """The list of users with a form to add one, reset a password, disable or enable, and change one's own.

    Args:
        context: the window context.
        parent: owner.
    """

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sf = context.app.session_factory
        self._users: list[UserInfo] = []
        self.table = read_only_table(
            [_("Nama pengguna"), _("Nama lengkap"), _("Jabatan"), _("Peran"), _("Status")], self, name="user_list"
        )
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(180)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.inputs = {key: QLineEdit(self) for key in ("name", "full_name", "nip", "position")}
        for key, field in self.inputs.items():
            field.setObjectName(f"user_{key}")
        self.role = QComboBox(self)
        self.role.setObjectName("user_role")
        for role in Role:
            self.role.addItem(role.label, role.value)
        self.password = QLineEdit(self)
        self.password.setObjectName("user_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("user_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(_("Nama pengguna"), self.inputs["name"])
        form.addRow(_("Nama lengkap"), self.inputs["full_name"])
        form.addRow(_("NIP (bila ada)"), self.inputs["nip"])
        form.addRow(_("Jabatan"), self.inputs["position"])
        form.addRow(_("Peran"), self.role)
        form.addRow(_("Kata sandi"), self.password)
        form.addRow(_("Ulangi kata sandi"), self.repeat)
        self.intro = QLabel(self)
        self.intro.setObjectName("users_intro")
        self.intro.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("users_message")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(_("&Tambah pengguna"), self)
        self.add_button.setObjectName("add_user")
        self.reset_button = QPushButton(_("Atur ulang kata sandi…"), self)
        self.reset_button.setObjectName("reset_user_password")
        self.active_button = QPushButton(_("Nonaktifkan"), self)
        self.active_button.setObjectName("toggle_user_active")
        self.role_button = QPushButton(_("Beri peran yang dipilih di atas"), self)
        self.role_button.setObjectName("set_user_role")
        self.own_button = QPushButton(_("Ganti kata sandi saya…"), self)
        self.own_button.setObjectName("change_own_password")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.active_button, self.role_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.own_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.active_button.clicked.connect(self._on_active_clicked)
        self.role_button.clicked.connect(self._on_role_clicked)
        self.own_button.clicked.connect(self._on_own_clicked)
        self.refresh()

    def _is_admin(self) -> bool:
        """An admin signed in, or a database without users (whoever uses the PC may create the first admin)."""
        current = signed_in(self._sf)
        if current is None:
            return not users_exist(self._sf)
        return may(current[1], Permission.MANAGE_USERS)

    def refresh(self) -> None:
        """Reloads the list (only an admin sees it) and the buttons."""
        admin = self._is_admin()
        self._users = list_users(self._sf) if admin else []
        if not self._users and admin:
            self.intro.setText(
                _(
                    "Belum ada pengguna: Konvergensi dibuka tanpa login. Pengguna pertama harus admin; setelah itu "
                    "setiap orang masuk dengan nama dan kata sandinya."
                )
            )
            self.role.setCurrentIndex(self.role.findData(Role.ADMIN.value))
        elif admin:
            if not self.inputs["name"].text():  # the usual new account; the first one had to be an admin
                self.role.setCurrentIndex(self.role.findData(Role.OPERATOR.value))
            self.intro.setText(
                _("Peran: admin mengelola pengguna dan pengaturan; operator mengolah data; pembaca membaca.")
            )
        else:
            self.intro.setText(_("Hanya admin yang dapat melihat dan mengelola pengguna."))
        self.table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            status = _("aktif") if user.active else _("nonaktif")
            for column, text in enumerate((user.name, user.full_name, user.position, user.role.label, status)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.update_buttons()

    def selected(self) -> UserInfo | None:
        """The user of the selected row."""
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self._users[min(rows)] if rows else None

    @Slot()
    def update_buttons(self) -> None:
        """Enables what the signed-in role may do; the rest is disabled with the reason as its tooltip."""
        admin = self._is_admin()
        chosen = self.selected()
        reason = "" if admin else _("Hanya admin yang dapat mengelola pengguna.")
        for widget in (self.add_button, *self.inputs.values(), self.role, self.password, self.repeat):
            widget.setEnabled(admin)
            widget.setToolTip(reason)
        for button in (self.reset_button, self.active_button, self.role_button):
            button.setEnabled(admin and chosen is not None)
            button.setToolTip(reason or ("" if chosen else _("Pilih pengguna di daftar.")))
        self.active_button.setText(_("Aktifkan") if chosen is not None and not chosen.active else _("Nonaktifkan"))
        own = signed_in(self._sf) is not None
        self.own_button.setEnabled(own)
        self.own_button.setToolTip("" if own else _("Belum ada yang masuk: database ini belum memakai akun pengguna."))

    @Slot()
    def _on_add_clicked(self) -> None:
        try:
            if self.password.text() != self.repeat.text():
                raise UserError(_("Kedua kata sandi tidak sama; ketik ulang."))
            first = not users_exist(self._sf)
            user = create_user(
                self._sf,
                self.inputs["name"].text(),
                str(self.role.currentData()),
                self.password.text(),
                full_name=self.inputs["full_name"].text(),
                nip=self.inputs["nip"].text(),
                position=self.inputs["position"].text(),
            )
        except Exception as error:
            report_failure(self, error, show=self.message)
            return
        for field in (*self.inputs.values(), self.password, self.repeat):
            field.clear()
        self.message.setText(_("Pengguna {name} ditambahkan.").format(name=user.name))
        if first:
            inform(
                self,
                _("Pengguna pertama"),
                _(
                    "Mulai sekarang Konvergensi meminta login saat dibuka. Masuk sebagai {name} saat dibuka lagi."
                ).format(name=user.name),
            )
        self.refresh()

    @Slot()
    def _on_reset_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(_("Atur ulang kata sandi {name}").format(name=user.name), parent=self)
        if not dialog.exec():
            return
        try:
            reset_password(self._sf, user.name, dialog.new_password)
        except Exception as error:
            report_failure(self, error, show=self.message)
            return
        self.message.setText(_("Kata sandi {name} diatur ulang.").format(name=user.name))

    @Slot()
    def _on_active_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            set_active(self._sf, user.name, not user.active)
        except Exception as error:
            report_failure(self, error, show=self.message)
            return
        text = _("Pengguna {name} diaktifkan.") if not user.active else _("Pengguna {name} dinonaktifkan.")
        self.message.setText(text.format(name=user.name))
        self.refresh()

    @Slot()
    def _on_role_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            changed = set_role(self._sf, user.name, str(self.role.currentData()))
        except Exception as error:
            report_failure(self, error, show=self.message)
            return
        self.message.setText(_("Peran {name} sekarang {role}.").format(name=changed.name, role=changed.role.label))
        self.refresh()

    @Slot()
    def _on_own_clicked(self) -> None:
        current = signed_in(self._sf)
        if current is None:
            return
        dialog = PasswordDialog(_("Ganti kata sandi"), user_name=current[0], session_factory=self._sf, parent=self)
        if dialog.exec():
            self.message.setText(_("Kata sandi Anda diganti."))
