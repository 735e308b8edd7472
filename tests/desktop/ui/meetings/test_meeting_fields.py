"""Typed dates and field errors in the meeting editor: the RTL target date reaches the database, an invalid date
is refused with a message under its field, and header errors sit next to their fields until corrected."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.services.meetings.meeting_service import get_meeting
from desktop.ui.meetings.meetings_page import MeetingsPage
from desktop.ui.widgets.date_field import DateField
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.meetings.test_meetings_page import _create_series_and_meeting

RED = "#b00020"


@pytest.fixture
def page(window_context: WindowContext, qtbot: QtBot) -> MeetingsPage:
    widget = MeetingsPage(window_context)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    _create_series_and_meeting(page=widget, qtbot=qtbot)
    widget.activateWindow()  # back from the series dialog
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _type_date(qtbot: QtBot, field: DateField, typed: str, leave_to: QWidget) -> None:
    """Clicks into the date field, types, and clicks into another field, as a user does."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    assert field.hasFocus()
    qtbot.keyClicks(field, typed)
    qtbot.mouseClick(leave_to, Qt.MouseButton.LeftButton)


def _shown_error(page: MeetingsPage, field: QWidget, key: str) -> str:
    errors = page.editor.header.problems
    label = errors.error_label(key)
    if not label.isVisible():
        return ""
    # The error sits right under its field, in red.
    assert label.parentWidget() is field.parentWidget()
    assert label.mapTo(page, label.rect().topLeft()).y() > field.mapTo(page, field.rect().topLeft()).y()
    assert RED in label.styleSheet()
    return label.text()


