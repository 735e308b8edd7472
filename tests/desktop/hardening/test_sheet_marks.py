"""What a workbook marks beyond its values (issue #17): merged header cells, formulas without a result, hidden rows.

Real workbooks written by openpyxl (which never calculates a formula) and one saved again by LibreOffice headless
(which does, and keeps the autofilter and its hidden rows), read back by the KRS list, child list and worksheet
imports.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from db.models.krs import KrsFamily
from desktop.context import AppContext
from desktop.paths import DATABASE_FILE
from desktop.services.cases.case_import import import_cases
from desktop.services.demo.krs_demo import KRS_HEADER, krs_rows
from desktop.services.krs.import_service import run_import
from desktop.services.krs.worksheet_export import export_worksheet
from desktop.services.krs.worksheet_import import run_worksheet_import
from desktop.services.tabular import TableFileError, open_table, readers
from tests.desktop.services.krs.conftest import write_xlsx

KK, NAME, RT = KRS_HEADER.index("No. KK"), KRS_HEADER.index("Nama Kepala Keluarga"), KRS_HEADER.index("RT")
CHILD_HEADER = ["NIK", "Nama", "JK", "Tgl Lahir", "Nama Ortu", "Desa/Kel", "Tanggal Pengukuran"]
CHILD_HEADER += ["Berat", "Tinggi", "Cara Ukur"]


def _letter(index: int) -> str:
    return chr(65 + index)


def _rows(count: int, seed: int = 5) -> list[list[object]]:
    return [list(row) for row in krs_rows(count, seed=seed)]


def _families(context: AppContext) -> int:
    with context.session_factory() as session:
        return session.scalar(select(func.count()).select_from(KrsFamily)) or 0


def _two_row_header(path: Path, rows: list[list[object]]) -> Path:
    """Kode Desa's title merged over rows 2 and 3 (the others titled in row 3): row 3 is the header without it."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR KELUARGA BERISIKO STUNTING"])
    sheet.append(["", "Kode Desa"])
    sheet.append([title if index != 1 else None for index, title in enumerate(KRS_HEADER)])
    sheet.merge_cells("B2:B3")
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_a_required_column_whose_title_is_merged_into_another_row_is_named(
    office_context: AppContext, tmp_path: Path
) -> None:
    path = _two_row_header(tmp_path / "dua-baris.xlsx", _rows(5))
    with pytest.raises(TableFileError) as refused:
        run_import(office_context.session_factory, path, dry_run=True)
    message = str(refused.value)
    assert "Kode Desa" in message and "B2:B3" in message and "sel gabungan" in message
    assert "Traceback" not in message and "\n" not in message
    assert _families(office_context) == 0


