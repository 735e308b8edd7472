"""The built-in workbook layout of every report, written in openpyxl's write-only mode (constant memory).

Layout, top to bottom: the government and office lines, the title, area, period and generation date; the header
row (frozen, with an autofilter, repeated on printed pages); the data rows; a bold total row; the notes; the head
of office's signature (place and date, jabatan, name, pangkat, ``NIP 19700101 199503 1 001``).

Every user value passes :func:`desktop.reports.workbooks.formula_guard.set_value`. Styled cells (identifiers as
text ``@``, dates, decimals) reuse one prepared cell per column: write-only rows are serialised as they are
appended, so a prepared cell can carry the next row's value, which keeps 200,000-row lists fast.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Sequence
from copy import copy
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from desktop.domain.dates import long_date, place_date
from desktop.domain.i18n import N_, doc_
from desktop.domain.identifiers import digits_only, format_nip
from desktop.domain.reports.table import Column, ColumnKind, ReportTable
from desktop.reports.kop import letterhead_from_office
from desktop.reports.workbooks.fast_rows import FastRows
from desktop.reports.workbooks.formula_guard import FORMULA_PREFIXES, clean_value, guard_cell
from desktop.reports.workbooks.print_setup import apply_print_setup

NUMBER_FORMATS = {
    ColumnKind.IDENTIFIER: "@",
    ColumnKind.DATE: "DD-MM-YYYY",
    ColumnKind.PERCENT: "0.0",
    ColumnKind.DECIMAL: "0.0##",
    ColumnKind.INTEGER: "#,##0",
}
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="E0E0E0")
TITLE_ROWS = 6  # government, office, title, area, period, generation date
HEADER_ROW = TITLE_ROWS + 2
SIGNATURE_SPAN = 4
HEADER_HEIGHT = 42  # points: three lines of wrapped header text  # columns of the signature block at the right
ProgressHook = Callable[[int], None]
FONT_NAME = "Calibri"
KOP_ROW = 2  # the office name, address and contact, with the double rule under it
KOP_RULE = Border(bottom=Side(style="double", color="000000"))
EMBLEM_HEIGHT_PX = 64
KEEP_ROWS = 2  # data rows printed with the notes and the signature
DEFAULT_ROW_HEIGHT = 15.0
PAPER_POINTS = {"F4": (609.4, 935.4), "A4": (595.3, 841.9)}
MARGIN_SIDE = 2.5 / 2.54 * 72  # print_setup's margins, in points
MARGIN_TOP = 3 / 2.54 * 72
FOOTER_SPACE = 2 / 2.54 * 72
PAGE_ESTIMATE_FACTORS = (0.88, 0.94, 1.0, 1.06, 1.12)
LINE_HEIGHT = 15  # points per line of 11 pt text
HEADER_LINE_HEIGHT = 13.5  # points per line of the 10 pt header
# The sheet's name: the report's Indonesian title, short enough for Excel (31 characters).
SHEET_NAMES = {
    "minlok": N_("Rekap Minlok"),
    "krs": N_("Rekap Verval KRS"),
    "cases": N_("Rekap Kasus Stunting"),
    "aksi": N_("Status Aksi Konvergensi"),
    "rtl": N_("Daftar RTL"),
    "krs-list": N_("Daftar Keluarga KRS"),
    "cases-list": N_("Daftar Kasus Stunting"),
}
_SHEET_FORBIDDEN = str.maketrans({character: " " for character in "[]:*?/\\"})
_illegal = ILLEGAL_CHARACTERS_RE.search


def _text_cell(ws: Any, value: str, *, bold: bool = False, size: float = 11, underline: bool = False) -> Any:
    cell = WriteOnlyCell(ws)
    cell.value = clean_value(value)
    guard_cell(cell)
    cell.font = Font(name=FONT_NAME, bold=bold, size=size, underline="single" if underline else None)
    return cell


def wrapped_lines(text: str, width: float, *, size: float = 11) -> int:
    """Estimates how many lines ``text`` takes in a wrapping cell ``width`` characters wide (Excel's unit, the
    width of a digit of 11 pt Calibri), wrapping at spaces as Excel and LibreOffice do; a word longer than the
    line takes as many lines as it needs."""
    per_line = max((width - 1) * 1.15 * 11 / size, 1.0)  # text averages a little narrower than digits
    lines = 0
    for paragraph in str(text).split("\n"):
        used = 0.0
        lines += 1
        for word in paragraph.split():
            length = float(len(word))
            if used and used + 1 + length > per_line:
                lines += 1
                used = 0.0
            if length > per_line:
                lines += int(length // per_line)
                length %= per_line
            used += length + (1 if used else 0)
    return lines


def row_height(values: Sequence[Any], columns: Sequence[Column]) -> float | None:
    """The height in points of a row of wrapping text cells, or None when every cell fits on one line."""
    lines = max(
        (
            wrapped_lines(value, column.width)
            for value, column in zip(values, columns, strict=False)
            if column.kind == ColumnKind.TEXT and isinstance(value, str) and value
        ),
        default=1,
    )
    return lines * LINE_HEIGHT + 2 if lines > 1 else None


def sheet_name(table: ReportTable) -> str:
    """The worksheet's name: the report's Indonesian title within Excel's 31 characters."""
    name = doc_(SHEET_NAMES[table.key]) if table.key in SHEET_NAMES else table.title.title()
    return name.translate(_SHEET_FORBIDDEN).strip()[:31] or doc_("Laporan")


