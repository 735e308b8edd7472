"""Reading a large .xlsx sheet in parts of rows, so memory stays bounded whatever the sheet's size.

python-calamine reads a whole sheet into memory before the first row is available: a 1,000,000-row list takes
about 2.4 GB. For a large sheet the sheet's XML is instead streamed out of the archive and cut between rows
(after a ``</row>``) into parts of about ten megabytes; each part becomes a small in-memory workbook (the part
plus the original workbook, relationships, styles and shared strings, stored uncompressed) that python-calamine
reads. So every cell is still interpreted by python-calamine (types, dates, shared strings), exactly as in a whole
read, while at most three parts are in memory. A background thread prepares and reads the next part while the
caller works on the current one (python-calamine releases the GIL while it parses).

Rows are yielded from row 1 of the sheet (empty rows included, so the position is the row number the spreadsheet
shows) and columns from column A (empty leading columns included, so the position is the column letter). A row
holds the cells up to the last column its part uses: rows of different parts may differ in length, the missing
cells are empty.

python-calamine is lenient with broken XML: a cell holding bytes XML does not allow (a NUL, a control character)
is read as empty, so a damaged file would import as rows with "wajib diisi" cells. Every sheet is therefore run
through expat (:class:`WellFormed`, streamed with the extent scan or per part) and a malformed one is refused whole
(:class:`MalformedSheetError`, with the row it breaks in).
"""

from __future__ import annotations

import io
import posixpath
import queue
import re
import struct
import threading
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree
from xml.parsers import expat

# A sheet whose XML is larger than this is read in parts (about 50,000 to 80,000 rows).
LARGE_SHEET_BYTES = 64 << 20
# The size of a part's XML: the first is small so the header and preview come quickly.
FIRST_PART_BYTES = 2 << 20
# Measured on a 1,000,000-row sheet: 12 MB parts stay under glibc's largest mmap threshold (32 MB), so their
# buffers are reused instead of mapped afresh: 1.5 s of system time instead of 5.9 s with 32 MB parts.
PART_BYTES = 12 << 20
_BLOCK = 4 << 20

_SHEET_DATA = re.compile(rb"<(?:(\w+):)?sheetData\b[^>]*?(/?)>")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*/>")
_DIMENSION_REF = re.compile(rb'<(?:\w+:)?dimension\b[^>]*\bref="[A-Z]*\d*:?[A-Z]*(\d+)"')
_FIRST_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*?\br=\"\d+\")?")
_KEPT_TYPES = ("/sharedStrings", "/styles", "/theme")
# What a sheet may cost: python-calamine allocates the rectangle from the first to the last cell, whatever lies
# between, so a tiny file with one cell at XFD1048576 would ask for 512 GiB. The rectangle is bounded by the cells
# the sheet really holds (or a floor for ordinary sparse sheets) and the columns by a cap no list comes near.
MAX_COLUMNS = 1024
MIN_CELL_BUDGET = 4_000_000
CELL_BUDGET_FACTOR = 4
_TAG = re.compile(rb"<(?:\w+:)?(row|c)(?=[\s/>])[^>]*>")
_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_ROW_NUMBER = re.compile(rb'\br="([0-9]{1,7})"')


# What a sheet's XML says beyond its values (SheetMarks): cells whose formula has no stored result, hidden rows,
# merged ranges and an autofilter. Found with plain byte searches first, so a sheet without them costs nothing.
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?<!/)>(.*?)</(?:\w+:)?c>", re.S)
_FORMULA = re.compile(rb"<(?:\w+:)?f\b[^>]*?(?:/>|>([^<]*)<)")
_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]")
_STRING_RESULT = re.compile(rb'\bt="(?:str|inlineStr|e)"')
_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})"')


