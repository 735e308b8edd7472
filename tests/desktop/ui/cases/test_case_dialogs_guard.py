"""Kasus dialogs: Ubah status preselects nothing (the harmless default), and typed input is asked about before
a dialog closes. Real demo cases in a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.services.cases.records import get_case
from desktop.ui.cases.cases_page import CasesPage
from tests.desktop.ui.cases.conftest import select_child as _select
from tests.desktop.ui.cases.conftest import settle as _settle
from tests.desktop.ui.dialog_answers import DialogAnswers


def test_status_dialog_preselects_nothing(page: CasesPage, qtbot: QtBot) -> None:
    _select(page, "Nurul Hikmah")
    case_id = page.current_case().id  # type: ignore[union-attr]
    dialog = page.change_status()
    assert dialog is not None
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert dialog.status.currentIndex() == -1 and dialog.status.currentData() is None
    assert dialog.status.placeholderText() == "— pilih status baru —"
    assert not save.isEnabled()  # Enter cannot set "Data tidak valid" by accident
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert get_case(page.session_factory, case_id).row.status == "terdata"
    dialog.status.setCurrentIndex(dialog.status.findData("pindah"))
    assert save.isEnabled()
    save.click()
    _settle(page)
    assert get_case(page.session_factory, case_id).row.status == "pindah"


def test_status_dialog_with_a_choice_asks_before_closing(page: CasesPage, qtbot: QtBot, dialogs: DialogAnswers) -> None:
    _select(page, "Nurul Hikmah")
    case_id = page.current_case().id  # type: ignore[union-attr]
    dialog = page.change_status()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("pindah"))
    qtbot.keyClicks(dialog.note, "pindah ke Rangkasbitung")
    dialogs.answer("unsaved_cancel")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.note.text() == "pindah ke Rangkasbitung"
    dialogs.answer("unsaved_save")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    _settle(page)
    assert not dialog.isVisible() and get_case(page.session_factory, case_id).row.status == "pindah"


def test_remeasure_dialog_asks_before_throwing_the_measurement_away(
    page: CasesPage, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    _select(page, "Nurul Hikmah")
    case_id = page.current_case().id  # type: ignore[union-attr]
    measured = len(get_case(page.session_factory, case_id).measurements)
    dialog = page.remeasure()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.form.height_cm.setValue(74.5)
    qtbot.keyClicks(dialog.form.measurer, "Bidan Desi")
    dialogs.answer("unsaved_cancel")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.form.height_cm.value() == 74.5
    dialogs.answer("unsaved_discard")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(get_case(page.session_factory, case_id).measurements) == measured