def _title_lines(table: ReportTable) -> list[tuple[str, bool, float]]:
    office = table.office
    government = f"PEMERINTAH {office.region_name}".upper() if office else ""
    return [
        (government, True, 12),
        (office.name.upper() if office else "", True, 12),
        (table.title, True, 14),
        (table.area, False, 11),
        (table.period, False, 11),
        (doc_("Dibuat tanggal {long_date}").format(long_date=long_date(table.generated_on)), False, 9),
    ]


class _RowWriter:
    """Appends data rows, guarding every value; styled columns reuse one prepared cell each."""

    def __init__(self, ws: Any, columns: Sequence[Column], *, bordered: bool, first_row: int = HEADER_ROW + 1) -> None:
        self.ws = ws
        self.columns = columns
        self.bordered = bordered
        self.row = first_row
        self.prepared: list[Any] = []
        for column in columns:
            fmt = NUMBER_FORMATS.get(column.kind)
            if bordered or (fmt and column.kind not in (ColumnKind.INTEGER,)):
                cell = WriteOnlyCell(ws)
                if fmt:
                    cell.number_format = fmt
                if bordered:
                    cell.border = BORDER
                    cell.alignment = Alignment(vertical="top", wrap_text=column.kind == ColumnKind.TEXT)
                self.prepared.append(cell)
            else:
                self.prepared.append(None)

    def append(self, values: Sequence[Any], *, bold: bool = False) -> None:
        if self.bordered:
            # Wrapping cells: the row gets the height of its text (neither Excel nor LibreOffice grows a row of a
            # written file by itself; without it the text prints over the next rows).
            height = row_height(values, self.columns)
            if height is not None:
                self.ws.row_dimensions[self.row].height = height
        self.row += 1
        if bold:
            self._append_bold(values)
            return
        out: list[Any] = []
        for prepared, value in zip(self.prepared, values, strict=False):
            # Fast path (most cells of a long list): a plain value that needs no style and no guard.
            if prepared is None and not (
                type(value) is str and (value.startswith(FORMULA_PREFIXES) or _illegal(value))
            ):
                out.append(value)
                continue
            cell = prepared if prepared is not None else WriteOnlyCell(self.ws)
            cell.value = clean_value(value)
            out.append(guard_cell(cell))
        self.ws.append(out)

    def _append_bold(self, values: Sequence[Any]) -> None:
        out: list[Any] = []
        for prepared, value in zip(self.prepared, values, strict=False):
            cell = WriteOnlyCell(self.ws)
            cell.font = Font(name=FONT_NAME, bold=True)
            if prepared is not None:
                cell.number_format = prepared.number_format
                cell.border = copy(prepared.border)
            cell.value = clean_value(value)
            out.append(guard_cell(cell))
        self.ws.append(out)


def _signature_rows(table: ReportTable, first_col: int) -> list[list[Any]]:
    office = table.office
    if office is None or not office.head_name:
        return []
    pad: list[Any] = [None] * (first_col - 1)
    lines: list[tuple[str, bool, bool]] = [
        (place_date(office.city, table.generated_on), False, False),
        (office.head_position, False, False),
        ("", False, False),
        ("", False, False),
        ("", False, False),
        (office.head_name, True, True),
        (office.head_rank, False, False),
    ]
    nip = digits_only(office.head_nip)
    if nip:
        lines.append((f"NIP {format_nip(nip)}", False, False))
    return [[*pad, None if not text else (text, bold, underline)] for text, bold, underline in lines]


