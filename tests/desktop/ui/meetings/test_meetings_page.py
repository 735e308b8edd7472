"""The Rapat page driven end to end, the RTL overview page, and the item models."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.domain.meetings.records import ParticipantData
from desktop.services.meetings.meeting_service import get_meeting
from desktop.ui.meetings.meetings_page import MeetingsPage
from desktop.ui.meetings.pdf_printing import load_pdf, page_size, paint_pdf
from desktop.ui.meetings.rows_table_model import Column, RowsTableModel
from desktop.ui.meetings.rtl_overview_page import RtlOverviewPage
from desktop.ui.window_context import WindowContext

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


@pytest.fixture
def page(window_context: WindowContext, qtbot: QtBot) -> MeetingsPage:
    widget = MeetingsPage(window_context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _set(model: RowsTableModel, row: int, column: int, value: object) -> None:
    assert model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole)


def _create_series_and_meeting(page: MeetingsPage, qtbot: QtBot) -> None:
    qtbot.mouseClick(page.new_series_button, Qt.MouseButton.LeftButton)
    dialog = page.series_dialog
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.region.set_code("36.02.18")  # a Minlok series is a kecamatan's: no kecamatan is preselected
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # empty name: refused in the label
    assert dialog.problems.text() == "Nama seri rapat wajib diisi."
    qtbot.keyClicks(dialog.name, "Minlok Kecamatan Cibadak")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert page.series_choice.currentText() == "Minlok Kecamatan Cibadak (0)"
    _new_meeting(page, qtbot)
    assert page.model.rowCount() == 1
    assert page.editor.meeting_id is not None


def _new_meeting(page: MeetingsPage, qtbot: QtBot, when: QDate | None = None) -> None:
    """Rapat baru, then the dialog asking for series and date: Buat rapat."""
    qtbot.mouseClick(page.new_meeting_button, Qt.MouseButton.LeftButton)
    dialog = page.new_meeting_dialog
    assert dialog is not None and dialog.isVisible()
    if when is not None:
        dialog.meeting_date.setDate(when)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def _fill_header(page: MeetingsPage, qtbot: QtBot) -> None:
    header = page.editor.header
    header.title.setText("")
    qtbot.keyClicks(header.title, "Gebyar Mini Lokakarya Stunting Series II")
    header.meeting_date.setDate(QDate(2024, 10, 11))
    header.has_end.setChecked(True)
    qtbot.keyClicks(header.place, "Aula Kantor Kecamatan Cibadak")
    qtbot.keyClicks(header.chair.name, "Drs. H. Encep Supriatna, M.Si.")
    qtbot.keyClicks(header.chair.position, "Camat Cibadak")
    qtbot.keyClicks(header.chair.nip, "1970")  # wrong on purpose
    qtbot.keyClicks(header.secretary.name, "Rina Marlina, S.Gz.")


def _fill_lists(page: MeetingsPage, qtbot: QtBot) -> None:
    editor = page.editor
    for name, gender in (("Drs. H. Encep Supriatna, M.Si.", "L"), ("Rina Marlina, S.Gz.", "P")):
        qtbot.mouseClick(editor.participants.add_button, Qt.MouseButton.LeftButton)
        row = editor.participants.model.rowCount() - 1
        _set(editor.participants.model, row, 0, name)
        _set(editor.participants.model, row, 2, "Kecamatan Cibadak")
        _set(editor.participants.model, row, 3, gender)
        _set(editor.participants.model, row, 6, "hadir")
    qtbot.mouseClick(editor.agenda.add_button, Qt.MouseButton.LeftButton)
    _set(editor.agenda.model, 0, 0, "Progres verval KRS per desa")
    qtbot.mouseClick(editor.discussion.add_button, Qt.MouseButton.LeftButton)
    _set(editor.discussion.model, 0, 0, "Camat Cibadak")
    _set(editor.discussion.model, 0, 1, "Data KRS harus diperbarui sebelum akhir bulan.")
    qtbot.mouseClick(editor.decisions.add_button, Qt.MouseButton.LeftButton)
    _set(editor.decisions.model, 0, 0, "Verval KRS selesai 31 Oktober 2024.")


def _add_rtl(page: MeetingsPage, qtbot: QtBot) -> None:
    rtl = page.editor.rtl
    qtbot.keyClicks(rtl.description, "Verval KRS Desa Cibadak")
    qtbot.keyClicks(rtl.responsible, "PLKB Cibadak")
    rtl.has_deadline.setChecked(True)
    rtl.deadline.setDate(QDate(2024, 10, 31))
    rtl.funding.setCurrentIndex(rtl.funding.findData("DAK_NONFISIK_BOKB"))
    rtl.region.set_code("36.02.18.2004")
    qtbot.mouseClick(rtl.save_button, Qt.MouseButton.LeftButton)
    assert page.editor.status.text() == "RTL tersimpan."
    assert rtl.model.rowCount() == 1


def _print(page: MeetingsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, target: Path) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    with qtbot.waitSignal(page.editor.printed, timeout=20_000):
        qtbot.mouseClick(page.editor.print_button, Qt.MouseButton.LeftButton)
    reader = pypdf.PdfReader(target)
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_whole_meeting_flow(page: MeetingsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _create_series_and_meeting(page, qtbot)
    _fill_header(page, qtbot)
    _fill_lists(page, qtbot)
    editor = page.editor
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.header.problems.text() == "NIP harus 18 angka."
    editor.header.chair.nip.setText("19700101 199503 1 001")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "Tersimpan."
    assert editor.participants.model.rowCount() == 2
    _add_rtl(page, qtbot)

    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "Notulen final versi 1; rapat terkunci."
    assert editor.header.title.isReadOnly() and not editor.save_button.isEnabled()
    assert editor.header.title.property("locked")  # greyed like the disabled fields
    rtl = editor.rtl
    assert rtl.description.isReadOnly() and rtl.responsible.isReadOnly() and rtl.note.isReadOnly()
    assert not rtl.status.isEnabled() and not rtl.funding.isEnabled() and not rtl.region.isEnabled()
    assert editor.versions.versions_view.model().headerData(3, Qt.Orientation.Horizontal) == "Waktu"
    assert not editor.participants.model.flags(editor.participants.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable

    editor.open_after.setChecked(False)
    text = _print(page, qtbot, monkeypatch, tmp_path / "notulen.pdf")
    assert "NOTULEN RAPAT" in text and "Versi 1 (final)" in text and "Jumat, 11 Oktober 2024" in text
    assert "Camat Cibadak: Data KRS harus diperbarui" in text and "NIP 19700101 199503 1 001" in text
    editor.print_choice.setCurrentIndex(1)
    text = _print(page, qtbot, monkeypatch, tmp_path / "berita-acara.pdf")
    assert "Pada hari ini Jumat tanggal sebelas bulan Oktober tahun dua ribu dua puluh empat (11-10-2024)" in text
    editor.print_choice.setCurrentIndex(2)
    text = _print(page, qtbot, monkeypatch, tmp_path / "daftar-hadir.pdf")
    assert "DAFTAR HADIR" in text and "12." in text  # 2 invited + 10 blank rows

    scan = tmp_path / "notulen-ttd.png"
    scan.write_bytes(PNG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(scan), ""))
    qtbot.mouseClick(editor.versions.attach_button, Qt.MouseButton.LeftButton)  # copied in the background
    qtbot.waitUntil(lambda: editor.versions.attachments.rowCount() == 1)
    assert editor.status.text() == "Lampiran notulen-ttd.png disimpan."
    stored = list((page.context.app.files_dir / "meetings").rglob("*.png"))
    assert len(stored) == 1 and stored[0].read_bytes() == PNG

    qtbot.mouseClick(editor.correct_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "Alasan koreksi wajib diisi."
    qtbot.keyClicks(editor.reason, "Salah ketik tempat")
    qtbot.mouseClick(editor.correct_button, Qt.MouseButton.LeftButton)
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    assert editor.versions.versions.rowCount() == 2
    assert editor.versions.versions.row_at(1).reason == "Salah ketik tempat"

    # The next meeting of the series reviews the open RTL and the unfinished agenda item.
    _new_meeting(page, qtbot)
    assert "1 RTL terbuka dan 1 agenda" in page.message.text()
    assert editor.rtl.model.rowCount() == 1 and editor.rtl.model.row_at(0).carried_over
    assert editor.header.chair.name.text() == "Drs. H. Encep Supriatna, M.Si."
    qtbot.mouseClick(editor.participants.copy_button, Qt.MouseButton.LeftButton)
    assert editor.participants.model.rowCount() == 2


def test_participant_name_completes_from_directory(page: MeetingsPage, qtbot: QtBot) -> None:
    _create_series_and_meeting(page, qtbot)
    editor = page.editor
    editor.participants.model.add_row(
        ParticipantData(name="Rina Marlina, S.Gz.", position="Tenaga Gizi", institution="Puskesmas Cibadak")
    )
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Rina Marlina, S.Gz." in editor.participants.name_delegate.names
    qtbot.mouseClick(editor.participants.add_button, Qt.MouseButton.LeftButton)
    _set(editor.participants.model, 1, 0, "Rina Marlina, S.Gz.")
    assert editor.participants.model.row_at(1).institution == "Puskesmas Cibadak"


def test_rtl_overview_highlights_overdue(page: MeetingsPage, window_context: WindowContext, qtbot: QtBot) -> None:
    _create_series_and_meeting(page, qtbot)
    _add_rtl(page, qtbot)
    overview = RtlOverviewPage(window_context)
    qtbot.addWidget(overview)
    assert overview.model.rowCount() == 1
    assert overview.model.row_at(0).overdue  # deadline 31 Oktober 2024 has passed
    assert overview.model.data(overview.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert overview.summary.text() == "1 RTL, 1 terlambat (ditandai merah)."
    assert overview.region.itemText(0) == "(semua wilayah)"  # the empty choice does not filter
    qtbot.keyClicks(overview.responsible, "dinkes")
    assert overview.filter_timer.isActive() and overview.model.rowCount() == 1  # debounced, not per keystroke
    qtbot.waitUntil(lambda: overview.model.rowCount() == 0)
    overview.responsible.clear()
    qtbot.waitUntil(lambda: overview.model.rowCount() == 1)
    overview.view.selectRow(0)
    overview.new_status.setCurrentIndex(overview.new_status.findData("selesai"))
    qtbot.mouseClick(overview.change_button, Qt.MouseButton.LeftButton)
    assert overview.model.rowCount() == 0  # only open RTL are listed
    overview.open_only.setChecked(False)
    assert overview.model.row_at(0).status == "selesai" and not overview.model.row_at(0).overdue


def test_rows_model(qtmodeltester: ModelTester) -> None:
    model = RowsTableModel(
        [Column("title", "Judul"), Column("done", "Selesai", "bool"), Column("when", "Tanggal", display=str)],
        lambda: None,
    )

    class Row:
        def __init__(self, title: str) -> None:
            self.title = title
            self.done = False
            self.when = date(2024, 10, 11)

    model.set_rows([Row("a"), Row("b")])
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.row_at(0).done


def test_print_preview_and_printer(
    page: MeetingsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _create_series_and_meeting(page, qtbot)
    editor = page.editor
    with qtbot.waitSignal(editor.printed, timeout=20_000):
        qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.preview is not None and editor.preview.isVisible()
    source = Path(str(editor.preview.property("pdf_path")))
    editor.preview.close()
    # What the preview sends to a printer, captured with Qt's PDF printer on F4 paper.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printer.setPageSize(page_size("F4"))
    document = load_pdf(source, editor)
    assert paint_pdf(printer, document) == document.pageCount() == len(pypdf.PdfReader(source).pages)
    box = pypdf.PdfReader(tmp_path / "printer.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (609, 935)


def test_empty_editor_shows_a_hint(page: MeetingsPage) -> None:
    assert page.editor.meeting_id is None
    assert page.editor.stack.currentWidget() is page.editor.hint
    assert not page.editor.save_button.isEnabled() and not page.editor.print_button.isEnabled()


def test_invalid_participant_nip_refuses_the_whole_save(page: MeetingsPage, qtbot: QtBot) -> None:
    """The reviewer's case: a new title and a participant with a bad NIP; nothing may be saved."""
    _create_series_and_meeting(page, qtbot)
    editor = page.editor
    assert editor.stack.currentWidget() is editor.tabs
    meeting_id = editor.meeting_id
    assert meeting_id is not None
    before = get_meeting(page.context.app.session_factory, meeting_id).header.title
    editor.header.title.setText("JUDUL DIUBAH")
    editor.participants.model.add_row(ParticipantData(name="Rina Marlina, S.Gz.", nip="123"))
    assert not editor.save()
    assert "Peserta nomor 1" in editor.status.text()
    after = get_meeting(page.context.app.session_factory, meeting_id)
    assert after.header.title == before and after.participants == []
