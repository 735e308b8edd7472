"""The shape every report takes before it becomes a workbook or a PDF: a titled table with typed columns.

A report service returns a :class:`ReportTable`; the workbook writer (:mod:`desktop.reports.workbooks`) and the
PDF twin (:mod:`desktop.reports.report_pdf`) lay it out the same way: title rows with the office, area and period,
the generation date, the table, notes, and the head of office's signature.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.domain.office import OfficeSettings


class ColumnKind(enum.StrEnum):
    """How a column's values are stored and formatted."""

    TEXT = "text"
    IDENTIFIER = "identifier"  # NIK, No. KK, region codes: always a text cell (number format "@")
    INTEGER = "integer"
    PERCENT = "percent"  # a number 0-100 shown with one decimal
    DECIMAL = "decimal"
    DATE = "date"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a report.

    Attributes:
        key: stable name, used by province templates (``{{data.key}}``) and JSON output.
        header: the Indonesian header text.
        kind: storage and number format.
        width: width in Excel character units (the PDF scales the same widths to the page).
    """

    key: str
    header: str
    kind: ColumnKind = ColumnKind.TEXT
    width: float = 14


@dataclass(slots=True)
class ReportTable:
    """A report ready to be written.

    Attributes:
        key: the report's key (``minlok``, ``krs``, ``cases``, ``aksi``, ``rtl``, ``krs-list``, ``cases-list``).
        title: the title in capitals (``REKAP VERVAL KELUARGA BERISIKO STUNTING``).
        area: the area line (``Kabupaten Lebak`` / ``Kecamatan Cibadak``).
        period: the period line (``Tahun 2024``).
        columns: the columns.
        rows: the rows, as sequences in column order; may be a one-pass iterator for streamed by-name lists.
        row_count: the number of rows when known in advance (progress), else None.
        notes: lines printed under the table (e.g. that risk-factor counts overlap).
        office: the office (kop, place and signatory), None when not set up.
        generated_on: the generation date, also the date above the signature.
        wide: landscape printing.
        personal: the rows name people (by-name list): masked identifiers unless revealed, password allowed.
        total_row: a last row to print bold (``Jumlah``), or None.
        document_number: the office's number of the document (``400.5.7/___/Bapelitbangda/2024``), empty: none.
    """

    key: str
    title: str
    area: str
    period: str
    columns: list[Column]
    rows: Iterable[Sequence[Any]]
    row_count: int | None = None
    notes: list[str] = field(default_factory=list)
    office: OfficeSettings | None = None
    generated_on: date = field(default_factory=date.today)
    wide: bool = False
    personal: bool = False
    total_row: Sequence[Any] | None = None
    document_number: str = ""

    def materialized_rows(self) -> list[Sequence[Any]]:
        """The rows as a list (consumes a one-pass iterator once and keeps the list)."""
        if not isinstance(self.rows, list):
            self.rows = list(self.rows)
        return self.rows

    def placeholders(self) -> dict[str, str]:
        """Values for the ``{{name}}`` placeholders of a province template."""
        office = self.office
        return {
            "judul": self.title,
            "wilayah": self.area,
            "periode": self.period,
            "kabupaten": office.region_name if office else "",
            "kantor": office.name if office else "",
            "kota": office.city if office else "",
            "tanggal": self.generated_on.isoformat(),
            "kepala_nama": office.head_name if office else "",
            "kepala_jabatan": office.head_position if office else "",
            "kepala_pangkat": office.head_rank if office else "",
            "kepala_nip": office.head_nip if office else "",
        }