def _kop_cells(ws: Any, table: ReportTable, name_cell: Any) -> list[Any]:
    """Row 2 of the kop: the office name (bold), its address and contact lines (small) in one cell, and the kop's
    double rule under it across the table's width."""
    assert table.office is not None
    letterhead = letterhead_from_office(table.office)
    lines = [line for line in (letterhead.address, letterhead.contact.replace("\u00a0", " ")) if line]
    name_cell.value = CellRichText(
        [
            TextBlock(InlineFont(rFont=FONT_NAME, b=True, sz=12), clean_value(letterhead.office_name)),
            *[TextBlock(InlineFont(rFont=FONT_NAME, sz=8), "\n" + clean_value(line)) for line in lines],
        ]
    )
    name_cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    name_cell.border = KOP_RULE
    ws.row_dimensions[KOP_ROW].height = 12 * 1.4 + len(lines) * 11
    rule = []
    for _column in table.columns[1:]:
        cell = WriteOnlyCell(ws)
        cell.border = KOP_RULE
        rule.append(cell)
    return [name_cell, *rule]


def _add_emblem(ws: Any, data: bytes) -> None:
    """The regional emblem at the top left of the kop, about as tall as its first two rows."""
    try:
        image = Image(io.BytesIO(data))
    except (OSError, ValueError):  # an emblem the image library cannot read: the kop without it
        return
    scale = EMBLEM_HEIGHT_PX / max(image.height, 1)
    image.width, image.height = round(image.width * scale), EMBLEM_HEIGHT_PX
    ws.add_image(image, "A1")


def _write_top(ws: Any, table: ReportTable) -> None:
    """Column widths, frozen header, print setup, title rows and the header row."""
    columns = table.columns
    width = len(columns)
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    # Before the first row: write-only sheets write their properties (fit to page) when the first row arrives.
    apply_print_setup(
        ws,
        paper=table.office.paper_size if table.office else None,
        landscape=table.wide,
        title_rows=(HEADER_ROW, HEADER_ROW),
    )
    header_lines = max((wrapped_lines(column.header, column.width, size=10) for column in columns), default=1)
    ws.row_dimensions[HEADER_ROW].height = max(HEADER_HEIGHT, header_lines * HEADER_LINE_HEIGHT + 4)
    for row, (text, bold, size) in enumerate(_title_lines(table), start=1):
        ws.row_dimensions[row].height = round(size * 1.4, 1)  # a 14 pt title in a default row prints over the next
        title = _text_cell(ws, text, bold=bold, size=size)
        title.alignment = Alignment(horizontal="center")
        cells = [title]
        if row == KOP_ROW and table.office is not None:
            cells = _kop_cells(ws, table, title)
        ws.append(cells)
        ws.merged_cells.add(f"A{row}:{get_column_letter(width)}{row}")
    if table.office is not None and table.office.emblem_png:
        _add_emblem(ws, table.office.emblem_png)
    if table.document_number:  # the office's number of the document, on the row above the table
        number = _text_cell(ws, doc_("Nomor: {document_number}").format(document_number=table.document_number), size=9)
        ws.append([number])
        ws.merged_cells.add(f"A{TITLE_ROWS + 1}:{get_column_letter(width)}{TITLE_ROWS + 1}")
    else:
        ws.append([])
    header = []
    for column in columns:
        cell = _text_cell(ws, column.header, bold=True, size=10)
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        header.append(cell)
    ws.append(header)


def _write_data(ws: Any, table: ReportTable, progress: ProgressHook | None) -> int:
    """The data rows and the total row; returns the number of data rows."""
    count = 0
    if table.personal:
        # Long by-name lists: the fast serializer (same cells, strings always as strings).
        formats = [NUMBER_FORMATS.get(c.kind) if c.kind != ColumnKind.INTEGER else None for c in table.columns]
        with FastRows(ws, formats):
            for values in table.rows:
                ws.append(values if isinstance(values, list | tuple) else list(values))
                count += 1
                if progress is not None and count % 1000 == 0:
                    progress(count)
    else:
        # Short recaps: bordered, wrapping cells.
        writer = _RowWriter(ws, table.columns, bordered=True)
        for values in table.rows:
            writer.append(values)
            count += 1
            if progress is not None and count % 1000 == 0:
                progress(count)
    if table.total_row is not None:
        writer = _RowWriter(ws, table.columns, bordered=not table.personal, first_row=HEADER_ROW + 1 + count)
        writer.append(table.total_row, bold=True)
    return count