class SheetMarks:
    """What a sheet's XML marks beyond its cell values, for the import to report instead of passing over.

    Attributes:
        formulas: ``{row: {0-based column: formula text}}`` of cells holding a formula without a stored result (a
            workbook written by a program that never calculated it: python-calamine reads such a cell as empty).
        hidden_rows: the rows marked hidden (by hand, or by an autofilter: Excel hides the rows it filters out).
        merged: the merged ranges as ``(first row, first 0-based column, last row, last 0-based column)``.
        autofilter: whether the sheet has an autofilter.
    """

    def __init__(self) -> None:
        self.formulas: dict[int, dict[int, str]] = {}
        self.hidden_rows: set[int] = set()
        self.merged: list[tuple[int, int, int, int]] = []
        self.autofilter = False

    def scan(self, xml: bytes) -> None:
        """Adds the marks of a run of whole cells (cut after a ``</row>``, or at least between elements)."""
        if b"f>" in xml or b"<f " in xml or b":f " in xml:
            self._formulas(xml)
        if b'hidden="' in xml:
            for tag in _HIDDEN_ROW.finditer(xml):
                if number := _ROW_NUMBER.search(tag.group(0)):
                    self.hidden_rows.add(int(number.group(1)))
        if b"mergeCell" in xml:
            for merge in _MERGE.finditer(xml):
                first, last = merge.group(1, 2), merge.group(3, 4)
                self.merged.append(
                    (int(first[1]), _column_number(first[0]) - 1, int(last[1]), _column_number(last[0]) - 1)
                )
        if b"autoFilter" in xml:
            self.autofilter = True

    def _formulas(self, xml: bytes) -> None:
        for cell in _CELL.finditer(xml):
            attributes, body = cell.group(1), cell.group(2)
            formula = _FORMULA.search(body)
            if formula is None or _VALUE.search(body) or _STRING_RESULT.search(attributes):
                continue
            ref = _REF.search(attributes)
            if ref is None:
                continue
            text = (formula.group(1) or b"").decode("utf-8", "replace")
            row = self.formulas.setdefault(int(ref.group(2)), {})
            row[_column_number(ref.group(1)) - 1] = text


def _cut(data: bytes) -> int:
    """Where to cut streamed sheet XML so no cell is split: after the last ``</row>``, else after the last ``>``."""
    end = data.rfind(b"row>")
    if end > 0 and data[end - 1 : end] in (b"/", b":"):
        return end + 4
    return data.rfind(b">") + 1


class SheetParts:
    """Where a sheet's XML lies in the archive and the small parts every partial workbook carries.

    Attributes:
        member: the sheet's XML part (``xl/worksheets/sheet1.xml``).
        size: its uncompressed size in bytes.
        common: the other parts each partial workbook needs (content types, workbook, relationships, styles,
            shared strings, theme), as ``(name, bytes)``.
    """

    def __init__(self, member: str, size: int, common: list[tuple[str, bytes]]) -> None:
        self.member = member
        self.size = size
        self.common = common


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", f"{name}.rels")
    root = ElementTree.fromstring(archive.read(rels_name))
    found: dict[str, tuple[str, str]] = {}
    for element in root:
        if _local(element.tag) != "Relationship" or element.get("TargetMode") == "External":
            continue
        target = element.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found[element.get("Id", "")] = (element.get("Type", ""), path)
    return found


def locate_sheet(archive: zipfile.ZipFile, sheet_name: str) -> SheetParts | None:
    """Finds a sheet's XML part and the parts a partial workbook needs; None when the package is unusual."""
    try:
        workbook = next(path for kind, path in _relationships(archive, "").values() if kind.endswith("/officeDocument"))
        relationships = _relationships(archive, workbook)
        root = ElementTree.fromstring(archive.read(workbook))
        member = None
        for element in root.iter():
            if _local(element.tag) == "sheet" and element.get("name") == sheet_name:
                rel_id = next((value for key, value in element.attrib.items() if _local(key) == "id"), "")
                member = relationships[rel_id][1]
        if member is None:
            return None
        folder, name = posixpath.split(workbook)
        kept = ["[Content_Types].xml", "_rels/.rels", workbook, posixpath.join(folder, "_rels", f"{name}.rels")]
        kept += [path for kind, path in relationships.values() if kind.endswith(_KEPT_TYPES)]
        names = set(archive.namelist())
        common = [(part, archive.read(part)) for part in kept if part in names]
        return SheetParts(member, archive.getinfo(member).file_size, common)
    except (KeyError, StopIteration, ElementTree.ParseError, zipfile.BadZipFile, ValueError):
        return None


