"""The KRS import dialog's outcome: what a check says, when Terapkan is offered, and the template to download."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.models.krs import KrsFamily
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.fields import KRS_FIELDS
from desktop.services.krs.import_service import run_import
from desktop.services.krs.template import DATA_SHEET
from desktop.ui.krs.import_dialog import KrsImportDialog
from desktop.ui.window_context import WindowContext
from tests.desktop.services.krs.conftest import write_xlsx

NIK, KK = 8, 7


def _families(context: WindowContext) -> int:
    with context.app.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(KrsFamily)) or 0)


def _list(tmp_path: Path, count: int, bad: int) -> Path:
    rows = [list(row) for row in krs_rows(count, seed=5)]
    for row in rows[:bad]:
        row[NIK], row[KK] = "12345", ""
    return write_xlsx(tmp_path / "krs.xlsx", rows)


def _open(context: WindowContext, qtbot: QtBot, path: Path) -> KrsImportDialog:
    dialog = KrsImportDialog(context, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def _dry_run(dialog: KrsImportDialog, qtbot: QtBot) -> None:
    dialog.start_dry_run()
    qtbot.waitUntil(lambda: dialog.summary is not None and dialog.handle is None, timeout=10_000)


def test_every_row_rejected_offers_no_apply(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(window_context, qtbot, _list(tmp_path, 3, bad=3))
    _dry_run(dialog, qtbot)
    assert not dialog.apply_button.isEnabled()
    assert dialog.message.text() == (
        "Uji coba: 0 baru, 0 diperbarui, 0 tetap, 3 ditolak. Tidak ada yang akan disimpan: semua 3 baris ditolak. "
        "Perbaiki baris yang tercantum di bawah, lalu impor berkasnya lagi."
    )
    assert dialog.errors.rowCount() == 3 and dialog.errors.item(0, 0).text() == "4"
    assert dialog.errors.item(0, 1).text() == "I NIK Kepala Keluarga" and "16 angka" in dialog.errors.item(0, 2).text()
    assert dialog.save_button.isEnabled() and dialog.dry_button.isEnabled()
    assert _families(window_context) == 0


def test_some_rows_rejected_says_what_apply_stores(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(window_context, qtbot, _list(tmp_path, 5, bad=2))
    _dry_run(dialog, qtbot)
    assert dialog.apply_button.isEnabled()
    assert dialog.message.text() == (
        "Uji coba: 3 baru, 0 diperbarui, 0 tetap, 2 ditolak. Bila diterapkan, 3 baris disimpan; 2 baris yang "
        "ditolak tidak ikut disimpan (daftar di bawah, dapat disimpan sebagai berkas)."
    )
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.start_apply()
    assert dialog.message.text() == (
        "Tersimpan: 3 baru, 0 diperbarui, 0 tetap, 2 ditolak. "
        "Baris yang ditolak tidak ikut disimpan; daftarnya ada di bawah."
    )
    assert not dialog.apply_button.isEnabled() and _families(window_context) == 3
    target = tmp_path / "ditolak.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    dialog.save_rejected()
    sheet = load_workbook(target).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [4, 5]


def test_unchanged_list_offers_no_apply(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> None:
    path = _list(tmp_path, 4, bad=0)
    run_import(window_context.app.session_factory, path, dry_run=False)
    dialog = _open(window_context, qtbot, path)
    _dry_run(dialog, qtbot)
    assert not dialog.apply_button.isEnabled()
    assert dialog.message.text().endswith(
        "Tidak ada yang akan disimpan: baris yang sah sudah sama dengan data di database."
    )


def test_changing_the_mapping_after_a_check_withdraws_apply(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _open(window_context, qtbot, _list(tmp_path, 3, bad=0))
    _dry_run(dialog, qtbot)
    assert dialog.apply_button.isEnabled()
    dialog.combos["wife_name"].setCurrentIndex(0)
    assert not dialog.apply_button.isEnabled() and dialog.errors.rowCount() == 0
    assert dialog.message.text() == "Pemetaan kolom diubah; jalankan Uji coba lagi sebelum Terapkan."


def test_template_from_the_dialog_imports_with_automatic_mapping(
    window_context: WindowContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(window_context, qtbot, _list(tmp_path, 2, bad=0))
    assert dialog.template_button.isVisible()
    assert "PP.KK.CC.DDDD" in dialog.requirements.text()
    target = tmp_path / "templat.xlsx"
    asked: list[str] = []

    def fake_save(_parent: object, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    dialog.template_button.click()
    assert asked == [str(tmp_path / "templat-daftar-krs.xlsx")]
    assert dialog.message.text().startswith(f"Templat disimpan ke {target}.")
    book = load_workbook(target)
    book[DATA_SHEET].append(
        ["PK24", 1, "36.02.18.2004", "001", "003", "Kp. Baru", "3602180101240009", "3602184101900009", "Ujang"]
    )
    book.save(target)
    filled = _open(window_context, qtbot, target)
    assert all(combo.currentIndex() > 0 for combo in filled.combos.values()), "every column mapped automatically"
    assert len(filled.combos) == len(KRS_FIELDS)
    _dry_run(filled, qtbot)
    assert filled.summary is not None and (filled.summary.new, filled.summary.rejected) == (1, 0)
    assert filled.apply_button.isEnabled()


def test_template_write_failure_is_one_sentence(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _open(window_context, qtbot, _list(tmp_path, 2, bad=0))
    folder = tmp_path / "folder"
    folder.mkdir()
    assert dialog.save_template(folder) is None
    assert dialog.message.text() == f"Templat tidak tersimpan: Berkas {folder} adalah folder, bukan berkas."


def test_worksheet_mode_has_no_template(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = KrsImportDialog(window_context, tmp_path / "lembar.xlsx", worksheet=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.template_button.isVisible()