def _write_bottom(ws: Any, table: ReportTable, count: int) -> None:
    """Autofilter over the data, the notes and the signature block."""
    width = len(table.columns)
    last = HEADER_ROW + count
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(width)}{max(last, HEADER_ROW)}"
    ws.append([])
    for note in table.notes:
        ws.append([_text_cell(ws, note, size=9)])
    ws.append([])
    row_no = last + (table.total_row is not None) + len(table.notes) + 2
    first_col = max(width - SIGNATURE_SPAN + 1, 1)
    span = f"{get_column_letter(first_col)}{{row}}:{get_column_letter(width)}{{row}}"
    for line in _signature_rows(table, first_col):
        row_no += 1
        item = line[-1]
        if item is not None:
            cell = _text_cell(ws, item[0], bold=item[1], underline=item[2])
            cell.alignment = Alignment(horizontal="center")
            line = [*line[:-1], cell]
            if width > first_col:
                ws.merged_cells.add(span.format(row=row_no))
        ws.append(line)
    _keep_tail_with_rows(ws, table, last + (table.total_row is not None), row_no - last - (table.total_row is not None))


def _printable_height(table: ReportTable) -> float:
    """The height of a printed page in sheet points (fit to width shrinks the sheet, so a page holds more)."""
    paper = table.office.paper_size if table.office else "F4"
    width, height = PAPER_POINTS.get(paper or "F4", PAPER_POINTS["F4"])
    if table.wide:
        width, height = height, width
    sheet_width = sum(column.width * 7 + 5 for column in table.columns) * 0.75  # Excel width units -> points
    scale = min(1.0, (width - 2 * MARGIN_SIDE) / max(sheet_width, 1.0))
    # LibreOffice takes the page footer's height (and its spacing) out of the page body as well.
    return (height - 2 * MARGIN_TOP - FOOTER_SPACE) / scale


def _keep_tail_with_rows(ws: Any, table: ReportTable, last_row: int, tail_rows: int) -> None:
    """Moves the last data rows to the next page when the notes and signature would otherwise print alone there
    (a page with only the repeated header, a note and the signature): estimated from the row heights, the paper
    and the fit-to-width scale; a manual page break before the last ``KEEP_ROWS`` rows."""
    first_data = HEADER_ROW + 1
    if last_row - first_data + 1 <= KEEP_ROWS:
        return

    def height(row: int) -> float:
        value = ws.row_dimensions[row].height if row in ws.row_dimensions else None
        return float(value or DEFAULT_ROW_HEIGHT)

    header = height(HEADER_ROW)
    top = sum(height(row) for row in range(1, HEADER_ROW + 1))
    tail = tail_rows * DEFAULT_ROW_HEIGHT

    def tail_fits(page: float) -> bool:
        used = top
        for row in range(first_data, last_row + 1):
            if used + height(row) > page:
                used = header
            used += height(row)
        return used + tail <= page

    # The estimate of the page (fonts, the program's own rounding) is not exact: break unless the tail fits for
    # a page somewhat shorter and somewhat taller than estimated alike. A break too many only leaves a page a
    # little emptier; a break missing leaves the signature alone on a page.
    estimate = _printable_height(table)
    if not all(tail_fits(estimate * factor) for factor in PAGE_ESTIMATE_FACTORS):
        ws.row_breaks.append(Break(id=last_row - KEEP_ROWS))


def _discard(ws: Any) -> None:
    """Ends a write-only sheet that will not be saved (cancel, error) and removes openpyxl's temporary file."""
    with contextlib.suppress(Exception):
        if not ws.closed:
            ws.close()
    writer = getattr(ws, "_writer", None)  # openpyxl keeps the sheet's XML in a temporary file until save
    if writer is not None:
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()


def write_table_workbook(stream: IO[bytes], table: ReportTable, progress: ProgressHook | None = None) -> int:
    """Writes ``table`` in the built-in layout to ``stream`` (an open binary file).

    Args:
        stream: where the xlsx goes.
        table: the report; ``rows`` may be a one-pass iterator (read once, never held in memory).
        progress: called with the number of data rows written so far, every 1,000 rows.

    Returns:
        The number of data rows written.
    """
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_name(table))
    try:
        _write_top(ws, table)
        count = _write_data(ws, table, progress)
        _write_bottom(ws, table, count)
        wb.save(stream)
    except BaseException:
        _discard(ws)
        raise
    if progress is not None:
        progress(count)
    return count
