"""Every region filter and picker lists kecamatan and desa alphabetically, as a person looks for a name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.aksi.checklist_widget import ChecklistWidget
from desktop.ui.cases.cases_page import CasesPage
from desktop.ui.krs.krs_page import KrsPage
from desktop.ui.meetings.rtl_overview_page import RtlOverviewPage
from desktop.ui.reports.reports_page import ReportsPage
from desktop.ui.window_context import WindowContext


def _names(combo: QComboBox, skip: int) -> list[str]:
    return [combo.itemText(row) for row in range(skip, combo.count())]


def _assert_alphabetical(names: list[str]) -> None:
    assert len(names) > 3
    assert names == sorted(names, key=str.casefold)


def _built(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    return widget


def test_kecamatan_and_desa_filters_are_alphabetical(window_context: WindowContext, qtbot: QtBot) -> None:
    krs = _built(qtbot, KrsPage(window_context))
    cases = _built(qtbot, CasesPage(window_context))
    reports = _built(qtbot, ReportsPage(window_context))
    checklists = _built(qtbot, ChecklistWidget(window_context))
    assert isinstance(krs, KrsPage) and isinstance(cases, CasesPage) and isinstance(reports, ReportsPage)
    assert isinstance(checklists, ChecklistWidget)
    for page in (krs, cases, reports):
        names = _names(page.kecamatan, 1)  # after "Semua kecamatan" / "Seluruh kabupaten"
        assert len(names) == 28
        _assert_alphabetical(names)
        assert names[0] == "Banjarsari" and names[-1] == "Warunggunung"
        page.kecamatan.setCurrentIndex(page.kecamatan.findData("36.02.18"))  # Cibadak
        _assert_alphabetical(_names(page.desa, 1))
    _assert_alphabetical(_names(checklists.kecamatan, 0))


def test_region_picker_lists_kecamatan_then_their_desa_alphabetically(
    window_context: WindowContext, qtbot: QtBot
) -> None:
    page = _built(qtbot, RtlOverviewPage(window_context))
    assert isinstance(page, RtlOverviewPage)
    labels = _names(page.region, 1)  # after "(semua wilayah)"
    assert labels[0] == "Kabupaten Lebak (36.02)"
    kecamatan = [label for label in labels if label.startswith("Kecamatan ")]
    assert len(kecamatan) == 28
    _assert_alphabetical(kecamatan)
    cibadak = labels.index("Kecamatan Cibadak (36.02.18)")
    following = []
    for label in labels[cibadak + 1 :]:
        if label.startswith("Kecamatan "):
            break
        following.append(label)
    assert following and all(", Cibadak (36.02.18." in label for label in following)
    _assert_alphabetical([label.split(" ", 1)[1].rsplit(", ", 1)[0] for label in following])
