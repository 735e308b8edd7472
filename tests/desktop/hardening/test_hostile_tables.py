"""Hostile table files (issue #17): a sheet that claims a huge extent, digits that are not ASCII."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.domain.identifiers import digits_only, nik_problem, nip_problem
from desktop.services.tabular import CellError, TableFileError, open_table, parse_identifier16, readers, xlsx_parts


def _sparse(path: Path, far_cell: str) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"] = "NIK"
    sheet["A2"] = "3602180101900001"
    sheet[far_cell] = "x"
    workbook.save(path)
    return path


@pytest.mark.parametrize("far_cell", ["XFD1048576", "Y1048576", "AMK1"])
def test_a_tiny_file_claiming_a_huge_sheet_is_refused_at_once(tmp_path: Path, far_cell: str) -> None:
    path = _sparse(tmp_path / "bom.xlsx", far_cell)
    assert path.stat().st_size < 10_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    with pytest.raises(TableFileError, match="terlalu besar untuk dibaca"):
        open_table(path)
    assert time.monotonic() - started < 2
    # Reading the rectangle would take hundreds of megabytes (or abort the process); the check takes none.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000


def test_the_huge_extent_is_refused_in_a_sheet_read_in_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workbook = Workbook()
    sheet = workbook.active
    for number in range(1, 400):
        sheet.append(["Nama", "3602180101900001", number])
    sheet["Y1048576"] = "x"
    sheet["XFD400"] = "x"
    workbook.save(tmp_path / "bom.xlsx")
    monkeypatch.setattr(readers, "LARGE_SHEET_BYTES", 1)
    monkeypatch.setattr(xlsx_parts, "FIRST_PART_BYTES", 2_000)
    monkeypatch.setattr(xlsx_parts, "PART_BYTES", 9_000)
    source = open_table(tmp_path / "bom.xlsx")
    with pytest.raises(TableFileError, match="terlalu besar untuk dibaca"):
        list(source.rows())


def test_an_ordinary_sparse_sheet_still_reads(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    for number in range(1, 2000, 7):
        sheet.cell(row=number, column=1 + number % 40, value=number)
    sheet["AMJ3000"] = "last allowed column"
    workbook.save(tmp_path / "jarang.xlsx")
    rows = dict(open_table(tmp_path / "jarang.xlsx").rows())
    assert rows[3000][1023] == "last allowed column"
    assert rows[8][8] == 8


@pytest.mark.parametrize(
    "nik",
    [
        "360218010190000\u00b9",  # superscript one: isdigit() is True, int() raises
        "\uff13\uff16\uff10\uff12\uff11\uff18\uff10\uff11\uff10\uff11\uff19\uff10\uff10\uff10\uff10\uff11",  # fullwidth
        "\u0663\u0666\u0660\u0662\u0661\u0668\u0660\u0661\u0660\u0661\u0669\u0660\u0660\u0660\u0660\u0661",
        "\u0663602180101900001",
    ],
)
def test_identifiers_count_only_ascii_digits_and_never_raise(nik: str) -> None:
    assert nik_problem(nik) == "harus 16 angka"
    with pytest.raises(CellError, match="16 angka"):
        parse_identifier16(nik)
    assert nip_problem(nik + "00") is not None
    assert digits_only(nik) == "".join(ch for ch in nik if ch in "0123456789")


@pytest.mark.parametrize(("value", "number_format"), [(-1e300, "hh:mm:ss"), (1e20, "[h]:mm:ss")])
def test_a_time_out_of_range_refuses_the_file_with_a_sentence(tmp_path: Path, value: float, number_format: str) -> None:
    # python-calamine panics (a BaseException) on the first and overflows on the second.
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nama", "Jam"])
    sheet.append(["Ani", value])
    sheet["B2"].number_format = number_format
    workbook.save(tmp_path / "jam.xlsx")
    with pytest.raises(TableFileError, match="tidak dapat dibaca"):
        list(open_table(tmp_path / "jam.xlsx").rows())
