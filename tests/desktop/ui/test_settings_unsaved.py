"""Pengaturan: unsaved input is asked about before another page is shown or the window closes; Kembalikan and
removing the emblem ask too."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.services.office import get_office
from desktop.ui.main_window import MainWindow
from desktop.ui.settings.settings_page import SettingsPage
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.dialog_answers import DialogAnswers


def _settings(context: WindowContext, qtbot: QtBot) -> tuple[MainWindow, SettingsPage]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    return window, page


def _stored_name(context: WindowContext) -> str:
    office = get_office(context.app.session_factory)
    assert office is not None
    return office.name


def test_leaving_settings_with_input_asks(window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    window, page = _settings(window_context, qtbot)
    stored = _stored_name(window_context)
    assert not page.unsaved_mark.isVisible() and page.save_button.text() == "&Simpan"
    page.identity.name.clear()
    qtbot.keyClicks(page.identity.name, "Bappeda Kabupaten Lebak")
    assert page.unsaved_mark.isVisible() and page.save_button.text() == "&Simpan *"

    dialogs.answer("unsaved_cancel")
    window.show_page("home")
    assert window.current_page_key() == "settings" and page.identity.name.text() == "Bappeda Kabupaten Lebak"
    assert dialogs.asked[0] == ("unsaved_question", "Perubahan pada pengaturan kantor belum disimpan.")

    dialogs.answer("unsaved_discard")
    window.show_page("home")
    assert window.current_page_key() == "home" and _stored_name(window_context) == stored
    window.show_page("settings")
    assert page.identity.name.text() == stored and not page.has_unsaved_changes()

    qtbot.keyClicks(page.identity.name, " (baru)")
    dialogs.answer("unsaved_save")
    window.show_page("home")
    assert window.current_page_key() == "home" and _stored_name(window_context) == stored + " (baru)"


def test_closing_the_window_with_settings_input_asks(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    window, page = _settings(window_context, qtbot)
    page.head.head_rank.setCurrentIndex(3)
    dialogs.answer("unsaved_cancel")
    assert not window.close()
    assert window.isVisible() and page.has_unsaved_changes()
    dialogs.answer("unsaved_discard")
    assert window.close()


def test_refused_save_keeps_the_page(window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    window, page = _settings(window_context, qtbot)
    page.identity.email.setText("bukan-email")
    dialogs.answer("unsaved_save")
    window.show_page("home")
    assert window.current_page_key() == "settings"
    assert page.identity.error_text("email") == "Alamat e-mail tidak sah."


def test_revert_and_emblem_removal_ask(window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    _window, page = _settings(window_context, qtbot)
    stored = _stored_name(window_context)
    qtbot.keyClicks(page.identity.name, " X")
    dialogs.answer("confirm_no")
    page.revert_button.click()
    assert page.identity.name.text() == stored + " X"
    dialogs.answer("confirm_yes")
    page.revert_button.click()
    assert page.identity.name.text() == stored and not page.has_unsaved_changes()

    page.emblem.set_emblem(b"\x89PNG not really")
    assert page.has_unsaved_changes()
    dialogs.answer("delete_cancel")
    page.emblem.remove.click()
    assert page.emblem.emblem() is not None
    dialogs.answer("delete_confirm")
    page.emblem.remove.click()
    assert page.emblem.emblem() is None
    assert dialogs.asked[-1] == ("delete_question", "Hapus lambang kop surat?")
