"""The parts every office report shares: the office's kop on top and the head of office's signature at the end.

Typical use::

    story = office_kop(data.office, setup.frame_width, styles)
    ...
    story += head_of_office_signature(data.office, data.printed_on, setup.frame_width, styles, lead=[legend])
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from desktop.domain.dates import place_date
from desktop.domain.i18n import N_, doc_
from desktop.domain.office import OfficeSettings
from desktop.reports.kop import kop_flowables, letterhead_from_office
from desktop.reports.pdf_base import DocStyles
from desktop.reports.signature import Signatory, signature_block

ACKNOWLEDGED = N_("Mengetahui,")
"""The role line of a signer who acknowledges another's signature: only for a second signer, never alone."""


def office_kop(office: OfficeSettings | None, width: float, styles: DocStyles) -> list[Any]:
    """The office's kop surat flowables, or nothing when no office is set up."""
    if office is None:
        return []
    return kop_flowables(letterhead_from_office(office), width, styles)


def head_signatory(office: OfficeSettings, role: str = "") -> Signatory:
    """The head of office as a signatory (role line if any, jabatan, name, pangkat, NIP)."""
    return Signatory(
        role=doc_(role) if role else "",
        position=office.head_position,
        name=office.head_name,
        rank=office.head_rank,
        nip=office.head_nip,
    )


def head_of_office_signature(
    office: OfficeSettings | None,
    signed_on: date,
    width: float,
    styles: DocStyles,
    *,
    role: str = "",
    lead: Sequence[Flowable] = (),
    beside: Flowable | None = None,
) -> list[Any]:
    """The head of office's signature block dated ``City, 11 Oktober 2024``, kept on one page with ``lead``.

    Args:
        office: the office; without an office or a head's name only ``lead`` is returned.
        signed_on: the date on the place/date line.
        width: the frame width.
        styles: the document styles.
        role: a line above the jabatan; none by default: the head signs alone, under the jabatan (``Mengetahui,``
            belongs only over a second signer).
        lead: flowables that must stay on the signature's page (the last table rows, a closing sentence).
        beside: a flowable (a legend) printed left of the signature.

    Returns:
        The flowables to append to the story.
    """
    if office is None or not office.head_name:
        return [*lead, beside] if beside is not None else list(lead)
    block = signature_block(
        [head_signatory(office, role)],
        width,
        styles=styles,
        place_date=place_date(office.city, signed_on),
        lead=lead,
        beside=beside,
    )
    return [block]
