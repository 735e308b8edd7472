"""One meeting is one document: every tab saved by one save (from any tab), never reloaded over unsaved input;
the unsaved-changes question, delete questions, the new-meeting dialog, defaults and refreshes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.meetings.records import MeetingRecord, SeriesData
from desktop.services.meetings.meeting_service import get_meeting, list_meetings, save_series
from desktop.ui.main_window import MainWindow
from desktop.ui.meetings.meeting_editor import MeetingEditor
from desktop.ui.meetings.meetings_page import MeetingsPage
from desktop.ui.meetings.rows_table_model import RowsTableModel
from desktop.ui.meetings.rtl_overview_page import RtlOverviewPage
from desktop.ui.meetings.series_dialog import SeriesDialog
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.dialog_answers import DialogAnswers

CIBADAK = "36.02.18"
NIP = "19700101 199503 1 001"


@pytest.fixture
def page(window_context: WindowContext, qtbot: QtBot) -> MeetingsPage:
    """The Rapat page with a Minlok series for Cibadak (no meeting yet)."""
    save_series(
        window_context.app.session_factory,
        SeriesData(name="Minlok Kecamatan Cibadak", meeting_type="MINLOK_KEC", level="kecamatan", region_code=CIBADAK),
    )
    widget = MeetingsPage(window_context)
    qtbot.addWidget(widget)
    widget.show()
    widget.series_choice.setCurrentIndex(1)
    return widget


def _set(model: RowsTableModel, row: int, column: int, value: object) -> None:
    assert model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole)


def _new_meeting(page: MeetingsPage, qtbot: QtBot, when: date = date(2024, 10, 11)) -> int:
    qtbot.mouseClick(page.new_meeting_button, Qt.MouseButton.LeftButton)
    dialog = page.new_meeting_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.meeting_date.setDate(QDate(when.year, when.month, when.day))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.editor.meeting_id is not None
    return page.editor.meeting_id


def _fill_every_tab(editor: MeetingEditor, qtbot: QtBot) -> None:
    """What the blocker's user did: the Rapat tab, a participant, agenda, discussion, decision and an RTL."""
    header = editor.header
    editor.tabs.setCurrentWidget(editor.header_page)
    header.title.clear()
    qtbot.keyClicks(header.title, "Minlok Stunting Oktober")
    header.meeting_type.setCurrentIndex(header.meeting_type.findData("RAKOR_TPPS_KEC"))
    qtbot.keyClicks(header.place, "Aula Kecamatan Cibadak")
    qtbot.keyClicks(header.chair.name, "Drs. H. Encep Supriatna, M.Si.")
    qtbot.keyClicks(header.chair.nip, NIP)
    qtbot.keyClicks(header.secretary.name, "Rina Marlina, S.Gz.")
    editor.tabs.setCurrentWidget(editor.participants)
    qtbot.mouseClick(editor.participants.add_button, Qt.MouseButton.LeftButton)
    _set(editor.participants.model, 0, 0, "Rina Marlina, S.Gz.")
    _set(editor.participants.model, 0, 2, "Puskesmas Cibadak")
    _set(editor.participants.model, 0, 6, "hadir")
    editor.tabs.setCurrentWidget(editor.agenda)
    qtbot.mouseClick(editor.agenda.add_button, Qt.MouseButton.LeftButton)
    _set(editor.agenda.model, 0, 0, "Progres verval KRS")
    editor.tabs.setCurrentWidget(editor.discussion)
    qtbot.mouseClick(editor.discussion.add_button, Qt.MouseButton.LeftButton)
    _set(editor.discussion.model, 0, 0, "Camat Cibadak")
    _set(editor.discussion.model, 0, 1, "Data KRS diperbarui sebelum akhir bulan.")
    editor.tabs.setCurrentWidget(editor.decisions)
    qtbot.mouseClick(editor.decisions.add_button, Qt.MouseButton.LeftButton)
    _set(editor.decisions.model, 0, 0, "Verval KRS selesai 31 Oktober 2024.")
    editor.tabs.setCurrentWidget(editor.rtl)
    qtbot.keyClicks(editor.rtl.description, "Verval KRS Desa Cibadak")
    qtbot.keyClicks(editor.rtl.responsible, "PLKB Cibadak")
    editor.rtl.has_deadline.setChecked(True)
    editor.rtl.deadline.setDate(QDate(2024, 10, 31))


