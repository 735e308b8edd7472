"""The pages of the main window, declared as data. Each module adds its page here when it works end to end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from desktop.ui.window_context import WindowContext


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One page of the navigation sidebar.

    Attributes:
        key: stable identifier (saved as the last page shown).
        title: Indonesian title, translated through the ``Pages`` context.
        icon: a standard icon.
        factory: builds the page widget.
    """

    key: str
    title: str
    icon: QStyle.StandardPixmap
    factory: Callable[[WindowContext], QWidget]

    @property
    def translated_title(self) -> str:
        """The title in the user's language."""
        return QCoreApplication.translate("Pages", self.title)


def _home(context: WindowContext) -> QWidget:
    from desktop.ui.home.home_page import HomePage

    return HomePage(context)


def _settings(context: WindowContext) -> QWidget:
    from desktop.ui.settings.settings_page import SettingsPage

    return SettingsPage(context)


# QT_TRANSLATE_NOOP equivalents: lupdate finds these through the "Pages" context in translate() calls.
PAGES: list[PageSpec] = [
    PageSpec("home", "Beranda", QStyle.StandardPixmap.SP_DirHomeIcon, _home),
    PageSpec("settings", "Pengaturan", QStyle.StandardPixmap.SP_FileDialogDetailedView, _settings),
]
