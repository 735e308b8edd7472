"""Readers of .xlsx, .xls and .csv files into rows of raw cell values, with spreadsheet row numbers."""

from __future__ import annotations

import codecs
import csv
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.services.os_errors import describe_os_error
from desktop.services.tabular.fields import UncalculatedFormula
from desktop.services.tabular.xlsx_parts import (
    LARGE_SHEET_BYTES,
    MalformedSheetError,
    SheetExtent,
    SheetMarks,
    SheetTooLargeError,
    check_extent,
    iter_sheet_rows,
    locate_sheet,
    numbered_rows,
    sheet_extent,
)

_XLSX_MAGIC = b"PK\x03\x04"
_XLS_MAGIC = b"\xd0\xcf\x11\xe0"
_CSV_DELIMITERS = (";", ",", "\t")
# What reading a corrupt, truncated, encrypted or oddly compressed sheet part raises.
_PART_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    OSError,
    zipfile.BadZipFile,
    zlib.error,
    NotImplementedError,
    RuntimeError,
)


class TableFileError(UserError):
    """The file cannot be read as a table; the message (Indonesian) says why and is shown as is."""


def _column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _malformed(sheet: str, error: MalformedSheetError) -> TableFileError:
    where = _("di sekitar baris {row}").format(row=error.row) if error.row else _("sebelum baris data")
    return TableFileError(
        _(
            "Berkas rusak: isi lembar {sheet!r} tidak utuh {where} ({reason}). Seluruh berkas ditolak, tidak ada yang "
            "disimpan; buka dan simpan ulang berkas di Excel, atau minta salinan baru."
        ).format(sheet=sheet, where=where, reason=error.reason)
    )


def _too_large(sheet: str, extent: SheetExtent) -> TableFileError:
    return TableFileError(
        _(
            "Lembar kerja {sheet!r} terlalu besar untuk dibaca: isinya tersebar sampai baris {row} dan kolom "
            "{column}, padahal hanya {cells} sel yang terisi. Salin datanya ke lembar kerja baru lalu coba lagi."
        ).format(
            sheet=sheet,
            row=f"{extent.last_row:,}".replace(",", "."),
            column=_column_letters(extent.last_column),
            cells=extent.cells,
        )
    )


RawRow = list[Any]


@dataclass(slots=True)
class TableSource:
    """An opened table: one sheet of a workbook, or a CSV file.

    Cell values are what the file holds: ``str`` for text, ``float`` (sometimes ``int``) for numbers, ``bool``,
    ``date``/``datetime``, ``""`` for an empty cell. CSV cells are always ``str``.

    Attributes:
        path: the file.
        kind: ``xlsx``, ``xls`` or ``csv``.
        sheet_name: the sheet read (the file name for CSV).
        sheet_names: every sheet of the workbook.
        total_rows: the number of rows, for progress (an estimate for CSV).
        marks: what an .xlsx sheet marks beyond its values (formulas without a result, hidden rows, merged
            ranges); empty for .xls and CSV. A sheet read in parts fills it as its rows are read.
    """

    path: Path
    kind: str
    sheet_name: str
    sheet_names: list[str]
    total_rows: int
    _iterate: Callable[[], Iterator[RawRow]] = field(repr=False)
    marks: SheetMarks = field(default_factory=SheetMarks)

    @property
    def hidden_rows(self) -> set[int]:
        """The rows the sheet hides (by hand or through an autofilter), as the spreadsheet numbers them."""
        return self.marks.hidden_rows

    def rows(self, start: int = 1) -> Iterator[tuple[int, RawRow]]:
        """Yields ``(row number as the spreadsheet shows it, cell values)`` from row ``start`` on."""
        yield from islice(enumerate(self._iterate(), start=1), max(start - 1, 0), None)

    def head(self, count: int = 30) -> list[tuple[int, RawRow]]:
        """The first ``count`` rows, for header detection and previews."""
        return list(islice(self.rows(), count))