def _assert_everything_stored(record: MeetingRecord) -> None:
    assert record.header.title == "Minlok Stunting Oktober"
    assert record.header.meeting_type == "RAKOR_TPPS_KEC" and record.header.level == "kecamatan"
    assert record.header.place == "Aula Kecamatan Cibadak"
    assert record.header.chair.name == "Drs. H. Encep Supriatna, M.Si." and record.header.chair.nip.startswith("1970")
    assert record.header.secretary.name == "Rina Marlina, S.Gz."
    assert [(p.name, p.institution, p.attendance) for p in record.participants] == [
        ("Rina Marlina, S.Gz.", "Puskesmas Cibadak", "hadir")
    ]
    assert [a.title for a in record.agenda] == ["Progres verval KRS"]
    assert [(d.speaker, d.content) for d in record.discussion] == [
        ("Camat Cibadak", "Data KRS diperbarui sebelum akhir bulan.")
    ]
    assert [d.content for d in record.decisions] == ["Verval KRS selesai 31 Oktober 2024."]
    assert [(a.description, a.responsible, a.deadline) for a in record.actions] == [
        ("Verval KRS Desa Cibadak", "PLKB Cibadak", date(2024, 10, 31))
    ]


def _fresh_editor(page: MeetingsPage, qtbot: QtBot, meeting_id: int) -> MeetingEditor:
    editor = MeetingEditor(page.context, page.regions)
    qtbot.addWidget(editor)
    editor.load(meeting_id)
    return editor


def _assert_fresh_editor_shows_everything(editor: MeetingEditor) -> None:
    assert editor.header.title.text() == "Minlok Stunting Oktober"
    assert editor.header.place.text() == "Aula Kecamatan Cibadak"
    assert editor.header.chair.name.text() == "Drs. H. Encep Supriatna, M.Si."
    assert editor.header.secretary.name.text() == "Rina Marlina, S.Gz."
    assert editor.participants.model.rowCount() == 1 and editor.participants.model.row_at(0).name.startswith("Rina")
    assert editor.agenda.model.rowCount() == editor.discussion.model.rowCount() == 1
    assert editor.decisions.model.rowCount() == 1
    assert editor.rtl.model.rowCount() == 1 and editor.rtl.model.row_at(0).description == "Verval KRS Desa Cibadak"
    assert not editor.has_unsaved_changes()


