"""An office's own layout in <data>/templates/<report>.xlsx is filled instead of the built-in one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.workbook.defined_name import DefinedName

from desktop.context import AppContext
from desktop.services.reports.export import export_report, template_for
from desktop.services.reports.scope import ReportError, ReportRequest

REQUEST = ReportRequest("krs", 2024, kecamatan_code="36.02.18", today=dt.date(2024, 12, 20))


def _templates(context: AppContext) -> Path:
    folder = context.data_dir / "templates"
    folder.mkdir(exist_ok=True)
    return folder


def test_placeholders_and_marker_row(demo_context: AppContext, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "LAPORAN VERVAL KRS {{kabupaten}}"
    ws["A2"] = "Periode: {{periode}} - {{wilayah}}"
    ws["A4"], ws["B4"], ws["C4"] = "Kode", "Desa", "Keluarga"
    ws["A5"], ws["B5"], ws["C5"], ws["D5"] = "{{data.kode}}", "{{data.wilayah}}", "{{data.keluarga}}", "{{data.persen}}"
    ws["A5"].font = Font(bold=True)
    ws["B7"] = "Kepala, {{kepala_nama}}"
    ws["B8"] = "NIP {{kepala_nip}}"
    ws["B9"] = "{{tidak_dikenal}}"
    wb.save(_templates(demo_context) / "krs.xlsx")
    assert template_for(demo_context.data_dir, "krs") is not None
    target = tmp_path / "out.xlsx"
    result = export_report(demo_context.session_factory, REQUEST, target, data_dir=demo_context.data_dir)
    assert result.template is not None and result.rows == 4  # the kecamatan and its three desa with families
    out = load_workbook(target).active
    assert out is not None
    assert out["A1"].value == "LAPORAN VERVAL KRS Kabupaten Lebak"
    assert out["A2"].value == "Periode: Tahun 2024 (sumber data PK24) - Kecamatan Cibadak"
    assert [out.cell(r, 1).value for r in range(5, 10)] == [
        "36.02.18", "36.02.18.2001", "36.02.18.2003", "36.02.18.2004", None,
    ]  # fmt: skip
    assert out["C5"].value == 150 and out["A6"].font.b  # marker row style copied
    assert out["B9"].value == "JUMLAH"  # the total row follows the data
    assert out["A6"].number_format == "@" and out["A6"].data_type == "s"
    # Rows below the marker moved down by the inserted rows.
    assert out["B11"].value.startswith("Kepala, Dr. H.")  # type: ignore[union-attr]
    assert out["B12"].value == "NIP 19720315 199803 1 004"
    assert out["B13"].value == "{{tidak_dikenal}}"


def test_defined_name_data(demo_context: AppContext, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Rekap"
    ws["A1"] = "=dangerous {{periode}}"
    ws["B3"] = "Mulai"
    wb.defined_names["DATA"] = DefinedName("DATA", attr_text="Rekap!$B$3")
    wb.save(_templates(demo_context) / "krs.xlsx")
    target = tmp_path / "named.xlsx"
    export_report(demo_context.session_factory, REQUEST, target, data_dir=demo_context.data_dir)
    out = load_workbook(target)["Rekap"]
    assert out["B3"].value == "36.02.18" and out["C3"].value == "KECAMATAN CIBADAK"
    assert out["A1"].data_type == "s" and out["A1"].value == "=dangerous Tahun 2024 (sumber data PK24)"


def test_unusable_templates_are_refused(demo_context: AppContext, tmp_path: Path) -> None:
    folder = _templates(demo_context)
    Workbook().save(folder / "krs.xlsx")
    with pytest.raises(ReportError, match="penanda"):
        export_report(demo_context.session_factory, REQUEST, tmp_path / "x.xlsx", data_dir=demo_context.data_dir)
    (folder / "krs.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(ReportError, match="tidak dapat dibaca"):
        export_report(demo_context.session_factory, REQUEST, tmp_path / "x.xlsx", data_dir=demo_context.data_dir)
    assert not (tmp_path / "x.xlsx").exists()
    # Without a template the built-in layout is used.
    (folder / "krs.xlsx").unlink()
    result = export_report(demo_context.session_factory, REQUEST, tmp_path / "x.xlsx", data_dir=demo_context.data_dir)
    assert result.template is None
