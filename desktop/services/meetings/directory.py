"""The people directory (autocomplete of participants) and the RTL overview across meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func
from sqlalchemy.orm import Session, sessionmaker

from db.models.meeting import ActionStatusChange, Person
from db.repositories import meeting_repository as repo
from desktop.domain.meetings.codes import OPEN_ACTION_STATUSES
from desktop.services.meetings.meeting_service import region_names
from desktop.services.unit_of_work import reading


@dataclass(frozen=True, slots=True)
class PersonInfo:
    """A person in the directory."""

    id: int
    name: str
    position: str
    institution: str
    gender: str
    phone: str
    nip: str
    last_seen: date | None


def search_people(session_factory: sessionmaker[Session], text: str = "", limit: int = 50) -> list[PersonInfo]:
    """People whose name contains ``text`` (all when empty), most recently met first."""
    with reading(session_factory) as session:
        query = repo.live(Person)
        if text.strip():
            query = query.where(func.lower(Person.name).contains(text.strip().lower()))
        query = query.order_by(Person.last_seen.desc(), Person.name).limit(limit)
        return [
            PersonInfo(p.id, p.name, p.position, p.institution, p.gender, p.phone, p.nip, p.last_seen)
            for p in session.scalars(query)
        ]


@dataclass(frozen=True, slots=True)
class ActionFilter:
    """Filters of the RTL overview.

    Attributes:
        open_only: only ``belum`` and ``berjalan``.
        responsible: part of the PIC's name (case-insensitive).
        region_code: the RTL's or its meeting's region, or a parent of it.
        deadline_before: deadline on or before this date.
    """

    open_only: bool = True
    responsible: str = ""
    region_code: str = ""
    deadline_before: date | None = None


@dataclass(frozen=True, slots=True)
class ActionOverviewRow:
    """An RTL in the overview, with the meeting it came from and whether it is overdue."""

    action_id: int
    description: str
    responsible: str
    deadline: date | None
    funding_source: str
    status: str
    region_code: str
    region_name: str
    meeting_id: int
    meeting_title: str
    meeting_date: date
    overdue: bool


def list_actions(
    session_factory: sessionmaker[Session], action_filter: ActionFilter | None = None, today: date | None = None
) -> list[ActionOverviewRow]:
    """RTL across all meetings, by deadline; overdue = open and deadline before ``today``."""
    with reading(session_factory) as session:
        return list_actions_in(session, action_filter, today)


def list_actions_in(
    session: Session, action_filter: ActionFilter | None = None, today: date | None = None
) -> list[ActionOverviewRow]:
    """:func:`list_actions` inside an open unit of work."""
    action_filter = action_filter or ActionFilter()
    today = today or date.today()
    statuses = sorted(s.value for s in OPEN_ACTION_STATUSES) if action_filter.open_only else []
    query = repo.actions_overview_query(
        statuses=statuses,
        responsible=action_filter.responsible,
        region_prefix=action_filter.region_code,
        deadline_before=action_filter.deadline_before,
    )
    rows = session.execute(query).all()
    codes = {(action.region_code or meeting.region_code) for action, meeting in rows}
    names = region_names(session, codes)
    result = []
    for action, meeting in rows:
        code = action.region_code or meeting.region_code
        overdue = action.status in OPEN_ACTION_STATUSES and action.deadline is not None and action.deadline < today
        result.append(
            ActionOverviewRow(
                action_id=action.id,
                description=action.description,
                responsible=action.responsible,
                deadline=action.deadline,
                funding_source=action.funding_source,
                status=action.status,
                region_code=code,
                region_name=names.get(code, ""),
                meeting_id=meeting.id,
                meeting_title=meeting.title,
                meeting_date=meeting.meeting_date,
                overdue=overdue,
            )
        )
    return result


@dataclass(frozen=True, slots=True)
class StatusChangeInfo:
    """One entry of an RTL's status history."""

    old_status: str
    new_status: str
    meeting_id: int | None
    note: str
    changed_by: str
    changed_at: datetime


def action_history(session_factory: sessionmaker[Session], action_id: int) -> list[StatusChangeInfo]:
    """The status history of an RTL, oldest first, across every meeting that reviewed it."""
    with reading(session_factory) as session:
        query = repo.live(ActionStatusChange).where(ActionStatusChange.action_id == action_id)
        rows = session.scalars(query.order_by(ActionStatusChange.changed_at, ActionStatusChange.id))
        return [
            StatusChangeInfo(r.old_status, r.new_status, r.meeting_id, r.note, r.changed_by, r.changed_at) for r in rows
        ]