def test_rtl_target_date_typed_reaches_the_saved_rtl(page: MeetingsPage, qtbot: QtBot) -> None:
    editor = page.editor
    rtl = editor.rtl
    editor.tabs.setCurrentWidget(rtl)
    qtbot.keyClicks(rtl.description, "Verval KRS Desa Cibadak")
    qtbot.keyClicks(rtl.responsible, "PLKB Cibadak")
    _type_date(qtbot, rtl.deadline, "31", rtl.responsible)  # as in the report: only the day typed
    assert rtl.has_deadline.isChecked()  # typing a date means there is a target
    qtbot.mouseClick(rtl.save_button, Qt.MouseButton.LeftButton)
    assert rtl.errors.error_text("deadline").startswith("Tanggal tidak dikenali")
    assert rtl.errors.error_label("deadline").isVisible()
    assert rtl.model.rowCount() == 0  # refused, nothing saved with a default date

    _type_date(qtbot, rtl.deadline, "31-12-2024", rtl.responsible)
    assert not rtl.errors.error_label("deadline").isVisible()  # corrected: the error is gone
    qtbot.mouseClick(rtl.save_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "RTL tersimpan."
    assert editor.meeting_id is not None
    actions = get_meeting(page.context.app.session_factory, editor.meeting_id).actions
    assert [action.deadline for action in actions] == [date(2024, 12, 31)]


def test_rtl_problems_show_under_the_rtl_fields(page: MeetingsPage, qtbot: QtBot) -> None:
    rtl = page.editor.rtl
    page.editor.tabs.setCurrentWidget(rtl)
    qtbot.mouseClick(rtl.save_button, Qt.MouseButton.LeftButton)  # nothing filled in
    assert rtl.errors.error_text("description") == "Uraian RTL wajib diisi."
    assert rtl.errors.error_text("responsible") == "Penanggung jawab RTL wajib diisi."
    assert page.editor.header.problems.text() == ""  # not on the Rapat tab
    qtbot.keyClicks(rtl.responsible, "PLKB")
    assert rtl.errors.error_text("responsible") == ""
    assert rtl.errors.error_text("description") == "Uraian RTL wajib diisi."


def test_invalid_meeting_date_is_refused_on_save(page: MeetingsPage, qtbot: QtBot) -> None:
    editor = page.editor
    header = editor.header
    assert editor.meeting_id is not None
    stored = get_meeting(page.context.app.session_factory, editor.meeting_id).header.meeting_date
    _type_date(qtbot, header.meeting_date, "31-02-2024", header.place)
    assert "31-02-2024 tidak ada di kalender" in _shown_error(page, header.meeting_date, "meeting_date")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "31-02-2024 tidak ada di kalender" in editor.status.text()
    assert get_meeting(page.context.app.session_factory, editor.meeting_id).header.meeting_date == stored
    _type_date(qtbot, header.meeting_date, "15/06/2024", header.place)
    assert _shown_error(page, header.meeting_date, "meeting_date") == ""
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "Tersimpan."
    saved = get_meeting(page.context.app.session_factory, editor.meeting_id).header
    assert saved.meeting_date == date(2024, 6, 15)


def test_header_errors_sit_next_to_their_fields_and_go_when_corrected(page: MeetingsPage, qtbot: QtBot) -> None:
    editor = page.editor
    header = editor.header
    header.title.clear()
    qtbot.keyClicks(header.chair.nip, "1970")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _shown_error(page, header.title, "title") == "Judul/acara rapat wajib diisi."
    assert _shown_error(page, header.chair.nip, "chair_nip") == "NIP harus 18 angka."
    assert header.title.property("fieldError") is True  # red border
    # One sentence a line, not "…diisi.; NIP…".
    assert editor.status.text() == "Judul/acara rapat wajib diisi.\nNIP harus 18 angka."
    qtbot.keyClicks(header.title, "Rembuk Stunting")
    assert _shown_error(page, header.title, "title") == ""
    assert header.title.property("fieldError") is False
    assert _shown_error(page, header.chair.nip, "chair_nip") == "NIP harus 18 angka."  # not yet corrected
    header.chair.nip.clear()
    assert header.problems.text() == ""


def test_finalise_problems_are_shown_at_the_signers(page: MeetingsPage, qtbot: QtBot) -> None:
    editor = page.editor
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    header = editor.header
    assert _shown_error(page, header.chair.name, "chair") == "Pimpinan rapat wajib diisi sebelum finalisasi."
    assert _shown_error(page, header.secretary.name, "secretary") == "Notulis wajib diisi sebelum finalisasi."
    assert header.general_problems.text() == "Daftar peserta masih kosong."
    assert "finalisasi.; " not in editor.status.text()
    qtbot.keyClicks(header.secretary.name, "Rina Marlina, S.Gz.")
    assert _shown_error(page, header.secretary.name, "secretary") == ""


def test_series_dialog_error_sits_under_the_name_and_goes_when_typed(
    window_context: WindowContext, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    page = MeetingsPage(window_context)
    qtbot.addWidget(page)
    dialog = page.open_series_dialog()
    dialog.region.set_code("36.02.18")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    label = dialog.problems.error_label("name")
    assert label.isVisible() and label.text() == "Nama seri rapat wajib diisi." and RED in label.styleSheet()
    assert label.parentWidget() is dialog.name.parentWidget()
    qtbot.keyClicks(dialog.name, "Minlok Kecamatan Cibadak")
    assert not label.isVisible() and dialog.problems.text() == ""
    dialog.reject()


def test_rtl_overview_says_when_its_target_date_is_not_valid(window_context: WindowContext, qtbot: QtBot) -> None:
    from desktop.ui.meetings.rtl_overview_page import RtlOverviewPage

    overview = RtlOverviewPage(window_context)
    qtbot.addWidget(overview)
    overview.use_deadline.setChecked(True)
    overview.deadline.selectAll()
    qtbot.keyClicks(overview.deadline, "31/12/2024")
    assert overview.current_filter().deadline_before == date(2024, 12, 31)
    assert "belum benar" not in overview.summary.text()
    overview.deadline.selectAll()
    qtbot.keyClicks(overview.deadline, "32122024")
    assert overview.current_filter().deadline_before is None
    assert overview.summary.text().endswith("Tanggal target belum benar; filter tanggal tidak dipakai.")


def test_new_meeting_dialog_takes_a_typed_date_and_refuses_an_invalid_one(
    window_context: WindowContext, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    page = MeetingsPage(window_context)
    qtbot.addWidget(page)
    page.show()
    dialog = page.new_meeting()
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    create = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    _type_date(qtbot, dialog.meeting_date, "31/06/2024", dialog.series)
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and page.model.rowCount() == 0  # nothing created with another date
    assert dialog.errors.error_text("meeting_date") == "Tanggal 31-06-2024 tidak ada di kalender."
    _type_date(qtbot, dialog.meeting_date, "30062024", dialog.series)
    assert dialog.errors.error_text("meeting_date") == ""
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and page.editor.meeting_id is not None
    header = get_meeting(page.context.app.session_factory, page.editor.meeting_id).header
    assert header.meeting_date == date(2024, 6, 30)
