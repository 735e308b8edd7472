"""The KRS data round is an office setting: validated and normalised on save, the default of every import."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models.krs import KrsFamily
from desktop.context import AppContext
from desktop.services.demo.krs_demo import KRS_HEADER, krs_rows
from desktop.services.krs.import_service import office_round, run_import
from desktop.services.office import OfficeValidationError, get_office, save_office


def write_without_round(path: Path, count: int) -> Path:
    """A KRS list without its ``Sumber Data`` column (the last one), so the round comes from the import."""
    from openpyxl import Workbook

    assert KRS_HEADER[-1] == "Sumber Data"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(KRS_HEADER[:-1]))
    for row in krs_rows(count, seed=9):
        sheet.append(list(row)[:-1])
    workbook.save(path)
    return path


def set_round(context: AppContext, value: str) -> str:
    """Saves the office with another KRS round; returns the round as stored."""
    office = get_office(context.session_factory)
    assert office is not None
    return save_office(context.session_factory, replace(office, krs_round=value)).krs_round


def rounds(context: AppContext) -> set[str]:
    with context.session_factory() as session:
        return set(session.scalars(select(KrsFamily.source_round)))


@pytest.mark.parametrize(
    ("typed", "stored"), [("PK25", "PK25"), ("pk 23", "PK23"), ("PK-21", "PK21"), ("2026", "PK26")]
)
def test_round_is_normalised_on_save(office_context: AppContext, typed: str, stored: str) -> None:
    assert set_round(office_context, typed) == stored
    assert office_round(office_context.session_factory) == stored


@pytest.mark.parametrize("typed", ["", "PK", "2024-2025", "P24", "PK2024"])
def test_a_round_that_is_no_round_is_refused(office_context: AppContext, typed: str) -> None:
    with pytest.raises(OfficeValidationError) as raised:
        set_round(office_context, typed)
    assert raised.value.problems == {"krs_round": "Putaran data KRS harus seperti PK24 (atau tahunnya, mis. 2024)."}
    assert office_round(office_context.session_factory) == "PK24"  # nothing written


def test_before_setup_and_for_a_new_office_the_round_is_pk24(region_context: AppContext) -> None:
    assert office_round(region_context.session_factory) == "PK24"


def test_import_without_round_column_takes_the_office_round(office_context: AppContext, tmp_path: Path) -> None:
    path = write_without_round(tmp_path / "krs.xlsx", 12)
    set_round(office_context, "PK25")
    summary = run_import(office_context.session_factory, path, dry_run=False)
    assert summary.new == 12 and rounds(office_context) == {"PK25"}
    run_import(office_context.session_factory, path, source_round="PK23", dry_run=False)  # an explicit round wins
    assert rounds(office_context) == {"PK25", "PK23"}