def _window_on_a_series(context: WindowContext, qtbot: QtBot) -> tuple[MainWindow, MeetingsPage]:
    """The main window on the Rapat page, with the series "Minlok Cibadak" chosen."""
    save_series(
        context.app.session_factory,
        SeriesData(name="Minlok Cibadak", meeting_type="MINLOK_KEC", level="kecamatan", region_code=CIBADAK),
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    page.series_choice.setCurrentIndex(1)
    return window, page


def test_every_tab_is_saved_by_the_rtl_button(page: MeetingsPage, qtbot: QtBot) -> None:
    """The blocker: fill every tab, press the RTL tab's button; nothing typed on the other tabs is lost."""
    meeting_id = _new_meeting(page, qtbot)
    editor = page.editor
    _fill_every_tab(editor, qtbot)
    assert editor.status.text() == "Belum disimpan." and editor.save_button.text() == "&Simpan *"
    assert editor.rtl.save_button.text() == "Simpan RTL && rapat"  # the button says it saves the meeting too
    qtbot.mouseClick(editor.rtl.save_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "RTL tersimpan."
    assert editor.save_button.text() == "&Simpan" and not editor.has_unsaved_changes()
    assert editor.header.chair.name.text() == "Drs. H. Encep Supriatna, M.Si."  # not reverted on screen
    _assert_everything_stored(get_meeting(page.context.app.session_factory, meeting_id))
    _assert_fresh_editor_shows_everything(_fresh_editor(page, qtbot, meeting_id))
    # The following Simpan says "Tersimpan." and the database still has everything.
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "Tersimpan."
    _assert_everything_stored(get_meeting(page.context.app.session_factory, meeting_id))


@pytest.mark.parametrize("tab", ["header_page", "participants", "decisions"])
def test_every_tab_is_saved_by_simpan_from_any_tab(page: MeetingsPage, qtbot: QtBot, tab: str) -> None:
    """Simpan saves the whole document, the RTL in the RTL form included, whichever tab is shown."""
    meeting_id = _new_meeting(page, qtbot)
    editor = page.editor
    _fill_every_tab(editor, qtbot)
    editor.tabs.setCurrentWidget(getattr(editor, tab))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "Tersimpan."
    _assert_everything_stored(get_meeting(page.context.app.session_factory, meeting_id))
    _assert_fresh_editor_shows_everything(_fresh_editor(page, qtbot, meeting_id))


def test_an_rtl_problem_is_shown_on_the_rtl_tab_and_nothing_is_saved(page: MeetingsPage, qtbot: QtBot) -> None:
    meeting_id = _new_meeting(page, qtbot)
    editor = page.editor
    before = get_meeting(page.context.app.session_factory, meeting_id)
    editor.header.title.setText("JUDUL DIUBAH")
    qtbot.keyClicks(editor.rtl.description, "Verval KRS")  # no PIC
    editor.tabs.setCurrentWidget(editor.header_page)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.tabs.currentWidget() is editor.rtl
    assert editor.rtl.problems.text() == "Penanggung jawab RTL wajib diisi."
    assert editor.header.problems.text() == ""
    assert editor.header.title.text() == "JUDUL DIUBAH" and editor.has_unsaved_changes()  # the input stays
    after = get_meeting(page.context.app.session_factory, meeting_id)
    assert after.header.title == before.header.title and after.actions == []


def test_problems_are_listed_line_by_line(page: MeetingsPage, qtbot: QtBot) -> None:
    _new_meeting(page, qtbot)
    editor = page.editor
    editor.header.chair.name.clear()
    editor.header.secretary.name.clear()
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == (
        "Pimpinan rapat wajib diisi sebelum finalisasi.\n"
        "Notulis wajib diisi sebelum finalisasi.\n"
        "Daftar peserta masih kosong."
    )
    assert ".;" not in editor.status.text()


def test_switching_meeting_asks_about_unsaved_input(page: MeetingsPage, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    first = _new_meeting(page, qtbot, date(2024, 10, 11))
    second = _new_meeting(page, qtbot, date(2024, 11, 8))
    sf = page.context.app.session_factory
    editor = page.editor
    assert editor.meeting_id == second
    stored_title = get_meeting(sf, second).header.title
    editor.header.title.setText("Judul yang diketik")
    first_row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == first)
    second_row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == second)

    dialogs.answer("unsaved_cancel")
    page.view.selectRow(first_row)
    assert dialogs.asked[-1][0] == "unsaved_question" and "Judul yang diketik" in dialogs.asked[-1][1]
    assert editor.meeting_id == second and editor.header.title.text() == "Judul yang diketik"
    assert page.view.currentIndex().row() == second_row  # Batal keeps the selection on the current meeting
    assert editor.has_unsaved_changes()
    # The same with the mouse: the view selects the clicked row after asking; the selection still stays.
    dialogs.answer("unsaved_cancel")
    rect = page.view.visualRect(page.model.index(first_row, 2))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(50)
    assert [index.row() for index in page.view.selectionModel().selectedRows()] == [second_row]
    assert page.view.currentIndex().row() == second_row and editor.meeting_id == second
    assert editor.header.title.text() == "Judul yang diketik"

    dialogs.answer("unsaved_discard")
    page.view.selectRow(first_row)
    assert editor.meeting_id == first and not editor.has_unsaved_changes()
    assert get_meeting(sf, second).header.title == stored_title  # Buang: nothing written

    page.view.selectRow(next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == second))
    assert not dialogs.pending and editor.header.title.text() == stored_title  # clean: not asked, input reverted
    editor.header.title.setText("Judul disimpan")
    dialogs.answer("unsaved_save")
    page.view.selectRow(next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == first))
    assert editor.meeting_id == first
    assert page.model.row_at(page.view.currentIndex().row()).id == first
    assert get_meeting(sf, second).header.title == "Judul disimpan"  # Simpan: saved, then switched


