"""Open lists and the dashboard follow a change written through a second engine (another PC) within the poll
interval, and read nothing again while nothing changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.context import open_context
from desktop.services.aksi.prevalence import save_figure
from desktop.services.cases.case_import import import_cases
from desktop.ui.cases.cases_page import CasesPage
from desktop.ui.dashboard.dashboard_page import DashboardPage
from desktop.ui.window_context import WindowContext

CHILDREN = (
    "Nama;NIK;JK;Tgl Lahir;Nama Ortu;Desa;Kecamatan;Tanggal Pengukuran;Berat;Tinggi;Cara Ukur\n"
    "Ani;;P;2025-01-10;Euis;Cibadak;Cibadak;2026-01-12;8,0;65,5;Terlentang\n"
)


def test_the_cases_list_shows_another_pcs_import(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> None:
    page = CasesPage(window_context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    window_context.runner.drain()
    page.watcher.timer.setInterval(100)
    assert page.model.rowCount() == 0
    refreshed: list[int] = []
    page.watcher.changed.connect(lambda: refreshed.append(1))
    qtbot.wait(400)
    assert refreshed == []  # nothing changed: no reload
    path = tmp_path / "anak.csv"
    path.write_text(CHILDREN, encoding="utf-8")
    other = open_context(window_context.app.data_dir)
    try:
        summary = import_cases(other.session_factory, path, dry_run=False, today=date(2026, 2, 1))
        assert summary.new == 1
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    assert refreshed == [1]


def test_the_dashboard_does_not_reload_itself(window_context: WindowContext, qtbot: QtBot) -> None:
    page = DashboardPage(window_context, today=date(2026, 8, 1))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.loads >= 1)
    window_context.runner.drain()
    loads = page.loads
    assert not page.watcher.poll()  # its own first gather (a year's action rows) is not someone else's change
    other = open_context(window_context.app.data_dir)
    try:
        save_figure(other.session_factory, "36.02", 2026, "target", 12.5)
    finally:
        other.dispose()
    assert page.watcher.poll()
    qtbot.waitUntil(lambda: page.loads == loads + 1, timeout=10_000)
