"""The year overview: every action's planned and actual period, status and evidence, with the office, for print."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.aksi.codes import AksiStatus
from desktop.domain.aksi.records import YearOverview
from desktop.services.aksi.progress import list_year_in
from desktop.services.office import read_office
from desktop.services.unit_of_work import reading


def year_overview(
    session_factory: sessionmaker[Session], year: int, printed_on: date | None = None
) -> YearOverview | None:
    """Returns the overview of a year, or None when no framework covers it."""
    with reading(session_factory) as session:  # the rows and the office, for one print
        rows = list_year_in(session, year)
        if not rows:
            return None
        counts = Counter(row.status for row in rows)
        return YearOverview(
            year=year,
            framework_code=rows[0].framework_code,
            rows=rows,
            office=read_office(session),
            status_counts={s.document_label: counts[s] for s in AksiStatus if counts[s]},
            printed_on=printed_on or date.today(),
        )
