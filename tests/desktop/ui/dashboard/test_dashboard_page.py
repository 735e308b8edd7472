"""The dashboard (home page): kop, deadlines on a fixed day (a holiday moves one), status of the year, checklist
completion per kecamatan and the charts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QChartView, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.services.aksi.checklists import get_template, save_desa_values
from desktop.services.aksi.prevalence import save_figure
from desktop.services.aksi.progress import get_detail
from desktop.services.aksi.progress_writes import save_progress, start_action
from desktop.services.regions import children_of
from desktop.ui.dashboard.dashboard_page import DashboardPage
from desktop.ui.window_context import WindowContext


def test_dashboard_on_a_fixed_day(window_context: WindowContext, qtbot: QtBot) -> None:
    factory = window_context.app.session_factory
    progress_id = start_action(factory, 2026, 3)
    values = get_detail(factory, progress_id).values
    values.planned_end = date(2026, 8, 17)  # Proklamasi, a public holiday: due the next working day
    save_progress(factory, progress_id, values)
    kecamatan = children_of(factory, "36.02")[0]
    desa = children_of(factory, kecamatan.code)[0]
    template = get_template("3S4P")
    save_desa_values(
        factory, "3S4P", desa.code, 2026, 7, {i.code: True if i.type == "ya_tidak" else 100.0 for i in template.items}
    )
    save_figure(factory, "36.02", 2024, "capaian", 21.4, source="SSGI")
    save_figure(factory, "36.02", 2026, "target", 17.5)

    page = DashboardPage(window_context, today=date(2026, 8, 1))
    qtbot.addWidget(page)
    page.resize(1280, 1000)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.loads >= 1)  # gathered in the background, so the window shows first

    kop = page.findChild(QLabel, "kop_text")
    assert kop is not None and "PEMERINTAH KABUPATEN LEBAK" in kop.text()
    assert page.as_of.text() == "Keadaan per Sabtu, 1 Agustus 2026"
    # Aksi Utama 1 (planned end 31 March), Utama 2 and Pendukung 5 (30 June) are overdue; Aksi Utama 3 is due
    # 18 August, since 17 August is a public holiday.
    assert page.due_summary.text() == "3 terlambat, 1 jatuh tempo dalam 30 hari."
    table = page.due_table
    assert table.rowCount() == 4
    assert table.item(0, 2).text().startswith("Aksi Utama 1 2026")
    assert table.item(0, 1).text() == "lewat 80 hari kerja"
    assert table.item(3, 0).text() == "18 Agu 2026 *"
    assert table.item(3, 1).text() == "11 hari kerja"
    assert "jatuh pada hari libur" in table.item(3, 0).toolTip()
    assert table.item(0, 0).background().color().name() == "#f8d0d0"
    assert table.item(3, 0).background().color().name() == "#fff3c4"

    assert page.status_box.title() == "Status aksi tahun 2026"
    assert page.status_table.rowCount() == 6
    assert page.status_table.item(0, 1).text() == "Belum mulai"
    assert page.checklist_period.text() == "Isian terakhir: Juli 2026"
    completion = {
        page.completion_table.item(r, 0).text(): page.completion_table.item(r, 1).text()
        for r in range(page.completion_table.rowCount())
    }
    assert completion[kecamatan.name] == f"1 / {kecamatan.children}"

    chart_view = page.findChild(QChartView, "prevalence_chart")
    assert chart_view is not None
    names = [s.name() for s in chart_view.chart().series() if isinstance(s, QLineSeries) and s.name()]
    assert names == ["Nasional", "Target nasional", "SSGI", "Target daerah"]
    national = chart_view.chart().series()[0]
    assert (national.at(national.count() - 1).x(), national.at(national.count() - 1).y()) == (2024.0, 19.8)
    assert page.findChild(QChartView, "status_chart") is not None
    # "Nasional" and "Target nasional" are told apart by colour and by dash.
    pens = {s.name(): s.pen() for s in chart_view.chart().series() if isinstance(s, QLineSeries) and s.name()}
    assert pens["Nasional"].color() != pens["Target nasional"].color()
    assert pens["Nasional"].style() != pens["Target nasional"].style()
    # The status legend is a wrapping label below the chart, never cut.
    legend = page.findChild(QLabel, "status_legend")
    assert legend is not None and legend.wordWrap() and "Belum&nbsp;mulai&nbsp;(" in legend.text()
    verval = page.findChild(QChartView, "verval_view")
    if verval is not None:
        axis = verval.chart().axes(Qt.Orientation.Horizontal)[0]
        assert "%" in axis.titleText()

    loads = page.loads
    page.year.setValue(2024)
    qtbot.waitUntil(lambda: page.loads > loads)
    assert page.status_table.rowCount() == 8
    assert page.checklist_period.text() == "Belum ada isian tahun 2024."
