"""Everything the dashboard shows, gathered in one call (run in the background so the window appears first)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.aksi.records import AksiRow
from desktop.services.aksi import workdays
from desktop.services.aksi.checklists import KecamatanCompletion, completion_by_kecamatan_in, latest_month_in
from desktop.services.aksi.due import DEFAULT_HORIZON_DAYS, DueItem, due_items_in
from desktop.services.aksi.prevalence import FigureInfo, list_figures_in
from desktop.services.aksi.progress import list_year_in
from desktop.services.office import read_office
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import reading


@dataclass(frozen=True, slots=True)
class VervalProgress:
    """Verval KRS progress of one kecamatan."""

    name: str
    verified: int
    total: int

    @property
    def percent(self) -> float:
        """Verified share, 0-100."""
        return 100.0 * self.verified / self.total if self.total else 0.0


@dataclass(slots=True)
class DashboardData:
    """The dashboard's content.

    Attributes:
        today: the day deadlines are judged from.
        year: the year whose actions and checklists are shown.
        holidays_known: the public holidays of ``today``'s year are known.
        due: overdue and soon-due actions and RTL.
        rows: the year's actions.
        template_code: the checklist shown.
        month: the last month of the year with checklist values (None: none).
        completion: completion per kecamatan for that month.
        figures: the district's prevalence targets and figures.
        region_name: the district's name.
        verval: verval KRS progress per kecamatan; None when the KRS module is not available.
    """

    today: date
    year: int
    holidays_known: bool = True
    due: list[DueItem] = field(default_factory=list)
    rows: list[AksiRow] = field(default_factory=list)
    template_code: str = ""
    month: int | None = None
    completion: list[KecamatanCompletion] = field(default_factory=list)
    figures: list[FigureInfo] = field(default_factory=list)
    region_name: str = ""
    verval: list[VervalProgress] | None = None


def _verval(session: Session) -> list[VervalProgress] | None:
    try:
        from desktop.services.krs.progress_service import verification_progress_in
    except ImportError:  # a build without the KRS module
        return None
    rows = verification_progress_in(session)
    return sorted((VervalProgress(r.name, r.verified, r.total) for r in rows), key=lambda r: r.name)


def gather_dashboard(
    session_factory: sessionmaker[Session],
    today: date,
    year: int,
    template_code: str,
    control: TaskControl | None = None,
) -> DashboardData:
    """Collects the dashboard's content (reads only).

    Args:
        session_factory: the session factory.
        today: the day deadlines are judged from.
        year: the year shown.
        template_code: the checklist whose completion is shown.
        control: cancellation between the parts.
    """
    control = control or TaskControl()
    data = DashboardData(today=today, year=year, template_code=template_code)
    with reading(session_factory) as session:  # one session for the whole dashboard
        data.holidays_known = workdays.holidays_known(today.year)
        data.rows = list_year_in(session, year)
        control.check()
        data.due = due_items_in(session, today, DEFAULT_HORIZON_DAYS)
        control.check()
        office = read_office(session)
        if office is not None:
            data.region_name = office.region_name
            data.figures = list_figures_in(session, office.region_code)
            if template_code:
                data.month = latest_month_in(session, template_code, year)
                if data.month is not None:
                    data.completion = completion_by_kecamatan_in(
                        session, template_code, office.region_code, year, data.month
                    )
                    data.completion.sort(key=lambda r: (-r.percent, r.name))
        control.check()
        data.verval = _verval(session)
    return data
