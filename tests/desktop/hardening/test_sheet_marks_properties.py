"""Property-based (Hypothesis): whatever rows a sheet hides and wherever formulas without a result sit, the import
counts exactly the hidden data rows and rejects exactly the rows holding such a formula, at that formula's column,
in a sheet read whole or in parts (issue #17)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from desktop.context import AppContext
from desktop.services.demo.krs_demo import KRS_HEADER, krs_rows
from desktop.services.krs.import_service import run_import
from desktop.services.tabular import readers

ROWS = [list(row) for row in krs_rows(12, seed=31)]
# Required, optional text and optional number columns: a formula in any of them is not silently an empty cell.
COLUMNS = [KRS_HEADER.index(title) for title in ("Nama Kepala Keluarga", "RT", "Alamat", "Umur Istri", "Nama Istri")]
FIRST_DATA_ROW = 3  # a title row and the header above


def _letter(index: int) -> str:
    return chr(65 + index)


@settings(max_examples=25)
@given(
    count=st.integers(1, len(ROWS)),
    hidden=st.sets(st.integers(0, len(ROWS) - 1)),
    formulas=st.dictionaries(st.integers(0, len(ROWS) - 1), st.sampled_from(COLUMNS), max_size=6),
    in_parts=st.booleans(),
    filtered=st.booleans(),
)
def test_hidden_rows_and_uncalculated_formulas_are_all_told(
    office_context: AppContext,
    tmp_path_factory: pytest.TempPathFactory,
    count: int,
    hidden: set[int],
    formulas: dict[int, int],
    in_parts: bool,
    filtered: bool,
) -> None:
    hidden = {index for index in hidden if index < count}
    formulas = {index: column for index, column in formulas.items() if index < count}
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR KELUARGA BERISIKO STUNTING"])
    sheet.merge_cells("A1:H1")
    sheet.append(list(KRS_HEADER))
    for index, row in enumerate(ROWS[:count]):
        cells = list(row)
        if index in formulas:
            cells[formulas[index]] = f"=LEN(A{index + FIRST_DATA_ROW})"
        sheet.append(cells)
        if index in hidden:
            sheet.row_dimensions[index + FIRST_DATA_ROW].hidden = True
    if filtered:
        sheet.auto_filter.ref = f"A2:{_letter(len(KRS_HEADER) - 1)}{count + 2}"
    path = tmp_path_factory.mktemp("marks") / "daftar.xlsx"
    workbook.save(path)
    with pytest.MonkeyPatch.context() as patch:
        if in_parts:
            patch.setattr(readers, "LARGE_SHEET_BYTES", 1)
        summary = run_import(office_context.session_factory, path, dry_run=True)
    expected_errors = sorted((index + FIRST_DATA_ROW, _letter(column)) for index, column in formulas.items())
    assert sorted((error.row, error.column) for error in summary.errors) == expected_errors
    assert all("tanpa nilai tersimpan" in error.reason for error in summary.errors)
    assert (summary.new, summary.rejected) == (count - len(formulas), len(formulas))
    assert summary.hidden == len(hidden)
    assert summary.hidden_rows == sorted(index + FIRST_DATA_ROW for index in hidden)
    assert summary.filtered == (filtered and not in_parts)  # the autofilter follows the rows: unseen in parts
    assert (summary.hidden_sentence() in summary.lines()) == bool(hidden)
