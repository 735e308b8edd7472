"""The dashboard's period box: the periods due on a fixed day and the state the cycle gave them."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models.office import Office
from db.models.period import PeriodLock
from desktop.services.unit_of_work import unit_of_work
from desktop.ui.dashboard.dashboard_page import DashboardPage
from desktop.ui.window_context import WindowContext


def test_the_periods_due_and_their_state(window_context: WindowContext, qtbot: QtBot) -> None:
    with unit_of_work(window_context.app.session_factory) as session:
        office = session.scalar(select(Office))
        assert office is not None
        session.add(
            PeriodLock(
                office_code=office.code,
                office_name=office.name,
                region_code=office.region_code,
                approver_code="36-abc",
                kind="minlok",
                period="2026-07",
                state="dikembalikan",
                note="Daftar hadir kurang",
            )
        )
    page = DashboardPage(window_context, today=date(2026, 8, 1))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads >= 1)
    table = page.period_table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert [row[1:4] for row in rows] == [
        ["Minlok (rapat)", "2026-07", "dikembalikan"],
        ["Daftar periksa", "2026-07", "belum dikirim"],
        ["Verifikasi KRS", "PK24", "belum dikirim"],
        ["Kasus stunting", "2026-S1", "belum dikirim"],
        ["Aksi Konvergensi", "2025", "belum dikirim"],
    ]
    assert rows[0][4] == "Daftar hadir kurang"
