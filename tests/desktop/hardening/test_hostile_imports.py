"""Hostile list contents (issue #17): encodings over the whole file, UTF-16, control characters, the round."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models.krs import KrsFamily
from desktop.context import AppContext
from desktop.domain.errors import UserError
from desktop.services.demo.krs_demo import KRS_HEADER, krs_rows
from desktop.services.krs.import_service import run_import

NAME, NIK = 9, 8


def _csv_text(rows: list[list[object]], delimiter: str = ";") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(list(KRS_HEADER))
    writer.writerows([[str(value) for value in row] for row in rows])
    return buffer.getvalue()


def _rows(count: int) -> list[list[object]]:
    return [list(row) for row in krs_rows(count, seed=11)]


def _errors(summary: object) -> list[tuple[int, str, str]]:
    return [(e.row, e.column, e.reason) for e in summary.errors]  # type: ignore[attr-defined]


def test_a_windows_1252_name_after_the_first_mib_is_read_as_such(office_context: AppContext, tmp_path: Path) -> None:
    rows = _rows(7000)
    rows[-1][NAME] = "\u00d6mer Fa\u00efz"
    data = _csv_text(rows).encode("cp1252")
    assert len(data) > 1 << 20 and data.index("\u00d6mer".encode("cp1252")) > 1 << 20
    path = tmp_path / "daftar.csv"
    path.write_bytes(data)
    summary = run_import(office_context.session_factory, path, dry_run=False)
    assert summary.rejected == 0, _errors(summary)
    with office_context.session_factory() as session:
        names = set(session.scalars(select(KrsFamily.head_name)))
    assert "\u00d6mer Fa\u00efz" in names
    assert not any("\ufffd" in name for name in names)


def test_one_stray_byte_in_utf8_rejects_only_its_row(office_context: AppContext, tmp_path: Path) -> None:
    rows = _rows(20)
    rows[0][NAME] = "Jos\u00e9 Mar\u00eda"
    rows[1][NAME] = "MARKER"
    data = _csv_text(rows).encode("utf-8").replace(b"MARKER", b"Bad\xe9 Name")
    path = tmp_path / "daftar.csv"
    path.write_bytes(data)
    summary = run_import(office_context.session_factory, path, dry_run=False)
    assert summary.rejected == 1
    assert [(row, column) for row, column, _reason in _errors(summary)] == [(3, "J")]
    assert "karakter kendali (U+FFFD)" in _errors(summary)[0][2]
    with office_context.session_factory() as session:
        names = set(session.scalars(select(KrsFamily.head_name)))
    assert "Jos\u00e9 Mar\u00eda" in names and not any("\u00c3" in name or "\ufffd" in name for name in names)


def test_excels_unicode_text_export_is_read(office_context: AppContext, tmp_path: Path) -> None:
    rows = _rows(5)
    rows[2][NAME] = "Siti \u00c5isyah"
    path = tmp_path / "daftar.txt"
    path.write_bytes(_csv_text(rows, delimiter="\t").encode("utf-16"))  # BOM + UTF-16 LE, tab separated
    summary = run_import(office_context.session_factory, path, dry_run=True)
    assert (summary.new, summary.rejected) == (5, 0), _errors(summary)


@pytest.mark.parametrize("hidden", ["\x00", "\x07", "\x1b", "\x7f"])
def test_control_characters_reject_the_row_naming_the_column(
    office_context: AppContext, tmp_path: Path, hidden: str
) -> None:
    rows = _rows(4)
    rows[1][NAME] = f"Ahmad{hidden}Yani"
    path = tmp_path / "daftar.csv"
    path.write_text(_csv_text(rows), encoding="utf-8")
    summary = run_import(office_context.session_factory, path, dry_run=False)
    assert summary.rejected == 1 and summary.new == 3
    (row, column, reason), *_rest = _errors(summary)
    assert (row, column) == (3, "J") and f"U+{ord(hidden):04X}" in reason


def test_the_round_is_normalised_or_refused(office_context: AppContext, tmp_path: Path) -> None:
    rows = _rows(3)
    header = [title for title in KRS_HEADER if title != "Sumber Data"]
    keep = [index for index, title in enumerate(KRS_HEADER) if title != "Sumber Data"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(header)
    writer.writerows([[str(row[index]) for index in keep] for row in rows])
    path = tmp_path / "daftar.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    summary = run_import(office_context.session_factory, path, source_round=" pk 23", dry_run=False)
    assert summary.new == 3, _errors(summary)
    with office_context.session_factory() as session:
        assert set(session.scalars(select(KrsFamily.source_round))) == {"PK23"}
    with pytest.raises(UserError, match="Sumber data 'PK 2x' tidak dikenal"):
        run_import(office_context.session_factory, path, source_round="PK 2x", dry_run=True)


def test_without_an_office_an_import_is_refused(region_context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "daftar.csv"
    path.write_text(_csv_text(_rows(3)), encoding="utf-8")
    with pytest.raises(UserError, match="Data kantor belum diatur"):
        run_import(region_context.session_factory, path, dry_run=False)
    with region_context.session_factory() as session:
        assert session.scalars(select(KrsFamily)).first() is None


def test_an_encrypted_workbook_is_called_so(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from desktop.reports.workbooks.encryption import encrypt_xlsx
    from desktop.services.tabular import TableFileError, open_table

    plain = tmp_path / "polos.xlsx"
    workbook = Workbook()
    workbook.active.append(["Nama Kepala Keluarga", "Kode Desa"])
    workbook.save(plain)
    locked = tmp_path / "terkunci.xlsx"
    with locked.open("wb") as stream:
        encrypt_xlsx(plain, stream, "rahasia")
    with pytest.raises(TableFileError, match=r"terkunci\.xlsx dilindungi kata sandi"):
        open_table(locked)


def test_data_on_another_sheet_is_offered_and_read_with_sheet(office_context: AppContext, tmp_path: Path) -> None:
    import subprocess
    import sys

    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Petunjuk"
    workbook.active.append(["Isi daftar di lembar Data"])
    data = workbook.create_sheet("Data")
    data.append(list(KRS_HEADER))
    for row in _rows(3):
        data.append([str(value) for value in row])
    path = tmp_path / "dua-lembar.xlsx"
    workbook.save(path)
    folder = str(office_context.data_dir)
    office_context.dispose()
    command = [sys.executable, "-m", "desktop", "--data-dir", folder, "krs", "import", str(path), "--dry-run"]
    env = {"KONVERGENSI_LANGUAGE": "id", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    first = subprocess.run(command, capture_output=True, text=True, timeout=180, env=env)
    assert first.returncode == 1
    assert "lembar lain dalam berkas: 'Data'" in first.stderr and "--sheet" in first.stderr, first.stderr
    second = subprocess.run([*command, "--sheet", "Data"], capture_output=True, text=True, timeout=180, env=env)
    assert second.returncode == 0, second.stderr
