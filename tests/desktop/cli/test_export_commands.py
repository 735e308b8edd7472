"""``konvergensi export ...`` writes the report files and reports them as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main
from desktop.context import AppContext
from tests.desktop.services.reports.demo_fixture import demo_context, demo_template

__all__ = ["demo_context", "demo_template"]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("report", ["minlok", "krs", "cases", "aksi", "rtl", "krs-list", "cases-list"])
def test_export_every_report_as_json(
    demo_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str], report: str
) -> None:
    target = tmp_path / f"{report}.xlsx"
    data_dir = str(demo_context.data_dir)
    year = "2026" if report.startswith("cases") else "2024"  # the demo measures its children in 2026
    code, out, _ = _run(capsys, "--data-dir", data_dir, "export", report, "--year", year, "-o", str(target), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["report"] == report and result["format"] == "xlsx" and result["rows"] >= 1
    assert load_workbook(target).active is not None


def test_export_pdf_for_a_desa_with_nik_and_password(
    demo_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "daftar.pdf"
    code, out, _ = _run(
        capsys, "--data-dir", str(demo_context.data_dir), "export", "krs-list", "--year", "2024",
        "--kecamatan", "360218", "--desa", "3602182004", "--show-nik", "--password", "p", "-o", str(target),
    )  # fmt: skip
    assert code == 0
    assert "50 baris" in out and "halaman" in out and "kata sandi" in out
    reader = PdfReader(target)
    assert reader.is_encrypted and reader.decrypt("p") != 0


def test_export_errors(demo_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(demo_context.data_dir)
    code, out, _ = _run(
        capsys, "--data-dir", data_dir, "export", "krs", "--year", "2024", "--kecamatan", "3602", "-o",
        str(tmp_path / "x.xlsx"), "--json",
    )  # fmt: skip
    assert code == 1 and "bukan kode kecamatan" in json.loads(out)["error"]
    code, _, err = _run(
        capsys, "--data-dir", data_dir, "export", "krs", "--year", "2024", "-o", str(tmp_path / "x.txt")
    )
    assert code == 1 and "format 'txt'" in err
    assert not list(tmp_path.glob("x.*"))
