"""Writing workbooks safely: text cells that never become formulas, and temp-name + fsync + replace saving."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.domain.atomic_file import atomic_output
from desktop.domain.i18n import _
from desktop.domain.tabular import RowError
from desktop.services.tabular.fields import parse_text


def set_text(cell: Any, value: object) -> None:
    """Writes ``value`` into an openpyxl cell as plain text, even when it starts with ``=`` (never a formula)."""
    cell.value = "" if value is None else str(value)
    cell.data_type = "s"
    cell.number_format = "@"


def set_value(cell: Any, value: object) -> None:
    """Writes a value: numbers and booleans as such, anything else as text (see :func:`set_text`)."""
    if isinstance(value, bool | int | float) and value is not None:
        cell.value = value
    else:
        set_text(cell, value)


def save_workbook_safely(workbook: Any, target: Path) -> None:
    """Saves an openpyxl workbook to a temporary file beside ``target``, flushes it to disk, then renames it.

    A crash at any moment leaves either the old file or the new one at ``target``, never half a file.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(target) as stream:
        workbook.save(stream)


def write_rejected_rows(
    target: Path,
    header: Sequence[str],
    rows: Sequence[tuple[int, Sequence[Any]]],
    errors: Sequence[RowError],
) -> None:
    """Writes the rejected rows as an .xlsx: the original columns, the row number and a reason column.

    Args:
        target: the file to write.
        header: the header cells of the imported file.
        rows: ``(row number, raw cells)`` of each rejected row.
        errors: every error; those of a row are joined into its reason cell.
    """
    from openpyxl import Workbook

    reasons: dict[int, list[str]] = {}
    for error in errors:
        where = f"{error.column} ({error.column_name}): " if error.column else ""
        reasons.setdefault(error.row, []).append(where + error.reason)
    workbook = Workbook(write_only=False)
    sheet = workbook.active
    sheet.title = _("Ditolak")
    titles = [_("Baris"), *header, _("Alasan penolakan")]
    for column, title in enumerate(titles, start=1):
        set_text(sheet.cell(row=1, column=column), title)
    for line, (number, cells) in enumerate(rows, start=2):
        sheet.cell(row=line, column=1).value = number
        for column, value in enumerate(cells, start=2):
            if value not in ("", None):
                # Identifiers keep their original look; numbers that were numbers stay visible as text too.
                set_text(sheet.cell(row=line, column=column), parse_text(value))
        set_text(sheet.cell(row=line, column=len(titles)), "; ".join(reasons.get(number, [])))
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    save_workbook_safely(workbook, target)
