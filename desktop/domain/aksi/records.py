"""Plain data of the Aksi Konvergensi module that lists and the printed year overview take."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.office import OfficeSettings


@dataclass(frozen=True, slots=True)
class AksiRow:
    """One action of a year as lists show it.

    ``progress_id`` is None while nothing has been saved for the action in that year: the row then shows the
    framework's planned schedule and responsible OPD, and no progress row exists in the database.
    """

    progress_id: int | None
    year: int
    framework_code: str
    number: int
    label: str
    group: str | None
    name: str
    status: str
    status_label: str
    planned_start: date | None
    planned_end: date | None
    actual_start: date | None
    actual_end: date | None
    responsible_opd: str
    responsible_person: str
    evidence_count: int
    required_evidence: int
    required_evidence_done: int
    output_count: int


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
