"""What is overdue or due soon on a given day: the Aksi of the year (by planned end date) and, through a provider
hook, the RTL of meetings. Deadlines that fall on a weekend or public holiday move to the next working day."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from db.repositories import aksi_repository as repo
from desktop.domain.aksi.codes import DONE_STATUSES, AksiStatus
from desktop.domain.deadlines import KIND_AKSI, Deadline
from desktop.domain.i18n import _
from desktop.services.aksi import workdays
from desktop.services.aksi.progress import action_label, list_year_in
from desktop.services.aksi.rtl_deadlines import meeting_rtl_deadlines
from desktop.services.unit_of_work import reading

DEFAULT_HORIZON_DAYS = 30


@dataclass(frozen=True, slots=True)
class DueItem:
    """A deadline as the dashboard shows it.

    Attributes:
        kind: ``aksi`` or ``rtl``.
        title: what is due.
        deadline: the planned date.
        effective_deadline: the deadline moved to a working day.
        days_left: calendar days from today to the effective deadline (negative when overdue).
        working_days_left: working days from today to the effective deadline (negative when overdue).
        overdue: the effective deadline has passed.
        responsible: who is responsible.
        status: the item's status label.
        reference: the progress id (aksi; empty for an action with no saved progress) or RTL uuid.
        holidays_known: False when the year's public holidays were unknown (weekends only were skipped).
    """

    kind: str
    title: str
    deadline: date
    effective_deadline: date
    days_left: int
    working_days_left: int
    overdue: bool
    responsible: str
    status: str
    reference: str
    holidays_known: bool


DeadlineProvider = Callable[[Session, date], list[Deadline]]

# Providers of other modules' deadlines (the meetings module's open RTL). Registered at start-up by the UI or CLI
# layer that knows both modules, or passed explicitly to :func:`due_items`.
RTL_PROVIDERS: list[DeadlineProvider] = []


def register_rtl_provider(provider: DeadlineProvider) -> None:
    """Adds a provider of RTL deadlines (ignored when already registered)."""
    if provider not in RTL_PROVIDERS:
        RTL_PROVIDERS.append(provider)


def _planned_deadlines(session: Session, year: int) -> list[Deadline]:
    """The actions of ``year`` nobody has saved anything for yet, due at the end of their usual months."""
    return [
        Deadline(
            kind=KIND_AKSI,
            title=f"{row.label} {row.year}: {row.name}",
            deadline=row.planned_end,
            responsible=row.responsible_opd,
            status=_(row.status_label),
            reference="",
        )
        for row in list_year_in(session, year)
        if row.progress_id is None and row.planned_end is not None
    ]


def aksi_deadlines(session_factory: sessionmaker[Session], today: date) -> list[Deadline]:
    """Returns the unfinished actions of last year, this year and next year that have a planned end date.

    Actions of this year with no saved progress yet count with their framework schedule (nothing is written).
    """
    with reading(session_factory) as session:
        return aksi_deadlines_in(session, today)


def aksi_deadlines_in(session: Session, today: date) -> list[Deadline]:
    """:func:`aksi_deadlines` inside an open unit of work."""
    planned = _planned_deadlines(session, today.year)
    rows = repo.progress_open_between(session, today.year - 1, today.year + 1)
    result = []
    for progress in rows:
        if progress.planned_end is None or progress.status in DONE_STATUSES:
            continue
        action = progress.action
        label = action_label(action.number, action.group, json.loads(action.framework.groups_json or "{}"))
        result.append(
            Deadline(
                kind=KIND_AKSI,
                title=f"{label} {progress.year}: {action.name}",
                deadline=progress.planned_end,
                responsible=progress.responsible_person or progress.responsible_opd,
                status=AksiStatus.label_of(progress.status),
                reference=str(progress.id),
            )
        )
    return result + planned


def to_due_item(deadline: Deadline, today: date) -> DueItem:
    """Computes the effective deadline and the days left of one deadline."""
    effective = workdays.next_working_day(deadline.deadline)
    return DueItem(
        kind=deadline.kind,
        title=deadline.title,
        deadline=deadline.deadline,
        effective_deadline=effective,
        days_left=(effective - today).days,
        working_days_left=workdays.working_days_between(today, effective),
        overdue=effective < today,
        responsible=deadline.responsible,
        status=deadline.status,
        reference=deadline.reference,
        holidays_known=workdays.holidays_known(effective.year) and workdays.holidays_known(today.year),
    )


def due_items(
    session_factory: sessionmaker[Session],
    today: date,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    providers: list[DeadlineProvider] | None = None,
) -> list[DueItem]:
    """Returns what is overdue or due within ``horizon_days`` of ``today``, most urgent first.

    Args:
        session_factory: the session factory.
        today: the day to judge from (passed in, so tests use fixed dates).
        horizon_days: how many calendar days ahead count as "due soon".
        providers: the providers of other deadlines; when None, the meetings module's open RTL and any
            registered in :data:`RTL_PROVIDERS`.
    """
    with reading(session_factory) as session:
        return due_items_in(session, today, horizon_days, providers)


def due_items_in(
    session: Session,
    today: date,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    providers: list[DeadlineProvider] | None = None,
) -> list[DueItem]:
    """:func:`due_items` inside an open unit of work (the dashboard's); providers read in it too."""
    if providers is None:
        providers = [meeting_rtl_deadlines, *RTL_PROVIDERS]
    deadlines = aksi_deadlines_in(session, today)
    for provider in providers:
        deadlines.extend(provider(session, today))
    items = [to_due_item(d, today) for d in deadlines]
    return sorted(
        (item for item in items if item.overdue or item.days_left <= horizon_days),
        key=lambda item: (item.effective_deadline, item.kind, item.title),
    )