class SheetExtent:
    """The real extent of a sheet's cells, as its XML gives them (not what its ``<dimension>`` claims).

    Attributes:
        cells: the number of cell elements.
        first_row: the lowest row number (1-based), 0 for an empty sheet.
        last_row: the highest row number (1-based), 0 for an empty sheet.
        last_column: the highest column number (1-based, A = 1), 0 for an empty sheet.
        last_ref: the reference of a cell in the last column or row (``XFD1048576``), for messages.
    """

    def __init__(self) -> None:
        self.cells = 0
        self.first_row = 0
        self.last_row = 0
        self.last_column = 0
        self.last_ref = ""
        self.marks = SheetMarks()

    def add(self, xml: bytes) -> None:
        """Adds the cells of a run of whole ``<row>`` elements (or any text cut after a ``>``)."""
        row, column = self.last_row, 0
        for tag in _TAG.finditer(xml):
            text = tag.group(0)
            if tag.group(1) == b"row":
                number = _ROW_NUMBER.search(text)
                row, column = (int(number.group(1)) if number else row + 1), 0
                self._see_row(row)
                continue
            self.cells += 1
            ref = _REF.search(text)
            if ref:
                column = _column_number(ref.group(1))
                self._see_row(int(ref.group(2)))
            else:
                column += 1
            if column > self.last_column:
                self.last_column = column
                self.last_ref = ref.group(1).decode("ascii") + ref.group(2).decode("ascii") if ref else ""

    def _see_row(self, row: int) -> None:
        self.first_row = row if self.first_row == 0 else min(self.first_row, row)
        self.last_row = max(self.last_row, row)

    def problem(self) -> str | None:
        """Why reading the sheet would cost too much (English, for the caller's message), or None."""
        if self.last_column > MAX_COLUMNS:
            return "columns"
        rows = self.last_row - self.first_row + 1 if self.last_row else 0
        if rows * self.last_column > max(MIN_CELL_BUDGET, CELL_BUDGET_FACTOR * self.cells):
            return "cells"
        return None


class MalformedSheetError(ValueError):
    """A sheet's XML is not well formed; ``row`` is the spreadsheet row it breaks in (0 when before the rows)."""

    def __init__(self, row: int, reason: str) -> None:
        super().__init__(f"sheet XML not well formed at row {row}: {reason}")
        self.row = row
        self.reason = reason


class WellFormed:
    """Checks that XML fed in pieces is well formed (expat, C speed, nothing kept); names the row of a break."""

    def __init__(self) -> None:
        self._parser = expat.ParserCreate()
        self._offset = 0
        self._last_row = 0

    def feed(self, data: bytes, final: bool = False) -> None:
        """Parses the next piece.

        Raises:
            MalformedSheetError: the XML so far is not well formed.
        """
        try:
            self._parser.Parse(data, final)
        except expat.ExpatError as error:
            broken = max(self._parser.ErrorByteIndex - self._offset, 0)
            start = data.rfind(b"<row ", 0, broken)
            if start < 0:
                start = data.rfind(b":row ", 0, broken)
            number = _ROW_NUMBER.search(data, start) if start >= 0 else None
            row = int(number.group(1)) if number else self._last_row
            raise MalformedSheetError(row, expat.ErrorString(error.code)) from None
        start = data.rfind(b"<row ")
        if start < 0:
            start = data.rfind(b":row ")
        if start >= 0 and (number := _ROW_NUMBER.search(data, start)):
            self._last_row = int(number.group(1))
        self._offset += len(data)


