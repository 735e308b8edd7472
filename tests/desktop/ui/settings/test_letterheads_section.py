"""Pengaturan → Kop surat penerbit: add a kecamatan's kop, choose it for a series, see it on the printed notulen;
remove it (asked) and the series prints the office's kop again. The meeting editor prints the undangan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.meetings.records import MeetingData, ParticipantData, SeriesData, Signer
from desktop.services.letterheads import list_letterheads
from desktop.services.meetings.content_service import save_participants
from desktop.services.meetings.meeting_service import create_meeting, get_meeting, list_series, save_series
from desktop.services.meetings.printing import print_meeting_document
from desktop.ui.meetings.print_row import PRINT_CHOICES, PrintRow
from desktop.ui.settings.settings_page import SettingsPage
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.dialog_answers import DialogAnswers


def _meeting(context: WindowContext) -> tuple[int, int]:
    sf = context.app.session_factory
    series = save_series(sf, SeriesData(name="Minlok Kecamatan Cibadak", region_code="36.02.18"))
    header = MeetingData(
        series_id=series,
        title="Minlok Oktober",
        region_code="36.02.18",
        number="400.5.7/58/Kec.Cib/2024",
        meeting_date=date(2024, 10, 11),
        chair=Signer("Drs. H. Encep Supriatna, M.Si.", "Camat Cibadak"),
        secretary=Signer("Rina Marlina", "Notulis"),
    )
    meeting = create_meeting(sf, header).id
    save_participants(sf, meeting, [ParticipantData(name="Bidan Desi", position="Bidan Desa")])
    return series, meeting


def _kop(path: Path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def test_a_kop_is_added_chosen_for_a_series_and_removed(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers, tmp_path: Path
) -> None:
    series, meeting = _meeting(window_context)
    page = SettingsPage(window_context)
    qtbot.addWidget(page)
    section = page.letterheads
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)  # empty: refused, reasons shown
    assert "Kode kop" in section.problems.text() and list_letterheads(window_context.app.session_factory) == []
    for name, text in (
        ("key", "kec-cibadak"),
        ("government", "PEMERINTAH KABUPATEN LEBAK"),
        ("name", "KECAMATAN CIBADAK"),
        ("address", "Jalan Raya Cibadak No. 1"),
    ):
        qtbot.keyClicks(section.inputs[name], text)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert section.problems.text() == "Kop kec-cibadak tersimpan."
    assert section.list.count() == 1 and section.series_kop.count() == 2
    assert not page.has_unsaved_changes()  # saved on its own button, not the page's Simpan

    section.series.setCurrentIndex(section.series.findData(series))
    section.series_kop.setCurrentIndex(1)
    qtbot.mouseClick(section.apply_button, Qt.MouseButton.LeftButton)
    assert [s.letterhead_id for s in list_series(window_context.app.session_factory)] == [
        list_letterheads(window_context.app.session_factory)[0].id
    ]
    target = tmp_path / "notulen.pdf"
    print_meeting_document(window_context.app.session_factory, meeting, "minutes", target)
    assert "KECAMATAN CIBADAK Jalan Raya Cibadak No. 1" in _kop(target)

    section.list.setCurrentRow(0)
    assert section.inputs["name"].text() == "KECAMATAN CIBADAK"
    dialogs.answer("delete_confirm")
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert section.list.count() == 0 and section.series_kop.currentIndex() == 0
    print_meeting_document(window_context.app.session_factory, meeting, "minutes", target)
    assert "KECAMATAN CIBADAK" not in _kop(target) and "BADAN PERENCANAAN" in _kop(target)


def test_the_print_row_offers_and_prints_the_invitation(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _, meeting = _meeting(window_context)
    row = PrintRow(window_context)
    qtbot.addWidget(row)
    row.open_after.setChecked(False)
    row.set_meeting(meeting, get_meeting(window_context.app.session_factory, meeting), [])
    index = next(i for i, (_title, kind, _after) in enumerate(PRINT_CHOICES) if kind == "invitation")
    assert row.print_choice.itemText(index) == "Undangan rapat"
    row.print_choice.setCurrentIndex(index)
    target = tmp_path / "undangan.pdf"
    with qtbot.waitSignal(row.printed, timeout=20_000):
        row.print_document(target)
    text = _kop(target)
    assert "Perihal : Undangan Minlok Oktober" in text and "1. Bidan Desi, Bidan Desa" in text


def test_a_new_series_chooses_its_kop_in_the_series_dialog(window_context: WindowContext, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.domain.office import IssuerLetterheadData
    from desktop.services.letterheads import save_letterhead
    from desktop.ui.meetings.meetings_page import MeetingsPage

    sf = window_context.app.session_factory
    kop = save_letterhead(
        sf, IssuerLetterheadData(key="kec-cibadak", government="PEMERINTAH", name="KECAMATAN CIBADAK")
    )
    page = MeetingsPage(window_context)
    qtbot.addWidget(page)
    dialog = page.open_series_dialog()
    assert [dialog.letterhead.itemText(i) for i in range(dialog.letterhead.count())] == [
        "Kop kantor sendiri",
        "kec-cibadak — KECAMATAN CIBADAK",
    ]
    qtbot.keyClicks(dialog.name, "Minlok Kecamatan Cibadak")
    dialog.region.set_code("36.02.18")
    dialog.letterhead.setCurrentIndex(1)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert [(s.name, s.letterhead_id) for s in list_series(sf)] == [("Minlok Kecamatan Cibadak", kop.id)]
