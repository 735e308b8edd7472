"""Two users save the same action: the editor shows who and what differs, and nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.context import open_context
from desktop.services.aksi.progress import get_detail, list_year
from desktop.services.aksi.progress_writes import save_progress, start_year
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.aksi.conftest import open_aksi_page
from tests.desktop.ui.dialog_answers import DialogAnswers


def _saved_by_rudi(window_context: WindowContext, progress_id: int, person: str) -> None:
    other = open_context(Path(window_context.app.data_dir))  # a second engine, as another PC would have
    other.session_factory.kw["info"] = {"actor": "rudi"}
    try:
        detail = get_detail(other.session_factory, progress_id)
        detail.values.responsible_person = person
        save_progress(other.session_factory, progress_id, detail.values, detail.row_version)
    finally:
        other.dispose()


def _opened(window_context: WindowContext, qtbot: QtBot) -> tuple[object, int]:
    factory = window_context.app.session_factory
    start_year(factory, 2024)
    progress_id = list_year(factory, 2024)[0].progress_id
    assert progress_id is not None
    page = open_aksi_page(window_context, qtbot)
    page.select_action(1)
    return page, progress_id


def test_apply_mine_saves_on_top_of_theirs(window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    page, progress_id = _opened(window_context, qtbot)
    detail = page.detail  # type: ignore[attr-defined]
    detail.person.setText("Siti Aminah")
    _saved_by_rudi(window_context, progress_id, "Rudi Hartono")
    dialogs.answer("concurrent_mine")
    detail.save_button.click()
    assert dialogs.asked[0][0] == "concurrent_edit_question" and "rudi" in dialogs.asked[0][1]
    table = dialogs.informative[0]
    assert "Petugas" in table and "Rudi Hartono" in table and "Siti Aminah" in table
    assert detail.message.text() == "Tersimpan."
    assert get_detail(window_context.app.session_factory, progress_id).values.responsible_person == "Siti Aminah"


def test_reload_shows_theirs_and_keeps_mine_on_the_clipboard(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    page, progress_id = _opened(window_context, qtbot)
    detail = page.detail  # type: ignore[attr-defined]
    detail.person.setText("Siti Aminah")
    detail.remarks.setPlainText("catatan panjang yang saya ketik")
    _saved_by_rudi(window_context, progress_id, "Rudi Hartono")
    dialogs.answer("concurrent_reload")
    detail.save_button.click()
    assert detail.person.text() == "Rudi Hartono"  # their version shown
    assert "papan klip" in detail.message.text()
    clipboard = QApplication.clipboard().text()
    assert "Petugas: Siti Aminah" in clipboard and "Keterangan: catatan panjang yang saya ketik" in clipboard
    assert not detail.tracker.is_dirty


def test_cancel_keeps_the_typing_unsaved(window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    page, progress_id = _opened(window_context, qtbot)
    detail = page.detail  # type: ignore[attr-defined]
    detail.person.setText("Siti Aminah")
    _saved_by_rudi(window_context, progress_id, "Rudi Hartono")
    dialogs.answer("concurrent_cancel")
    detail.save_button.click()
    assert detail.person.text() == "Siti Aminah" and detail.tracker.is_dirty
    assert "diubah oleh pengguna lain" in detail.message.text()
    assert get_detail(window_context.app.session_factory, progress_id).values.responsible_person == "Rudi Hartono"
