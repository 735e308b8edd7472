"""The Reports page: produce a report in the background, NIK reveal needs a confirmation, outputs are listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.reports.reports_page import ReportsPage
from desktop.ui.window_context import WindowContext


def _page(qtbot: QtBot, context: WindowContext) -> ReportsPage:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    return page


def _select(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_produce_krs_recap_for_one_kecamatan(qtbot: QtBot, demo_window_context: WindowContext, tmp_path: Path) -> None:
    page = _page(qtbot, demo_window_context)
    assert page.kecamatan.count() == 29  # the kabupaten and its 28 kecamatan
    _select(page.report, "krs")
    page.year.setValue(2024)
    assert not page.reveal.isEnabled() and not page.month.isEnabled()
    _select(page.kecamatan, "36.02.18")
    assert page.desa.isEnabled() and page.desa.count() > 1
    target = tmp_path / "krs.xlsx"
    with qtbot.waitSignal(page.produced, timeout=30_000) as blocker:
        page.produce(target)
    assert blocker.args == [target]
    assert "Tersimpan: krs.xlsx" in page.message.text()
    ws = load_workbook(target).active
    assert ws is not None and ws["A4"].value == "Kecamatan Cibadak"
    assert page.recent.count() == 1 and str(target) in page.recent.item(0).toolTip()
    assert page.produce_button.isEnabled() and not page.cancel_button.isEnabled()


def test_reveal_needs_confirmation(
    qtbot: QtBot, demo_window_context: WindowContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, demo_window_context)
    _select(page.report, "krs-list")
    assert page.reveal.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_args: QMessageBox.StandardButton.No))
    page.reveal.setChecked(True)
    assert not page.reveal.isChecked()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_args: QMessageBox.StandardButton.Yes))
    page.reveal.setChecked(True)
    assert page.reveal.isChecked()
    page.year.setValue(2024)
    _select(page.kecamatan, "36.02.18")
    _select(page.desa, "36.02.18.2004")
    assert page.request().show_nik and page.request().desa_code == "36.02.18.2004"
    page.password.setText("rahasia")
    target = tmp_path / "daftar.xlsx"
    with qtbot.waitSignal(page.produced, timeout=30_000):
        page.produce(target)
    assert "dilindungi kata sandi" in page.message.text()
    assert target.exists()


def test_errors_show_in_the_label(qtbot: QtBot, demo_window_context: WindowContext, tmp_path: Path) -> None:
    page = _page(qtbot, demo_window_context)
    _select(page.report, "aksi")
    with qtbot.waitSignal(page.produced, timeout=30_000) as blocker:
        page.produce(tmp_path / "hilang" / "aksi.xlsx")
    assert blocker.args == [None]
    assert "tidak dapat dibuat" in page.message.text() and "hilang" in page.message.text()


def test_file_dialog_cancel_produces_nothing(
    qtbot: QtBot, demo_window_context: WindowContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    page = _page(qtbot, demo_window_context)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: ("", "")))
    assert page.produce() is None


def test_cancel_a_long_export(qtbot: QtBot, demo_window_context: WindowContext, tmp_path: Path) -> None:
    from tests.desktop.services.reports.demo_fixture import add_many_families

    add_many_families(demo_window_context.app, 20_000)
    page = _page(qtbot, demo_window_context)
    _select(page.report, "krs-list")
    page.year.setValue(2024)
    target = tmp_path / "besar.xlsx"
    handle = page.produce(target)
    assert handle is not None and page.cancel_button.isEnabled()
    handle.progress_changed.connect(lambda done, _total, _msg: done >= 1000 and page.cancel_button.click())
    with qtbot.waitSignal(page.produced, timeout=60_000) as blocker:
        pass
    assert blocker.args == [None]
    assert "Dibatalkan" in page.message.text()
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_offered_file_names_are_indonesian(
    qtbot: QtBot, demo_window_context: WindowContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop.services.reports.catalog import REPORTS
    from desktop.ui.reports.reports_page import REPORT_FILE_NAMES

    offered: list[str] = []

    def save_name(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(Path(suggested).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    page = _page(qtbot, demo_window_context)
    assert set(REPORT_FILE_NAMES) == set(REPORTS)  # a new report needs its Indonesian file name
    for key in REPORTS:
        _select(page.report, key)
        assert page.produce() is None
    assert offered[0].startswith("rekap-minlok-") and "daftar-kasus-stunting-" in offered[-1]
    assert not any(word in name for name in offered for word in ("cases", "list", "report"))


def test_the_cover_letter_button_writes_the_surat_pengantar(
    qtbot: QtBot, demo_window_context: WindowContext, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    page = _page(qtbot, demo_window_context)
    page.year.setValue(2024)
    target = tmp_path / "pengantar.pdf"
    with qtbot.waitSignal(page.produced, timeout=30_000) as blocker:
        page.cover_letter(target)
    assert blocker.args == [target] and "Tersimpan: pengantar.pdf (1 halaman)" in page.message.text()
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Perihal : Penyampaian Laporan Percepatan Penurunan Stunting Tahun 2024" in text
    assert "Lampiran : 5 (lima) berkas" in text and "Rekap Verval KRS" in text and "(by name)" not in text
    assert page.cover_letter_button.isEnabled() and page.recent.count() == 1
