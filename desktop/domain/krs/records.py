"""Plain data of the printed KRS verification list of one desa (identifiers already masked)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.office import OfficeSettings


@dataclass(frozen=True, slots=True)
class KrsListRow:
    """One family line of the printed list (identifiers already masked)."""

    rw_rt: str
    head_name: str
    nik: str
    no_kk: str
    wife_name: str
    sasaran: str
    risks: str
    existence: str
    result: str
    verified_on: date | None


@dataclass(slots=True)
class DesaKrsList:
    """Everything the PDF needs."""

    desa_code: str
    desa_name: str
    kecamatan_name: str
    printed_on: date
    office: OfficeSettings | None
    rows: list[KrsListRow] = field(default_factory=list)

    @property
    def verified(self) -> int:
        """Families with a verification."""
        return sum(1 for row in self.rows if row.existence)


@dataclass(frozen=True, slots=True)
class FamilyListRow:
    """One family as the KRS list and the by-name report read it (the columns of the list query, by name).

    Identifiers are as stored (not masked): the list masks them unless the user reveals a row.
    """

    id: int
    kecamatan_code: str
    desa_code: str
    rw: str
    rt: str
    address: str
    head_name: str
    nik: str | None
    no_kk: str | None
    wife_name: str
    existence_code: str | None
    result_code: str | None
    verified_on: date | None
    baduta: bool
    balita: bool
    pus: bool
    pus_hamil: bool
    air_minum_tidak_layak: bool
    jamban_tidak_layak: bool
    terlalu_muda: bool
    terlalu_tua: bool
    terlalu_dekat: bool
    terlalu_banyak: bool


@dataclass(frozen=True, slots=True)
class WorksheetConflict:
    """A family of a desa worksheet whose record changed in the database since the worksheet was exported.

    Attributes:
        uuid: the family's uuid (what the user's choice to let the worksheet win is keyed by).
        row: the worksheet row.
        head_name: the head of the family, to name it to the user.
        database: the status keberadaan code now in the database (empty when none).
        worksheet: the status keberadaan code the worksheet brings.
    """

    uuid: str
    row: int
    head_name: str
    database: str
    worksheet: str
