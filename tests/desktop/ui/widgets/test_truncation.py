"""Nothing the user needs is cut: identifier columns show NIK and No. KK whole, headers whole, a cut cell shows
its full text as a tooltip, the dashboard keeps every column in sight, dialogs are as wide as their title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QTableWidgetItem, QToolTip
from pytestqt.qtbot import QtBot

from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.import_service import run_import
from desktop.ui.cases.zscore_dialog import ZScoreDialog
from desktop.ui.dashboard.dashboard_page import DashboardPage
from desktop.ui.krs.krs_page import KrsPage
from desktop.ui.meetings.meetings_page import MeetingsPage
from desktop.ui.widgets.read_only_table import cut_text, read_only_table
from desktop.ui.widgets.window_fit import title_width
from desktop.ui.window_context import WindowContext
from tests.desktop.services.krs.conftest import write_xlsx
from tests.desktop.services.reports.demo_fixture import demo_context, demo_template
from tests.desktop.ui.reports.conftest import demo_window_context

__all__ = ["demo_context", "demo_template", "demo_window_context"]


def _text_fits(view: QTableView, row: int, column: int) -> bool:
    text = str(view.model().index(row, column).data())
    return view.fontMetrics().horizontalAdvance(text) < view.columnWidth(column)


def _krs_page(context: WindowContext, qtbot: QtBot, tmp_path: Path) -> KrsPage:
    rows = [list(row) for row in krs_rows(300)]
    run_import(context.app.session_factory, write_xlsx(tmp_path / "krs.xlsx", rows), dry_run=False)
    page = KrsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_krs_identifiers_names_and_headers_are_whole(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _krs_page(window_context, qtbot, tmp_path)
    table, model = page.table, page.model
    header = table.horizontalHeader()
    for column in range(model.columnCount()):  # "Nama Kepala Keluarga", not "ma Kepala Kelua"
        title = str(model.headerData(column, header.orientation()))
        assert header.fontMetrics().horizontalAdvance(title) < table.columnWidth(column), title
    for row in range(0, 40):
        table.selectRow(row)
        page.reveal_selected()  # the full 16-digit NIK and No. KK
        for column in (3, 4, 11):  # NIK, No. KK, Tgl Verval
            assert _text_fits(table, row, column)
            assert cut_text(table, model.index(row, column)) is None
        assert len(str(model.index(row, 3).data())) == 16 and "*" not in str(model.index(row, 3).data())
        assert _text_fits(table, row, 2)  # head of family's name (the first page sets the width)
    # Whatever is cut (a long address) can be read whole in the tooltip the model gives.
    for column in range(model.columnCount()):
        index = model.index(5, column)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()


def test_dashboard_keeps_every_column_in_sight(demo_window_context: WindowContext, qtbot: QtBot) -> None:
    page = DashboardPage(demo_window_context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.due_table.rowCount() > 0, timeout=20_000)
    table = page.due_table
    header = table.horizontalHeader()
    for column in range(table.columnCount()):  # "Penanggung jawab" too: no column pushed out of sight
        assert header.sectionSize(column) > 40
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= table.viewport().width()


def test_a_cut_cell_shows_its_full_text_as_tooltip(demo_window_context: WindowContext, qtbot: QtBot) -> None:
    page = MeetingsPage(demo_window_context)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    view = page.view
    model = view.model()
    cut = next(
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if cut_text(view, model.index(row, column)) is not None
    )
    full = str(cut.data())
    assert view.fontMetrics().horizontalAdvance(full) > view.columnWidth(cut.column()) - 12
    position = view.visualRect(cut).center()
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, position, view.viewport().mapToGlobal(position))
    )
    assert QToolTip.isVisible() and QToolTip.text() == full
    QToolTip.hideText()
    whole = model.index(cut.row(), 0)  # the date is never cut, and gets no tooltip
    assert cut_text(view, whole) is None
    assert view.fontMetrics().horizontalAdvance(str(whole.data())) < view.columnWidth(0)


def test_shared_table_gives_cut_cells_a_tooltip(qtbot: QtBot) -> None:
    table = read_only_table(["Perihal", "Tanggal"], name="due_table")
    qtbot.addWidget(table)
    table.setRowCount(1)
    full = "RTL: Memastikan ketersediaan antropometri terstandar di seluruh posyandu"
    table.setItem(0, 0, QTableWidgetItem(full))
    table.setItem(0, 1, QTableWidgetItem("31-12-2024"))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
    table.setColumnWidth(0, 120)
    table.resize(400, 200)
    table.show()
    qtbot.waitExposed(table)
    index = table.model().index(0, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None  # no tooltip of its own
    position = table.visualRect(index).center()
    QApplication.sendEvent(
        table.viewport(), QHelpEvent(QEvent.Type.ToolTip, position, table.viewport().mapToGlobal(position))
    )
    assert QToolTip.isVisible() and QToolTip.text() == full
    QToolTip.hideText()
    assert cut_text(table, table.model().index(0, 1)) is None  # the date fits: no tooltip


def test_dialog_is_as_wide_as_its_title(qtbot: QtBot) -> None:
    dialog = ZScoreDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Kalkulator Z-Score (standar WHO, Permenkes 2/2020)"
    assert dialog.width() >= title_width(dialog) > dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
