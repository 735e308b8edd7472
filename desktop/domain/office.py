"""The office as the layers exchange it: identity, letterhead and signatory, and the paper sizes offered."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class PaperSize(enum.StrEnum):
    """Paper sizes offered for printed documents."""

    F4 = "F4"  # 215 x 330 mm, the usual Indonesian government folio
    A4 = "A4"


@dataclass(slots=True)
class OfficeSettings:
    """Office settings as the setup wizard and the Settings page edit them.

    Attributes mirror :class:`db.models.office.Office`; ``code`` is assigned on first save.
    """

    region_code: str = ""
    name: str = ""
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    emblem_png: bytes | None = None
    head_name: str = ""
    head_position: str = ""
    head_rank: str = ""
    head_nip: str = ""
    paper_size: str = PaperSize.F4.value
    document_number_pattern: str = ""
    code: str = ""
    region_name: str = ""
