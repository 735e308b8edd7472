"""The office as the layers exchange it: identity, letterhead and signatory, and the paper sizes offered."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class PaperSize(enum.StrEnum):
    """Paper sizes offered for printed documents."""

    F4 = "F4"  # 215 x 330 mm, the usual Indonesian government folio
    A4 = "A4"


DEFAULT_KRS_ROUND = "PK24"
"""The KRS data round of a new office (Pendataan Keluarga 2024); the office changes it in Pengaturan."""

_ROUND = re.compile(r"^PK\s*-?\s*([0-9]{2})$", re.IGNORECASE)


def normalize_round(text: str) -> str | None:
    """A KRS data round in its stored form: ``PK24``, ``PK 23``, ``pk-21``; a bare year ``2024`` gives ``PK24``.

    Returns:
        The round as ``PK`` and two digits, or ``None`` when ``text`` is not a round.
    """
    compact = text.strip().upper().replace(" ", "")
    match = _ROUND.match(compact)
    if match:
        return f"PK{match.group(1)}"
    if re.fullmatch(r"20[0-9]{2}", compact):
        return f"PK{compact[2:]}"
    return None


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
    krs_round: str = DEFAULT_KRS_ROUND
    code: str = ""
    region_name: str = ""


@dataclass(slots=True)
class IssuerLetterheadData:
    """The kop of another issuer the office records meetings for (a kecamatan, the TPPS), as edited and listed.

    Attributes:
        key: short unique key typed on the command line (``kec-cibadak``).
        government: first line, ``PEMERINTAH KABUPATEN LEBAK``.
        name: the issuer, ``KECAMATAN CIBADAK`` (printed in capitals).
        address: the address line.
        contact: telephone / e-mail line (may be empty).
        city: where its documents are signed (``Cibadak``); may be empty.
        emblem_png: PNG or JPEG bytes of the emblem, or None (the office's emblem is used).
        id: None for a new letterhead.
    """

    key: str = ""
    government: str = ""
    name: str = ""
    address: str = ""
    contact: str = ""
    city: str = ""
    emblem_png: bytes | None = None
    id: int | None = None
