"""What an import says and returns: valid rows stored, rejected rows listed and savable, exit 1 when nothing is."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from db.models.cases import CaseChild
from db.models.krs import KrsFamily
from desktop.cli import main
from desktop.context import AppContext
from desktop.services.demo.krs_demo import krs_rows
from tests.desktop.services.krs.conftest import write_xlsx

NIK, KK = 8, 7
CASES_HEADER = "Nama;NIK;JK;Tgl Lahir;Nama Ortu;Desa;Kecamatan;Tanggal Pengukuran;Berat;Tinggi;Cara Ukur\n"


def _count(context: AppContext, model: type) -> int:
    with context.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _run(context: AppContext, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    context.dispose()
    code = main(["--data-dir", str(context.data_dir), *args])
    return code, capsys.readouterr().out.splitlines()


def _krs_file(tmp_path: Path, count: int, bad: int) -> Path:
    rows = [list(row) for row in krs_rows(count)]
    for row in rows[:bad]:
        row[NIK] = "12345"
        row[KK] = ""
    return write_xlsx(tmp_path / "krs.xlsx", rows)


def test_krs_import_stores_valid_rows_and_lists_the_rejected(
    office_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _krs_file(tmp_path, 6, bad=2)
    rejected = tmp_path / "ditolak.xlsx"
    code, lines = _run(office_context, capsys, "krs", "import", str(path), "--rejected", str(rejected))
    assert code == 0
    assert lines[0] == "Disimpan: 4 baru, 0 diperbarui, 0 tetap, 2 ditolak."
    assert lines[1:] == [
        "  baris 4 kolom I NIK Kepala Keluarga: NIK/No. KK harus 16 angka",
        "  baris 5 kolom I NIK Kepala Keluarga: NIK/No. KK harus 16 angka",
    ]
    assert _count(office_context, KrsFamily) == 4
    sheet = load_workbook(rejected).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [4, 5]


@pytest.mark.parametrize("dry_run", [True, False])
def test_krs_import_with_every_row_rejected_says_nothing_was_imported(
    office_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str], dry_run: bool
) -> None:
    path = _krs_file(tmp_path, 3, bad=3)
    extra = ["--dry-run"] if dry_run else []
    code, lines = _run(office_context, capsys, "krs", "import", str(path), *extra)
    assert code == 1
    expected = "Uji coba: tidak ada yang akan disimpan" if dry_run else "Tidak ada yang disimpan"
    assert lines[0] == f"{expected}: semua 3 baris ditolak."
    assert len(lines) == 4 and all("NIK/No. KK harus 16 angka" in line for line in lines[1:])
    assert _count(office_context, KrsFamily) == 0


def test_krs_import_of_an_unchanged_file_is_a_success(
    office_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _krs_file(tmp_path, 3, bad=0)
    assert _run(office_context, capsys, "krs", "import", str(path))[0] == 0
    code, lines = _run(office_context, capsys, "krs", "import", str(path))
    assert (code, lines) == (0, ["Disimpan: 0 baru, 0 diperbarui, 3 tetap, 0 ditolak."])


def test_cases_import_with_every_row_rejected_says_nothing_was_imported(
    office_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "anak.csv"
    path.write_text(
        CASES_HEADER
        + "Ani;;P;2025-01-10;Euis;Cibadak;Cibadak;2026-01-12;8,0;xx;Terlentang\n"
        + "Budi;;L;2024-02-01;Siti;Asem;Cibadak;2026-01-12;11,0;yy;Berdiri\n",
        encoding="utf-8",
    )
    rejected = tmp_path / "anak-ditolak.xlsx"
    code, lines = _run(office_context, capsys, "cases", "import", str(path), "--rejected", str(rejected))
    assert code == 1
    assert lines == [
        "Tidak ada yang disimpan: semua 2 baris ditolak.",
        "  baris 2 kolom J Tinggi: harus angka",
        "  baris 3 kolom J Tinggi: harus angka",
    ]
    assert _count(office_context, CaseChild) == 0
    assert load_workbook(rejected).active.max_row == 3


def test_import_help_describes_what_happens(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["krs", "import"], ["cases", "import"]):
        with pytest.raises(SystemExit):
            main([*command, "--help"])
        text = " ".join(capsys.readouterr().out.split())
        assert "atau tidak sama sekali" not in text and "semua baris masuk" not in text
        assert "Baris yang sah disimpan; baris yang bermasalah tidak ikut disimpan" in text
        assert "nomor baris, kolom dan alasannya" in text and "--rejected" in text
        assert "satu transaksi: bila impor terhenti di tengah jalan (galat, Ctrl+C), database tidak berubah" in text
        assert "1 tidak ada yang disimpan" in text
