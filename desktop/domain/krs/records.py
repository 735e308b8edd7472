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
