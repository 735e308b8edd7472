"""The PDF twins, read back with pypdf: text, page size, encryption."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.context import AppContext
from desktop.services.reports.catalog import REPORTS
from desktop.services.reports.export import export_report
from desktop.services.reports.scope import ReportRequest

F4_LANDSCAPE = (935.4, 609.4)


def _pdf(context: AppContext, report: str, path: Path, password: str | None = None) -> int:
    request = ReportRequest(report, 2024, kecamatan_code="36.02.18", today=dt.date(2024, 12, 20))
    return export_report(context.session_factory, request, path, file_format="pdf", password=password).pages


@pytest.mark.parametrize("report", list(REPORTS))
def test_every_report_has_a_pdf_twin(demo_context: AppContext, tmp_path: Path, report: str) -> None:
    path = tmp_path / f"{report}.pdf"
    pages = _pdf(demo_context, report, path)
    reader = PdfReader(path)
    assert len(reader.pages) == pages >= 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == F4_LANDSCAPE
    first = reader.pages[0].extract_text()
    assert "PEMERINTAH KABUPATEN LEBAK" in first
    assert "Dibuat tanggal 20 Desember 2024" in first
    assert f"Halaman 1 dari {pages}" in first
    last = reader.pages[-1].extract_text()
    assert "NIP 19720315 199803 1 004" in last


def test_krs_pdf_content(demo_context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "krs.pdf"
    _pdf(demo_context, "krs", path)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "REKAP VERIFIKASI DAN VALIDASI KELUARGA BERISIKO STUNTING" in text
    assert "Kecamatan Cibadak" in text and "36.02.18.2004" in text
    assert "tumpang tindih" in text


def test_by_name_pdf_is_masked_and_can_be_encrypted(demo_context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "list.pdf"
    _pdf(demo_context, "krs-list", path, password="kunci")
    reader = PdfReader(path)
    assert reader.is_encrypted
    assert reader.decrypt("salah") == 0
    reader = PdfReader(path)
    assert reader.decrypt("kunci") != 0
    text = reader.pages[0].extract_text()
    assert "DAFTAR KELUARGA BERISIKO STUNTING" in text
    assert "**********" in text
