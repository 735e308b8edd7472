"""Every page current: a change on one page shows on the dashboard when it is shown again."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop.ui.aksi.aksi_page import AksiPage
from desktop.ui.dashboard.dashboard_page import DashboardPage
from desktop.ui.main_window import MainWindow
from desktop.ui.window_context import WindowContext


def test_dashboard_shows_an_aksi_status_saved_meanwhile(window_context: WindowContext, qtbot: QtBot) -> None:
    window = MainWindow(window_context)
    qtbot.addWidget(window)
    window.show()
    home = window.show_page("home")
    assert isinstance(home, DashboardPage)
    qtbot.waitUntil(lambda: home.loads >= 1, timeout=10_000)
    assert home.status_table.item(0, 1).text() == "Belum mulai"

    aksi = window.show_page("aksi")
    assert isinstance(aksi, AksiPage)
    aksi.year.setValue(home.year.value())
    aksi.select_action(1)
    detail = aksi.detail
    detail.status.setCurrentIndex(detail.status.findData("berjalan"))
    detail.actual_start.set_value(date(home.year.value(), 1, 15))
    assert detail.save()

    window.show_page("home")  # gathered again in the background (a load still running is followed by another)
    qtbot.waitUntil(lambda: home.status_table.item(0, 1).text() == "Berjalan", timeout=15_000)
