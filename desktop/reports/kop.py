"""The kop surat (letterhead): emblem left, centred capitals, address and contact lines, thick + thin rule."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from desktop.domain.i18n import doc_
from desktop.domain.office import OfficeSettings
from desktop.reports.pdf_base import DocStyles, text_markup

EMBLEM_WIDTH = 21 * mm
EMBLEM_MAX_HEIGHT = 26 * mm


@dataclass(frozen=True, slots=True)
class Letterhead:
    """What the kop shows.

    Attributes:
        government: first line, ``PEMERINTAH KABUPATEN LEBAK``.
        office_name: the office, printed in capitals.
        address: the address line.
        contact: telephone / e-mail / website line (may be empty).
        emblem: PNG or JPEG bytes of the regional emblem, or None.
        city: the office's city, used in ``Rangkasbitung, 11 Oktober 2024`` lines.
    """

    government: str
    office_name: str
    address: str
    contact: str = ""
    emblem: bytes | None = None
    city: str = ""


def letterhead_from_office(office: OfficeSettings) -> Letterhead:
    """Builds the kop from the office settings (``PEMERINTAH`` + the kabupaten name in capitals)."""
    contact = []
    if office.phone:
        contact.append(doc_("Telp. {phone}").format(phone=office.phone))
    if office.email:
        contact.append(doc_("Pos-el: {email}").format(email=office.email))
    if office.website:
        contact.append(doc_("Laman: {website}").format(website=office.website))
    return Letterhead(
        government=f"PEMERINTAH {office.region_name}".upper().strip(),
        office_name=office.name.upper(),
        address=office.address,
        contact="   ".join(item.replace(" ", "\u00a0") for item in contact),
        emblem=office.emblem_png,
        city=office.city,
    )


class DoubleRule(Flowable):  # type: ignore[misc]
    """The kop's closing rule: a thick line with a thin line just below it, across the frame."""

    def __init__(self, width: float, thick: float = 2.2, thin: float = 0.7, gap: float = 1.6) -> None:
        super().__init__()
        self.width = width
        self.thick = thick
        self.thin = thin
        self.gap = gap
        self.height = thick + gap + thin

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Takes the full frame width and the height of both lines."""
        return self.width, self.height

    def draw(self) -> None:
        """Draws the two lines."""
        canvas = self.canv
        canvas.setLineWidth(self.thick)
        top = self.height - self.thick / 2
        canvas.line(0, top, self.width, top)
        canvas.setLineWidth(self.thin)
        bottom = self.thin / 2
        canvas.line(0, bottom, self.width, bottom)


def emblem_image(data: bytes, width: float = EMBLEM_WIDTH, max_height: float = EMBLEM_MAX_HEIGHT) -> Image:
    """Scales the emblem to ``width`` keeping its aspect ratio, capped at ``max_height``."""
    pixels_w, pixels_h = ImageReader(io.BytesIO(data)).getSize()
    height = width * pixels_h / pixels_w
    if height > max_height:
        width, height = max_height * pixels_w / pixels_h, max_height
    return Image(io.BytesIO(data), width=width, height=height)


def kop_flowables(letterhead: Letterhead, width: float, styles: DocStyles) -> list[Any]:
    """The letterhead as flowables for the top of a document's first page.

    Args:
        letterhead: what to show.
        width: the frame width.
        styles: the document styles.

    Returns:
        A table (emblem | centred lines | balancing blank column), the double rule and a small gap.
    """
    lines: list[Any] = [Paragraph(text_markup(letterhead.government), styles.kop_government)]
    lines.append(Paragraph(text_markup(letterhead.office_name), styles.kop_office))
    if letterhead.address:
        lines.append(Paragraph(text_markup(letterhead.address), styles.kop_address))
    if letterhead.contact:
        lines.append(Paragraph(text_markup(letterhead.contact), styles.kop_address))
    side = EMBLEM_WIDTH + 2 * mm
    emblem: Any = emblem_image(letterhead.emblem) if letterhead.emblem else ""
    table = Table([[emblem, lines, ""]], colWidths=[side, width - 2 * side, side])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 0), "LEFT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [table, Spacer(1, 1.5 * mm), DoubleRule(width), Spacer(1, 5 * mm)]
