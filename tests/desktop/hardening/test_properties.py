"""Property-based tests (Hypothesis) that generate hostile input for the tabular reader, identifier validation,
the worksheet import and the framework loader: whatever arrives, the answer is a value or one Indonesian refusal
(a UserError), never another exception, and nothing that was not typed is stored (issue #17)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from desktop.context import AppContext
from desktop.domain.errors import UserError
from desktop.domain.identifiers import digits_only, nik_problem, nip_problem
from desktop.services.aksi.framework_schema import FrameworkError, read_framework_file, validate_framework
from desktop.services.aksi.frameworks import shipped_framework_files
from desktop.services.krs.worksheet_export import export_worksheet
from desktop.services.krs.worksheet_import import run_worksheet_import
from desktop.services.tabular import CellError, TableFileError, open_table, parse_identifier16

# Text as people and hostile files produce it: every plane, controls, surrogates left out (not encodable).
_ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
_DIGITISH = st.text(st.characters(categories=("Nd", "No", "Nl")) | st.sampled_from("0123456789 .-'"), max_size=20)
_CELL = st.one_of(
    _ANY_TEXT,
    _DIGITISH,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1, 1, 1)),
    st.just(""),
)


@given(_DIGITISH | _ANY_TEXT)
def test_identifier_checks_never_raise_and_accept_only_ascii_digits(text: str) -> None:
    reason = nik_problem(text)
    if reason is None:
        assert len(text) == 16 and all(ch in "0123456789" for ch in text)
    assert nip_problem(text) is None or isinstance(nip_problem(text), str)
    assert set(digits_only(text)) <= set("0123456789")


@given(_CELL)
def test_identifier_parser_refuses_with_a_cell_error_only(value: Any) -> None:
    try:
        parsed = parse_identifier16(value)
    except CellError:
        return
    assert len(parsed) == 16 and parsed.isascii() and parsed.isdigit()


@given(
    st.binary(max_size=400), st.sampled_from([b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\xff\xfe", b"\xef\xbb\xbf"])
)
def test_any_bytes_give_rows_or_a_table_file_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, magic: bytes
) -> None:
    path = tmp_path_factory.mktemp("bytes") / "berkas.csv"
    path.write_bytes(magic + data)
    try:
        rows = list(open_table(path).rows())
    except TableFileError:
        return
    assert all(isinstance(row, list) for _number, row in rows)


_PLAIN = st.text(
    st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp"), exclude_characters="\ufffd\ufeff"), max_size=12
).map(str.strip)


@given(
    st.lists(st.lists(_PLAIN, min_size=3, max_size=3), min_size=1, max_size=30),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    st.sampled_from([";", ",", "\t"]),
)
def test_csv_text_reads_back_as_written(
    tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]], encoding: str, delimiter: str
) -> None:
    header = ["Nama Kepala Keluarga", "Kode Desa", "Alamat"]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([header, *rows])
    try:
        data = buffer.getvalue().encode(encoding)
    except UnicodeEncodeError:
        return  # not writable in that encoding: nothing to read back
    path = tmp_path_factory.mktemp("csv") / "daftar.csv"
    path.write_bytes(data)
    read = [row for _number, row in open_table(path).rows()]
    expected = [header, *rows]
    # A row of empty cells may be written as an empty line, which csv reads as no cells.
    assert [row for row in read if any(row)] == [row for row in expected if any(row)]


@settings(max_examples=12)
@given(st.lists(st.tuples(st.integers(1, 3000), st.integers(1, 60), _CELL), max_size=12))
def test_any_small_workbook_gives_rows_or_a_table_file_error(
    tmp_path_factory: pytest.TempPathFactory, cells: list[tuple[int, int, Any]]
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    for row, column, value in cells:
        if isinstance(value, float) and value != value:
            continue  # openpyxl cannot write NaN
        try:
            sheet.cell(row=row, column=column, value=value)
        except (ValueError, TypeError, IllegalCharacterError):
            continue  # openpyxl refuses some values (illegal characters): not a file anyone can make
    path = tmp_path_factory.mktemp("xlsx") / "daftar.xlsx"
    try:
        workbook.save(path)
    except (ValueError, TypeError, OverflowError):
        return
    try:
        rows = dict(open_table(path).rows())
    except TableFileError:
        return
    for row, column, value in cells:
        if isinstance(value, str) and value and value.isprintable() and value == value.strip():
            assert row in rows and column - 1 < len(rows[row])


@settings(max_examples=12)
@given(st.binary(min_size=1, max_size=60), st.integers(min_value=0, max_value=10_000))
def test_a_damaged_xlsx_is_refused_whole(tmp_path_factory: pytest.TempPathFactory, junk: bytes, offset: int) -> None:
    folder = tmp_path_factory.mktemp("damaged")
    workbook = Workbook()
    for number in range(1, 40):
        workbook.active.append([f"Nama {number}", "3602180101900001", number])
    workbook.save(folder / "asli.xlsx")
    data = bytearray((folder / "asli.xlsx").read_bytes())
    position = offset % len(data)
    data[position : position + len(junk)] = junk
    (folder / "rusak.xlsx").write_bytes(bytes(data))
    try:
        list(open_table(folder / "rusak.xlsx").rows())
    except TableFileError:
        pass


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _ANY_TEXT
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_ANY_TEXT, inner, max_size=4),
        max_leaves=20,
    )


_SHIPPED = json.loads(next(p for p in shipped_framework_files() if p.stem == "aksi-2025").read_text(encoding="utf-8"))


def _mutated(document: Any, path: list[int], value: Any) -> Any:
    """The document with the element found by following ``path`` (indices into keys/items) replaced."""
    if not path or not isinstance(document, dict | list) or not document:
        return value
    if isinstance(document, dict):
        key = list(document)[path[0] % len(document)]
        return {**document, key: _mutated(document[key], path[1:], value)}
    index = path[0] % len(document)
    return [*document[:index], _mutated(document[index], path[1:], value), *document[index + 1 :]]


@given(st.lists(st.integers(0, 50), max_size=5), _json_values())
def test_a_mutated_framework_validates_or_is_refused_with_paths(path: list[int], value: Any) -> None:
    document = _mutated(_SHIPPED, path, value)
    try:
        spec = validate_framework(document)
    except FrameworkError as error:
        assert error.lines and all(isinstance(line, str) for line in error.lines)
        return
    for action in spec.actions:
        for text in (action.name, action.responsible_opd, *(e.name for e in action.evidence)):
            assert "\x00" not in text and "\u202e" not in text


@given(st.binary(max_size=300) | _json_values().map(lambda v: json.dumps(v).encode()))
def test_any_framework_file_is_read_or_refused(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("framework") / "kerangka.json"
    path.write_bytes(data)
    try:
        read_framework_file(path)
    except FrameworkError:
        pass


@pytest.fixture
def worksheet(office_context: AppContext, tmp_path: Path) -> tuple[AppContext, Path]:
    from desktop.services.demo.krs_demo import krs_rows
    from desktop.services.krs.import_service import run_import
    from tests.desktop.services.krs.conftest import write_xlsx

    run_import(
        office_context.session_factory,
        write_xlsx(tmp_path / "krs.xlsx", [list(r) for r in krs_rows(45, seed=7)]),
        dry_run=False,
    )
    target = tmp_path / "lembar.xlsx"
    export_worksheet(office_context.session_factory, "36.02.18.2001", target)
    return office_context, target


@settings(max_examples=12)
@given(st.lists(st.tuples(st.integers(1, 12), st.sampled_from("ABCDEFGHIJKLMNOPQR"), _CELL), min_size=1, max_size=8))
def test_a_worksheet_filled_with_anything_imports_or_refuses_by_row(
    worksheet: tuple[AppContext, Path], tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[int, str, Any]]
) -> None:
    context, original = worksheet
    book = load_workbook(original)
    sheet = book["Data"]
    for row, column, value in edits:
        if isinstance(value, float) and value != value:
            continue
        try:
            sheet[f"{column}{row}"] = value
        except (ValueError, TypeError, IllegalCharacterError):
            continue
    path = tmp_path_factory.mktemp("ws") / "lembar.xlsx"
    try:
        book.save(path)
    except (ValueError, TypeError, OverflowError):
        return
    try:
        summary = run_worksheet_import(context.session_factory, path, dry_run=True)
    except UserError:
        return
    for error in summary.errors:
        assert error.row >= 1 and error.reason
