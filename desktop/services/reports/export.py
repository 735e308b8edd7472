"""Producing a report file: the data, then the office's template or the built-in workbook, or the PDF twin;
optionally password-protected; always written to a temporary name and renamed when complete.

Long by-name lists stream: rows are read page by page and written in openpyxl's write-only mode, with progress
and cancellation through :class:`~desktop.services.tasks.TaskControl` (cancel leaves no file behind).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.atomic_file import atomic_output
from desktop.domain.i18n import _
from desktop.domain.numbers import integer_text
from desktop.domain.reports.table import ReportTable
from desktop.domain.users import Permission
from desktop.reports.report_pdf.table_report_pdf import build_table_pdf
from desktop.reports.workbooks.encryption import encrypt_xlsx
from desktop.reports.workbooks.table_workbook import write_table_workbook
from desktop.reports.workbooks.template_fill import TemplateError, fill_template
from desktop.services.meetings.meeting_service import suggested_number
from desktop.services.permissions import require
from desktop.services.reports.catalog import build_report_in
from desktop.services.reports.scope import ReportError, ReportRequest
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import reading

FORMATS = ("xlsx", "pdf")
# A PDF is laid out in memory; beyond this many rows a by-name list is a working document for Excel, not print.
PDF_ROW_LIMIT = 20_000
TEMPLATES_FOLDER = "templates"


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written.

    Attributes:
        path: the file.
        report: the report key.
        format: ``xlsx`` or ``pdf``.
        rows: data rows written.
        pages: PDF pages (0 for workbooks).
        template: the office template used, or None for the built-in layout.
        encrypted: the file needs a password to open.
        seconds: time taken.
    """

    path: Path
    report: str
    format: str
    rows: int
    pages: int
    template: Path | None
    encrypted: bool
    seconds: float


def template_for(data_dir: Path | None, report: str) -> Path | None:
    """The office's template ``<data_dir>/templates/<report>.xlsx`` when it exists."""
    if data_dir is None:
        return None
    path = data_dir / TEMPLATES_FOLDER / f"{report}.xlsx"
    return path if path.is_file() else None


def _write_xlsx(stream: IO[bytes], table: ReportTable, template: Path | None, control: TaskControl) -> int:
    if template is not None:
        control.report(0, 0, _("Mengisi templat kantor"))
        return fill_template(template, stream, table)
    total = table.row_count or 0

    def progress(done: int) -> None:
        control.check()
        control.report(done, total, _("{count} baris ditulis").format(count=integer_text(done)))

    return write_table_workbook(stream, table, progress)


def _xlsx(target: Path, table: ReportTable, template: Path | None, password: str | None, control: TaskControl) -> int:
    with atomic_output(target) as stream:
        if not password:
            return _write_xlsx(stream, table, template, control)
        # The plain workbook only ever exists as a private temporary file beside the target.
        handle, plain_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".plain", dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as plain:
                rows = _write_xlsx(plain, table, template, control)
            control.report(rows, rows, _("Mengenkripsi berkas"))
            encrypt_xlsx(Path(plain_name), stream, password)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(plain_name)
        return rows


def document_number(table: ReportTable, number: str = "") -> str:
    """The number a report file carries: the one given, else the office's pattern for the report's date with the
    serial left blank (as the surat pengantar), else none."""
    if number.strip():
        return number.strip()
    return suggested_number(table.office.document_number_pattern, table.generated_on) if table.office else ""


def export_report(
    session_factory: sessionmaker[Session],
    request: ReportRequest,
    target: Path | str,
    *,
    file_format: str = "xlsx",
    password: str | None = None,
    data_dir: Path | None = None,
    control: TaskControl | None = None,
    number: str = "",
) -> ExportResult:
    """Produces a report file.

    Args:
        session_factory: the session factory.
        request: report, period, area and whether NIK are shown.
        target: the output file (its folder must exist); replaced only when the new file is complete.
        file_format: ``xlsx`` or ``pdf``.
        password: a password to open the file, or None.
        data_dir: the data folder, where ``templates/<report>.xlsx`` is looked up (xlsx only).
        control: progress and cancellation.
        number: the document's number; empty: the office's numbering pattern with the serial left blank (the
            surat pengantar's numbering), printed in the workbook's kop and the PDF's footer.

    Returns:
        What was written.

    Raises:
        ReportError: unknown report, format or area; a template that cannot be used.
        Cancelled: the user cancelled (no file is left at ``target``).
    """
    started = time.perf_counter()
    control = control or TaskControl()
    if file_format not in FORMATS:
        raise ReportError(_("Format '{file_format}' tidak dikenal (xlsx atau pdf).").format(file_format=file_format))
    target = Path(target)
    if not target.parent.is_dir():
        raise ReportError(_("Folder {parent} tidak ada.").format(parent=target.parent))
    with reading(session_factory) as session:  # one session: the data, then the rows streamed into the file
        control.report(0, 0, _("Mengumpulkan data"))
        table = build_report_in(session, request)
        if table.personal:
            require(session, Permission.EXPORT_NAMES)
        if request.show_nik:
            require(session, Permission.REVEAL_NIK)
        table.document_number = document_number(table, number)
        template = template_for(data_dir, request.report) if file_format == "xlsx" else None
        pages = 0
        try:
            if file_format == "xlsx":
                rows = _xlsx(target, table, template, password or None, control)
            else:
                if (table.row_count or 0) > PDF_ROW_LIMIT:
                    raise ReportError(
                        _(
                            "{integer_text} baris terlalu banyak untuk PDF (batas {integer_text2}); pilih xlsx atau "
                            "satu kecamatan/desa."
                        ).format(integer_text=integer_text(table.row_count), integer_text2=integer_text(PDF_ROW_LIMIT))
                    )
                rows = len(table.materialized_rows())
                control.check()
                pages = build_table_pdf(target, table, password=password or None)
        except TemplateError as error:
            raise ReportError(str(error)) from error
    control.report(rows, rows, _("Selesai"))
    return ExportResult(
        target, request.report, file_format, rows, pages, template, bool(password), time.perf_counter() - started
    )
