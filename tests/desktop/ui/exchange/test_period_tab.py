"""The Periode tab and the meeting editor on real offices: submit, approve, the editor locked, unlock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models.meeting import Meeting
from desktop.domain.meetings.records import MeetingData
from desktop.domain.periods import Decision, PeriodState
from desktop.services.exchange.importer import import_package
from desktop.services.meetings.meeting_service import create_meeting
from desktop.services.unit_of_work import reading
from desktop.ui.exchange.period_tab import PeriodTab
from desktop.ui.meetings.meeting_editor import MeetingEditor
from desktop.ui.window_context import WindowContext
from tests.desktop.services.exchange.conftest import (
    Offices,
    backend,
    offices,
    offices_template,
    postgres_offices_template,
    regions_server_database,
)
from tests.desktop.ui.conftest import make_window_context

__all__ = ["backend", "offices", "offices_template", "postgres_offices_template", "regions_server_database"]


def _tab(window: WindowContext, qtbot: QtBot) -> PeriodTab:
    message = QLabel()
    qtbot.addWidget(message)
    tab = PeriodTab(window, message)
    qtbot.addWidget(tab)
    return tab


def _select(tab: PeriodTab, office: str, state: PeriodState) -> None:
    index = next(
        i for i, r in enumerate(tab.rows) if (r.office_code, r.kind, r.period) == (office, "minlok", "2024-10")
    )
    assert tab.rows[index].state == state.value
    tab.table.selectRow(index)


def test_submit_approve_lock_the_editor_and_unlock(offices: Offices, tmp_path: Path, qtbot: QtBot) -> None:
    kec, kab = offices.kecamatan, offices.kabupaten
    data = MeetingData(title="Minlok Oktober", region_code="36.02.18", meeting_date=date(2024, 10, 15))
    meeting_id = create_meeting(kec.session_factory, data).id
    kec_window, kab_window = make_window_context(kec), make_window_context(kab)
    sender = _tab(kec_window, qtbot)
    sender.kind_combo.setCurrentIndex(sender.kind_combo.findData("minlok"))
    sender.period_edit.setText("2024-10")
    sender.submit_to(tmp_path / "kirim.konv", offices.kab)
    qtbot.waitUntil(lambda: "dikirim" in sender.result.text(), timeout=30_000)
    import_package(kab.session_factory, kab.data_dir, tmp_path / "kirim.konv")

    receiver = _tab(kab_window, qtbot)
    _select(receiver, offices.kec, PeriodState.SUBMITTED)
    assert receiver.approve_button.isEnabled() and not receiver.unlock_button.isEnabled()
    receiver.decide_selected(Decision.APPROVE, tmp_path / "setuju.konv")
    qtbot.waitUntil(lambda: "disetujui" in receiver.result.text(), timeout=30_000)
    import_package(kec.session_factory, kec.data_dir, tmp_path / "setuju.konv")

    editor = MeetingEditor(kec_window, [("36.02.18", "Cibadak")])
    qtbot.addWidget(editor)
    editor.load(meeting_id)
    assert editor.period_lock is not None
    assert not editor.save_button.isEnabled() and not editor.correct_button.isEnabled()
    assert f"({offices.kab}) pada " in editor.status.text() and "disetujui oleh" in editor.status.text()
    editor.header.title.setText("Diubah")
    assert not editor.save()  # even a save forced past the disabled button is refused by the service
    assert "terkunci" in editor.status.text()
    with reading(kec.session_factory) as session:
        assert session.scalar(select(Meeting.title).where(Meeting.id == meeting_id)) == "Minlok Oktober"

    receiver.refresh()
    _select(receiver, offices.kec, PeriodState.APPROVED)
    assert receiver.unlock_button.isEnabled()
    receiver.note_edit.setText("Salah ketik jumlah peserta")
    receiver.decide_selected(Decision.UNLOCK, tmp_path / "buka.konv")
    qtbot.waitUntil(lambda: "dibuka kembali" in receiver.result.text(), timeout=30_000)
    import_package(kec.session_factory, kec.data_dir, tmp_path / "buka.konv")
    editor.load(meeting_id)
    assert editor.period_lock is None and editor.save_button.isEnabled()
    editor.header.title.setText("Minlok Oktober (koreksi)")
    assert editor.save()
    for window in (kec_window, kab_window):
        window.runner.drain()
