"""A returned desa worksheet: rows are trusted by their visible identity, locked edits and bad dates named by cell.

Real worksheets exported from a migrated SQLite database, edited with openpyxl as a team's spreadsheet would be.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from db.models.krs import KrsFamily, KrsVerification
from desktop.context import AppContext
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.import_service import run_import
from desktop.services.krs.worksheet_export import export_worksheet
from desktop.services.krs.worksheet_import import run_worksheet_import
from tests.desktop.services.krs.conftest import write_xlsx

DESA = "36.02.18.2001"


@pytest.fixture
def worksheet(office_context: AppContext, tmp_path: Path) -> Path:
    run_import(
        office_context.session_factory,
        write_xlsx(tmp_path / "krs.xlsx", [list(r) for r in krs_rows(45, seed=7)]),
        dry_run=False,
    )
    target = tmp_path / "lembar.xlsx"
    export_worksheet(office_context.session_factory, DESA, target)
    return target


def _fill(sheet: Any, row: int, when: object = date(2024, 9, 3)) -> None:
    sheet[f"L{row}"] = "Ditemukan"
    sheet[f"M{row}"] = "Tetap berisiko"
    sheet[f"N{row}"] = when
    sheet[f"O{row}"] = "Ai Nurhayati"
    sheet[f"P{row}"] = "Kader PKK"


def _visits(context: AppContext) -> int:
    with context.session_factory() as session:
        return session.scalar(select(func.count()).select_from(KrsVerification)) or 0


def test_a_sort_of_the_visible_columns_only_is_rejected_by_row(
    office_context: AppContext, worksheet: Path, tmp_path: Path
) -> None:
    book = load_workbook(worksheet)
    sheet = book["Data"]
    # The team sorted the visible identity columns but not the hidden key: rows 5 and 6 now show each other's family.
    for column in "CDEFGHIJK":
        sheet[f"{column}5"].value, sheet[f"{column}6"].value = sheet[f"{column}6"].value, sheet[f"{column}5"].value
    _fill(sheet, 5)
    _fill(sheet, 6)
    book.save(path := tmp_path / "diurutkan.xlsx")
    summary = run_worksheet_import(office_context.session_factory, path, dry_run=False)
    assert (summary.new, summary.rejected) == (0, 2)
    by_row = {(e.row, e.column) for e in summary.errors}
    assert {(5, "F"), (6, "F")} <= by_row  # the head's name, named by its column
    assert all("bukan keluarga" in e.reason for e in summary.errors if e.column in "FGH")
    assert _visits(office_context) == 0


def test_an_edit_to_a_locked_column_is_reported_with_old_and_new(
    office_context: AppContext, worksheet: Path, tmp_path: Path
) -> None:
    book = load_workbook(worksheet)
    sheet = book["Data"]
    old_address = sheet["E5"].value
    sheet["E5"] = "Jl. Baru No. 1"
    sheet["D6"] = "099"
    _fill(sheet, 5)
    _fill(sheet, 6)
    _fill(sheet, 7)
    book.save(path := tmp_path / "terkunci.xlsx")
    summary = run_worksheet_import(office_context.session_factory, path, dry_run=True)
    assert (summary.new, summary.rejected) == (1, 2)
    errors = {(e.row, e.column): e.reason for e in summary.errors}
    assert f"'{old_address}' → 'Jl. Baru No. 1'" in errors[(5, "E")]
    assert "→ '099'" in errors[(6, "D")]


def test_a_copied_row_with_the_same_key_is_rejected_at_its_second_row(
    office_context: AppContext, worksheet: Path, tmp_path: Path
) -> None:
    book = load_workbook(worksheet)
    sheet = book["Data"]
    _fill(sheet, 5)
    for column in "ABCDEFGHIJKLMNOPQ":
        sheet[f"{column}20"] = sheet[f"{column}5"].value
    sheet["L20"] = "Pindah"
    book.save(path := tmp_path / "disalin.xlsx")
    summary = run_worksheet_import(office_context.session_factory, path, dry_run=True)
    assert summary.new == 1 and summary.rejected == 1
    assert summary.errors[0].row == 20 and summary.errors[0].column == "A" and "baris 5" in summary.errors[0].reason


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("12 Desember 2023", date(2023, 12, 12)),
        ("2/9/24", date(2024, 9, 2)),
        ("02-09-2024", date(2024, 9, 2)),
        ("2024-09-02", date(2024, 9, 2)),
        (45537, date(2024, 9, 2)),  # an Excel serial in a cell formatted as a number
    ],
)
def test_visit_dates_in_the_forms_of_the_case_import_are_accepted(
    office_context: AppContext, worksheet: Path, tmp_path: Path, written: object, stored: date
) -> None:
    book = load_workbook(worksheet)
    sheet = book["Data"]
    _fill(sheet, 5, written)
    key = sheet["A5"].value.split(":")[0]
    book.save(path := tmp_path / "tanggal.xlsx")
    summary = run_worksheet_import(office_context.session_factory, path, dry_run=False)
    assert (summary.new, summary.rejected) == (1, 0), summary.errors
    with office_context.session_factory() as session:
        family = session.scalar(select(KrsFamily).where(KrsFamily.uuid == key))
        assert family is not None and family.verified_on == stored


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("31/12/2019", "sebelum 1 Januari 2020"),
        (date.today() + timedelta(days=1), "masa depan"),
        ("31/02/2024", "tidak sah"),
        ("kemarin", "tidak sah"),
        (12, "sebelum 1 Januari 2020"),  # a small number in the date-formatted cell reads as 12 January 1900
    ],
)
def test_visit_dates_outside_the_rule_are_rejected_in_the_date_column(
    office_context: AppContext, worksheet: Path, tmp_path: Path, written: object, reason: str
) -> None:
    book = load_workbook(worksheet)
    sheet = book["Data"]
    _fill(sheet, 5, written)
    book.save(path := tmp_path / "tanggal.xlsx")
    summary = run_worksheet_import(office_context.session_factory, path, dry_run=True)
    assert summary.rejected == 1
    assert [(e.row, e.column) for e in summary.errors] == [(5, "N")]
    assert reason in summary.errors[0].reason


def test_a_problem_found_by_the_verification_rules_names_its_own_column(
    office_context: AppContext, worksheet: Path, tmp_path: Path
) -> None:
    from desktop.services.krs.verification_service import save_code

    book = load_workbook(worksheet)
    sheet = book["Data"]
    _fill(sheet, 5)
    book.save(path := tmp_path / "peran.xlsx")
    # The office retires the role after the worksheet went out: the row is refused at the role's column (P).
    save_code(office_context.session_factory, "verifier_role", "kader_pkk", "Kader PKK", active=False)
    summary = run_worksheet_import(office_context.session_factory, path, dry_run=True)
    assert summary.rejected == 1 and [e.column for e in summary.errors] == ["P"]
