"""The KRS import dialog with a workbook of several sheets: the sheet is chosen in the dialog; hidden rows are told."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.models.krs import KrsFamily
from desktop.services.demo.krs_demo import krs_rows
from desktop.ui.krs.import_dialog import KrsImportDialog
from desktop.ui.window_context import WindowContext
from tests.desktop.services.krs.conftest import write_xlsx


def _families(context: WindowContext) -> int:
    with context.app.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(KrsFamily)) or 0)


def _workbook(tmp_path: Path) -> Path:
    """A notes sheet first, the list on the second sheet (row 6 hidden)."""
    path = write_xlsx(tmp_path / "dua-lembar.xlsx", [list(row) for row in krs_rows(7, seed=21)])
    book = load_workbook(path)
    book.active.title = "Data KRS"
    book.active.row_dimensions[6].hidden = True
    notes = book.create_sheet("Catatan", 0)
    notes.append(["Catatan pendataan"])
    notes.append(["Diisi oleh kader desa, September 2024"])
    book.save(path)
    return path


def test_the_sheet_is_chosen_in_the_dialog_and_hidden_rows_are_told(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = KrsImportDialog(window_context, _workbook(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.handle is None, timeout=10_000)
    # The first sheet holds no list: the dialog says so and offers the sheets.
    assert dialog.preview is not None and dialog.preview.header is None
    assert "pilih lembar lain" in dialog.message.text()
    assert dialog.sheet_row.isVisible()
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == ["Catatan", "Data KRS"]
    assert not dialog.dry_button.isEnabled()

    dialog.sheet_combo.setCurrentText("Data KRS")
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.sheet_name == "Data KRS", timeout=10_000)
    qtbot.waitUntil(lambda: dialog.handle is None, timeout=10_000)
    assert dialog.preview.header is not None and dialog.preview.header.row == 3
    assert dialog.mapping()["head_name"] == 9 and dialog.dry_button.isEnabled()

    dialog.start_dry_run()
    qtbot.waitUntil(lambda: dialog.summary is not None and dialog.handle is None, timeout=10_000)
    assert dialog.summary is not None and (dialog.summary.new, dialog.summary.hidden) == (7, 1)
    assert "tersembunyi" in dialog.message.text() and "baris 6" in dialog.message.text()
    dialog.start_apply()
    qtbot.waitUntil(lambda: dialog.summary is not None and dialog.summary.applied, timeout=20_000)
    assert _families(window_context) == 7


def test_a_required_column_lost_in_a_merged_header_is_named_in_the_dialog(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.desktop.hardening.test_sheet_marks import _two_row_header

    path = _two_row_header(tmp_path / "dua-baris.xlsx", [list(row) for row in krs_rows(3, seed=21)])
    dialog = KrsImportDialog(window_context, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.handle is None, timeout=10_000)
    assert dialog.preview is not None and dialog.preview.missing == ["Kode Desa"]
    text = dialog.message.text()
    assert "'Kode Desa'" in text and "B2:B3" in text and "Pisahkan sel gabungan" in text
    dialog.start_dry_run()
    assert "Kolom wajib belum dipetakan: Kode Desa" in dialog.message.text() and dialog.summary is None
