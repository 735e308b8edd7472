"""The PDF twin of a report workbook: kop, title, area and period, the table (header repeated on every page),
notes and the head of office's signature; optionally encrypted with a password to open it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.domain.atomic_file import atomic_write_bytes
from desktop.domain.dates import long_date
from desktop.domain.i18n import doc_
from desktop.domain.numbers import decimal_text
from desktop.domain.reports.table import ColumnKind, ReportTable
from desktop.reports.office_blocks import head_of_office_signature, office_kop
from desktop.reports.pdf_base import PageSetup, document_styles, para, render_pdf
from desktop.reports.table_tail import table_with_tail

FIXED_WIDTHS = {ColumnKind.IDENTIFIER: 27 * mm, ColumnKind.DATE: 17 * mm}
RIGHT_ALIGNED = (ColumnKind.INTEGER, ColumnKind.PERCENT, ColumnKind.DECIMAL)


def _text(value: Any, kind: ColumnKind) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value:%d-%m-%Y}"
    if kind == ColumnKind.PERCENT and isinstance(value, int | float):
        return decimal_text(value, 1)
    if isinstance(value, float):
        return decimal_text(value, 6, trim=True)
    return str(value)


def _widths(table: ReportTable, frame_width: float) -> list[float]:
    """The workbook's widths scaled to the frame; identifiers (16 digits) and dates stay on one line."""
    fixed = {i: FIXED_WIDTHS[c.kind] for i, c in enumerate(table.columns) if c.kind in FIXED_WIDTHS}
    rest = frame_width - sum(fixed.values())
    flexible = sum(c.width for i, c in enumerate(table.columns) if i not in fixed) or 1
    return [fixed.get(i, rest * c.width / flexible) for i, c in enumerate(table.columns)]


def _story(table: ReportTable, setup: PageSetup) -> list[Any]:
    styles = document_styles(9.5)
    story: list[Any] = office_kop(table.office, setup.frame_width, styles)
    story += [para(table.title, styles.title), para(table.area, styles.subtitle), para(table.period, styles.subtitle)]
    story += [
        para(doc_("Dibuat tanggal {long_date}").format(long_date=long_date(table.generated_on)), styles.small_center),
        Spacer(1, 4 * mm),
    ]
    kinds = [column.kind for column in table.columns]
    widths = _widths(table, setup.frame_width)
    rows = [[_text(value, kind) for value, kind in zip(row, kinds, strict=False)] for row in table.rows]
    bold_last: list[tuple[Any, ...]] = []
    if table.total_row is not None:
        rows.append([_text(value, kind) for value, kind in zip(table.total_row, kinds, strict=False)])
        bold_last = [("BACKGROUND", (0, -1), (-1, -1), (0.93, 0.93, 0.93))]
    center = [i for i, kind in enumerate(kinds) if kind in RIGHT_ALIGNED or kind == ColumnKind.DATE]
    header = [column.header for column in table.columns]
    body, tail = table_with_tail(
        header,
        rows,
        widths,
        styles=styles,
        center_columns=center,
        row_style=lambda _start, stop, _first: bold_last if stop == len(rows) else [],
    )
    if body is not None:
        story.append(body)
    notes = [para(note, styles.small) for note in table.notes]
    story += head_of_office_signature(
        table.office, table.generated_on, setup.frame_width, styles, lead=[tail, Spacer(1, 2 * mm), *notes]
    )
    return story


def build_table_pdf(target: Path | str, table: ReportTable, *, password: str | None = None) -> int:
    """Writes the report as a PDF atomically; returns the number of pages.

    Args:
        target: the output file.
        table: the report (its rows are read once).
        password: when given, the PDF is encrypted (AES-256) and asks for it on opening.
    """
    paper = table.office.paper_size if table.office else "F4"
    setup = PageSetup.for_paper(paper, landscape=table.wide)
    data, pages = render_pdf(
        _story(table, setup),
        setup=setup,
        document_number=table.document_number,
        title=table.title.title(),
        author=table.office.name if table.office else "",
        subject=table.area,
        password=password,
    )
    atomic_write_bytes(target, data)
    return pages
