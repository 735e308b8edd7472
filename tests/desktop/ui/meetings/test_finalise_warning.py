"""Finalising in the editor warns, naming what the berita acara will state as not recorded (and says nothing more
when the record is complete)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.meetings.records import DecisionData, MeetingData, ParticipantData, SeriesData, Signer
from desktop.services.meetings.content_service import save_decisions, save_participants
from desktop.services.meetings.meeting_service import create_meeting, save_series
from desktop.ui.meetings.meetings_page import MeetingsPage
from desktop.ui.window_context import WindowContext


def _meeting(context: WindowContext, title: str, attendance: str) -> int:
    sf = context.app.session_factory
    series = save_series(sf, SeriesData(name=f"Minlok {title}", region_code="36.02.18"))
    header = MeetingData(
        series_id=series,
        title=title,
        region_code="36.02.18",
        meeting_date=date(2024, 10, 11),
        chair=Signer("Drs. H. Encep Supriatna, M.Si.", "Camat Cibadak"),
        secretary=Signer("Rina Marlina", "Notulis"),
    )
    meeting = create_meeting(sf, header).id
    save_participants(sf, meeting, [ParticipantData(name="Bidan Desi", position="Bidan", attendance=attendance)])
    return meeting


def _finalise(page: MeetingsPage, qtbot: QtBot, meeting: int) -> str:
    page.editor.load(meeting)
    qtbot.mouseClick(page.editor.finalise_button, Qt.MouseButton.LeftButton)
    return page.editor.status.text()


def test_finalising_names_what_the_berita_acara_lacks(window_context: WindowContext, qtbot: QtBot) -> None:
    page = MeetingsPage(window_context)
    qtbot.addWidget(page)
    bare = _meeting(window_context, "Minlok Maret", "diundang")
    assert _finalise(page, qtbot, bare) == (
        "Notulen final versi 1; rapat terkunci. Perhatian: berita acara akan menyatakan bahwa kehadiran peserta "
        "belum dicatat (tidak ada yang ditandai hadir); keputusan rapat belum dicatat."
    )
    complete = _meeting(window_context, "Minlok April", "hadir")
    save_decisions(window_context.app.session_factory, complete, [DecisionData(content="Verval selesai April.")])
    assert _finalise(page, qtbot, complete) == "Notulen final versi 1; rapat terkunci."
