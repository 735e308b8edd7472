"""The Verval KRS page: paged list model, filters and search, masked NIK, verification editor, import dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models.krs import KrsFamily, KrsVerification
from db.repositories.krs_repository import FamilyFilter
from desktop.services.demo.krs_demo import KRS_HEADER, krs_rows
from desktop.ui.krs.krs_page import KrsPage
from desktop.ui.krs.krs_table_model import FAMILY_ID_ROLE, KrsTableModel
from desktop.ui.widgets.field_errors import ERROR_COLOR
from tests.desktop.services.krs.conftest import write_xlsx
from tests.desktop.ui.dialog_answers import DialogAnswers


def _total(page: KrsPage, qtbot: QtBot, expected: int | None = None) -> int:
    if expected is None:
        qtbot.waitUntil(lambda: page.total is not None)
    else:
        qtbot.waitUntil(lambda: page.total == expected)
    assert page.total is not None
    return page.total


def test_model_passes_the_model_tester(page: KrsPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)
    qtmodeltester.check(KrsTableModel())


def test_model_pages_and_keeps_few_rows(page: KrsPage) -> None:
    model = KrsTableModel(page.session_factory)  # before the total is known, the list grows a page at a time
    assert model.rowCount() == KrsTableModel.PAGE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert model.index(449, 2).data()
    assert model.index(0, 2).data()
    assert model.index(250, 2).data(FAMILY_ID_ROLE) is not None
    assert len(model._pages) <= KrsTableModel.MAX_PAGES


def test_nik_masked_until_revealed(page: KrsPage) -> None:
    nik = page.model.index(0, 3).data()
    assert nik.endswith("**********") and len(nik) == 16
    page.table.selectRow(0)
    page.reveal_selected()
    assert "*" not in page.model.index(0, 3).data()
    assert "*" in page.model.index(1, 3).data()


def test_filters_and_search(page: KrsPage, qtbot: QtBot) -> None:
    _total(page, qtbot, 450)
    page.kecamatan.setCurrentIndex(page.kecamatan.findData("36.02.18"))
    assert page.model.rowCount() == 150
    _total(page, qtbot, 150)
    page.desa.setCurrentIndex(page.desa.findData("36.02.18.2004"))
    assert page.model.rowCount() == 50
    page.risk.setCurrentIndex(page.risk.findData("terlalu_muda"))
    assert 0 < page.model.rowCount() < 50
    page.risk.setCurrentIndex(0)
    name = page.model.index(0, 2).data()
    page.search.setText(name.split()[1])
    qtbot.waitUntil(lambda: page.model.current_filter.search != "")
    assert 0 < page.model.rowCount() <= 50
    assert 0 < _total(page, qtbot) <= 50 and "keluarga" in page.counts.text()


def test_verify_several_then_history_and_progress(page: KrsPage, qtbot: QtBot) -> None:
    page.desa.blockSignals(True)
    page.model.set_filter(FamilyFilter(desa_code="36.02.18.2004"))
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows,
    )
    assert len(page.selected_ids()) == 2
    dialog = page.verify_selected()
    assert dialog is not None
    dialog.save()
    assert "wajib" in dialog.message.text()  # no verifier name yet
    dialog.existence.setCurrentIndex(dialog.existence.findData("ditemukan"))  # no preselection since #10
    dialog.verifier.setText("Hj. Euis Rohayati")
    dialog.result_combo.setCurrentIndex(dialog.result_combo.findData("tetap_berisiko"))
    dialog.flag_boxes["jamban_tidak_layak"].setCheckState(Qt.CheckState.Unchecked)
    assert dialog.value().flags == {"jamban_tidak_layak": False}
    dialog.save()
    assert "2 keluarga" in page.message.text()
    page.table.selectRow(0)
    assert page.history.rowCount() == 1 and page.history.item(0, 2).text() == "Tetap berisiko"
    page.tabs.setCurrentIndex(1)
    assert page.progress_table.rowCount() == 4
    cibadak = next(r for r in range(4) if page.progress_table.item(r, 0).text() == "36.02.18")
    assert page.progress_table.item(cibadak, 3).text() == "2"


def test_import_dialog_dry_run_then_apply(page: KrsPage, qtbot: QtBot, tmp_path: Path) -> None:
    rows = [list(row) for row in krs_rows(30, seed=3)]
    for row in rows:
        row[24] = "PK23"
    rows[0][8] = 3602180101900001
    path = write_xlsx(tmp_path / "baru.xlsx", rows)
    dialog = page.open_import(path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.combos["head_name"].currentText() == "Nama Kepala Keluarga"
    dialog.combos["desa_code"].setCurrentIndex(0)
    dialog.start_dry_run()
    assert "Kode Desa" in dialog.message.text()
    dialog.combos["desa_code"].setCurrentIndex(dialog.combos["desa_code"].findText("Kode Desa"))
    dialog.start_dry_run()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
    assert "29 baru" in dialog.message.text() and "1 ditolak" in dialog.message.text()
    assert dialog.errors.item(0, 0).text() == "4" and "angka" in dialog.errors.item(0, 2).text()
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.start_apply()
    assert "Tersimpan" in dialog.message.text()
    _total(page, qtbot, 479)
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Nama Kepala Keluarga"
    _ = KRS_HEADER


def test_worksheet_export_and_print_from_page(
    page: KrsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: DialogAnswers
) -> None:
    dialogs.answer("information_ok")
    page.export_worksheet()  # no desa chosen: said in a message box, not only a hint
    assert dialogs.asked == [
        (
            "information_message",
            "Lembar kerja verval dibuat per desa. Pilih kecamatan lalu desanya di penyaring di atas daftar, "
            "kemudian coba lagi.",
        )
    ]
    dialogs.answer("information_ok")
    page.print_desa_list()
    assert dialogs.asked[-1][1].startswith("Daftar verval dibuat per desa.")
    page.kecamatan.setCurrentIndex(page.kecamatan.findData("36.02.24"))
    page.desa.setCurrentIndex(page.desa.findData("36.02.24.2001"))
    sheet, pdf = tmp_path / "lembar.xlsx", tmp_path / "daftar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(sheet), "")))
    page.export_worksheet()
    assert sheet.exists() and "50 keluarga" in page.message.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(pdf), "")))
    page.print_desa_list()
    assert pdf.read_bytes().startswith(b"%PDF") and "halaman" in page.message.text()


def test_import_dialog_refuses_unreadable_file(page: KrsPage, qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04broken")
    dialog = page.open_import(bad)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Gagal" in dialog.message.text(), timeout=10_000)
    assert "rusak" in dialog.message.text() and not dialog.dry_button.isEnabled()


def test_worksheet_import_lists_conflicts_to_choose(page: KrsPage, qtbot: QtBot, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from desktop.services.krs.verification_service import VerificationInput, record_verification
    from desktop.services.krs.worksheet_export import export_worksheet

    sheet_path = tmp_path / "lembar.xlsx"
    export_worksheet(page.session_factory, "36.02.18.2001", sheet_path)
    book = load_workbook(sheet_path)
    sheet = book["Data"]
    for row in (5, 6):
        sheet[f"L{row}"], sheet[f"M{row}"], sheet[f"O{row}"], sheet[f"P{row}"] = (
            "Ditemukan", "Tetap berisiko", "Ai", "Kader KB",
        )  # fmt: skip
        sheet[f"N{row}"] = date(2024, 9, 3)
    book.save(sheet_path)
    with page.session_factory() as session:
        changed = session.scalar(select(KrsFamily.id).where(KrsFamily.uuid == sheet["A5"].value.split(":")[0]))
    visit = VerificationInput("pindah", None, "Euis", "bidan", date(2024, 9, 1))
    record_verification(page.session_factory, [changed], visit)
    dialog = page.open_import(sheet_path, worksheet=True)
    qtbot.addWidget(dialog)
    dialog.start_dry_run()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
    assert "1 konflik" in dialog.message.text() and "1 baru" in dialog.message.text()
    conflict = dialog.errors.item(0, 0)
    assert conflict.text() == "5" and dialog.chosen_overwrites() == set()
    conflict.setCheckState(Qt.CheckState.Checked)
    assert len(dialog.chosen_overwrites()) == 1
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.start_apply()
    assert "2 baru" in dialog.message.text() or "1 diperbarui" in dialog.message.text()
    with page.session_factory() as session:
        family = session.get(KrsFamily, changed)
        assert family is not None and family.existence_code == "ditemukan"


def test_verification_errors_sit_under_their_fields_in_red_and_go_when_corrected(page: KrsPage, qtbot: QtBot) -> None:
    page.table.selectRow(0)
    dialog = page.verify_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.existence.setCurrentIndex(dialog.existence.findData("ditemukan"))
    dialog.save()
    label = dialog.errors.error_label("verifier_name")
    assert label.isVisible() and label.text() == "Nama verifikator (anggota TPK) wajib diisi."
    assert ERROR_COLOR in label.styleSheet()  # red, not plain black text
    assert label.parentWidget() is dialog.verifier.parentWidget()  # right under the field
    assert dialog.verifier.property("fieldError") is True
    qtbot.keyClicks(dialog.verifier, "Hj. Euis Rohayati")
    assert not label.isVisible() and dialog.errors.text() == ""
    assert dialog.verifier.property("fieldError") is False

    # A date that does not exist is refused under the date field; nothing is recorded.
    dialog.date.setFocus()
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "30/02/2024")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors.error_text("verified_on") == "Tanggal 30-02-2024 tidak ada di kalender."
    # The service's own rule (no future date) lands under the same field.
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "01012099")
    dialog.save()
    assert dialog.errors.error_text("verified_on") == "Tanggal verifikasi tidak boleh di masa depan."
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "15062024")
    assert dialog.errors.error_text("verified_on") == ""
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    with page.session_factory() as session:
        visit = session.scalars(select(KrsVerification).order_by(KrsVerification.id.desc())).first()
        assert visit is not None and visit.verified_on == date(2024, 6, 15)
