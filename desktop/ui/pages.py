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
    # The dashboard embeds the office card of desktop.ui.home.home_page.HomePage at its top.
    from desktop.ui.dashboard.dashboard_page import DashboardPage

    return DashboardPage(context)


def _aksi(context: WindowContext) -> QWidget:
    from desktop.ui.aksi.aksi_page import AksiPage

    return AksiPage(context)


def _settings(context: WindowContext) -> QWidget:
    from desktop.ui.settings.settings_page import SettingsPage

    return SettingsPage(context)


def _meetings(context: WindowContext) -> QWidget:
    from desktop.ui.meetings.meetings_page import MeetingsPage

    return MeetingsPage(context)


def _rtl(context: WindowContext) -> QWidget:
    from desktop.ui.meetings.rtl_overview_page import RtlOverviewPage

    return RtlOverviewPage(context)


def _krs(context: WindowContext) -> QWidget:
    from desktop.ui.krs.krs_page import KrsPage

    return KrsPage(context)


def _cases(context: WindowContext) -> QWidget:
    from desktop.ui.cases.cases_page import CasesPage

    return CasesPage(context)


# QT_TRANSLATE_NOOP equivalents: lupdate finds these through the "Pages" context in translate() calls.
PAGES: list[PageSpec] = [
    PageSpec("home", "Beranda", QStyle.StandardPixmap.SP_DirHomeIcon, _home),
    PageSpec("meetings", "Rapat", QStyle.StandardPixmap.SP_FileDialogInfoView, _meetings),
    PageSpec("rtl", "RTL", QStyle.StandardPixmap.SP_DialogApplyButton, _rtl),
    PageSpec("krs", "Verval KRS", QStyle.StandardPixmap.SP_FileDialogListView, _krs),
    PageSpec("cases", "Kasus Stunting", QStyle.StandardPixmap.SP_FileDialogContentsView, _cases),
    PageSpec("aksi", "Aksi Konvergensi", QStyle.StandardPixmap.SP_DialogYesButton, _aksi),
    PageSpec("settings", "Pengaturan", QStyle.StandardPixmap.SP_FileDialogDetailedView, _settings),
]
