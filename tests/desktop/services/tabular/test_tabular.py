"""The generic import machinery: readers, header detection, mapping, parsers, safe writing."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlwt
from openpyxl import Workbook, load_workbook

from desktop.context import AppContext
from desktop.domain.tabular import ImportSummary, RowError
from desktop.services.tabular import (
    CellError,
    FieldSpec,
    HeaderInfo,
    RowParser,
    TableFileError,
    column_letter,
    detect_header,
    open_table,
    parse_flag,
    parse_identifier16,
    remember_mapping,
    resolve_mapping,
)
from desktop.services.tabular.summary import save_rejected

SPECS = (
    FieldSpec("name", "Nama", ("nama kk",), required=True),
    FieldSpec("nik", "NIK", ("nik kk",), parser=parse_identifier16),
    FieldSpec("flag", "Baduta", (), parser=parse_flag, empty=False),
)


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def test_header_found_below_title_rows_and_rows_numbered_as_in_excel(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "a.xlsx", [["Judul daftar"], [], ["Nama KK", "NIK KK", "Baduta"], ["Asep", "3602180101900001", "Y"]]
    )
    source = open_table(path)
    header = detect_header(source, SPECS)
    assert header is not None and header.row == 3
    parser = RowParser(header, SPECS, {"name": 0, "nik": 1, "flag": 2})
    number, cells = next(source.rows(start=header.row + 1))
    parsed = parser.parse(number, cells)
    assert (
        parsed is not None
        and parsed.row == 4
        and parsed.values == {"name": "Asep", "nik": "3602180101900001", "flag": True}
    )


def test_nik_number_cell_refused_in_xlsx_and_xls(tmp_path: Path) -> None:
    xlsx = _xlsx(tmp_path / "n.xlsx", [["Nama", "NIK"], ["Asep", 3602180101900001]])
    book = xlwt.Workbook()
    sheet = book.add_sheet("s")
    for col, value in enumerate(["Nama", "NIK"]):
        sheet.write(0, col, value)
    sheet.write(1, 0, "Asep")
    sheet.write(1, 1, 3602180101900001)
    book.save(str(tmp_path / "n.xls"))
    for path in (xlsx, tmp_path / "n.xls"):
        source = open_table(path)
        header = detect_header(source, SPECS)
        assert header is not None
        parsed = RowParser(header, SPECS, {"name": 0, "nik": 1}).parse(2, next(source.rows(start=2))[1])
        assert parsed is not None
        assert parsed.errors[0].column == "B"
        assert "tersimpan sebagai angka" in parsed.errors[0].reason


@pytest.mark.parametrize(("delimiter", "encoding"), [(";", "utf-8-sig"), (",", "utf-8"), (";", "cp1252")])
def test_csv_delimiter_and_encoding_sniffed(tmp_path: Path, delimiter: str, encoding: str) -> None:
    path = tmp_path / "a.csv"
    path.write_text(f"Nama KK{delimiter}NIK KK\nÁsep Sunarya{delimiter}3602180101900001\n", encoding=encoding)
    source = open_table(path)
    rows = list(source.rows())
    assert rows[0] == (1, ["Nama KK", "NIK KK"])
    assert rows[1][1] == ["Ásep Sunarya", "3602180101900001"]


def test_unknown_and_corrupt_files_refused_with_message(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(TableFileError, match="Format berkas"):
        open_table(tmp_path / "x.pdf")
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04garbage")
    with pytest.raises(TableFileError, match="rusak"):
        open_table(tmp_path / "bad.xlsx")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Y", True), ("ya", True), (1, True), ("\u2713", True), ("T", False), ("Tidak", False), (0.0, False)],
)
def test_flag_spellings(raw: object, expected: bool) -> None:
    assert parse_flag(raw) is expected


def test_flag_nonsense_refused() -> None:
    with pytest.raises(CellError):
        parse_flag("mungkin")


def test_scientific_notation_text_refused() -> None:
    with pytest.raises(CellError, match="notasi ilmiah"):
        parse_identifier16("3.60218E+15")


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701)] == ["A", "Z", "AA", "AB", "ZZ"]


def test_mapping_remembered_per_shape(empty_context: AppContext) -> None:
    header = HeaderInfo(1, ["Nomor", "Nama Lengkap", "Nomor Induk"])
    mapping, remembered = resolve_mapping(empty_context.session_factory, "test", header, SPECS)
    assert (mapping, remembered) == ({}, False)
    remember_mapping(empty_context.session_factory, "test", header, {"name": 1, "nik": 2})
    same_shape = HeaderInfo(4, ["NOMOR", "nama  lengkap", "Nomor-Induk"])
    assert resolve_mapping(empty_context.session_factory, "test", same_shape, SPECS) == ({"name": 1, "nik": 2}, True)


def test_rejected_rows_saved_with_reason_and_no_formula(tmp_path: Path) -> None:
    summary = ImportSummary(header=["Nama", "NIK"])
    summary.reject(5, ['=HYPERLINK("x")', 3602180101900001.0], [RowError(5, "B", "NIK", "tersimpan sebagai angka")])
    target = tmp_path / "ditolak.xlsx"
    save_rejected(summary, target)
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[1]] == ["Baris", "Nama", "NIK", "Alasan penolakan"]
    assert sheet["A2"].value == 5
    assert sheet["B2"].value == '=HYPERLINK("x")' and sheet["B2"].data_type == "s"
    assert "tersimpan sebagai angka" in sheet["D2"].value
    assert not list(tmp_path.glob(".*tmp"))


def test_mapping_remembered_inside_a_transaction_is_forgotten_with_it(empty_context: AppContext) -> None:
    from desktop.services.tabular import remember_mapping_in

    header = HeaderInfo(1, ["Nomor", "Nama Lengkap", "Nomor Induk"])
    with empty_context.session_factory() as session:
        with session.begin():
            remember_mapping_in(session, "test", header, {"name": 2})
        assert resolve_mapping(empty_context.session_factory, "test", header, SPECS) == ({"name": 2}, True)
        transaction = session.begin()
        remember_mapping_in(session, "test", header, {"name": 1, "nik": 2})
        transaction.rollback()  # a cancelled import forgets the mapping it confirmed
    assert resolve_mapping(empty_context.session_factory, "test", header, SPECS) == ({"name": 2}, True)


def test_krs_import_remembers_its_mapping_through_the_shared_core() -> None:
    import desktop.services.krs.import_service as krs_import
    from desktop.services.tabular import mapping

    # One core: the KRS import uses tabular's session-taking function, it does not define its own.
    assert krs_import.remember_mapping_in is mapping.remember_mapping_in