def _sniff_kind(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as error:
        raise TableFileError(describe_os_error(error, path)) from error
    if magic == _XLSX_MAGIC:
        return "xlsx"
    if magic == _XLS_MAGIC:
        if _encrypted(path):
            raise TableFileError(
                _(
                    "Berkas {name} dilindungi kata sandi. Buka di Excel, simpan tanpa kata sandi "
                    "(File > Info > Protect Workbook), lalu impor lagi."
                ).format(name=path.name)
            )
        return "xls"
    if path.suffix.lower() in {".csv", ".txt"}:
        return "csv"
    raise TableFileError(_("Format berkas tidak dikenali: gunakan .xlsx, .xls atau .csv."))


def _encrypted(path: Path) -> bool:
    """Whether an OLE file is an encrypted workbook (an .xlsx with a password to open is an OLE container)."""
    import msoffcrypto

    try:
        with path.open("rb") as handle:
            return bool(msoffcrypto.OfficeFile(handle).is_encrypted())
    except Exception:
        return False


def _open_errors(calamine_error: type[Exception]) -> tuple[type[Exception], ...]:
    return (calamine_error, *_PART_ERRORS)


def _open_workbook(path: Path, kind: str, sheet: str | None) -> TableSource:
    from python_calamine import CalamineError, CalamineWorkbook

    chosen = sheet or ""
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
        if not names:
            raise TableFileError(_("Berkas tidak berisi lembar kerja."))
        if sheet is not None and sheet not in names:
            raise TableFileError(_("Lembar kerja {sheet!r} tidak ada dalam berkas.").format(sheet=sheet))
        chosen = sheet or names[0]
        large = _open_large_sheet(path, chosen, names) if kind == "xlsx" else None
        marks = _check_small_sheet(path, chosen) if kind == "xlsx" and large is None else SheetMarks()
        if large is not None:
            workbook.close()
            return large
        data = workbook.get_sheet_by_name(chosen)
    except TableFileError:
        raise
    except SheetTooLargeError as error:
        raise _too_large(chosen, error.extent) from error
    except MalformedSheetError as error:
        raise _malformed(chosen, error) from error
    except _open_errors(CalamineError) as error:
        raise TableFileError(
            _("Berkas rusak atau bukan lembar kerja {kind} yang sah ({error}).").format(kind=kind, error=error)
        ) from error
    end_row = data.end[0] if data.end is not None else -1
    pad = [""] * (data.start[1] if data.start is not None else 0)

    def iterate() -> Iterator[RawRow]:
        # python-calamine yields from row 1 of the sheet, empty leading rows included, so the enumeration
        # number is the row number the spreadsheet program shows; its columns start at the first used column,
        # so empty leading columns are put back (the position is then the column letter).
        rows = _calamine_rows(data.iter_rows())
        if pad:
            rows = (pad + row for row in rows)
        return _with_formulas(rows, marks) if marks.formulas else rows

    return TableSource(path, kind, chosen, names, end_row + 1, iterate, marks)


def _with_formulas(rows: Iterable[RawRow], marks: SheetMarks) -> Iterator[RawRow]:
    """The rows, with each cell whose formula has no stored result as an :class:`UncalculatedFormula`.

    python-calamine reads such a cell as empty; the import then tells the user it is a formula without a value
    instead of "wajib diisi" (or silently nothing, for an optional column).
    """
    formulas = marks.formulas
    for number, row in enumerate(rows, start=1):
        cells = formulas.get(number)
        if cells:
            row = list(row)
            for column, text in cells.items():
                if column >= len(row):
                    row.extend([""] * (column + 1 - len(row)))
                if row[column] == "" or row[column] is None:
                    row[column] = UncalculatedFormula(text)
        yield row


def _calamine_rows(rows: Iterable[RawRow]) -> Iterator[RawRow]:
    """The rows, with python-calamine's panics turned into a refusal of the file.

    python-calamine panics (a Rust panic, raised as ``pyo3_runtime.PanicException``, a ``BaseException``) on some
    cell values it cannot convert, such as a time out of range, and raises ``OverflowError`` for a duration beyond
    Python's; without this the import would end with a traceback (the property tests found one in a worksheet).
    """
    try:
        yield from rows
    except BaseException as error:
        if type(error).__name__ != "PanicException" and not isinstance(error, OverflowError):
            raise
        raise TableFileError(
            _(
                "Berkas berisi sel yang tidak dapat dibaca (mis. tanggal atau jam di luar batas: {error}). "
                "Perbaiki sel itu di Excel, simpan, lalu impor lagi."
            ).format(error=error)
        ) from None


def _check_small_sheet(path: Path, sheet: str) -> SheetMarks:
    """Refuses a sheet whose real cells are few but spread so wide that reading it whole would exhaust memory.

    Returns:
        The sheet's marks (formulas without a result, hidden rows, merged ranges), found by the same scan.
    """
    with zipfile.ZipFile(path) as archive:
        parts = locate_sheet(archive, sheet)
        if parts is None:
            return SheetMarks()
        extent = sheet_extent(archive, parts.member)
        check_extent(extent)
        return extent.marks


def _open_large_sheet(path: Path, sheet: str, names: list[str]) -> TableSource | None:
    """A sheet too large to hold in memory at once, read part by part; None for a small or unusual sheet."""
    with zipfile.ZipFile(path) as archive:
        parts = locate_sheet(archive, sheet)
        if parts is None or parts.size < LARGE_SHEET_BYTES:
            return None
        numbered, last_row = numbered_rows(archive, parts)
    if not numbered:
        return None
    marks = SheetMarks()

    def iterate() -> Iterator[RawRow]:
        from python_calamine import CalamineError

        try:
            yield from _with_formulas(_calamine_rows(iter_sheet_rows(str(path), parts, sheet, marks=marks)), marks)
        except SheetTooLargeError as error:
            raise _too_large(sheet, error.extent) from error
        except MalformedSheetError as error:
            raise _malformed(sheet, error) from error
        except _open_errors(CalamineError) as error:
            raise TableFileError(
                _("Berkas rusak atau bukan lembar kerja xlsx yang sah ({error}).").format(error=error)
            ) from error

    # Without a <dimension>, the row count for progress is estimated from the size (about 1 kB per row).
    return TableSource(path, "xlsx", sheet, names, last_row or parts.size // 1000, iterate, marks)


def _csv_encoding(path: Path) -> str:
    """The encoding of a CSV file, judged over the whole file, not its first part.

    A BOM decides (UTF-8, or UTF-16 as Excel's "Unicode text" export writes it); UTF-16 without a BOM is told by
    its NUL bytes. Otherwise the file is UTF-8 when it decodes as such, or when its valid UTF-8 sequences outnumber
    the undecodable lines (a stray byte then spoils only its own row, which is rejected); else Windows-1252.
    """
    with path.open("rb") as handle:
        head = handle.read(4096)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        if head.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        elif len(head) >= 4 and head.count(b"\x00") * 3 > len(head):
            return "utf-16-le" if head[1::2].count(b"\x00") > head[0::2].count(b"\x00") else "utf-16-be"
        else:
            encoding = "utf-8"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        try:
            for block in iter(lambda: handle.read(1 << 20), b""):
                decoder.decode(block)
            decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            pass
        handle.seek(0)
        valid = invalid = 0
        for line in handle:
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
                valid += 1
            except UnicodeDecodeError:
                invalid += 1
    return encoding if valid and valid >= invalid else "cp1252"


def _csv_delimiter(path: Path, encoding: str) -> str:
    with path.open("r", encoding=encoding, errors="replace", newline="") as handle:
        lines = list(islice(handle, 30))
    best, best_count = ",", 0
    for delimiter in _CSV_DELIMITERS:
        count = max((line.count(delimiter) for line in lines), default=0)
        if count > best_count:
            best, best_count = delimiter, count
    return best


def _open_csv(path: Path) -> TableSource:
    encoding = _csv_encoding(path)
    delimiter = _csv_delimiter(path, encoding)
    with path.open("rb") as handle:
        total = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))

    def iterate() -> Iterator[RawRow]:
        with path.open("r", encoding=encoding, errors="replace", newline="") as handle:
            try:
                yield from csv.reader(handle, delimiter=delimiter)
            except csv.Error as error:
                raise TableFileError(_("Berkas CSV rusak ({error}).").format(error=error)) from error

    return TableSource(path, "csv", path.name, [path.name], total, iterate)


def open_table(path: Path | str, sheet: str | None = None) -> TableSource:
    """Opens a table file; the type is taken from the file's content, not only its name.

    Args:
        path: an .xlsx, .xls or .csv file (CSV: ``,``, ``;`` or tab separated, UTF-8 with or without BOM,
            UTF-16 or Windows-1252, judged over the whole file; an undecodable byte marks its row, which an import
            rejects).
        sheet: the sheet to read; the first sheet when None.

    Returns:
        The table source.

    Raises:
        TableFileError: the file is missing, of an unknown format or corrupt.
    """
    file_path = Path(path)
    kind = _sniff_kind(file_path)
    if kind == "csv":
        return _open_csv(file_path)
    return _open_workbook(file_path, kind, sheet)
