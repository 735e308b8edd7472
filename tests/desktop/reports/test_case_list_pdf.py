"""The printed follow-up list of a desa: masked NIK, flags, F4 landscape, read back from the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
import pytest

from desktop.context import AppContext
from desktop.reports.case_list_pdf import build_desa_case_list
from desktop.services.cases.case_info import CaseError
from desktop.services.cases.desa_list import desa_case_list
from desktop.services.demo.cases_demo import fill_demo_cases
from desktop.services.tasks import TaskControl

F4_LANDSCAPE = (935.43, 609.45)  # 330 x 215 mm in points


def test_desa_list_pdf(office_context: AppContext, tmp_path: Path) -> None:
    sf = office_context.session_factory
    fill_demo_cases(sf, TaskControl())
    data = desa_case_list(sf, "36.02.18.2004", printed_on=date(2026, 3, 20))
    assert data.desa_name == "Cibadak" and data.kecamatan_name == "Cibadak"
    assert [row.posyandu for row in data.rows] == sorted(row.posyandu for row in data.rows)
    target = tmp_path / "daftar.pdf"
    pages = build_desa_case_list(target, data)
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) == pages >= 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == F4_LANDSCAPE
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "DAFTAR NAMA BALITA UNTUK TINDAK LANJUT POSYANDU" in text
    assert "PEMERINTAH KABUPATEN LEBAK" in text and "20 Maret 2026" in text
    assert f"Halaman 1 dari {pages}" in text
    for row in data.rows:
        assert row.name in text
        if row.nik:
            assert row.nik not in text
    assert "360218**********" in text
    assert "tanggal ukur" in text and "Data tidak valid" in text


def test_desa_list_refuses_a_non_desa(office_context: AppContext) -> None:
    with pytest.raises(CaseError, match="tidak dikenal"):
        desa_case_list(office_context.session_factory, "36.02.18")
