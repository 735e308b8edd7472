"""The interface language end to end: chosen in Pengaturan, stored, and spoken by the next main window."""

from __future__ import annotations

import configparser
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.app import start_language
from desktop.domain.i18n import language, set_language
from desktop.preferences import LANGUAGE_ENV, PREFERENCES_FILE, saved_language
from desktop.ui.main_window import MainWindow
from desktop.ui.settings.settings_page import SettingsPage
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.dialog_answers import DialogAnswers


@pytest.fixture(autouse=True)
def indonesian_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The language is global state: every test here leaves Indonesian behind, whatever it switched to."""
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    yield
    set_language("id")


def _window(context: WindowContext, qtbot: QtBot) -> MainWindow:
    """A main window built as the app builds it: the language from the preferences first, then the widgets."""
    start_language(context.app.data_dir)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def _settings(window: MainWindow) -> SettingsPage:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    return page


def _stored_language(data_dir: Path) -> str:
    parser = configparser.ConfigParser()
    assert parser.read(data_dir / PREFERENCES_FILE, encoding="utf-8")
    return parser.get("interface", "language")


def _choose(page: SettingsPage, code: str) -> None:
    combo = page.language.language
    combo.setCurrentIndex(combo.findData(code))
    assert page.has_unsaved_changes()


def _visible_texts(window: MainWindow) -> tuple[list[str], list[str], str]:
    """Sidebar titles, menu titles and the meetings page's new-meeting button."""
    sidebar = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    menus = [action.text() for action in window.menuBar().actions()]
    button = window.show_page("meetings").findChild(QPushButton, "new_meeting")
    assert button is not None
    return sidebar, menus, button.text()


def test_english_chosen_in_settings_is_spoken_by_the_next_window(window_context: WindowContext, qtbot: QtBot) -> None:
    data_dir = window_context.app.data_dir
    window = _window(window_context, qtbot)
    page = _settings(window)
    assert page.language.language.currentText() == "Bahasa Indonesia"
    assert [page.language.language.itemText(i) for i in range(2)] == ["Bahasa Indonesia", "English"]
    _choose(page, "en")
    assert page.save()
    assert _stored_language(data_dir) == "en"
    assert page.status.text() == "Pengaturan tersimpan. Bahasa antarmuka berlaku saat Konvergensi dibuka lagi."
    assert not page.has_unsaved_changes()
    assert language() == "id"  # this window keeps its language until Konvergensi is opened again
    window.close()

    english = _window(window_context, qtbot)
    assert language() == "en"
    sidebar, menus, button = _visible_texts(english)
    assert sidebar == [
        "Home",
        "Meetings",
        "RTL",
        "KRS verification",
        "Stunting cases",
        "Aksi Konvergensi",
        "Reports",
        "Data Exchange",
        "Change history",
        "Settings",
    ]
    assert menus == ["&File", "&View", "&Help"]
    assert button == "New meeting"
    home = english.show_page("home")
    as_of = home.findChild(QLabel, "as_of")
    assert as_of is not None and as_of.text().startswith("As of ") and "Desember" not in as_of.text()
    page = _settings(english)
    assert page.save_button.text() == "&Save"
    assert page.language.language.currentText() == "English"

    _choose(page, "id")
    assert page.save()
    assert _stored_language(data_dir) == "id"
    assert page.status.text() == "Settings saved. The interface language applies when Konvergensi is opened again."
    english.close()

    indonesian = _window(window_context, qtbot)
    sidebar, menus, button = _visible_texts(indonesian)
    assert sidebar[:2] == ["Beranda", "Rapat"] and sidebar[3] == "Verval KRS" and sidebar[-1] == "Pengaturan"
    assert menus == ["&Berkas", "&Tampilan", "Ban&tuan"]
    assert button == "Rapat baru"


def test_the_environment_overrides_the_saved_language_for_one_run(
    window_context: WindowContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    window = _window(window_context, qtbot)
    assert _visible_texts(window)[1] == ["&File", "&View", "&Help"]
    page = _settings(window)
    # Pengaturan shows (and would store) the saved choice, not the override of this run.
    assert page.language.language.currentData() == "id" and not page.has_unsaved_changes()


def test_an_unsaved_language_choice_is_asked_about(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    window = _window(window_context, qtbot)
    page = _settings(window)
    _choose(page, "en")
    assert page.unsaved_mark.isVisible()
    dialogs.answer("unsaved_discard")
    window.show_page("home")
    assert dialogs.asked[0] == ("unsaved_question", "Perubahan pada pengaturan kantor belum disimpan.")
    assert window.current_page_key() == "home"
    assert saved_language(window_context.app.data_dir) == "id"
    assert not (window_context.app.data_dir / PREFERENCES_FILE).exists()
    assert _settings(window).language.language.currentData() == "id"


def test_a_refused_office_form_stores_no_language(window_context: WindowContext, qtbot: QtBot) -> None:
    window = _window(window_context, qtbot)
    page = _settings(window)
    page.identity.name.clear()  # the office name is required
    _choose(page, "en")
    assert not page.save()
    assert page.status.text() == "Belum tersimpan: periksa isian yang ditandai merah."
    assert saved_language(window_context.app.data_dir) == "id"
    assert page.language.language.currentData() == "en" and page.has_unsaved_changes()  # the choice stays


def test_a_language_that_cannot_be_written_keeps_the_choice_with_the_reason(
    window_context: WindowContext, qtbot: QtBot
) -> None:
    window = _window(window_context, qtbot)
    page = _settings(window)
    # A folder where the file should be: writing preferences.ini fails like on a read-only disk.
    (window_context.app.data_dir / PREFERENCES_FILE).mkdir()
    _choose(page, "en")
    assert not page.save()
    assert page.status.text().startswith("Pengaturan kantor tersimpan, tetapi bahasa antarmuka tidak: ")
    assert page.language.language.currentData() == "en" and page.has_unsaved_changes()
