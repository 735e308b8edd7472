"""The child-list import dialog with a workbook of several sheets: the sheet is chosen in the dialog."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from desktop.ui.cases.case_import_dialog import CaseImportDialog
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.cases.test_case_import_dialog import GOOD, HEADER


def test_the_sheet_is_chosen_in_the_dialog(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Keterangan"
    book.active.append(["Hasil penimbangan Februari 2026"])
    children = book.create_sheet("Balita")
    children.append(HEADER.strip().split(";"))
    for name in ("Zaki", "Ayu"):
        children.append(GOOD.strip().replace("Zaki", name).split(";"))
    book.save(path := tmp_path / "anak.xlsx")
    dialog = CaseImportDialog(window_context.app.session_factory, window_context.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_path(path)
    assert dialog.sheet_row.isVisible() and dialog.sheet_combo.currentText() == "Keterangan"
    assert "pilih lembar lain" in dialog.summary.text() and dialog.checked is None
    dialog.sheet_combo.setCurrentText("Balita")
    qtbot.waitUntil(lambda: dialog.handle is None and dialog.checked is not None, timeout=10_000)
    assert dialog.sheet == "Balita" and dialog.checked is not None
    assert (dialog.checked.new, dialog.checked.rejected) == (2, 0)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.handle is None)
    assert dialog.summary.text().startswith("Tersimpan: 2 baru")