class SheetTooLargeError(ValueError):
    """A sheet (or a part of it) whose cells would cost too much to read; carries the extent."""

    def __init__(self, extent: SheetExtent) -> None:
        super().__init__(f"sheet extent {extent.last_row} rows x {extent.last_column} columns, {extent.cells} cells")
        self.extent = extent


def check_extent(extent: SheetExtent) -> None:
    """Raises :class:`SheetTooLargeError` when reading the extent would cost too much."""
    if extent.problem() is not None:
        raise SheetTooLargeError(extent)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def sheet_extent(archive: zipfile.ZipFile, member: str) -> SheetExtent:
    """Scans a sheet's XML, streamed out of the archive, for the real extent of its cells.

    Raises:
        KeyError: the member is not in the archive.
        zlib.error, zipfile.BadZipFile: the member is corrupt.
        MalformedSheetError: its XML is not well formed.
    """
    extent = SheetExtent()
    checker = WellFormed()
    with archive.open(member) as handle:
        rest = b""
        while block := handle.read(_BLOCK):
            checker.feed(block)
            data = rest + block
            cut = _cut(data)
            extent.add(data[:cut])
            extent.marks.scan(data[:cut])
            rest = data[cut:]
    checker.feed(b"", final=True)
    extent.marks.scan(rest)
    return extent


def numbered_rows(archive: zipfile.ZipFile, parts: SheetParts) -> tuple[bool, int]:
    """Whether the sheet's first row carries its number (``<row r="1">``; a part can only be read on its own
    then), and the last row number its ``<dimension>`` gives (0 when it does not say)."""
    with archive.open(parts.member) as handle:
        head = handle.read(_BLOCK)
    match = _DIMENSION_REF.search(head)
    row = _FIRST_ROW.search(head)
    return bool(row and row.group(1)), int(match.group(1)) if match and match.group(1) else 0


def _xml_parts(
    archive: zipfile.ZipFile, member: str, sizes: tuple[int, int]
) -> Iterator[tuple[bytes, memoryview, bytes]]:
    """Yields ``(sheet XML head, rows, sheet XML tail)`` for consecutive runs of whole rows: the first run about
    ``sizes[0]`` bytes, each next one four times larger up to ``sizes[1]`` (a preview reading only the first rows
    then waits for little more than the first run)."""
    with archive.open(member) as handle:
        buffer = b""
        while (match := _SHEET_DATA.search(buffer)) is None:
            block = handle.read(_BLOCK)
            if not block:
                return
            buffer += block
        prefix = match.group(1) or b""
        head = _DIMENSION.sub(b"", buffer[: match.start()]) + buffer[match.start() : match.end()]
        closing = b"</" + (prefix + b":" if prefix else b"") + b"row>"
        tail = b"</" + (prefix + b":" if prefix else b"") + b"sheetData></" + (prefix + b":" if prefix else b"")
        tail += b"worksheet>"
        if match.group(2):
            return
        end_marker = tail[: tail.index(b">") + 1]
        pending = [buffer[match.end() :]]
        size, target, finished = len(pending[0]), sizes[0], False
        while not finished:
            block = handle.read(_BLOCK)
            finished = not block
            pending.append(block)
            size += len(block)
            if size < target and not finished:
                continue
            data = b"".join(pending)
            cut = data.find(end_marker) if finished else -1
            if cut < 0:
                cut = data.rfind(closing) + len(closing) if data.rfind(closing) >= 0 else 0
            rows, rest = memoryview(data)[:cut], data[cut:]
            if finished and end_marker not in data:
                raise zlib.error("sheet XML is truncated")
            pending, size, target = [rest], len(rest), min(target * 4, sizes[1])
            if rows:
                yield head, rows, tail


