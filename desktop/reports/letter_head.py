"""Parts shared by the letters (undangan, surat pengantar): the place-and-date column beside Nomor / Perihal."""

from __future__ import annotations

from reportlab.lib.units import mm

DATE_COLUMN = 68 * mm
"""Width of the place-and-date column: ``Rangkasbitung, 20 Desember 2024`` on one line on A4 and F4."""


def unbroken_date_line(line: str) -> str:
    """``Rangkasbitung, 20 Desember 2024`` that may wrap only after the comma, never inside the date."""
    place, _sep, when = line.rpartition(", ")
    joined = when.replace(" ", "\u00a0")
    return f"{place}, {joined}" if place else joined
