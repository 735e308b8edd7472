"""Covering letters as the reports layer takes them: the surat pengantar sending recaps to the province."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Enclosure:
    """One attachment listed in a covering letter.

    Attributes:
        title: the report's title (``Rekap Verval KRS``).
        period: what it covers (``Tahun 2024``).
        note: e.g. how many rows it has, or that it is a by-name list.
    """

    title: str
    period: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class CoverLetter:
    """A surat pengantar.

    Attributes:
        number: the letter's number (the office's pattern with the serial left blank when not given).
        issued_on: the letter's date.
        subject: the Perihal line.
        addressee: ``Ketua TPPS Provinsi Banten``.
        addressee_place: the line after ``di`` (``Serang``, or ``Tempat``).
        area: the kabupaten the reports are about (``Kabupaten Lebak``).
        year: the reporting year.
        enclosures: the attachments, in order.
    """

    number: str
    issued_on: date
    subject: str
    addressee: str
    addressee_place: str
    area: str
    year: int
    enclosures: list[Enclosure] = field(default_factory=list)
