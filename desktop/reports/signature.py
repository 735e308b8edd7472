"""Signature blocks: place and date, role, jabatan, signing space, name bold and underlined, pangkat, NIP."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.domain.identifiers import digits_only, format_nip
from desktop.reports.pdf_base import DocStyles, text_markup

SIGNING_SPACE = 20 * mm


@dataclass(frozen=True, slots=True)
class Signatory:
    """One person signing a document.

    Attributes:
        role: the line above the jabatan, with its comma: ``Pimpinan Rapat,``, ``Notulis,``, ``Mengetahui,``.
        position: the jabatan (``Camat Cibadak``); may hold several lines.
        name: full name with titles, printed bold and underlined.
        rank: pangkat/golongan (``Pembina (IV/a)``); empty for non-civil-servants.
        nip: the NIP (18 digits, spaces allowed); empty prints no NIP line.
    """

    role: str = ""
    position: str = ""
    name: str = ""
    rank: str = ""
    nip: str = ""


def nip_line(nip: str) -> str:
    """Returns ``NIP 19700101 199503 1 001`` for a NIP, or an empty string when there is none."""
    value = digits_only(nip)
    return f"NIP {format_nip(value)}" if value else ""


def _lines(signatory: Signatory, style: ParagraphStyle, first_line: str) -> list[Any]:
    """The cells of one column, one per row: place/date, role, jabatan, signing space, name, pangkat, NIP."""
    name = text_markup(signatory.name) or "&nbsp;" * 40
    rank = text_markup(signatory.rank)
    nip = text_markup(nip_line(signatory.nip))
    return [
        Paragraph(text_markup(first_line), style) if first_line else "",
        Paragraph(text_markup(signatory.role), style) if signatory.role else "",
        Paragraph(text_markup(signatory.position), style) if signatory.position else "",
        Spacer(1, SIGNING_SPACE),
        Paragraph(f"<b><u>{name}</u></b>", style),
        Paragraph(rank, style) if rank else "",
        Paragraph(nip, style) if nip else "",
    ]


def _grid(columns: list[list[Any]], widths: list[float]) -> Table:
    """Lays the columns out row by row, so names, ranks and NIPs line up whatever the jabatan's length."""
    # A line nobody has (no role, no pangkat, no place/date) is left out instead of printing an empty row.
    rows = [list(cells) for cells in zip(*columns, strict=True) if any(cell != "" for cell in cells)]
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def signature_block(
    signatories: Sequence[Signatory],
    width: float,
    *,
    styles: DocStyles,
    place_date: str = "",
    acknowledged_by: Signatory | None = None,
    lead: Sequence[Flowable] = (),
    beside: Flowable | None = None,
) -> KeepTogether:
    """Lays out 1-3 signature columns, the place/date line over the right-most one, and an optional
    ``Mengetahui,`` signatory centred below; kept together on one page.

    Args:
        signatories: left to right; one signatory sits in the right half of the page.
        width: the frame width.
        styles: the document styles.
        place_date: e.g. ``Rangkasbitung, 11 Oktober 2024`` (see :func:`desktop.domain.dates.place_date`).
        acknowledged_by: the ``Mengetahui,`` signatory (its ``role`` should read ``Mengetahui,``).
        lead: what must stay on the same page as the signatures (the closing sentence, the last table rows),
            so a signature never stands alone at the top of a page.
        beside: a flowable (a legend) printed in the empty left half next to a single signatory.

    Returns:
        The block.
    """
    style = ParagraphStyle("signature_center", parent=styles.signature, alignment=TA_CENTER)
    people = list(signatories)
    columns = [
        _lines(person, style, place_date if index == len(people) - 1 else "") for index, person in enumerate(people)
    ]
    parts: list[Any] = [*lead, Spacer(1, 4 * mm)]
    if len(columns) == 1 and beside is not None:
        outer = Table([[beside, _grid(columns, [width / 2])]], colWidths=[width / 2, width / 2])
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
        parts.append(outer)
    else:
        if len(columns) == 1:
            columns.insert(0, [""] * len(columns[0]))
        parts.append(_grid(columns, [width / len(columns)] * len(columns)))
    if acknowledged_by is not None:
        parts.append(Spacer(1, 4 * mm))
        lower = _lines(acknowledged_by, style, "")
        blank = [""] * len(lower)
        parts.append(_grid([blank, lower, blank], [width / 4, width / 2, width / 4]))
    return KeepTogether(parts)
