"""Filling an office's own workbook layout (a province's format) instead of the built-in one.

The office saves its layout as ``<data folder>/templates/<report>.xlsx`` (e.g. ``templates/krs.xlsx``):

- placeholders anywhere in the text of a cell are replaced: ``{{kabupaten}}``, ``{{periode}}``, ``{{wilayah}}``,
  ``{{judul}}``, ``{{kantor}}``, ``{{kota}}``, ``{{tanggal}}``, ``{{kepala_nama}}``, ``{{kepala_jabatan}}``,
  ``{{kepala_pangkat}}``, ``{{kepala_nip}}`` (grouped ``19700101 199503 1 001``);
- the data rows go where the workbook has a defined name ``DATA`` (its first cell; columns in report order), or at
  the row holding the marker ``{{data}}`` (columns in report order from that cell) or ``{{data.<kolom>}}`` cells
  (each column by key, e.g. ``{{data.keluarga}}``). Rows below the marker (totals, signatures) move down; every
  data row takes the marker row's cell styles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet.worksheet import Worksheet

from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.domain.identifiers import digits_only, format_nip
from desktop.domain.reports.table import ColumnKind, ReportTable
from desktop.reports.workbooks.formula_guard import set_value
from desktop.reports.workbooks.table_workbook import NUMBER_FORMATS

DATA_NAME = "DATA"
PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
MARKER = re.compile(r"^\{\{\s*data(?:\.([a-z0-9_\-]+))?\s*\}\}$")


class TemplateError(UserError):
    """A template that cannot be used; the message says why in Indonesian."""


@dataclass(frozen=True, slots=True)
class _Anchor:
    ws: Worksheet
    row: int
    columns: dict[int, int]  # sheet column -> report column index


def _replace_placeholders(ws: Worksheet, values: dict[str, str]) -> None:
    for row in ws.iter_rows():
        for cell in row:
            if not isinstance(cell.value, str) or "{{" not in cell.value or MARKER.match(cell.value.strip()):
                continue
            text = PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), cell.value)
            set_value(cell, text)


def _named_anchor(wb: Any, width: int) -> _Anchor | None:
    defined = wb.defined_names.get(DATA_NAME)
    if defined is None:
        return None
    for sheet, ref in defined.destinations:
        start, row, _, _ = range_boundaries(ref.replace("$", ""))
        return _Anchor(wb[sheet], int(row or 1), {int(start or 1) + i: i for i in range(width)})
    return None


def _marker_anchor(wb: Any, table: ReportTable) -> _Anchor | None:
    keys = {column.key: index for index, column in enumerate(table.columns)}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            found: dict[int, int] = {}
            for cell in row:
                match = MARKER.match(cell.value.strip()) if isinstance(cell.value, str) else None
                if match is None:
                    continue
                if match.group(1) is None:
                    found.update({cell.column + i: i for i in range(len(table.columns))})
                elif match.group(1) in keys:
                    found[cell.column] = keys[match.group(1)]
                else:
                    raise TemplateError(
                        _("Templat: kolom '{group}' pada {coordinate} tidak dikenal.").format(
                            group=match.group(1), coordinate=cell.coordinate
                        )
                    )
            if found:
                return _Anchor(ws, row[0].row, found)
    return None


def _shift_merged(ws: Worksheet, after_row: int, by: int) -> None:
    """insert_rows does not move merged ranges: move those below the marker row ourselves."""
    for merged in list(ws.merged_cells.ranges):
        if merged.min_row > after_row:
            merged.shift(0, by)


def _write_rows(anchor: _Anchor, table: ReportTable, rows: Sequence[Sequence[Any]]) -> None:
    ws = anchor.ws
    styles = {col: copy(ws.cell(anchor.row, col)._style) for col in anchor.columns}
    extra = len(rows) - 1
    if extra > 0:
        _shift_merged(ws, anchor.row, extra)
        ws.insert_rows(anchor.row + 1, extra)
    if not rows:
        for col in anchor.columns:
            ws.cell(anchor.row, col).value = None
    for offset, values in enumerate(rows):
        for col, index in anchor.columns.items():
            cell = ws.cell(anchor.row + offset, col)
            cell._style = copy(styles[col])
            kind = table.columns[index].kind
            if kind in NUMBER_FORMATS and kind != ColumnKind.INTEGER:
                cell.number_format = NUMBER_FORMATS[kind]
            set_value(cell, values[index] if index < len(values) else None)


def fill_template(template: Path, stream: IO[bytes], table: ReportTable) -> int:
    """Fills ``template`` with the report and writes the workbook to ``stream``.

    Returns:
        The number of data rows written.

    Raises:
        TemplateError: the template cannot be read or has no place for the data.
    """
    try:
        wb = load_workbook(template)
    except Exception as error:  # openpyxl raises many types for damaged or foreign files
        raise TemplateError(
            _("Templat {name} tidak dapat dibaca: {error}").format(name=template.name, error=error)
        ) from error
    values = table.placeholders()
    values["kepala_nip"] = format_nip(digits_only(values["kepala_nip"])) if values["kepala_nip"] else ""
    anchor = _named_anchor(wb, len(table.columns)) or _marker_anchor(wb, table)
    if anchor is None:
        raise TemplateError(
            _("Templat {name} tidak memiliki nama DATA atau penanda {{{{data}}}}.").format(name=template.name)
        )
    for ws in wb.worksheets:
        _replace_placeholders(ws, values)
    rows = list(table.materialized_rows())
    if table.total_row is not None:
        rows.append(table.total_row)
    _write_rows(anchor, table, rows)
    wb.save(stream)
    return len(table.materialized_rows())
