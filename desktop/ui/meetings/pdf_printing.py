"""Printing a finished PDF through Qt: page setup for F4/A4, painting pages onto a QPrinter, a print preview.

The PDF (written by :mod:`desktop.reports`) stays the archive copy; printing renders its pages as images at the
printer's resolution, so paper and printer output match the PDF exactly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget


def page_size(paper: str) -> QPageSize:
    """QPageSize of the office paper: Qt has no F4 id, so F4 is a custom 215 x 330 mm size."""
    if paper == "A4":
        return QPageSize(QPageSize.PageSizeId.A4)
    # ExactMatch: the default fuzzy match would snap 215 x 330 mm to US Folio (8.5 x 13 in).
    return QPageSize(QSizeF(215, 330), QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch)


def load_pdf(path: Path, parent: QObject) -> QPdfDocument:
    """Opens a PDF for rendering.

    Raises:
        OSError: the file cannot be read as a PDF.
    """
    document = QPdfDocument(parent)
    status = document.load(str(path))
    if status != QPdfDocument.Error.None_:
        raise OSError(f"PDF {path} tidak dapat dibaca ({status.name}).")
    return document


def paint_pdf(printer: QPrinter, document: QPdfDocument) -> int:
    """Paints every page of ``document`` onto ``printer`` (full page, no extra margins).

    Returns:
        The number of pages painted.
    """
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number in range(document.pageCount()):
            if number:
                printer.newPage()
            target: QRect = printer.pageLayout().fullRectPixels(printer.resolution())
            image = document.render(number, QSize(target.width(), target.height()))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return document.pageCount()


def preview_dialog(path: Path, paper: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview of a PDF with the office paper preselected; call ``open()`` or ``exec()`` on it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(page_size(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    dialog = QPrintPreviewDialog(printer, parent)
    # The dialog does not own the printer: keep it alive as long as the dialog (else Qt uses a freed printer).
    dialog.setProperty("pdf_path", str(path))
    dialog._printer = printer  # type: ignore[attr-defined]
    document = load_pdf(path, dialog)
    dialog.paintRequested.connect(lambda target: paint_pdf(target, document))
    return dialog
