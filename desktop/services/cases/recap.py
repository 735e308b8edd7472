"""Recap of stunting cases per kecamatan and desa.

Each child counts once, by its latest measurement:

- ``children``: live children listed;
- ``measured``: children with at least one measurement whose TB/U could be computed;
- ``stunted``: of those, TB/U below -2 on a measurement without flags (``stunted_percent`` = of measured);
- ``severely_stunted``: TB/U below -3 on a measurement without flags;
- ``flagged``: children whose latest measurement has a flag (implausible value, age, date or length);
- ``verified``: children whose status records a decision after verification (see
  :data:`~desktop.domain.cases.workflow.VERIFIED_STATUSES`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from db.repositories.cases_repository import children_with_latest
from desktop.domain.cases.codes import CaseStatus
from desktop.domain.cases.records import CaseRow
from desktop.domain.cases.workflow import VERIFIED_STATUSES
from desktop.domain.i18n import _
from desktop.services.cases.records import list_cases_in, region_names
from desktop.services.unit_of_work import reading


@dataclass(slots=True)
class RecapRow:
    """Counts for one kecamatan (``level`` 3) or desa (``level`` 4), or the total (``level`` 0)."""

    code: str
    name: str
    level: int
    children: int = 0
    measured: int = 0
    stunted: int = 0
    severely_stunted: int = 0
    flagged: int = 0
    verified: int = 0

    @property
    def stunted_percent(self) -> float:
        """Stunted children as a percentage of the measured ones (0 when none measured)."""
        return 100.0 * self.stunted / self.measured if self.measured else 0.0

    def as_dict(self) -> dict[str, object]:
        """The row as JSON-ready data, with the percentage rounded to 1 decimal."""
        return asdict(self) | {"stunted_percent": round(self.stunted_percent, 1)}

    def add(self, measured: bool, stunted: bool, severe: bool, flagged: bool, verified: bool) -> None:
        """Counts one child."""
        self.children += 1
        self.measured += measured
        self.stunted += stunted
        self.severely_stunted += severe
        self.flagged += flagged
        self.verified += verified


def case_recap(session_factory: sessionmaker[Session], region_code: str | None = None) -> list[RecapRow]:
    """Counts cases per kecamatan, each followed by its desa, then a total row (``level`` 0).

    Args:
        session_factory: the session factory.
        region_code: a kabupaten or kecamatan code to restrict to; all cases when None.
    """
    with reading(session_factory) as session:
        return case_recap_in(session, region_code)


def case_recap_in(
    session: Session, region_code: str | None = None, period: tuple[date, date] | None = None
) -> list[RecapRow]:
    """:func:`case_recap` inside an open unit of work.

    Args:
        session: an open session.
        region_code: a kabupaten or kecamatan code to restrict to; all cases when None.
        period: count only children measured in these days (inclusive), by their latest measurement among them.
    """
    pairs = children_with_latest(session, region_code, period=period)
    names = region_names(session, {child.desa_code for child, _ in pairs})
    rows: dict[str, RecapRow] = {}
    total = RecapRow("", _("Jumlah"), 0)
    for child, latest in pairs:
        desa, kecamatan = child.desa_code, child.desa_code.rsplit(".", 1)[0]
        desa_name, kecamatan_name = names.get(desa, (desa, ""))
        rows.setdefault(kecamatan, RecapRow(kecamatan, kecamatan_name, 3))
        rows.setdefault(desa, RecapRow(desa, desa_name, 4))
        flags = latest.flags if latest is not None else ""
        haz = latest.haz if latest is not None else None
        counts = (
            haz is not None,
            not flags and haz is not None and haz < -2,
            not flags and haz is not None and haz < -3,
            bool(flags),
            CaseStatus(child.status) in VERIFIED_STATUSES,
        )
        for row in (rows[kecamatan], rows[desa], total):
            row.add(*counts)
    # Dotted codes sort a kecamatan just before its desa.
    return [rows[code] for code in sorted(rows)] + ([total] if pairs else [])


def cases_with_recap(
    session_factory: sessionmaker[Session],
    region_code: str | None,
    status: str | None,
    text: str | None,
    recap_region: str | None,
) -> tuple[list[CaseRow], list[RecapRow]]:
    """The case list and the recap the Kasus page shows together: one session (see :func:`list_cases`)."""
    with reading(session_factory) as session:
        return list_cases_in(session, region_code, status, text), case_recap_in(session, recap_region)
