"""A time field that takes typing the way people type times: ``0930``, ``09.30``, ``9:30``."""

from __future__ import annotations

from PySide6.QtCore import QTime, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QTimeEdit, QWidget


class TimeField(QTimeEdit):
    """``HH.mm`` (the Indonesian way: ``09.00 WIB``); entering the field selects the hour, so typing replaces
    the whole time from its first digit wherever the click landed, and ``:`` works as the separator too.

    Args:
        parent: owner.
        value: the time shown at first (09.00 when not given).
    """

    def __init__(self, parent: QWidget | None = None, value: QTime | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH.mm")
        self.setTime(value if value is not None else QTime(9, 0))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # After the click has placed the cursor (it runs after this event), start again at the hour.
        QTimer.singleShot(0, self._select_hour)

    def _select_hour(self) -> None:
        if self.hasFocus():
            self.setSelectedSection(QTimeEdit.Section.HourSection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text() == ":":  # 9:30 as typed on a phone or in Excel: the separator moves to the minutes
            self.setSelectedSection(QTimeEdit.Section.MinuteSection)
            return
        super().keyPressEvent(event)
