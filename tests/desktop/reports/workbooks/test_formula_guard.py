"""No user text ever becomes a formula, in write-only and in normal workbooks."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell

from desktop.reports.workbooks.formula_guard import clean_value, guard_cell, is_formula_like, set_value

DANGEROUS = [
    "=SUM(A1:A2)",
    '=HYPERLINK("http://x","klik")',
    "+62 812 3456",
    "-1+2",
    "@SUM(1)",
    "\t=1",
    "=cmd|' /C calc'!A0",
]


@pytest.mark.parametrize("text", DANGEROUS)
def test_formula_like_text_is_stored_as_string(tmp_path: Path, text: str) -> None:
    path = tmp_path / "normal.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    set_value(ws["A1"], text)
    ws["A2"] = "biasa"
    wb.save(path)
    cell = load_workbook(path).active["A1"]  # type: ignore[index]
    assert cell.data_type == "s"
    assert cell.value == text
    with zipfile.ZipFile(path) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_write_only_cells_are_guarded(tmp_path: Path) -> None:
    path = tmp_path / "stream.xlsx"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("x")
    cells = []
    for text in DANGEROUS:
        cell = WriteOnlyCell(ws)
        cell.value = text
        cells.append(guard_cell(cell))
    ws.append(cells)
    wb.save(path)
    row = next(load_workbook(path).active.iter_rows())  # type: ignore[union-attr]
    assert [c.value for c in row] == DANGEROUS
    assert {c.data_type for c in row} == {"s"}


def test_helpers() -> None:
    assert is_formula_like("=1") and is_formula_like("@x") and not is_formula_like("Desa =") and not is_formula_like(3)
    assert clean_value("a\x00b\x07c") == "abc"
    assert clean_value(5) == 5
