"""The time field takes typed times from wherever the click landed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.time_field import TimeField


def _field(qtbot: QtBot) -> TimeField:
    field = TimeField(value=QTime(9, 0))
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    return field


@pytest.mark.parametrize("typed", ["1330", "13.30", "13:30"])
@pytest.mark.parametrize("where", ["start", "end"])
def test_typing_after_a_click_anywhere_sets_the_time(qtbot: QtBot, typed: str, where: str) -> None:
    field = _field(qtbot)
    x = 6 if where == "start" else field.width() - 30  # on the hour, or on the minutes (before the arrows)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(x, field.height() // 2))
    qtbot.waitUntil(lambda: field.lineEdit().selectedText() == "09")  # the hour, selected for typing
    qtbot.keyClicks(field, typed)
    assert field.time() == QTime(13, 30)
    assert field.text() == "13.30"


def test_tab_into_the_field_then_type(qtbot: QtBot) -> None:
    field = _field(qtbot)
    field.setFocus()
    qtbot.waitUntil(lambda: field.lineEdit().selectedText() == "09")  # the hour, selected for typing
    qtbot.keyClicks(field, "0815")
    assert field.time() == QTime(8, 15)
