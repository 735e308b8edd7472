"""Windows sized so their own texts are not cut: a dialog at least as wide as its title."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

# The window manager's close/maximise buttons, icon and padding around the title text.
TITLE_DECORATION = 140


def title_width(window: QWidget) -> int:
    """The width ``window`` needs so a window manager shows its title whole (measured in a bold font, as most
    title bars use, plus room for the title bar's buttons)."""
    font = QFont(window.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(window.windowTitle()) + TITLE_DECORATION


def fit_title(window: QWidget) -> None:
    """Widens ``window``'s minimum width to show its title whole (call after ``setWindowTitle``)."""
    window.setMinimumWidth(max(window.minimumWidth(), min(title_width(window), 900)))