def _stored_zip(entries: list[tuple[str, tuple[Any, ...]]]) -> bytes:
    """An uncompressed ZIP archive of ``(name, pieces of content)``, put together with a single copy of the content
    (zipfile would copy a part's tens of megabytes several times)."""
    chunks: list[Any] = []
    directory: list[bytes] = []
    offset = 0
    for name, pieces in entries:
        encoded = name.encode("utf-8")
        crc, size = 0, 0
        for piece in pieces:
            crc, size = zlib.crc32(piece, crc), size + len(piece)
        # Stored (method 0), no flags, 1980-01-01 00:00 as the date.
        fields = (20, 0, 0, 0, 0x21, crc, size, size, len(encoded))
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + encoded
        directory.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset) + encoded)
        chunks += [local, *pieces]
        offset += len(local) + size
    central = b"".join(directory)
    chunks += [central, struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), offset, 0)]
    return b"".join(chunks)


def _read_part(parts: SheetParts, sheet_name: str, head: bytes, rows: Any, tail: bytes, marks: SheetMarks) -> Any:
    from python_calamine import CalamineWorkbook

    extent = SheetExtent()
    xml = bytes(rows)
    extent.add(xml)
    check_extent(extent)
    marks.scan(xml)
    checker = WellFormed()
    checker.feed(head)
    checker.feed(xml)
    checker.feed(tail, final=True)
    del xml
    package = _stored_zip([*((name, (data,)) for name, data in parts.common), (parts.member, (head, rows, tail))])
    workbook = CalamineWorkbook.from_filelike(io.BytesIO(package))
    return workbook.get_sheet_by_name(sheet_name)


_DONE = object()


def _produce(
    path: str,
    parts: SheetParts,
    sheet_name: str,
    sizes: tuple[int, int],
    ready: queue.Queue[Any],
    stop: threading.Event,
    marks: SheetMarks,
) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            for head, rows, tail in _xml_parts(archive, parts.member, sizes):
                if stop.is_set():
                    return
                sheet = _read_part(parts, sheet_name, head, rows, tail, marks)
                while not stop.is_set():
                    try:
                        ready.put(sheet, timeout=0.2)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
        ready.put(_DONE)
    except Exception as error:  # handed to the reading thread, which raises it
        ready.put(error)


def iter_sheet_rows(
    path: str,
    parts: SheetParts,
    sheet_name: str,
    first_part_bytes: int | None = None,
    part_bytes: int | None = None,
    marks: SheetMarks | None = None,
) -> Iterator[list[Any]]:
    """Yields the rows of a sheet read part by part (see the module's description).

    Args:
        path: the .xlsx file.
        parts: where the sheet lies (:func:`locate_sheet`).
        sheet_name: the sheet's name.
        first_part_bytes: the XML size of the first part (FIRST_PART_BYTES when None).
        part_bytes: the XML size of the other parts (PART_BYTES when None).
        marks: filled with the marks of each part before its rows are yielded (merged ranges and the autofilter
            follow the rows in the XML, so a part read this way does not see them).

    Raises:
        Exception: what python-calamine, zipfile or zlib raise for a corrupt part, from the reading thread.
    """
    ready: queue.Queue[Any] = queue.Queue(maxsize=1)
    stop = threading.Event()
    producer = threading.Thread(
        target=_produce,
        args=(
            path,
            parts,
            sheet_name,
            (first_part_bytes or FIRST_PART_BYTES, part_bytes or PART_BYTES),
            ready,
            stop,
            marks if marks is not None else SheetMarks(),
        ),
        name="xlsx-parts",
        daemon=True,
    )
    producer.start()
    emitted = 0
    try:
        while (sheet := ready.get()) is not _DONE:
            if isinstance(sheet, Exception):
                raise sheet
            if sheet.start is None:
                continue
            first, pad = sheet.start
            # iter_rows() would start at row 1 of the sheet; to_python() starts at the part's first row.
            rows = sheet.to_python(skip_empty_area=True)
            del sheet
            for _gap in range(emitted, first):
                yield []
            emitted = max(emitted, first) + len(rows)
            if pad:
                leading = [""] * pad
                for row in rows:
                    yield leading + row
            else:
                yield from rows
            del rows
    finally:
        stop.set()
        while producer.is_alive():
            try:
                ready.get(timeout=0.2)
            except queue.Empty:
                continue
        producer.join()
