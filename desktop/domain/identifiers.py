"""Indonesian identifiers kept as text: NIP (18 digits), NIK and No. KK (16 digits), and their display forms."""

from __future__ import annotations

import re
from datetime import date

from desktop.domain.i18n import _

# Only the ASCII digits 0-9 count: superscript, fullwidth or Arabic-Indic digits pass str.isdigit() but are not
# digits of an Indonesian identifier (and int() refuses some of them).
_DIGITS = re.compile(r"[0-9]+")
_ALL_DIGITS = re.compile(r"[0-9]*")


def digits_only(text: str) -> str:
    """Returns the digits of ``text``, dropping spaces, dots and dashes people type between groups."""
    return "".join(_DIGITS.findall(text))


def nip_problem(nip: str) -> str | None:
    """Checks a civil-servant number (NIP): 18 digits, birth date, CPNS month, sex digit, serial.

    Args:
        nip: the NIP, spaces allowed.

    Returns:
        None when plausible, else the reason in Indonesian.
    """
    value = digits_only(nip)
    if len(value) != 18 or value != nip.replace(" ", ""):
        return _("NIP harus 18 angka")
    try:
        date(int(value[0:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return _("8 angka pertama NIP bukan tanggal lahir yang sah")
    if not 1 <= int(value[12:14]) <= 12:
        return _("angka ke-13 dan ke-14 NIP (bulan pengangkatan) tidak sah")
    if value[14] not in "12":
        return _("angka ke-15 NIP (jenis kelamin) harus 1 atau 2")
    if value[15:] == "000":
        return _("nomor urut NIP tidak boleh 000")
    return None


def format_nip(nip: str) -> str:
    """Groups a NIP for print as 8-6-1-3 digits: ``19700101 199503 1 001``; other text is returned unchanged."""
    value = digits_only(nip)
    if len(value) != 18:
        return nip
    return f"{value[:8]} {value[8:14]} {value[14]} {value[15:]}"


def nik_problem(nik: str) -> str | None:
    """Checks the structure of a NIK or No. KK: 16 digits, region part not 00, day 1-31 or 41-71, month 1-12.

    Args:
        nik: the number as text.

    Returns:
        None when plausible, else the reason in Indonesian.
    """
    if len(nik) != 16 or not _ALL_DIGITS.fullmatch(nik):
        return _("harus 16 angka")
    if nik[0:2] == "00" or nik[2:4] == "00" or nik[4:6] == "00":
        return _("kode wilayah (6 angka pertama) tidak sah")
    day, month = int(nik[6:8]), int(nik[8:10])
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return _("tanggal lahir (angka ke-7 dan ke-8) tidak sah")
    if not 1 <= month <= 12:
        return _("bulan lahir (angka ke-9 dan ke-10) tidak sah")
    if nik[12:] == "0000":
        return _("nomor urut (4 angka terakhir) tidak boleh 0000")
    return None


def mask_nik(nik: str) -> str:
    """Masks a NIK or No. KK for screen and print: the 6-digit region part stays, the rest becomes ``*``."""
    if len(nik) <= 6:
        return "*" * len(nik)
    return nik[:6] + "*" * (len(nik) - 6)
