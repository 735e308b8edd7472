"""The year overview: every action's planned and actual period, status and evidence, with the office, for print."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from desktop.services.aksi.progress import STATUS_LABELS, AksiRow, list_year
from desktop.services.office import OfficeSettings, get_office


@dataclass(frozen=True, slots=True)
class YearOverview:
    """What the printed year overview shows.

    Attributes:
        year: the year.
        framework_code: the framework in force.
        rows: the actions in order.
        office: the office (letterhead and signatory), None when not set up.
        status_counts: Indonesian status label -> number of actions, in status order.
        printed_on: the date on the signature line.
    """

    year: int
    framework_code: str
    rows: list[AksiRow]
    office: OfficeSettings | None
    status_counts: dict[str, int] = field(default_factory=dict)
    printed_on: date = field(default_factory=date.today)


def year_overview(
    session_factory: sessionmaker[Session], year: int, printed_on: date | None = None
) -> YearOverview | None:
    """Returns the overview of a year, or None when no framework covers it."""
    rows = list_year(session_factory, year)
    if not rows:
        return None
    counts = Counter(row.status for row in rows)
    return YearOverview(
        year=year,
        framework_code=rows[0].framework_code,
        rows=rows,
        office=get_office(session_factory),
        status_counts={label: counts[code] for code, label in STATUS_LABELS.items() if counts[code]},
        printed_on=printed_on or date.today(),
    )
