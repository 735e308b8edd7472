"""The child-list import dialog's outcome: what a check says and when *Impor* is offered."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.cases.case_import_dialog import CaseImportDialog
from desktop.ui.window_context import WindowContext

HEADER = "Nama;JK;Tgl Lahir;Nama Ortu;Desa;Kec;Tanggal Pengukuran;Berat;Tinggi;Cara Ukur\n"
GOOD = "Zaki;L;2025-02-01;Rina;Kalanganyar;Kalanganyar;2026-02-10;8,9;72,0;Terlentang\n"
BAD = "Yuni;P;2025-02-01;Rina;Kalanganyar;Kalanganyar;2026-02-10;8,9;abc;Terlentang\n"


def _checked(context: WindowContext, qtbot: QtBot, path: Path) -> CaseImportDialog:
    dialog = CaseImportDialog(context.app.session_factory, context.runner)
    qtbot.addWidget(dialog)
    dialog.set_path(path)
    qtbot.waitUntil(lambda: dialog.handle is None and dialog.checked is not None, timeout=10_000)
    return dialog


def test_every_row_rejected_offers_no_import(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "anak.csv"
    path.write_text(HEADER + BAD + BAD.replace("Yuni", "Yana"), encoding="utf-8")
    dialog = _checked(window_context, qtbot, path)
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text() == (
        "Uji coba: 0 baru, 0 diperbarui, 0 tetap, 2 ditolak. Tidak ada yang akan disimpan: semua 2 baris ditolak. "
        "Perbaiki baris yang tercantum di bawah, lalu impor berkasnya lagi."
    )
    assert dialog.errors.count() == 2 and dialog.rejected_button.isEnabled()
    saved = dialog.save_rejected(tmp_path / "ditolak.xlsx")
    assert saved is not None and saved.exists()
    assert dialog.summary.text() == f"Baris ditolak disimpan ke {saved}"


def test_some_rows_rejected_then_imported(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "anak.csv"
    path.write_text(HEADER + GOOD + BAD, encoding="utf-8")
    dialog = _checked(window_context, qtbot, path)
    assert dialog.import_button.isEnabled()
    assert "Bila diterapkan, 1 baris disimpan; 1 baris yang ditolak tidak ikut disimpan" in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.handle is None)
    assert dialog.summary.text().startswith("Tersimpan: 1 baru, 0 diperbarui, 0 tetap, 1 ditolak.")
    assert not dialog.import_button.isEnabled()
    again = _checked(window_context, qtbot, path)
    assert not again.import_button.isEnabled()
    nothing = "Tidak ada yang akan disimpan: baris yang sah sudah sama dengan data di database."
    assert again.summary.text().endswith(nothing)


def test_save_rejected_failure_is_one_sentence(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "anak.csv"
    path.write_text(HEADER + BAD, encoding="utf-8")
    dialog = _checked(window_context, qtbot, path)
    target = tmp_path / "tidak-ada" / "ditolak.xlsx"
    target.parent.write_text("a file where a folder should be")
    assert dialog.save_rejected(target) is None
    assert dialog.summary.text().startswith("Baris ditolak tidak tersimpan: ")
