"""The Riwayat perubahan page offscreen on a real database: filters, keyset paging, open, export, following
changes written through a second engine (another PC), and no reload while nothing changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from db.models.meeting import Person
from desktop.context import AppContext, open_context
from desktop.services.audit_trail import record_access
from desktop.services.unit_of_work import unit_of_work
from desktop.ui.audit.audit_page import AuditPage
from desktop.ui.main_window import MainWindow
from desktop.ui.window_context import WindowContext


def _people(context: AppContext, actor: str, count: int) -> None:
    with unit_of_work(context.session_factory) as session:
        session.info["actor"] = actor
        session.add_all([Person(name=f"Orang {number}") for number in range(count)])


def _page(context: WindowContext, qtbot: QtBot) -> AuditPage:
    page = AuditPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_filters_pages_and_exports(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> None:
    _people(window_context.app, "siti", 250)
    _people(window_context.app, "rudi", 2)
    page = _page(window_context, qtbot)
    page.actor.setCurrentIndex(page.actor.findData("siti"))
    page.entity.setCurrentIndex(page.entity.findData("person"))
    page.apply_button.click()
    assert page.model.rowCount() == 200 and page.model.canFetchMore()
    assert page.model.index(0, 1).data() == "siti" and page.model.index(0, 3).data() == "Orang"
    assert page.model.index(0, 4).data() == "Dibuat"
    page.model.fetchMore()
    assert page.model.rowCount() == 250 and not page.model.canFetchMore()
    ids = [row.id for row in page.model.rows]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 250

    page.actor.setCurrentIndex(page.actor.findData("rudi"))
    page.apply_button.click()
    assert page.model.rowCount() == 2

    target = tmp_path / "riwayat.xlsx"
    handle = page.export(target)
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=20_000)
    assert handle is not None and "2 entri riwayat" in page.message.text()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 3 and rows[1][2] == "rudi"

    page.since.set_value(date(2030, 1, 2))
    page.until.set_value(date(2030, 1, 1))
    page.apply_button.click()
    assert "Tanggal akhir sebelum tanggal awal" in page.message.text()


def test_follows_a_change_from_another_pc_and_idles_otherwise(window_context: WindowContext, qtbot: QtBot) -> None:
    page = _page(window_context, qtbot)
    page.watcher.timer.setInterval(100)
    qtbot.wait(400)
    loads = page.model.loads
    assert not page.watcher.poll() and page.model.loads == loads  # nothing changed: nothing reloaded
    before = page.model.rowCount()
    other = open_context(window_context.app.data_dir)  # a second engine, as another PC
    try:
        _people(other, "rudi", 1)
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=5_000)
    assert page.model.rows[0].actor == "rudi" and page.model.loads == loads + 1


def test_open_record_shows_its_page(window_context: WindowContext, qtbot: QtBot) -> None:
    window = MainWindow(window_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("audit")
    assert isinstance(page, AuditPage)
    _people(window_context.app, "siti", 1)
    page.refresh()
    page.table.selectRow(0)
    assert page.open_record() is None and "tidak punya halaman" in page.message.text()  # a person: no page
    record_access(window_context.app.session_factory, "export", "report", "krs-list", 3)
    page.entity.setCurrentIndex(page.entity.findData("report"))
    page.apply_button.click()
    assert page.model.rowCount() == 1 and page.model.index(0, 4).data() == "Diekspor"
    page.table.selectRow(0)
    assert page.open_record() == "reports" and window.current_page_key() == "reports"
