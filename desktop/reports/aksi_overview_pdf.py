"""The printed year overview of the Aksi Konvergensi: kop, a table of the actions with a month timeline of planned
(grey) and actual (green) periods, a status summary and the head of office's signature. Landscape, F4 or A4."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path
from typing import Any

from babel.dates import format_date
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.domain.aksi.records import YearOverview
from desktop.domain.i18n import doc_
from desktop.reports.office_blocks import head_of_office_signature, office_kop
from desktop.reports.pdf_base import PageSetup, build_pdf, document_styles, para
from desktop.reports.table_tail import table_with_tail

PLANNED = colors.Color(0.72, 0.72, 0.72)
ACTUAL = colors.Color(0.18, 0.55, 0.25)
MONTH_LETTERS = "JFMAMJJASOND"
TIMELINE_WIDTH = 72 * mm
KEEP_LAST = 2


def _fraction(year: int, day: date, *, end: bool) -> float:
    """Position of a day in the year, 0 (1 January) to 12 (end of December), in month units."""
    if day.year < year:
        return 0.0
    if day.year > year:
        return 12.0
    days = calendar.monthrange(year, day.month)[1]
    return day.month - 1 + (day.day - (0 if end else 1)) / days


class Timeline(Flowable):  # type: ignore[misc]
    """Twelve month cells with the planned period (upper bar) and the actual period (lower bar)."""

    def __init__(
        self,
        year: int,
        planned: tuple[date | None, date | None],
        actual: tuple[date | None, date | None],
        width: float = TIMELINE_WIDTH,
        height: float = 9,
        until: date | None = None,
    ) -> None:
        super().__init__()
        self.year = year
        self.planned = planned
        self.actual = actual
        self.width = width
        self.height = height
        self.until = until

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _bar(self, start: date | None, end: date | None, y: float, height: float, color: Any) -> None:
        if start is None:
            return
        stop = end or self.until
        if stop is None or stop < start:
            stop = start
        cell = self.width / 12
        left = _fraction(self.year, start, end=False) * cell
        right = max(_fraction(self.year, stop, end=True) * cell, left + 1.2)
        self.canv.setFillColor(color)
        self.canv.rect(left, y, right - left, height, stroke=0, fill=1)

    def draw(self) -> None:
        cell = self.width / 12
        self.canv.setStrokeColor(colors.Color(0.8, 0.8, 0.8))
        self.canv.setLineWidth(0.3)
        for month in range(13):
            self.canv.line(month * cell, 0, month * cell, self.height)
        half = self.height / 2
        self._bar(*self.planned, half + 0.5, half - 1.5, PLANNED)
        self._bar(*self.actual, 1, half - 1.5, ACTUAL)


class MonthHeader(Flowable):  # type: ignore[misc]
    """The month letters above the timeline column."""

    def __init__(self, width: float = TIMELINE_WIDTH) -> None:
        super().__init__()
        self.width = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, 10

    def draw(self) -> None:
        cell = self.width / 12
        self.canv.setFont("KonvSans-Bold", 7.5)
        for month, letter in enumerate(MONTH_LETTERS):
            self.canv.drawCentredString(month * cell + cell / 2, 2, letter)


def _short(day: date) -> str:
    return str(format_date(day, "d MMM y", locale="id"))


def _dates(start: date | None, end: date | None) -> str:
    if start is None:
        return "-"
    if end is None:
        return f"{_short(start)} - ..."
    return _short(start) if start == end else f"{_short(start)} - {_short(end)}"


def _story(overview: YearOverview, setup: PageSetup) -> list[Any]:
    styles = document_styles(10)
    story: list[Any] = office_kop(overview.office, setup.frame_width, styles)
    story.append(
        para(doc_("IKHTISAR PELAKSANAAN AKSI KONVERGENSI TAHUN {year}").format(year=overview.year), styles.title)
    )
    story.append(para(doc_("Percepatan Penurunan Stunting"), styles.subtitle))
    story.append(Spacer(1, 4 * mm))
    until = min(overview.printed_on, date(overview.year, 12, 31))
    rows = [
        [
            row.label,
            row.name,
            row.responsible_person or row.responsible_opd,
            _dates(row.planned_start, row.planned_end),
            _dates(row.actual_start, row.actual_end),
            doc_(row.status_label),
            f"{row.evidence_count}",
            Timeline(
                overview.year, (row.planned_start, row.planned_end), (row.actual_start, row.actual_end), until=until
            ),
        ]
        for row in overview.rows
    ]
    header = [
        doc_("Aksi"),
        doc_("Nama aksi"),
        doc_("Penanggung jawab"),
        doc_("Rencana"),
        doc_("Realisasi"),
        doc_("Status"),
        doc_("Data dukung"),
        MonthHeader(),
    ]
    fixed = [21 * mm, None, 36 * mm, 25 * mm, 25 * mm, 24 * mm, 14 * mm, TIMELINE_WIDTH + 6]
    # The last rows go with the summary and the signature, so the signature never stands alone on a page.
    body, tail = table_with_tail(
        header,
        rows,
        fixed,
        styles=styles,
        keep_last=KEEP_LAST,
        center_columns=(0, 6),
        width=setup.frame_width,
        row_style=lambda _start, _stop, first: [("VALIGN", (7, first), (7, -1), "MIDDLE")],
    )
    if body is not None:
        story.append(body)
    summary = ", ".join(f"{label}: {count}" for label, count in overview.status_counts.items())
    legend = para(
        doc_(
            "Ringkasan status: {summary}. Garis waktu: batang abu-abu = rencana, batang hijau = "
            "realisasi (yang masih berjalan digambar sampai tanggal cetak)."
        ).format(summary=summary),
        styles.small,
    )
    story += head_of_office_signature(
        overview.office, overview.printed_on, setup.frame_width, styles, lead=[tail], beside=legend
    )
    return story


def build_year_overview(target: Path | str, overview: YearOverview) -> int:
    """Writes the year overview PDF atomically; returns the number of pages."""
    paper = overview.office.paper_size if overview.office else "F4"
    setup = PageSetup.for_paper(paper, landscape=True)
    author = overview.office.name if overview.office else ""
    return build_pdf(
        target,
        _story(overview, setup),
        setup=setup,
        title=doc_("Ikhtisar Aksi Konvergensi {year}").format(year=overview.year),
        author=author,
        subject=doc_("Aksi Konvergensi"),
    )
