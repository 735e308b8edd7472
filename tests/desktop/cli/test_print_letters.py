"""``print cover-letter`` (numbered, listing the attachments, signed), and the prints only the window had:
``print aksi-overview`` and ``print desa-cases``; each read back from the PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.context import AppContext
from tests.desktop.services.reports.demo_fixture import demo_context, demo_template

__all__ = ["demo_context", "demo_template"]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_cover_letter_lists_the_reports_it_encloses(
    demo_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "pengantar.pdf"
    code, out, _ = _run(
        capsys, "--data-dir", str(demo_context.data_dir), "print", "cover-letter", "--year", "2024",
        "--reports", "minlok,krs,krs-list", "--date", "2024-12-20", "-o", str(target), "--json",
    )  # fmt: skip
    assert code == 0
    result = json.loads(out)
    assert result["pages"] == 1 and result["number"] == "400.5.7/___/Bapelitbangda/2024"
    text = _text(target)
    for line in (
        "PEMERINTAH KABUPATEN LEBAK", "Nomor : 400.5.7/___/Bapelitbangda/2024", "Lampiran : 3 (tiga) berkas",
        "Perihal : Penyampaian Laporan Percepatan Penurunan Stunting Tahun 2024", "Rangkasbitung, 20 Desember 2024",
        "Ketua Tim Percepatan Penurunan Stunting Provinsi Banten", "1 Rekap Mini Lokakarya Stunting Tahun 2024",
        "2 Rekap Verval KRS", "3 Daftar keluarga KRS (by name)", "450 baris; data pribadi",
        "Dr. H. Ahmad Fauzi, S.E., M.Si.", "NIP 19720315 199803 1 004",
    ):  # fmt: skip
        assert line in text, line
    code, _, err = _run(
        capsys, "--data-dir", str(demo_context.data_dir), "print", "cover-letter", "--year", "2024",
        "--reports", "minlok,nope", "--number", "400.5.7/77/Bapelitbangda/2024", "-o", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert code == 1 and "'nope' tidak dikenal" in err and not (tmp_path / "x.pdf").exists()


def test_the_aksi_overview_and_the_desa_case_list_print_from_the_cli(
    demo_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(demo_context.data_dir)]
    overview = tmp_path / "aksi.pdf"
    code, out, _ = _run(capsys, *data, "print", "aksi-overview", "--year", "2024", "-o", str(overview), "--json")
    assert code == 0 and json.loads(out)["pages"] == len(PdfReader(overview).pages)
    assert "Analisis Situasi" in _text(overview)
    code, _, err = _run(capsys, *data, "print", "aksi-overview", "--year", "2001", "-o", str(overview))
    assert code == 1 and "2001" in err
    desa = tmp_path / "desa.pdf"
    code, out, _ = _run(capsys, *data, "print", "desa-cases", "--desa", "3602182004", "-o", str(desa), "--json")
    assert code == 0 and json.loads(out)["desa"] == "Cibadak"
    assert "Cibadak" in _text(desa)
