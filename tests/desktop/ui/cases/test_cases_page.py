"""The Kasus Stunting page: list and filters, detail with flags, re-measurement, status, recap, calculator, import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from db.models.krs import KrsFamily
from desktop.domain.cases.codes import CaseStatus
from desktop.domain.cases.records import MeasurementInput
from desktop.domain.cases.zscore import Method
from desktop.services.cases.records import change_status, get_case, record_remeasurement
from desktop.ui.cases.case_import_dialog import CaseImportDialog
from desktop.ui.cases.cases_page import CasesPage
from desktop.ui.cases.cases_table_model import (
    FLAG_BACKGROUND,
    FLAG_ROLE,
    CasesTableModel,
    MeasurementsTableModel,
    RecapTableModel,
)
from desktop.ui.cases.zscore_dialog import ZScoreDialog
from tests.desktop.ui.cases.conftest import select_child as _select
from tests.desktop.ui.cases.conftest import settle as _settle
from tests.desktop.ui.dialog_answers import DialogAnswers


def test_models_pass_the_model_tester(page: CasesPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.recap_model)
    _select(page, "Putri Anjani")
    qtmodeltester.check(page.detail.model)
    for model in (CasesTableModel(), MeasurementsTableModel(), RecapTableModel()):
        qtmodeltester.check(model)


def test_list_filters_and_masked_nik(page: CasesPage) -> None:
    assert page.model.rowCount() == 59
    assert "59 anak" in page.counts.text() and "data janggal" in page.counts.text()
    page.kecamatan.setCurrentIndex(page.kecamatan.findData("36.02.24"))
    _settle(page)
    assert page.model.rowCount() == 12
    page.desa.setCurrentIndex(page.desa.findData("36.02.24.2002"))
    _settle(page)
    assert {row.desa_name for row in page.model.rows} == {"Pasirkupa"}
    page.kecamatan.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("data_tidak_valid"))
    _settle(page)
    assert sorted(row.name for row in page.model.rows) == ["Kirana", "Rendi Saputra"]
    page.status.setCurrentIndex(0)
    _settle(page)
    with_nik = next(number for number, row in enumerate(page.model.rows) if row.nik)
    shown = page.model.index(with_nik, 1).data()
    assert shown.endswith("**********") and len(shown) == 16
    page.reveal.setChecked(True)
    assert page.model.index(with_nik, 1).data() == page.model.rows[with_nik].nik


def test_flagged_records_are_highlighted_in_list_and_detail(page: CasesPage) -> None:
    number = next(n for n, row in enumerate(page.model.rows) if row.name == "Nurul Hikmah")
    flags_cell = page.model.index(number, 10)
    assert "TB/U tidak masuk akal" in flags_cell.data()
    assert flags_cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == FLAG_BACKGROUND
    assert flags_cell.data(FLAG_ROLE) is True
    _select(page, "Nurul Hikmah")
    detail = page.detail
    assert "Nurul Hikmah" in detail.summary.text() and "Leuwidamar" in detail.summary.text()
    assert detail.model.rowCount() == 1
    haz_cell = detail.model.index(0, 6)
    assert haz_cell.data().endswith("(sangat pendek)")
    assert "," in haz_cell.data() and "." not in haz_cell.data()  # decimal comma, as in the recap and print
    assert "," in detail.model.index(0, 4).data() and "." not in detail.model.index(0, 4).data()
    assert haz_cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == FLAG_BACKGROUND
    assert detail.history.count() == 1


def test_remeasure_dialog_previews_and_saves(page: CasesPage, qtbot: QtBot) -> None:
    _select(page, "Nurul Hikmah")
    dialog = page.remeasure()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.form.measured_on.setDate(QDate(2026, 3, 12))
    dialog.form.height_cm.setValue(71.5)
    dialog.form.method.setCurrentIndex(0)
    assert dialog.panel.flags.text() == ""
    assert dialog.panel.haz.text() != "-"
    dialog.form.measured_on.setDate(QDate(2099, 1, 1))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.message.text() == "tanggal ukur di masa depan"
    dialog.form.measured_on.setDate(QDate(2026, 3, 12))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    _settle(page)
    case = page.current_case()
    assert case is not None and case.name == "Nurul Hikmah" and case.status == "diukur_ulang"
    assert page.detail.model.rowCount() == 2 and page.detail.history.count() == 2


def test_status_dialog_refusal_and_change(page: CasesPage, qtbot: QtBot) -> None:
    _select(page, "Nurul Hikmah")
    dialog = page.change_status()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert [dialog.status.itemData(i) for i in range(dialog.status.count())] == [
        "data_tidak_valid",
        "pindah",
        "meninggal",
    ]
    dialog.status.setCurrentIndex(dialog.status.findData("pindah"))
    dialog.note.setText("pindah ke Rangkasbitung")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    _settle(page)
    case_id = page.current_case().id  # type: ignore[union-attr]
    assert get_case(page.session_factory, case_id).row.status == "pindah"
    dialog = page.change_status()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("terdata"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert get_case(page.session_factory, case_id).row.status == "terdata"


def test_status_refusal_is_shown_in_the_label(page: CasesPage, qtbot: QtBot) -> None:
    _select(page, "Nurul Hikmah")
    case = page.current_case()
    assert case is not None
    normal = MeasurementInput(date(2026, 3, 12), 75.0, Method.LYING, 8.6, "Bidan Desi")
    record_remeasurement(page.session_factory, case.id, normal)
    page.refresh()
    _settle(page)
    dialog = page.change_status()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.status.findData("diukur_ulang") == -1  # automatic only, never offered
    dialog.status.setCurrentIndex(dialog.status.findData("terkonfirmasi_stunting"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "tidak di bawah -2: bukan stunting" in dialog.message.text()
    assert dialog.isVisible()
    assert get_case(page.session_factory, case.id).row.status == "diukur_ulang"


def test_recap_tab(page: CasesPage) -> None:
    rows = page.recap_model.rows
    assert rows[-1].name == "Jumlah" and rows[-1].children == 59
    kecamatan = [row.name for row in rows if row.level == 3]
    assert kecamatan == ["Leuwidamar", "Cimarga", "Cibadak", "Kalanganyar"]
    total_row = page.recap_model.rowCount() - 1
    assert page.recap_model.index(total_row, 2).data() == "59"


def test_zscore_calculator(page: CasesPage, qtbot: QtBot) -> None:
    dialog = page.open_calculator()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ZScoreDialog)
    assert dialog.message.text() == "Isi panjang/tinggi badan."
    dialog.sex.setCurrentIndex(dialog.sex.findData("L"))
    dialog.birth.setDate(QDate(2024, 1, 1))
    dialog.form.measured_on.setDate(QDate(2025, 1, 1))
    dialog.form.height_cm.setValue(70.0)
    dialog.form.weight_kg.setValue(8.0)
    assert dialog.panel.haz.text() == "-2,43 (pendek)"
    assert dialog.panel.whz.text() == "-0,63 (gizi baik)"
    assert dialog.panel.age.text() == "12 bulan (366 hari)"
    dialog.form.height_cm.setValue(7.0)
    assert "TB/U tidak masuk akal" in dialog.panel.flags.text()
    dialog.close()


def test_import_dialog_checks_then_imports(page: CasesPage, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "posyandu.csv"
    path.write_text(
        "Nama;JK;Tgl Lahir;Nama Ortu;Desa;Kec;Tanggal Pengukuran;Berat;Tinggi;Cara Ukur\n"
        "Zaki;L;2025-02-01;Rina;Kalanganyar;Kalanganyar;2026-02-10;8,9;72,0;Terlentang\n"
        "Yuni;P;2025-02-01;Rina;Kalanganyar;Kalanganyar;2026-02-10;8,9;abc;Terlentang\n",
        encoding="utf-8",
    )
    dialog = page.open_import()
    assert isinstance(dialog, CaseImportDialog)
    qtbot.addWidget(dialog)
    dialog.set_path(path)
    qtbot.waitUntil(lambda: dialog.handle is None and dialog.checked is not None, timeout=10_000)
    assert dialog.summary.text().startswith("Uji coba: 1 baru")
    assert dialog.errors.count() == 1 and "baris 3" in dialog.errors.item(0).text().lower()
    assert dialog.import_button.isEnabled()
    assert page.model.rowCount() == 59
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    _settle(page)
    assert page.model.rowCount() == 60
    assert date(2025, 2, 1) in {row.birth_date for row in page.model.rows if row.name == "Zaki"}


def test_final_status_dialog_cannot_save(page: CasesPage, qtbot: QtBot) -> None:
    _select(page, "Kirana")
    case = page.current_case()
    assert case is not None
    change_status(page.session_factory, case.id, CaseStatus.TERDATA)
    change_status(page.session_factory, case.id, CaseStatus.MENINGGAL)
    page.refresh()
    _settle(page)
    dialog = page.change_status()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.status.count() == 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert dialog.message.text() == "Status ini final; tidak dapat diubah lagi."


def test_print_desa_list(
    page: CasesPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: DialogAnswers
) -> None:
    assert not page.print_button.isEnabled()
    dialogs.answer("information_ok")
    assert page.print_desa_list(tmp_path / "x.pdf", open_after=False) is None
    text = "Daftar nama dicetak per desa. Pilih kecamatan lalu desanya di penyaring, kemudian coba lagi."
    assert page.message.text() == text
    assert dialogs.asked == [("information_message", text)]
    page.kecamatan.setCurrentIndex(page.kecamatan.findData("36.02.18"))
    page.desa.setCurrentIndex(page.desa.findData("36.02.18.2004"))
    _settle(page)
    assert page.print_button.isEnabled()
    target = tmp_path / "cibadak.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(target), "PDF (*.pdf)"))
    with qtbot.waitSignal(page.printed, timeout=20_000) as printed:
        assert page.print_desa_list(open_after=False) is not None
        assert not page.print_button.isEnabled() and page.message.text() == "Mencetak daftar desa…"
    assert printed.args == [target] and page.print_button.isEnabled()
    text = pypdf.PdfReader(target).pages[0].extract_text()
    assert "Desa/Kelurahan" in text and "Cibadak (36.02.18.2004)" in text


def test_import_dialog_manual_mapping_and_rejected_rows(page: CasesPage, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "posyandu.csv"
    path.write_text(
        "Nama;JK;Tgl Lahir;Desa;Kec;Tanggal Pengukuran;Berat;Tinggi;Cara\n"
        "Zaki;L;2025-02-01;Kalanganyar;Kalanganyar;2026-02-10;8,9;72,0;Terlentang\n"
        "Yuni;X;2025-02-01;Kalanganyar;Kalanganyar;2026-02-10;8,9;72,0;Terlentang\n",
        encoding="utf-8",
    )
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    dialog.set_path(path)
    assert dialog.summary.text() == "Kolom wajib belum dipetakan: Cara Ukur"
    assert not dialog.check_button.isEnabled()
    combo = dialog.combos["method"]
    combo.setCurrentIndex(combo.findData(8))
    assert dialog.summary.text() == "Pemetaan kolom diubah; tekan Periksa."
    assert dialog.check_button.isEnabled()
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.handle is None and dialog.checked is not None, timeout=10_000)
    assert dialog.checked is not None and (dialog.checked.new, dialog.checked.rejected) == (1, 1)
    assert dialog.rejected_button.isEnabled()
    saved = dialog.save_rejected(tmp_path / "ditolak.xlsx")
    assert saved is not None
    sheet = openpyxl.load_workbook(saved).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "Yuni" in values and any("jenis kelamin" in str(value) for value in values)


def test_link_to_krs_family_shows_in_detail(page: CasesPage) -> None:
    _select(page, "Aisyah")
    case = page.current_case()
    assert case is not None and case.no_kk is not None
    with page.session_factory() as session, session.begin():
        session.add(
            KrsFamily(
                source_round="PK24",
                identity_key=f"KK:{case.no_kk}",
                kecamatan_code="36.02.18",
                desa_code=case.desa_code,
                head_name="Ujang Sunarya",
                wife_name="Entin",
                no_kk=case.no_kk,
            )
        )
    assert "belum tertaut" in page.detail.summary.text()
    page.link_krs()
    _settle(page)
    assert page.message.text() == "1 anak ditautkan ke keluarga KRS."
    assert "Keluarga KRS: Ujang Sunarya / Entin (PK24)" in page.detail.summary.text()


def test_buttons_use_sentence_case_with_ellipsis(page: CasesPage) -> None:
    texts = [b.text() for b in (page.remeasure_button, page.status_button, page.print_button, page.import_button)]
    assert texts == ["Ukur ulang…", "Ubah status…", "Cetak daftar desa…", "Impor daftar anak…"]


def test_name_filter_is_debounced_and_stale_results_are_ignored(page: CasesPage, qtbot: QtBot) -> None:
    refreshes: list[int] = []
    page.refreshed.connect(lambda: refreshes.append(page.model.rowCount()))
    for text in ("N", "Nu", "Nur", "Nurul"):  # typed quickly: one reload after the pause
        page.search.setText(text)
    assert page.busy and page.model.rowCount() == 59
    _settle(page)
    assert refreshes == [1] and page.model.rows[0].name == "Nurul Hikmah"
    # Two reloads in flight: only the newer one is applied.
    page.search.setText("")
    page.refresh()
    page.status.setCurrentIndex(page.status.findData("data_tidak_valid"))
    _settle(page)
    assert refreshes[1:] == [2] and sorted(row.name for row in page.model.rows) == ["Kirana", "Rendi Saputra"]


def test_remeasure_typed_date_and_errors_under_their_fields(page: CasesPage, qtbot: QtBot) -> None:
    _select(page, "Nurul Hikmah")
    dialog = page.remeasure()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    field = dialog.form.measured_on
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    qtbot.keyClicks(field, "99999999")
    dialog.form.height_cm.setValue(71.5)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.errors.error_text("measured_on") == "Tanggal 99-99-9999 tidak ada di kalender."
    assert dialog.errors.error_label("measured_on").isVisible()
    assert get_case(page.session_factory, page.current_case().id).row.status != "diukur_ulang"  # type: ignore[union-attr]
    field.selectAll()
    qtbot.keyClicks(field, "01012099")
    dialog.form.height_cm.setValue(0.0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    # The service's problems, each under its own field.
    assert dialog.errors.error_text("measured_on") == "tanggal ukur di masa depan"
    assert dialog.errors.error_text("height_cm") == "panjang/tinggi badan harus lebih dari 0"
    dialog.form.height_cm.setValue(71.5)
    assert dialog.errors.error_text("height_cm") == ""
    assert dialog.errors.error_text("measured_on") == "tanggal ukur di masa depan"
    field.selectAll()
    qtbot.keyClicks(field, "12-03-2026")
    assert dialog.errors.text() == ""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    _settle(page)
    assert page.current_case().status == "diukur_ulang"  # type: ignore[union-attr]
    assert page.detail.model.rowCount() == 2


def test_status_dialog_refuses_an_invalid_date(page: CasesPage, qtbot: QtBot) -> None:
    _select(page, "Nurul Hikmah")
    dialog = page.change_status()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("pindah"))
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, "pindah kemarin")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.errors.error_text("on").startswith("Tanggal tidak dikenali")
    case_id = page.current_case().id  # type: ignore[union-attr]
    assert get_case(page.session_factory, case_id).row.status != "pindah"
