"""The pages of the main window, declared as data. Each module adds its page here when it works end to end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QStyle, QWidget

from desktop.domain.i18n import N_, _
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
        return _(self.title)


def _home(context: WindowContext) -> QWidget:
    # The dashboard embeds the office card of desktop.ui.home.home_page.HomePage at its top.
    from desktop.ui.dashboard.dashboard_page import DashboardPage

    return DashboardPage(context)


def _aksi(context: WindowContext) -> QWidget:
    from desktop.ui.aksi.aksi_page import AksiPage

    return AksiPage(context)


def _reports(context: WindowContext) -> QWidget:
    from desktop.ui.reports.reports_page import ReportsPage

    return ReportsPage(context)


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


def _exchange(context: WindowContext) -> QWidget:
    from desktop.ui.exchange.exchange_page import ExchangePage

    return ExchangePage(context)


def _audit(context: WindowContext) -> QWidget:
    from desktop.ui.audit.audit_page import AuditPage

    return AuditPage(context)


# Titles are marked with N_() for the catalogue and translated with _() when the sidebar is built.
PAGES: list[PageSpec] = [
    PageSpec("home", N_("Beranda"), QStyle.StandardPixmap.SP_DirHomeIcon, _home),
    PageSpec("meetings", N_("Rapat"), QStyle.StandardPixmap.SP_FileDialogInfoView, _meetings),
    PageSpec("rtl", N_("RTL"), QStyle.StandardPixmap.SP_DialogApplyButton, _rtl),
    PageSpec("krs", N_("Verval KRS"), QStyle.StandardPixmap.SP_FileDialogListView, _krs),
    PageSpec(
        "cases",
        N_("Kasus Stunting"),
        QStyle.StandardPixmap.SP_FileDialogContentsView,
        _cases,
    ),
    PageSpec("aksi", N_("Aksi Konvergensi"), QStyle.StandardPixmap.SP_DialogYesButton, _aksi),
    PageSpec("reports", N_("Laporan"), QStyle.StandardPixmap.SP_FileDialogNewFolder, _reports),
    PageSpec("exchange", N_("Pertukaran Data"), QStyle.StandardPixmap.SP_DriveFDIcon, _exchange),
    PageSpec("audit", N_("Riwayat perubahan"), QStyle.StandardPixmap.SP_FileDialogBack, _audit),
    PageSpec(
        "settings",
        N_("Pengaturan"),
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        _settings,
    ),
]