def test_new_meeting_and_another_series_ask_too(page: MeetingsPage, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    meeting_id = _new_meeting(page, qtbot)
    editor = page.editor
    qtbot.keyClicks(editor.header.place, "Aula")
    dialogs.answer("unsaved_cancel")
    qtbot.mouseClick(page.new_meeting_button, Qt.MouseButton.LeftButton)
    assert page.new_meeting_dialog is not None and not page.new_meeting_dialog.isVisible()
    dialogs.answer("unsaved_cancel")
    page.series_choice.setCurrentIndex(0)  # Semua rapat
    assert page.series_choice.currentIndex() == 1 and editor.meeting_id == meeting_id
    assert editor.header.place.text().endswith("Aula")
    assert [name for name, _text in dialogs.asked] == ["unsaved_question", "unsaved_question"]


def test_leaving_the_page_or_closing_the_window_asks(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    window, page = _window_on_a_series(window_context, qtbot)
    meeting_id = _new_meeting(page, qtbot)
    qtbot.keyClicks(page.editor.header.place, "Aula")
    assert page.has_unsaved_changes()
    dialogs.answer("unsaved_cancel")
    window.show_page("rtl")
    assert window.current_page_key() == "meetings"
    dialogs.answer("unsaved_cancel")
    assert not window.confirm_close()
    dialogs.answer("unsaved_save")
    assert window.confirm_close()
    assert get_meeting(window_context.app.session_factory, meeting_id).header.place.endswith("Aula")


def test_deleting_a_row_asks_first(page: MeetingsPage, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    _new_meeting(page, qtbot)
    tab = page.editor.participants
    for name in ("Rina Marlina, S.Gz.", "Asep Saepudin"):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
        _set(tab.model, tab.model.rowCount() - 1, 0, name)
    tab.view.selectRow(0)
    dialogs.answer("delete_cancel")
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1] == ("delete_question", "Hapus peserta 'Rina Marlina, S.Gz.'?")
    assert tab.model.rowCount() == 2
    dialogs.answer("delete_confirm")
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert [tab.model.row_at(r).name for r in range(tab.model.rowCount())] == ["Asep Saepudin"]
    assert not tab.view.selectionModel().hasSelection() and not tab.view.currentIndex().isValid()
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)  # nothing selected: nothing asked or removed
    assert tab.model.rowCount() == 1 and len(dialogs.asked) == 2
    for other, text in (
        (page.editor.agenda, "Hapus butir agenda 'Capaian 4 PASTI'?"),
        (page.editor.decisions, "Hapus kesimpulan 'Capaian 4 PASTI'?"),
    ):
        qtbot.mouseClick(other.add_button, Qt.MouseButton.LeftButton)
        _set(other.model, 0, 0, "Capaian 4 PASTI")
        other.view.selectRow(0)
        dialogs.answer("delete_confirm")
        qtbot.mouseClick(other.remove_button, Qt.MouseButton.LeftButton)
        assert dialogs.asked[-1] == ("delete_question", text) and other.model.rowCount() == 0


def test_removing_an_rtl_asks_and_saves_with_the_meeting(
    page: MeetingsPage, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    meeting_id = _new_meeting(page, qtbot)
    editor = page.editor
    sf = page.context.app.session_factory
    qtbot.keyClicks(editor.rtl.description, "Verval KRS Desa Cibadak")
    qtbot.keyClicks(editor.rtl.responsible, "PLKB Cibadak")
    qtbot.mouseClick(editor.rtl.save_button, Qt.MouseButton.LeftButton)
    editor.rtl.view.selectRow(0)
    qtbot.keyClicks(editor.header.place, "Aula")  # unsaved input elsewhere is saved with the removal
    dialogs.answer("delete_cancel")
    qtbot.mouseClick(editor.rtl.remove_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1] == ("delete_question", "Hapus RTL 'Verval KRS Desa Cibadak' dari rapat ini?")
    assert len(get_meeting(sf, meeting_id).actions) == 1 and editor.has_unsaved_changes()
    dialogs.answer("delete_confirm")
    qtbot.mouseClick(editor.rtl.remove_button, Qt.MouseButton.LeftButton)
    stored = get_meeting(sf, meeting_id)
    assert stored.actions == [] and stored.header.place.endswith("Aula")
    assert editor.rtl.model.rowCount() == 0 and editor.rtl.action_id is None and not editor.has_unsaved_changes()


def test_choosing_another_rtl_asks_about_the_form(page: MeetingsPage, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    meeting_id = _new_meeting(page, qtbot)
    rtl = page.editor.rtl
    for text in ("RTL satu", "RTL dua"):
        qtbot.keyClicks(rtl.description, text)
        qtbot.keyClicks(rtl.responsible, "PLKB")
        qtbot.mouseClick(rtl.save_button, Qt.MouseButton.LeftButton)
    rtl.view.selectRow(0)
    qtbot.keyClicks(rtl.note, "sudah berjalan")
    dialogs.answer("unsaved_cancel")
    rtl.view.selectRow(1)
    assert rtl.description.toPlainText() == "RTL satu" and rtl.note.text() == "sudah berjalan"
    assert rtl.view.currentIndex().row() == 0
    dialogs.answer("unsaved_save")
    rtl.view.selectRow(1)
    assert rtl.description.toPlainText() == "RTL dua"
    notes = {a.description: a.note for a in get_meeting(page.context.app.session_factory, meeting_id).actions}
    assert notes == {"RTL satu": "sudah berjalan", "RTL dua": ""}


def test_cancelled_new_meeting_creates_nothing(page: MeetingsPage, qtbot: QtBot) -> None:
    sf = page.context.app.session_factory
    qtbot.mouseClick(page.new_meeting_button, Qt.MouseButton.LeftButton)
    dialog = page.new_meeting_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.series.currentText() == "Minlok Kecamatan Cibadak" and not dialog.meeting_type.isEnabled()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and list_meetings(sf) == [] and page.model.rowCount() == 0
    assert page.editor.meeting_id is None
    # Outside a series the type is asked too, and the level follows it.
    qtbot.mouseClick(page.new_meeting_button, Qt.MouseButton.LeftButton)
    dialog = page.new_meeting_dialog
    assert dialog is not None
    dialog.series.setCurrentIndex(0)
    dialog.meeting_type.setCurrentIndex(dialog.meeting_type.findData("RAKOR_TPPS_KAB"))
    dialog.meeting_date.setDate(QDate(2024, 12, 2))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    created = get_meeting(sf, list_meetings(sf)[0].id).header
    assert (created.meeting_type, created.level, created.meeting_date) == (
        "RAKOR_TPPS_KAB",
        "kabupaten",
        date(2024, 12, 2),
    )
    assert created.series_id is None


def test_series_level_follows_the_type(page: MeetingsPage, qtbot: QtBot) -> None:
    dialog = page.open_series_dialog()
    assert isinstance(dialog, SeriesDialog)
    assert dialog.meeting_type.currentData() == "MINLOK_KEC" and dialog.level.currentData() == "kecamatan"
    assert dialog.region.code() == ""  # no kabupaten preselected for a kecamatan series
    dialog.meeting_type.setCurrentIndex(dialog.meeting_type.findData("RAKOR_TPPS_KAB"))
    assert dialog.level.currentData() == "kabupaten" and dialog.region.code() == page.office_region
    dialog.meeting_type.setCurrentIndex(dialog.meeting_type.findData("REMBUK_STUNTING_DESA"))
    assert dialog.level.currentData() == "desa" and dialog.region.code() == ""
    dialog.reject()
    _new_meeting(page, qtbot)
    header = page.editor.header
    header.meeting_type.setCurrentIndex(header.meeting_type.findData("REMBUK_STUNTING_KAB"))
    assert header.level.currentData() == "kabupaten"


def test_rtl_done_on_the_rtl_page_shows_in_the_meeting(window_context: WindowContext, qtbot: QtBot) -> None:
    window, page = _window_on_a_series(window_context, qtbot)
    _new_meeting(page, qtbot)
    rtl = page.editor.rtl
    qtbot.keyClicks(rtl.description, "Verval KRS Desa Cibadak")
    qtbot.keyClicks(rtl.responsible, "PLKB Cibadak")
    qtbot.mouseClick(rtl.save_button, Qt.MouseButton.LeftButton)
    page.editor.tabs.setCurrentWidget(rtl)
    assert rtl.model.row_at(0).current_status == "belum"
    overview = window.show_page("rtl")
    assert isinstance(overview, RtlOverviewPage)
    overview.view.selectRow(0)
    overview.new_status.setCurrentIndex(overview.new_status.findData("selesai"))
    qtbot.mouseClick(overview.change_button, Qt.MouseButton.LeftButton)
    window.show_page("meetings")
    # The meeting keeps the status it recorded; the RTL's status now shows beside it.
    column = next(i for i, c in enumerate(rtl.model.columns) if c.attr == "status")
    assert rtl.model.data(rtl.model.index(0, column)) == "Belum (kini Selesai)"
    assert rtl.model.row_at(0).status == "belum"
    # Editing the RTL's note at this meeting does not set the status back to Belum.
    rtl.view.selectRow(0)
    qtbot.keyClicks(rtl.note, "dicek")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    assert rtl.model.row_at(0).current_status == "selesai" and rtl.model.row_at(0).note == "dicek"
    assert page.editor.tabs.currentWidget() is rtl  # the user stays where they were


def test_shown_again_keeps_unsaved_input(page: MeetingsPage, qtbot: QtBot) -> None:
    meeting_id = _new_meeting(page, qtbot)
    qtbot.keyClicks(page.editor.header.place, "Aula")
    page.refresh()  # what the main window calls when the page is shown again
    assert page.editor.meeting_id == meeting_id and page.editor.header.place.text().endswith("Aula")
    assert page.editor.has_unsaved_changes()


def test_print_saves_first_and_offers_indonesian_file_names(
    page: MeetingsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = _new_meeting(page, qtbot, date(2024, 10, 11))
    editor = page.editor
    offered: list[str] = []

    def save_name(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return "", ""  # the user cancels the file dialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.keyClicks(editor.header.place, "Aula")
    for index in range(editor.print_choice.count()):
        editor.print_choice.setCurrentIndex(index)
        qtbot.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    assert offered == [
        "notulen-2024-10-11.pdf",
        "berita-acara-2024-10-11.pdf",
        "daftar-hadir-2024-10-11.pdf",
        "daftar-hadir-2024-10-11.pdf",
        "undangan-2024-10-11.pdf",
    ]
    assert get_meeting(page.context.app.session_factory, meeting_id).header.place.endswith("Aula")
    assert not editor.has_unsaved_changes()


def test_attach_saves_first(page: MeetingsPage, qtbot: QtBot, tmp_path: Path) -> None:
    meeting_id = _new_meeting(page, qtbot)
    editor = page.editor
    qtbot.keyClicks(editor.header.place, "Aula")
    scan = tmp_path / "ttd.png"
    scan.write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
        )
    )
    editor.attach(scan)
    assert get_meeting(page.context.app.session_factory, meeting_id).header.place.endswith("Aula")
    qtbot.keyClicks(editor.header.opening, "Dibuka oleh Camat")  # typed while the file is copied
    qtbot.waitUntil(lambda: editor.versions.attachments.rowCount() == 1)
    assert editor.header.opening.toPlainText() == "Dibuka oleh Camat" and editor.has_unsaved_changes()


def test_rtl_page_asks_about_a_status_not_applied(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    window, page = _window_on_a_series(window_context, qtbot)
    _new_meeting(page, qtbot)
    qtbot.keyClicks(page.editor.rtl.description, "Verval KRS Desa Cibadak")
    qtbot.keyClicks(page.editor.rtl.responsible, "PLKB Cibadak")
    qtbot.mouseClick(page.editor.rtl.save_button, Qt.MouseButton.LeftButton)
    overview = window.show_page("rtl")
    assert isinstance(overview, RtlOverviewPage)
    overview.view.selectRow(0)
    overview.new_status.setCurrentIndex(overview.new_status.findData("berjalan"))
    qtbot.keyClicks(overview.note, "sudah 60% desa")
    dialogs.answer("unsaved_cancel")
    window.show_page("meetings")
    assert window.current_page_key() == "rtl" and overview.note.text() == "sudah 60% desa"
    assert "Verval KRS Desa Cibadak" in dialogs.asked[-1][1]
    dialogs.answer("unsaved_save")
    window.show_page("meetings")
    assert window.current_page_key() == "meetings"
    assert page.editor.rtl.model.row_at(0).current_status == "berjalan"  # applied, and shown after the switch


def test_unsaved_indicator_follows_the_input(page: MeetingsPage, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    _new_meeting(page, qtbot)
    editor = page.editor
    assert editor.save_button.text() == "&Simpan" and editor.status.text() == "Draf."
    editor.rtl.has_deadline.setChecked(True)  # an empty new RTL is nothing to save yet
    assert not editor.has_unsaved_changes() and editor.save_button.text() == "&Simpan"
    qtbot.keyClicks(editor.rtl.description, "Verval")
    assert editor.has_unsaved_changes() and editor.save_button.text() == "&Simpan *"
    assert editor.status.text() == "Belum disimpan."
    dialogs.answer("unsaved_discard")
    qtbot.mouseClick(editor.rtl.new_button, Qt.MouseButton.LeftButton)  # the form's input is asked about
    assert editor.rtl.description.toPlainText() == "" and not editor.has_unsaved_changes()
    assert editor.save_button.text() == "&Simpan" and editor.status.text() == "Draf."
