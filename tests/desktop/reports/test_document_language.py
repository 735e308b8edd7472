"""Documents follow the document language: with the interface in English, the files printed stay Indonesian."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.context import AppContext
from desktop.domain.i18n import _, set_language
from desktop.reports.krs_desa_list_pdf import build_desa_krs_list
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.desa_list import desa_verification_list
from desktop.services.krs.import_service import run_import
from desktop.services.reports.export import export_report
from desktop.services.reports.scope import ReportRequest
from tests.desktop.services.krs.conftest import write_xlsx


@pytest.fixture
def english_interface(office_context: AppContext, tmp_path: Path) -> Iterator[AppContext]:
    """An office with an imported KRS list, and the interface switched to English."""
    rows = [list(row) for row in krs_rows(120)]
    run_import(office_context.session_factory, write_xlsx(tmp_path / "krs.xlsx", rows), dry_run=False)
    set_language("en")
    assert _("DAFTAR HADIR") == "ATTENDANCE LIST"  # the English catalogue is really in force
    yield office_context
    set_language("id")


def test_printed_desa_list_stays_indonesian(english_interface: AppContext, tmp_path: Path) -> None:
    data = desa_verification_list(english_interface.session_factory, "36.02.18.2004", date(2024, 10, 11))
    target = tmp_path / "daftar.pdf"
    build_desa_krs_list(target, data)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "DAFTAR VERIFIKASI DAN VALIDASI KELUARGA BERISIKO STUNTING" in text
    assert "Nama Kepala Keluarga" in text and "Koordinator TPK," in text and "Cibadak, 11 Oktober 2024" in text
    for english in ("VERIFICATION AND VALIDATION LIST", "Head of Family", "TPK Coordinator", "Acknowledged"):
        assert english not in text


def test_exported_recap_workbook_stays_indonesian(english_interface: AppContext, tmp_path: Path) -> None:
    target = tmp_path / "rekap.xlsx"
    export_report(english_interface.session_factory, ReportRequest("krs", 2024, today=date(2024, 10, 11)), target)
    sheet = load_workbook(target).worksheets[0]
    cells = {str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None}
    assert "REKAP VERIFIKASI DAN VALIDASI KELUARGA BERISIKO STUNTING" in cells
    assert {"Kecamatan / Desa", "Jumlah keluarga", "Sudah diverval"} <= cells
    text = " ".join(cells)
    for english in ("RECAP OF THE VERIFICATION", "Number of families", "Verified", "Made on", "Unsafe drinking"):
        assert english not in text
