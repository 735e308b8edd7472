"""Verval KRS: every view shows the new state right after a change (import, verification), numbers in the
Indonesian format, and the verification dialog asks before throwing typed input away."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.models.krs import KrsVerification
from desktop.domain.numbers import decimal_text
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.progress_service import verification_progress
from desktop.ui.krs.krs_page import KrsPage
from tests.desktop.services.krs.conftest import write_xlsx
from tests.desktop.ui.dialog_answers import DialogAnswers


def _progress_totals(page: KrsPage) -> dict[str, str]:
    return {
        page.progress_table.item(r, 0).text(): page.progress_table.item(r, 2).text()
        for r in range(page.progress_table.rowCount())
    }


def _verification_count(page: KrsPage) -> int:
    with page.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(KrsVerification)) or 0)


def _verify_one(page: KrsPage, verifier: str) -> None:
    page.table.selectRow(0)
    dialog = page.verify_selected()
    assert dialog is not None
    assert dialog.existence.currentIndex() == -1  # nothing claimed by default
    dialog.existence.setCurrentIndex(dialog.existence.findData("ditemukan"))
    dialog.verifier.setText(verifier)
    dialog.result_combo.setCurrentIndex(dialog.result_combo.findData("tetap_berisiko"))
    assert dialog.save()


def test_progress_updates_after_an_import_while_shown(page: KrsPage, qtbot: QtBot, tmp_path: Path) -> None:
    page.tabs.setCurrentIndex(1)
    before = _progress_totals(page)
    assert sum(int(total.replace(".", "")) for total in before.values()) == 450
    rows = [list(row) for row in krs_rows(30, seed=3)]
    for row in rows:
        row[24] = "PK23"
    dialog = page.open_import(write_xlsx(tmp_path / "baru.xlsx", rows))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    dialog.start_dry_run()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.start_apply()
    after = _progress_totals(page)  # the tab shown was not switched away and back
    assert sum(int(total.replace(".", "")) for total in after.values()) == 480
    assert after != before


def test_progress_percent_uses_the_decimal_comma(page: KrsPage) -> None:
    _verify_one(page, "Hj. Euis Rohayati")
    page.tabs.setCurrentIndex(1)
    expected = {row.code: decimal_text(row.percent, 1) for row in verification_progress(page.session_factory, None)}
    shown = {
        page.progress_table.item(r, 0).text(): page.progress_table.item(r, 4).text()
        for r in range(page.progress_table.rowCount())
    }
    assert shown == expected
    assert all(re.fullmatch(r"\d{1,3},\d", text) for text in shown.values()), shown
    assert any(text not in ("0,0", "100,0") for text in shown.values())  # a real fraction, e.g. "0,9"


def test_history_shows_the_new_verification_at_once(page: KrsPage) -> None:
    page.table.selectRow(0)
    family_id = page.selected_ids()[0]
    assert page.history.rowCount() == 0
    _verify_one(page, "Hj. Euis Rohayati")
    assert page.selected_ids() == [family_id]  # still selected after the list reloaded
    assert page.history.rowCount() == 1  # without clicking the row again
    assert page.history.item(0, 2).text() == "Tetap berisiko" and "Euis" in page.history.item(0, 3).text()
    assert "1 keluarga" in page.message.text()


def test_verification_dialog_asks_before_closing_with_input(
    page: KrsPage, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    page.table.selectRow(0)
    dialog = page.verify_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert not dialog.unsaved_mark.isVisible()
    qtbot.keyClicks(dialog.verifier, "Ai Nurhayati")
    assert dialog.unsaved_mark.isVisible()

    dialogs.answer("unsaved_cancel")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.verifier.text() == "Ai Nurhayati"
    assert "verifikasi 1 keluarga" in dialogs.asked[0][1]

    dialogs.answer("unsaved_discard")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.isVisible() and _verification_count(page) == 0

    dialog = page.verify_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.verifier, "Ai Nurhayati")
    dialog.flag_boxes["jamban_tidak_layak"].setCheckState(Qt.CheckState.Unchecked)
    dialogs.answer("unsaved_save")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "status keberadaan" in dialog.message.text()  # refused: asked again later
    dialog.existence.setCurrentIndex(dialog.existence.findData("pindah"))
    dialogs.answer("unsaved_save")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _verification_count(page) == 1
    assert page.history.rowCount() == 1


def test_untouched_dialog_closes_without_asking(page: KrsPage, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    page.table.selectRow(0)
    dialog = page.verify_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialogs.asked == []
