"""Reading a large .xlsx sheet part by part gives the same rows as python-calamine reading it whole."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from desktop.services.tabular import TableFileError, open_table, parse_identifier16, readers, xlsx_parts
from desktop.services.tabular.xlsx_parts import iter_sheet_rows, locate_sheet


def _workbook(path: Path, start_column: int = 1) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    workbook.create_sheet("Lain").append(["tidak dibaca"])
    sheet.cell(row=1, column=start_column, value="Daftar & judul <uji>")
    for number in range(3, 1500):
        if number % 97 == 0:
            continue  # a gap: empty rows in the middle
        row = [
            f"Nama {number % 50}",  # repeated texts: shared strings
            str(3602180101900000 + number),
            3602180101900001 if number == 700 else number * 1.5,  # a NIK typed as a number
            datetime(2024, 1, 1 + number % 28),
            number % 2 == 0,
            None if number % 5 else "",
        ]
        for offset, value in enumerate(row):
            sheet.cell(row=number, column=start_column + offset, value=value)
    workbook.save(path)
    return path


def _whole(path: Path) -> list[list[object]]:
    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Data")
    pad = [""] * (sheet.start[1] if sheet.start else 0)
    rows = [pad + row for row in sheet.iter_rows()]
    while rows and not any(cell != "" for cell in rows[-1]):
        rows.pop()
    return rows


def _trimmed(row: list[object]) -> list[object]:
    cells = list(row)
    while cells and cells[-1] == "":
        cells.pop()
    return cells


@pytest.mark.parametrize("start_column", [1, 3])
def test_parts_give_the_rows_of_a_whole_read(tmp_path: Path, start_column: int) -> None:
    path = _workbook(tmp_path / "besar.xlsx", start_column)
    with zipfile.ZipFile(path) as archive:
        parts = locate_sheet(archive, "Data")
    assert parts is not None and parts.member.endswith(".xml")
    rows = list(iter_sheet_rows(str(path), parts, "Data", first_part_bytes=2_000, part_bytes=9_000))
    whole = _whole(path)
    assert len(rows) == len(whole) == 1499
    assert [_trimmed(row) for row in rows] == [_trimmed(row) for row in whole]
    assert rows[0][start_column - 1] == "Daftar & judul <uji>"
    assert rows[699][start_column + 1] == 3602180101900001  # still a number: the NIK check refuses it


def test_large_sheet_read_in_parts_through_open_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _workbook(tmp_path / "besar.xlsx")
    monkeypatch.setattr(readers, "LARGE_SHEET_BYTES", 1)
    monkeypatch.setattr(xlsx_parts, "FIRST_PART_BYTES", 2_000)
    monkeypatch.setattr(xlsx_parts, "PART_BYTES", 9_000)
    source = open_table(path, "Data")
    assert source.sheet_names == ["Data", "Lain"] and source.total_rows == 1499
    numbered = dict(source.rows())
    assert numbered[5][:2] == ["Nama 5", "3602180101900005"] and not any(numbered[97])
    with pytest.raises(Exception, match="angka ke-16"):
        parse_identifier16(numbered[700][2])
    assert source.head(3)[2][1][0] == "Nama 3"


def test_truncated_large_sheet_refused_with_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _workbook(tmp_path / "besar.xlsx")
    broken = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                data = data[: len(data) * 2 // 3]
            target.writestr(item.filename, data)
    monkeypatch.setattr(readers, "LARGE_SHEET_BYTES", 1)
    monkeypatch.setattr(xlsx_parts, "PART_BYTES", 9_000)
    source = open_table(broken, "Data")
    with pytest.raises(TableFileError, match="rusak"):
        list(source.rows())


def test_partial_workbook_is_a_valid_zip() -> None:
    package = xlsx_parts._stored_zip([("a.xml", (b"<a/>",)), ("b/c.xml", (b"<c>", memoryview(b"xyz")[1:], b"</c>"))])
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        assert archive.testzip() is None
        assert archive.read("b/c.xml") == b"<c>yz</c>" and archive.namelist() == ["a.xml", "b/c.xml"]
