"""A faster serializer for the data rows of long by-name lists, inside openpyxl's write-only worksheet.

openpyxl's write-only mode spends most of its time per cell (binding the value, checking styles, one XML context
per element). For a 200,000-row list that alone is about 1.25x xlsxwriter's constant-memory mode (DESIGN.md §7 bar:
1.3x). While the data rows are appended, :class:`FastRows` replaces the sheet's row serializer with one that
builds each ``<row>`` as a single lxml element with the style id of its column computed once; everything else
(title rows, header, notes, signature, merged cells, print setup, the package) stays openpyxl's.

The formula guard holds by construction: every ``str`` value is written as an inline string (``t="inlineStr"``);
no ``<f>`` element is ever produced, whatever the text starts with. Characters XML cannot hold are dropped.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.xml.functions import Element, SubElement  # lxml when installed, else ElementTree

from desktop.reports.workbooks.formula_guard import clean_value

_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


class FastRows:
    """Swaps in the fast row serializer of a write-only sheet while it is active (a context manager).

    Args:
        ws: the write-only worksheet; at least one row must have been appended (the writer exists).
        number_formats: per column, the number format of its cells or None (no style).
    """

    def __init__(self, ws: Any, number_formats: Sequence[str | None]) -> None:
        self.ws = ws
        self.styles: list[str | None] = []
        for fmt in number_formats:
            if fmt is None:
                self.styles.append(None)
                continue
            cell = WriteOnlyCell(ws)
            cell.number_format = fmt  # registers the style in the workbook; its id goes on every cell
            self.styles.append(str(cell.style_id))
        self.letters = [get_column_letter(index) for index in range(1, len(number_formats) + 1)]
        self.epoch = ws.parent.epoch

    def __enter__(self) -> FastRows:
        writer = self.ws._writer  # created by the first append (the title rows)
        if writer is None:
            raise RuntimeError("append the title rows first")
        # Instance attributes shadow the methods the write-only sheet calls for each appended row.
        self.ws._values_to_row = _identity
        writer.write_row = self._write_row
        return self

    def __exit__(self, *_exc: object) -> None:
        del self.ws._values_to_row
        del self.ws._writer.write_row

    def _write_row(self, xf: Any, values: Sequence[Any], row_idx: int) -> None:
        number = str(row_idx)
        row = Element("row", r=number)
        for index, value in enumerate(values):
            if value is None or value == "":
                continue
            attrs = {"r": self.letters[index] + number}
            style = self.styles[index]
            if style is not None:
                attrs["s"] = style
            if type(value) is str:
                attrs["t"] = "inlineStr"
                text = clean_value(value)
                cell = SubElement(SubElement(row, "c", attrs), "is")
                t = SubElement(cell, "t", {_PRESERVE: "preserve"} if text != text.strip() else {})
                t.text = text
                continue
            if isinstance(value, bool):
                attrs["t"] = "b"
                content = "1" if value else "0"
            elif isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
                attrs["t"] = "n"
                content = repr(value)
            elif isinstance(value, dt.date):
                attrs["t"] = "n"
                content = repr(to_excel(value, self.epoch))
            else:  # anything else is written as its text, still never a formula
                attrs["t"] = "inlineStr"
                t = SubElement(SubElement(SubElement(row, "c", attrs), "is"), "t")
                t.text = clean_value(str(value))
                continue
            SubElement(SubElement(row, "c", attrs), "v").text = content
        xf.write(row)


def _identity(values: Sequence[Any], _row_idx: int) -> Sequence[Any]:
    return values
