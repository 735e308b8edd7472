"""Aksi page: unsaved input is never thrown away without asking, deletes ask and select nothing, the audit trail
speaks labels. Real database, real widgets, the real question boxes answered by clicking their buttons."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.aksi.checklists import month_grid
from desktop.services.aksi.evidence import list_evidence
from desktop.services.aksi.progress import detail_of, list_year
from desktop.ui.aksi.aksi_page import AksiPage
from desktop.ui.main_window import MainWindow
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.aksi.conftest import open_aksi_page as _page
from tests.desktop.ui.dialog_answers import DialogAnswers


def _click_action(qtbot: QtBot, page: AksiPage, number: int) -> None:
    """Clicks the action's row in the table, as a user does."""
    row = page.model.row_of_number(number)
    rect = page.table.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _stored_person(context: WindowContext, number: int) -> str:
    row = next(r for r in list_year(context.app.session_factory, 2024) if r.number == number)
    return detail_of(context.app.session_factory, row).values.responsible_person


def test_other_action_with_unsaved_input_asks_cancel_keeps_input_and_selection(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    page = _page(window_context, qtbot)
    _click_action(qtbot, page, 3)
    detail = page.detail
    assert not detail.unsaved_mark.isVisible() and detail.save_button.text() == "Simpan"
    qtbot.keyClicks(detail.person, "Drs. Asep")
    assert detail.unsaved_mark.isVisible() and detail.save_button.text() == "Simpan *"

    dialogs.answer("unsaved_cancel")
    _click_action(qtbot, page, 1)
    assert dialogs.asked[0][0] == "unsaved_question" and "Rembuk Stunting" in dialogs.asked[0][1]
    selected = page.selected_row()
    assert selected is not None and selected.number == 3  # the list stays on the action being edited
    assert detail.detail is not None and detail.detail.row.number == 3
    assert detail.person.text() == "Drs. Asep" and detail.has_unsaved_changes()

    dialogs.answer("unsaved_discard")
    _click_action(qtbot, page, 1)
    assert page.selected_row().number == 1 and detail.detail.row.number == 1  # type: ignore[union-attr]
    assert not detail.has_unsaved_changes()
    _click_action(qtbot, page, 3)
    assert detail.person.text() == "" and _stored_person(window_context, 3) == ""
    assert len(dialogs.asked) == 2


def test_other_action_save_stores_then_shows_the_chosen_one(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    page = _page(window_context, qtbot)
    _click_action(qtbot, page, 3)
    qtbot.keyClicks(page.detail.person, "Drs. Asep Saepudin")
    dialogs.answer("unsaved_save")
    _click_action(qtbot, page, 5)
    assert page.selected_row().number == 5 and page.detail.detail.row.number == 5  # type: ignore[union-attr]
    assert _stored_person(window_context, 3) == "Drs. Asep Saepudin"  # read back from the database
    assert not page.detail.unsaved_mark.isVisible()


def test_failed_save_keeps_the_action(window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    page = _page(window_context, qtbot)
    _click_action(qtbot, page, 3)
    detail = page.detail
    detail.status.setCurrentIndex(detail.status.findData("selesai"))  # needs an end date: refused
    dialogs.answer("unsaved_save")
    _click_action(qtbot, page, 1)
    assert page.selected_row().number == 3 and "tanggal selesai" in detail.message.text()  # type: ignore[union-attr]


def test_year_change_and_leaving_the_page_ask(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    window = MainWindow(window_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("aksi")
    assert isinstance(page, AksiPage)
    page.year.setValue(2024)
    page.select_action(2)
    qtbot.keyClicks(page.detail.remarks, "catatan rapat")

    dialogs.answer("unsaved_cancel")
    page.year.setValue(2025)
    assert page.year.value() == 2024 and page.detail.remarks.toPlainText() == "catatan rapat"
    assert page.selected_row().number == 2  # type: ignore[union-attr]

    dialogs.answer("unsaved_cancel")
    window.show_page("home")
    assert window.current_page_key() == "aksi" and page.detail.remarks.toPlainText() == "catatan rapat"

    dialogs.answer("unsaved_discard")
    page.year.setValue(2025)
    assert page.model.rowCount() == 6 and not page.detail.isEnabled()
    window.show_page("home")
    assert window.current_page_key() == "home" and len(dialogs.asked) == 3


def test_adding_an_output_does_not_reload_over_unsaved_input(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    page = _page(window_context, qtbot)
    page.select_action(3)
    detail = page.detail
    qtbot.keyClicks(detail.person, "Drs. Asep")
    detail.output_name.setCurrentIndex(1)
    detail.output_number.setText("400.5.7/198/Bapelitbangda/2024")
    assert detail.add_output()
    assert detail.outputs_table.rowCount() == 1
    assert detail.person.text() == "Drs. Asep" and detail.has_unsaved_changes()  # Rincian kept as typed
    detail.save_button.click()
    assert detail.message.text() == "Tersimpan." and _stored_person(window_context, 3) == "Drs. Asep"

    # An output typed but not added is unsaved too; Simpan in the question adds it.
    detail.output_number.setText("400.5.7/199/Bapelitbangda/2024")
    dialogs.answer("unsaved_save")
    page.select_action(1)
    page.select_action(3)
    assert page.detail.outputs_table.rowCount() == 2


def test_output_delete_asks_and_selects_nothing(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    page = _page(window_context, qtbot)
    page.select_action(3)
    detail = page.detail
    for number in ("001", "002"):
        detail.output_name.setCurrentIndex(1)
        detail.output_number.setText(number)
        assert detail.add_output()
    assert not detail.remove_output_button.isEnabled()
    detail.outputs_table.selectRow(0)
    dialogs.answer("delete_cancel")
    detail.remove_output_button.click()
    assert detail.outputs_table.rowCount() == 2
    assert dialogs.asked[-1][0] == "delete_question" and "001" in dialogs.asked[-1][1]
    dialogs.answer("delete_confirm")
    detail.remove_output_button.click()
    assert detail.outputs_table.rowCount() == 1 and detail.outputs_table.item(0, 1).text() == "002"
    assert not detail.outputs_table.selectionModel().selectedRows() and not detail.remove_output_button.isEnabled()


def test_evidence_delete_asks_then_selects_nothing(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    factory = window_context.app.session_factory
    page = _page(window_context, qtbot)
    page.select_action(3)
    evidence = page.detail.evidence
    for name in ("sk-tim.pdf", "berita-acara.pdf"):
        source = tmp_path / name
        source.write_bytes(b"%PDF-1.4 " + name.encode())
        with qtbot.waitSignal(evidence.add_finished, timeout=10_000):
            assert evidence.add_file(source) is not None
    progress_id = page.selected_progress_id()
    assert progress_id is not None and evidence.table.rowCount() == 2
    assert not evidence.remove_button.isEnabled()  # nothing selected after the adds

    evidence.select_row(0)
    first = evidence.table.item(0, 1).text()
    dialogs.answer("delete_cancel")
    evidence.remove_button.click()
    assert dialogs.asked[-1][0] == "delete_question" and first in dialogs.asked[-1][1]
    assert len(list_evidence(factory, progress_id)) == 2 and evidence.table.rowCount() == 2

    dialogs.answer("delete_confirm")
    evidence.remove_button.click()
    remaining = list_evidence(factory, progress_id)
    assert [info.original_name for info in remaining] == [n for n in ("sk-tim.pdf", "berita-acara.pdf") if n != first]
    assert evidence.table.rowCount() == 1
    assert not evidence.table.selectionModel().selectedRows() and not evidence.remove_button.isEnabled()

    asked = len(dialogs.asked)
    evidence.remove_button.click()  # a second click does nothing: no question, nothing deleted
    assert len(dialogs.asked) == asked and len(list_evidence(factory, progress_id)) == 1


def test_history_shows_labels_not_codes(window_context: WindowContext, qtbot: QtBot) -> None:
    page = _page(window_context, qtbot)
    page.select_action(3)
    detail = page.detail
    detail.save_button.click()  # the first save creates the progress row
    detail.status.setCurrentIndex(detail.status.findData("diunggah"))
    detail.actual_start.set_value(date(2024, 5, 21))
    detail.actual_end.set_value(date(2024, 5, 21))
    detail.save_button.click()
    assert detail.message.text() == "Tersimpan."
    changes = {detail.history_table.item(i, 3).text() for i in range(detail.history_table.rowCount())}
    assert "Status: Belum mulai → Diunggah ke Web Aksi Bangda" in changes
    assert "Mulai realisasi: - → 21 Mei 2024" in changes
    assert not any("belum_mulai" in text or "diunggah →" in text or "2024-05-21" in text for text in changes)


def test_checklist_month_change_asks(window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    page = _page(window_context, qtbot)
    page.tabs.setCurrentIndex(1)
    grid = page.checklists
    grid.month.setCurrentIndex(4)  # Mei
    assert grid.model.setData(grid.model.index(0, 1), "Ya")
    assert grid.unsaved_mark.isVisible() and grid.save_button.text().endswith(" *")

    dialogs.answer("unsaved_cancel")
    grid.month.setCurrentIndex(5)
    assert grid.month.currentText() == "Mei" and grid.model.index(0, 1).data() == "Ya"

    dialogs.answer("unsaved_save")
    grid.month.setCurrentIndex(5)
    assert grid.month.currentText() == "Juni" and not grid.has_unsaved_changes()
    kecamatan = grid.kecamatan.currentData()
    may = month_grid(window_context.app.session_factory, "3S4P", kecamatan, 2024, 5)
    june = month_grid(window_context.app.session_factory, "3S4P", kecamatan, 2024, 6)
    assert may[0].values["S1_TPK_TERLATIH"] is True and "S1_TPK_TERLATIH" not in june[0].values

    assert grid.model.setData(grid.model.index(0, 1), "Tidak")
    dialogs.answer("unsaved_discard")
    grid.month.setCurrentIndex(4)
    assert grid.model.index(0, 1).data() == "Ya"  # May as stored, the June input thrown away
    assert "S1_TPK_TERLATIH" not in month_grid(window_context.app.session_factory, "3S4P", kecamatan, 2024, 6)[0].values


def test_prevalence_input_is_asked_about_before_leaving(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    page = _page(window_context, qtbot)
    page.tabs.setCurrentIndex(0)
    widget = page.prevalence
    widget.value.setValue(21.4)
    assert page.has_unsaved_changes()
    dialogs.answer("unsaved_cancel")
    assert not page.confirm_leave()
    assert page.tabs.currentIndex() == 2 and widget.value.value() == 21.4  # shown the tab the question is about
    dialogs.answer("unsaved_discard")
    assert page.confirm_leave() and widget.value.value() == 0 and not page.has_unsaved_changes()
