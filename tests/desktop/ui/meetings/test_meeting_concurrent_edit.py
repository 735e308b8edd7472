"""The meeting editor when another PC saved the same meeting's header meanwhile: theirs or mine, nothing lost."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from desktop.context import open_context
from desktop.services.meetings.meeting_save import MeetingEdit, meeting_row_version, save_meeting
from desktop.services.meetings.meeting_service import get_meeting
from desktop.ui.meetings.meetings_page import MeetingsPage
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.dialog_answers import DialogAnswers
from tests.desktop.ui.meetings.test_meetings_page import _create_series_and_meeting


@pytest.fixture
def page(window_context: WindowContext, qtbot: QtBot) -> MeetingsPage:
    widget = MeetingsPage(window_context)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    _create_series_and_meeting(page=widget, qtbot=qtbot)
    return widget


def _rudi_moves_it(window_context: WindowContext, meeting_id: int) -> None:
    other = open_context(window_context.app.data_dir)  # a second engine, as another PC
    other.session_factory.kw["info"] = {"actor": "rudi"}
    try:
        record = get_meeting(other.session_factory, meeting_id)
        edit = MeetingEdit(
            header=replace(record.header, place="Ruang Rapat Bappeda"),
            participants=record.participants,
            agenda=record.agenda,
            discussion=record.discussion,
            decisions=record.decisions,
            row_version=meeting_row_version(other.session_factory, meeting_id),
        )
        save_meeting(other.session_factory, edit)
    finally:
        other.dispose()


def test_reload_or_apply_mine(page: MeetingsPage, window_context: WindowContext, dialogs: DialogAnswers) -> None:
    editor = page.editor
    assert editor.meeting_id is not None
    editor.header.place.setText("Aula Kecamatan Cibadak")
    _rudi_moves_it(window_context, editor.meeting_id)
    dialogs.answer("concurrent_cancel")
    assert not editor.save()
    assert editor.header.place.text() == "Aula Kecamatan Cibadak"  # the typing stays
    assert "Tempat" in dialogs.informative[0] and "Ruang Rapat Bappeda" in dialogs.informative[0]
    assert "rudi" in dialogs.asked[0][1]
    dialogs.answer("concurrent_mine")
    assert editor.save()
    factory = window_context.app.session_factory
    assert get_meeting(factory, editor.meeting_id).header.place == "Aula Kecamatan Cibadak"

    editor.header.place.setText("Balai Desa")
    _rudi_moves_it(window_context, editor.meeting_id)
    dialogs.answer("concurrent_reload")
    assert not editor.save()
    assert editor.header.place.text() == "Ruang Rapat Bappeda"  # theirs shown; mine on the clipboard
    assert "papan klip" in editor.status.text()
