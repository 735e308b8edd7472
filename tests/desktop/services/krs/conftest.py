"""Fixtures for KRS tests: real list files (xlsx, xls, csv) written in the test's folder."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import xlwt
from openpyxl import Workbook

from desktop.services.demo.krs_demo import KRS_HEADER, krs_rows

Rows = Sequence[Sequence[object]]


def write_xlsx(path: Path, rows: Rows, title_rows: int = 2) -> Path:
    """An .xlsx with ``title_rows`` title rows (a merged title) above the header."""
    workbook = Workbook()
    sheet = workbook.active
    if title_rows:
        sheet.append(["DAFTAR KELUARGA BERISIKO STUNTING"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
        for _ in range(title_rows - 1):
            sheet.append([])
    sheet.append(list(KRS_HEADER))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def write_xls(path: Path, rows: Rows) -> Path:
    """An .xls (BIFF8, xlwt) with one title row above the header."""
    workbook = xlwt.Workbook()
    sheet = workbook.add_sheet("KRS")
    sheet.write(0, 0, "DAFTAR KRS")
    for column, title in enumerate(KRS_HEADER):
        sheet.write(1, column, title)
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row):
            sheet.write(number, column, value)
    workbook.save(str(path))
    return path


def write_csv(path: Path, rows: Rows, delimiter: str = ";", bom: bool = True) -> Path:
    """A CSV list; ``;`` separated with a UTF-8 BOM by default, as Excel in Indonesian locale saves it."""
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(list(KRS_HEADER))
        writer.writerows([[str(value) for value in row] for row in rows])
    return path


@pytest.fixture
def sample_rows() -> Callable[[int], list[list[object]]]:
    """Realistic list rows from the demo generator."""

    def make(count: int, seed: int = 7) -> list[list[object]]:
        return [list(row) for row in krs_rows(count, seed=seed)]

    return make
