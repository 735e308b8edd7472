"""The Aksi page as its widget tests open it: a fixed "today", a window large enough for the whole editor."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop.ui.aksi.aksi_page import AksiPage
from desktop.ui.window_context import WindowContext

TODAY = date(2024, 7, 1)


def open_aksi_page(context: WindowContext, qtbot: QtBot) -> AksiPage:
    """An Aksi page shown at 1200x800 with :data:`TODAY` as today."""
    page = AksiPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page
