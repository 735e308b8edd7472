"""The printed verval KRS list of a desa: landscape, masked NIK, both signature blocks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desktop.context import AppContext
from desktop.reports.krs_desa_list_pdf import build_desa_krs_list
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.desa_list import desa_verification_list
from desktop.services.krs.import_service import run_import
from tests.desktop.services.krs.conftest import write_xlsx


def test_desa_list_pdf_landscape_masked_with_signatures(office_context: AppContext, tmp_path: Path) -> None:
    rows = [list(row) for row in krs_rows(900)]
    run_import(office_context.session_factory, write_xlsx(tmp_path / "krs.xlsx", rows), dry_run=False)
    data = desa_verification_list(office_context.session_factory, "36.02.18.2004", date(2024, 10, 11))
    assert len(data.rows) == 100
    target = tmp_path / "daftar.pdf"
    pages = build_desa_krs_list(target, data)
    reader = PdfReader(target)
    assert pages == len(reader.pages) > 1
    box = reader.pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 330 and round(float(box.height) / 72 * 25.4) == 215
    first = reader.pages[0].extract_text()
    assert "DAFTAR VERIFIKASI DAN VALIDASI KELUARGA BERISIKO STUNTING" in first
    assert "360218**********" in first
    full_niks = {str(row[8]) for row in rows}
    text = "".join(page.extract_text() for page in reader.pages)
    assert not any(nik in text for nik in full_niks)
    last = reader.pages[-1].extract_text()
    assert "Koordinator TPK," in last and "Kepala Desa Cibadak" in last and "Cibadak, 11 Oktober 2024" in last