def test_a_merged_title_over_several_columns_is_named_with_the_missing_column(
    office_context: AppContext, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    header = [title if index not in (KK + 1, NAME) else None for index, title in enumerate(KRS_HEADER)]
    sheet.append(header)
    # "No. KK" merged over No. KK, NIK and the head's name: the last two columns lose their titles.
    sheet.merge_cells(f"{_letter(KK)}1:{_letter(NAME)}1")
    for row in _rows(3):
        sheet.append(row)
    workbook.save(path := tmp_path / "gabung.xlsx")
    with pytest.raises(TableFileError) as refused:
        run_import(office_context.session_factory, path, dry_run=True)
    message = str(refused.value)
    assert "Nama Kepala Keluarga" in message
    assert f"{_letter(KK)}1:{_letter(NAME)}1" in message and "Pisahkan sel gabungan" in message


def test_formulas_without_a_stored_result_reject_their_cells(office_context: AppContext, tmp_path: Path) -> None:
    rows = _rows(6)
    rows[1][NAME] = '=UPPER("siti aminah")'  # a required column
    rows[3][RT] = "=1+2"  # an optional one: not silently empty either
    path = write_xlsx(tmp_path / "rumus.xlsx", rows)
    assert 'UPPER("siti aminah")' in open_table(path).marks.formulas[5].values()
    summary = run_import(office_context.session_factory, path, dry_run=False)
    assert (summary.new, summary.rejected) == (4, 2)
    found = {(error.row, error.column): error.reason for error in summary.errors}
    assert set(found) == {(5, _letter(NAME)), (7, _letter(RT))}
    assert "rumus =UPPER" in found[(5, _letter(NAME))] and "tanpa nilai" in found[(5, _letter(NAME))]
    assert "wajib diisi" not in found[(5, _letter(NAME))]
    assert "rumus =1+2" in found[(7, _letter(RT))]
    assert _families(office_context) == 4


def test_a_sheet_read_in_parts_reports_formulas_and_hidden_rows_too(
    office_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "LARGE_SHEET_BYTES", 1)  # every sheet is read part by part
    rows = _rows(400, seed=3)
    rows[350][NAME] = '=PROPER("dedi")'
    path = write_xlsx(tmp_path / "besar.xlsx", rows)
    book = load_workbook(path)
    book.active.row_dimensions[300].hidden = True
    book.save(path)
    summary = run_import(office_context.session_factory, path, dry_run=True)
    assert [(error.row, error.column) for error in summary.errors] == [
        (354, _letter(NAME))
    ]  # two title rows and the header above
    assert "rumus =PROPER" in summary.errors[0].reason
    assert (summary.hidden, summary.hidden_rows) == (1, [300])


def _filtered_list(path: Path, rows: list[list[object]], hidden: tuple[int, ...]) -> Path:
    path = write_xlsx(path, rows, title_rows=1)
    book = load_workbook(path)
    sheet = book.active
    sheet.auto_filter.ref = f"A2:{_letter(len(KRS_HEADER) - 1)}{len(rows) + 2}"
    for number in hidden:
        sheet.row_dimensions[number].hidden = True
    book.save(path)
    return path


def test_hidden_and_filtered_rows_are_imported_and_counted(office_context: AppContext, tmp_path: Path) -> None:
    path = _filtered_list(tmp_path / "saring.xlsx", _rows(8), hidden=(4, 9))
    summary = run_import(office_context.session_factory, path, dry_run=False)
    assert (summary.new, summary.rejected) == (8, 0)
    assert (summary.hidden, summary.hidden_rows, summary.filtered) == (2, [4, 9], True)
    sentence = summary.hidden_sentence()
    assert sentence in summary.lines() and "2 baris" in sentence and "4, 9" in sentence and "filter" in sentence
    assert summary.as_dict()["hidden"] == 2 and summary.as_dict()["hidden_rows"] == [4, 9]
    assert _families(office_context) == 8


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_list_saved_by_libreoffice_keeps_formula_results_and_hidden_rows(
    office_context: AppContext, tmp_path: Path
) -> None:
    rows = _rows(6, seed=9)
    rows[2][RT] = "=1+2"
    (tmp_path / "asal").mkdir()
    source = _filtered_list(tmp_path / "asal" / "daftar.xlsx", rows, hidden=(5,))
    out = tmp_path / "lo"
    profile = f"-env:UserInstallation={(tmp_path / 'profil').as_uri()}"
    subprocess.run(
        ["soffice", profile, "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    saved = out / "daftar.xlsx"
    summary = run_import(office_context.session_factory, saved, dry_run=False)
    assert (summary.new, summary.rejected) == (6, 0), summary.lines()  # LibreOffice stored the formula's result
    assert (summary.hidden, summary.hidden_rows) == (1, [5])
    with office_context.session_factory() as session:
        assert "3" in set(session.scalars(select(KrsFamily.rt)))


def test_the_child_list_and_the_worksheet_count_hidden_rows_and_refuse_blank_formulas(
    office_context: AppContext, tmp_path: Path
) -> None:
    run_import(office_context.session_factory, write_xlsx(tmp_path / "krs.xlsx", _rows(30, seed=7)), dry_run=False)
    worksheet = tmp_path / "lembar.xlsx"
    export_worksheet(office_context.session_factory, "36.02.18.2001", worksheet)
    book = load_workbook(worksheet)
    sheet = book["Data"]
    for row in (5, 6):
        sheet[f"L{row}"] = "Ditemukan"
        sheet[f"M{row}"] = "Tetap berisiko"
        sheet[f"N{row}"] = date(2024, 9, 3)
        sheet[f"O{row}"] = "Ai Nurhayati"
        sheet[f"P{row}"] = "Kader PKK"
    sheet["O6"] = '=CONCAT("Ai ", "Nur")'
    sheet.row_dimensions[5].hidden = True
    book.save(filled := tmp_path / "terisi.xlsx")
    summary = run_worksheet_import(office_context.session_factory, filled, dry_run=True)
    assert (summary.new, summary.rejected) == (1, 1)
    assert [(error.row, error.column) for error in summary.errors] == [(6, "O")]
    assert "rumus" in summary.errors[0].reason
    assert (summary.hidden, summary.hidden_rows) == (1, [5])

    children = Workbook()
    page = children.active
    page.append(CHILD_HEADER)
    for number, name in ((1, "Rina"), (2, "Dodi")):
        nik = f"36021841012500{number:02d}"
        page.append([nik, name, "P", date(2025, 1, 1), "Euis", "Cibadak", date(2026, 2, 10), 8.2, 70.5, "Terlentang"])
    page.row_dimensions[3].hidden = True
    children.save(child_list := tmp_path / "anak.xlsx")
    cases = import_cases(office_context.session_factory, child_list, dry_run=True, today=date(2026, 11, 20))
    assert (cases.hidden, cases.hidden_rows, cases.filtered) == (1, [3], False)
    assert cases.total == 2


def test_cases_import_reads_the_sheet_named_and_offers_the_others(tmp_path: Path, office_template: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(office_template, data / DATABASE_FILE)
    book = Workbook()
    book.active.title = "Keterangan"
    book.active.append(["Hasil penimbangan Februari 2026"])
    children = book.create_sheet("Balita")
    children.append(CHILD_HEADER)
    children.append(
        ["3602184101250001", "Rina", "P", "2025-01-01", "Euis", "Cibadak", "2026-02-10", 8.2, 70.5, "Terlentang"]
    )
    book.save(path := tmp_path / "anak.xlsx")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(data), "cases", "import", str(path), *args],
            capture_output=True,
            text=True,
            timeout=180,
            env={"KONVERGENSI_LANGUAGE": "id", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        )

    first = cli("--dry-run")
    assert first.returncode == 1 and "'Balita'" in first.stderr and "--sheet" in first.stderr
    chosen = cli("--dry-run", "--sheet", "Balita", "--json")
    assert chosen.returncode == 0, chosen.stderr
    result = json.loads(chosen.stdout)
    assert (result["new"], result["rejected"], result["hidden"]) == (1, 0, 0)
