"""The formula guard: no cell written from user data is ever a formula (DESIGN.md §5).

openpyxl stores any string starting with ``=`` as a live formula, and spreadsheet programs evaluate cells starting
with ``+``, ``-``, ``@`` (and a leading tab or carriage return) when such text is re-typed or passed through CSV
(OWASP "CSV injection"). Every user value goes through :func:`guard_cell` after it is assigned: a string that starts
with one of these characters keeps its exact text and is forced to the string type (``data_type = "s"``), so the
file holds a shared string, never a ``<f>`` element. Characters XML cannot hold (control characters) are dropped
instead of failing the whole export.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: Any) -> bool:
    """True for a string a spreadsheet could read as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def clean_value(value: Any) -> Any:
    """Drops characters an xlsx file cannot store from a string; other values are returned unchanged."""
    if isinstance(value, str) and ILLEGAL_CHARACTERS_RE.search(value):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def guard_cell(cell: Any) -> Any:
    """Forces the string type on a cell whose value looks like a formula; returns the cell.

    Args:
        cell: an openpyxl ``Cell`` or ``WriteOnlyCell`` whose value was just assigned.
    """
    if cell.data_type == "f" or is_formula_like(cell.value):
        cell.data_type = "s"
    return cell


def set_value(cell: Any, value: Any) -> Any:
    """Assigns user data to a cell (cleaned) and applies :func:`guard_cell`; returns the cell."""
    cell.value = clean_value(value)
    return guard_cell(cell)
