"""Every report's built-in workbook, read back with openpyxl: layout, values, types, print setup, formula guard."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import update

from db.models.krs import KrsFamily
from db.models.office import Office
from desktop.context import AppContext
from desktop.services.reports.catalog import REPORTS
from desktop.services.reports.export import export_report
from desktop.services.reports.scope import ReportRequest

TODAY = dt.date(2024, 12, 20)
HEADER_ROW = 8


def _export(context: AppContext, report: str, path: Path, year: int = 2024, **kwargs: object) -> Worksheet:
    request = ReportRequest(report, year, today=TODAY, **kwargs)  # type: ignore[arg-type]
    export_report(context.session_factory, request, path, data_dir=context.data_dir)
    ws = load_workbook(path).active
    assert isinstance(ws, Worksheet)
    return ws


@pytest.mark.parametrize("report", list(REPORTS))
def test_common_layout(demo_context: AppContext, tmp_path: Path, report: str) -> None:
    path = tmp_path / f"{report}.xlsx"
    ws = _export(demo_context, report, path)
    assert ws["A1"].value == "PEMERINTAH KABUPATEN LEBAK"
    assert "PERENCANAAN" in str(ws["A2"].value)
    assert ws["A3"].value and ws["A3"].font.b
    assert ws["A5"].value.startswith("Tahun 2024")  # type: ignore[union-attr]
    assert ws["A6"].value == "Dibuat tanggal 20 Desember 2024"
    assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith(f"A{HEADER_ROW}:")
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert ws.page_setup.paperSize == 14  # F4 -> Excel "Folio 8.5x13"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.column_dimensions["A"].width > 0
    assert all(cell.value for cell in ws[HEADER_ROW])
    texts = [str(c.value) for row in ws.iter_rows(min_row=HEADER_ROW + 1) for c in row if isinstance(c.value, str)]
    assert "NIP 19720315 199803 1 004" in texts  # head of office, NIP grouped 8-6-1-3
    assert "Rangkasbitung, 20 Desember 2024" in texts
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate


def test_krs_recap_values_and_types(demo_context: AppContext, tmp_path: Path) -> None:
    ws = _export(demo_context, "krs", tmp_path / "krs.xlsx")
    header = [c.value for c in ws[HEADER_ROW]]
    assert header[:5] == ["Kode wilayah", "Kecamatan / Desa", "Jumlah keluarga", "Sudah diverval", "% diverval"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=HEADER_ROW + 1) if r[0].value}
    desa = rows["36.02.18.2004"]
    assert desa[0].data_type == "s" and desa[0].number_format == "@"  # identifiers as text
    assert desa[2].value == 50 and desa[2].data_type == "n"
    assert desa[4].value == 50.0 and desa[4].number_format == "0.0"
    total = next(r for r in ws.iter_rows(min_row=HEADER_ROW + 1) if r[1].value == "JUMLAH")
    assert total[2].value == 450 and total[2].font.b
    notes = [r[0].value for r in ws.iter_rows() if isinstance(r[0].value, str) and r[0].value.startswith("Catatan")]
    assert notes and "tumpang tindih" in notes[0]


def test_dates_are_date_cells(demo_context: AppContext, tmp_path: Path) -> None:
    ws = _export(demo_context, "rtl", tmp_path / "rtl.xlsx")
    header = [c.value for c in ws[HEADER_ROW]]
    deadline = header.index("Batas waktu")
    first = ws[HEADER_ROW + 1]
    assert isinstance(first[deadline].value, dt.datetime)
    assert first[deadline].number_format == "DD-MM-YYYY"


def test_by_name_list_guards_user_text_and_keeps_nik_text(demo_context: AppContext, tmp_path: Path) -> None:
    with demo_context.session_factory() as session, session.begin():
        first = session.query(KrsFamily).filter(KrsFamily.desa_code == "36.02.18.2004").order_by(KrsFamily.id).first()
        assert first is not None
        first.head_name = '=HYPERLINK("http://evil","klik")'
        first.address = "+62 ruang tamu"
        first.wife_name = "@SUM(1)"
    ws = _export(demo_context, "krs-list", tmp_path / "list.xlsx", desa_code="36.02.18.2004", show_nik=True)
    header = [c.value for c in ws[HEADER_ROW]]
    row = next(r for r in ws.iter_rows(min_row=HEADER_ROW + 1) if r[header.index("No. KK")].value == first.no_kk)
    name = row[header.index("Kepala keluarga")]
    assert name.value == '=HYPERLINK("http://evil","klik")' and name.data_type == "s"
    assert row[header.index("Alamat")].data_type == "s"
    assert row[header.index("Nama istri")].value == "@SUM(1)"
    nik = row[header.index("NIK")]
    assert nik.data_type == "s" and nik.number_format == "@" and len(str(nik.value)) == 16
    rows = list(ws.iter_rows(min_row=HEADER_ROW + 1, max_row=HEADER_ROW + 50))
    assert all(isinstance(r[0].value, int) and r[0].data_type == "n" for r in rows)
    verified = [r[header.index("Tanggal verval")] for r in rows if r[header.index("Tanggal verval")].value]
    assert len(verified) == 25
    assert all(isinstance(c.value, dt.datetime) and c.number_format == "DD-MM-YYYY" for c in verified)
    assert ws.cell(HEADER_ROW + 51, 1).value is None  # the list ends, then notes and the signature


def test_masked_by_default(demo_context: AppContext, tmp_path: Path) -> None:
    ws = _export(demo_context, "cases-list", tmp_path / "cases.xlsx", year=2026)  # the demo measures in 2026
    header = [c.value for c in ws[HEADER_ROW]]
    values = [r[header.index("NIK")].value for r in ws.iter_rows(min_row=HEADER_ROW + 1, max_row=HEADER_ROW + 59)]
    assert values and all(v is None or str(v).endswith("**********") for v in values)


def test_a4_office_gets_a4_paper(demo_context: AppContext, tmp_path: Path) -> None:
    with demo_context.session_factory() as session, session.begin():
        session.execute(update(Office).values(paper_size="A4"))
    ws = _export(demo_context, "aksi", tmp_path / "aksi.xlsx")
    assert ws.page_setup.paperSize == 9


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_workbooks(demo_context: AppContext, tmp_path: Path) -> None:
    for report in ("krs", "krs-list"):
        _export(demo_context, report, tmp_path / f"{report}.xlsx", kecamatan_code="36.02.18")
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            str(tmp_path / "csv"),
            str(tmp_path / "krs.xlsx"),
            str(tmp_path / "krs-list.xlsx"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    krs = (tmp_path / "csv" / "krs.csv").read_text(encoding="utf-8", errors="replace")
    assert "REKAP VERIFIKASI DAN VALIDASI KELUARGA BERISIKO STUNTING" in krs
    assert "36.02.18.2004" in krs and "KECAMATAN CIBADAK" in krs
    listing = (tmp_path / "csv" / "krs-list.csv").read_text(encoding="utf-8", errors="replace")
    assert listing.count("**********") >= 150
