"""Signing in at start and Pengaturan → Pengguna, offscreen with real widgets on a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from db.engine import make_session_factory
from desktop.app import Startup
from desktop.context import AppContext
from desktop.domain.users import MAX_FAILED_ATTEMPTS, Role
from desktop.services.users import authenticate, create_user, list_users, sign_in, signed_in, users_exist
from desktop.ui.settings.users_section import UsersSection
from desktop.ui.users.login_dialog import LoginDialog
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.conftest import make_window_context
from tests.desktop.ui.dialog_answers import DialogAnswers

PASSWORD = "wayang-kulit-2026"


def _type_login(dialog: LoginDialog, qtbot: QtBot, name: str, password: str) -> None:
    dialog.name.setText(name)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_the_login_refuses_a_wrong_password_locks_after_five_then_opens_the_window(
    office_context: AppContext, qtbot: QtBot
) -> None:
    create_user(office_context.session_factory, "kepala", Role.ADMIN, PASSWORD)
    admin = make_session_factory(office_context.engine)  # another PC of the office, signed in
    sign_in(admin, authenticate(admin, "kepala", PASSWORD))
    create_user(admin, "siti", Role.ADMIN, PASSWORD)
    context = make_window_context(office_context)
    startup = Startup(context)
    startup.start()
    dialog = startup.login
    assert isinstance(dialog, LoginDialog) and dialog.isVisible() and startup.window is None
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    _type_login(dialog, qtbot, "kepala", "salah")
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.isVisible() and dialog.password.text() == ""  # the typed password is not kept
    for _attempt in range(MAX_FAILED_ATTEMPTS - 1):
        _type_login(dialog, qtbot, "kepala", "salah")
    assert "dikunci sampai pukul" in dialog.message.text()
    _type_login(dialog, qtbot, "kepala", PASSWORD)  # locked: the right password waits 15 minutes
    assert "dikunci" in dialog.message.text() and startup.window is None
    with qtbot.waitSignal(startup.window_shown, timeout=10_000):
        _type_login(dialog, qtbot, "siti", PASSWORD)
    window = startup.window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    assert signed_in(office_context.session_factory) == ("siti", Role.ADMIN)
    assert window.user_label.text() == "Pengguna: siti (Admin)" and window.user_label.isVisible()
    context.runner.drain()


def test_without_users_no_login_is_asked(office_context: AppContext, qtbot: QtBot) -> None:
    context = make_window_context(office_context)
    startup = Startup(context)
    with qtbot.waitSignal(startup.window_shown, timeout=10_000):
        startup.start()
    assert startup.login is None and startup.window is not None
    qtbot.addWidget(startup.window)
    assert not startup.window.user_label.isVisible()
    context.runner.drain()


def _fill(section: UsersSection, name: str, role: Role, password: str, repeat: str | None = None) -> None:
    section.inputs["name"].setText(name)
    section.inputs["full_name"].setText(name.title())
    section.role.setCurrentIndex(section.role.findData(role.value))
    section.password.setText(password)
    section.repeat.setText(password if repeat is None else repeat)


def test_the_users_section_adds_the_first_admin_then_users_and_disables_one(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    factory = window_context.app.session_factory
    section = UsersSection(window_context)
    qtbot.addWidget(section)
    assert "Belum ada pengguna" in section.intro.text() and section.add_button.isEnabled()
    assert not section.own_button.isEnabled() and section.own_button.toolTip()
    _fill(section, "kepala", Role.ADMIN, PASSWORD, repeat="lain")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert section.message.text() == "Kedua kata sandi tidak sama; ketik ulang." and not users_exist(factory)
    _fill(section, "kepala", Role.ADMIN, PASSWORD)
    dialogs.answer("information_ok")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert section.message.text() == "Pengguna kepala ditambahkan."
    assert "meminta login" in dialogs.asked[-1][1]
    # Users exist now and nobody signed in on this window: the admin buttons close until the admin signs in.
    assert not section.add_button.isEnabled() and "Hanya admin" in section.add_button.toolTip()
    sign_in(factory, authenticate(factory, "kepala", PASSWORD))
    section.refresh()
    _fill(section, "siti", Role.OPERATOR, PASSWORD)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert section.table.rowCount() == 2 and section.table.item(1, 0).text() == "siti"
    section.table.selectRow(1)
    assert section.active_button.text() == "Nonaktifkan"
    qtbot.mouseClick(section.active_button, Qt.MouseButton.LeftButton)
    assert section.message.text() == "Pengguna siti dinonaktifkan."
    assert section.table.item(1, 4).text() == "nonaktif"
    assert [user.active for user in list_users(factory)] == [True, False]
    # A role is changed from the list: siti becomes a pembaca; the only admin cannot stop being one.
    section.role.setCurrentIndex(section.role.findData(Role.PEMBACA.value))
    qtbot.mouseClick(section.role_button, Qt.MouseButton.LeftButton)
    assert section.message.text() == "Peran siti sekarang Pembaca."
    assert [user.role for user in list_users(factory)] == [Role.ADMIN, Role.PEMBACA]
    section.table.selectRow(0)
    section.role.setCurrentIndex(section.role.findData(Role.OPERATOR.value))
    qtbot.mouseClick(section.role_button, Qt.MouseButton.LeftButton)
    assert "Admin aktif terakhir tetap admin" in section.message.text()
    assert [user.role for user in list_users(factory)] == [Role.ADMIN, Role.PEMBACA]


def test_an_operator_sees_the_admin_buttons_disabled(window_context: WindowContext, qtbot: QtBot) -> None:
    factory = window_context.app.session_factory
    create_user(factory, "kepala", Role.ADMIN, PASSWORD)
    sign_in(factory, authenticate(factory, "kepala", PASSWORD))
    create_user(factory, "siti", Role.OPERATOR, PASSWORD)
    sign_in(factory, authenticate(factory, "siti", PASSWORD))
    section = UsersSection(window_context)
    qtbot.addWidget(section)
    assert section.table.rowCount() == 0 and "Hanya admin" in section.intro.text()
    for button in (section.add_button, section.reset_button, section.active_button, section.role_button):
        assert not button.isEnabled() and button.toolTip() == "Hanya admin yang dapat mengelola pengguna."
    assert section.own_button.isEnabled()
