"""The main window: pages, menus, About, settings page and remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.services.office import get_office
from desktop.ui.main_window import DEFAULT_SIZE, FRAME_ALLOWANCE, MainWindow, fits, fitted_geometry
from desktop.ui.pages import PAGES
from desktop.ui.settings.settings_page import SettingsPage
from desktop.ui.window_context import WindowContext


def _window(context: WindowContext, qtbot: QtBot) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_registered_page_opens_from_the_sidebar(window_context: WindowContext, qtbot: QtBot) -> None:
    window = _window(window_context, qtbot)
    assert window.navigation.count() == len(PAGES)
    for row, spec in enumerate(PAGES):
        item = window.navigation.item(row)
        rect = window.navigation.visualItemRect(item)
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_key() == spec.key
        assert window.stack.currentWidget() is window.page(spec.key)


def test_home_page_shows_the_office(window_context: WindowContext, qtbot: QtBot) -> None:
    window = _window(window_context, qtbot)
    home = window.show_page("home")
    kop = home.findChild(QLabel, "kop_text")
    assert kop is not None and "PEMERINTAH KABUPATEN LEBAK" in kop.text()
    count = home.findChild(QLabel, "kecamatan_count")
    assert count is not None and count.text() == "28 kecamatan, 345 desa/kelurahan"
    assert "Kabupaten Lebak" in window.windowTitle()


def test_about_shows_version_data_folder_and_database(window_context: WindowContext, qtbot: QtBot) -> None:
    window = _window(window_context, qtbot)
    window.menuBar().actions()  # menus exist
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Berkas", "&Tampilan", "Ban&tuan"]
    window.window_actions[next(iter(a for a in window.window_actions if a.name == "ABOUT"))].trigger()
    dialog = window.findChild(QLabel, "about_data_dir")
    assert dialog is not None
    assert dialog.text() == str(window_context.app.data_dir)
    database = window.findChild(QLabel, "about_database")
    assert database is not None and database.text().endswith("konvergensi.sqlite3")


def test_settings_page_validates_and_saves(window_context: WindowContext, qtbot: QtBot) -> None:
    window = _window(window_context, qtbot)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    page.identity.email.setText("bukan-email")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.identity.error_text("email") == "Alamat e-mail tidak sah."
    assert page.status.text() == "Belum tersimpan: periksa isian yang ditandai merah."
    page.identity.email.setText("tpps@lebakkab.go.id")
    page.identity.name.setText("Bappeda Kabupaten Lebak")
    with qtbot.waitSignal(page.office_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    office = get_office(window_context.app.session_factory)
    assert office is not None and (office.email, office.name) == ("tpps@lebakkab.go.id", "Bappeda Kabupaten Lebak")
    assert window.windowTitle() == "Konvergensi — Bappeda Kabupaten Lebak — Kabupaten Lebak"


def test_geometry_and_page_are_remembered(window_context: WindowContext, qtbot: QtBot) -> None:
    window = _window(window_context, qtbot)
    window.resize(700, 520)  # fits the offscreen screen (800 x 600)
    window.show_page("settings")
    window.close()
    again = _window(window_context, qtbot)
    assert again.size() == QSize(700, 520)
    assert again.current_page_key() == "settings"
    assert (window_context.app.data_dir / "ui-state.ini").exists()


def test_settings_error_goes_when_the_field_is_corrected(window_context: WindowContext, qtbot: QtBot) -> None:
    window = _window(window_context, qtbot)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    page.identity.email.setText("bukan-email")
    page.head.head_nip.setText("1970")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    label = page.identity.errors.error_label("email")
    assert label.isVisibleTo(page) and label.text() == "Alamat e-mail tidak sah."
    assert page.head.error_text("head_nip") != ""
    qtbot.keyClicks(page.identity.email, ".go.id")  # still wrong, but edited: the error waits for the next save
    assert not label.isVisibleTo(page) and page.identity.email.property("fieldError") is False
    assert page.head.error_text("head_nip") != ""  # the other field's error stays
    assert page.status.text() == "Belum tersimpan: periksa isian yang ditandai merah."
    page.head.head_nip.clear()
    assert page.status.text() == ""  # nothing is marked any more


def test_first_window_fits_the_available_screen(window_context: WindowContext, qtbot: QtBot) -> None:
    window = _window(window_context, qtbot)
    available = window.screen().availableGeometry()  # the offscreen platform's screen: 800 x 600
    assert available.contains(window.geometry())
    assert window.isMaximized()  # the default size does not fit there, so the window starts maximised
    assert window.statusBar().isVisible()
    bar = window.statusBar()
    assert available.contains(QRect(bar.mapToGlobal(QPoint(0, 0)), bar.size()))


def test_first_geometry_at_1366x768_keeps_the_status_bar_on_screen() -> None:
    # A 1366 x 768 laptop with a 40-pixel panel at the bottom.
    available = QRect(0, 0, 1366, 728)
    geometry = fitted_geometry(DEFAULT_SIZE, available)
    framed = geometry.adjusted(-FRAME_ALLOWANCE.width() // 2, -(FRAME_ALLOWANCE.height() - 8), 8, 8)
    assert available.contains(framed)
    assert geometry.height() == 728 - FRAME_ALLOWANCE.height()
    assert not fits(DEFAULT_SIZE, available)  # so the first window starts maximised
    assert fits(DEFAULT_SIZE, QRect(0, 0, 1920, 1040))
    roomy = fitted_geometry(DEFAULT_SIZE, QRect(0, 0, 1920, 1040))
    assert roomy.size() == DEFAULT_SIZE and roomy.center().x() in range(955, 966)


def test_restored_geometry_from_a_bigger_screen_is_fitted(window_context: WindowContext, qtbot: QtBot) -> None:
    window = _window(window_context, qtbot)
    window.showNormal()
    window.setGeometry(QRect(300, 200, 1600, 1000))  # as saved on a 1920 x 1080 monitor
    window.close()
    again = _window(window_context, qtbot)
    available = again.screen().availableGeometry()
    assert available.contains(again.geometry())
    assert again.width() <= available.width() - FRAME_ALLOWANCE.width()
    assert again.height() <= available.height() - FRAME_ALLOWANCE.height()


def test_fitting_moves_a_window_back_inside_the_screen() -> None:
    available = QRect(0, 0, 1366, 728)
    fitted = fitted_geometry(QSize(1000, 600), available, QPoint(900, 500))
    assert fitted.size() == QSize(1000, 600)
    assert available.contains(fitted)
    assert fitted_geometry(QSize(1000, 600), available, QPoint(100, 60)).topLeft() == QPoint(100, 60)
