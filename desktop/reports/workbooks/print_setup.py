"""Print setup shared by every workbook: paper from the office settings, orientation, fit to width, margins,
header rows repeated on each page and a page-number footer."""

from __future__ import annotations

from typing import Any

from desktop.domain.i18n import doc_

CM_PER_INCH = 2.54
# Excel's built-in paper codes. F4 (215 x 330 mm) has no code of its own: the closest built-in size is
# "Folio 8.5 x 13 in" (216 x 330 mm, code 14, not among openpyxl's PAPERSIZE_* constants), which Indonesian
# offices' printers map to their F4 tray.
PAPER_CODES = {"A4": "9", "F4": "14"}


def paper_code(paper: str | None) -> str:
    """The Excel ``paperSize`` code of the office's paper setting (F4 when unknown)."""
    return PAPER_CODES.get(paper or "F4", PAPER_CODES["F4"])


def apply_print_setup(ws: Any, *, paper: str | None, landscape: bool, title_rows: tuple[int, int] | None) -> None:
    """Sets up printing of a worksheet (normal or write-only).

    Args:
        ws: the worksheet.
        paper: ``"F4"`` or ``"A4"`` from the office settings.
        landscape: landscape orientation (wide tables).
        title_rows: first and last row repeated at the top of every printed page (the table header), or None.
    """
    ws.page_setup.paperSize = paper_code(paper)
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    # Fit all columns on the page width; as many pages tall as needed (0 = automatic).
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    # DESIGN.md §4 margins 3 / 2.5 / 3 / 2.5 cm (top/right/bottom/left), in inches.
    ws.page_margins.top = 3 / CM_PER_INCH
    ws.page_margins.bottom = 3 / CM_PER_INCH
    ws.page_margins.left = 2.5 / CM_PER_INCH
    ws.page_margins.right = 2.5 / CM_PER_INCH
    ws.page_margins.header = 1.2 / CM_PER_INCH
    ws.page_margins.footer = 1.2 / CM_PER_INCH
    ws.print_options.horizontalCentered = True
    if title_rows is not None:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
    ws.oddFooter.right.text = doc_("Halaman &P dari &N")
    ws.oddFooter.right.size = 8
