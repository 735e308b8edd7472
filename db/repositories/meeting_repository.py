"""Reusable queries of the meetings aggregate (live rows only: ``deleted_at IS NULL``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from db.models.meeting import (
    ActionItem,
    ActionReview,
    AgendaItem,
    Meeting,
    MeetingSeries,
)
from desktop.domain.meetings.codes import OPEN_ACTION_STATUSES

ModelT = TypeVar("ModelT")


def live(model: type[ModelT]) -> Select[ModelT]:
    """``SELECT model WHERE deleted_at IS NULL``."""
    return select(model).where(model.deleted_at.is_(None))  # type: ignore[attr-defined]


def meeting_children(session: Session, model: type[ModelT], meeting_id: int) -> Sequence[ModelT]:
    """The live rows of a per-meeting list (participants, agenda, discussion, decisions) in their order."""
    query = live(model).where(model.meeting_id == meeting_id)  # type: ignore[attr-defined]
    return session.scalars(query.order_by(model.order_no, model.id)).all()  # type: ignore[attr-defined]


def series_meeting_counts(session: Session) -> dict[int, int]:
    """Number of live meetings per series id."""
    query = (
        select(Meeting.series_id, func.count(Meeting.id))
        .where(Meeting.deleted_at.is_(None), Meeting.series_id.is_not(None))
        .group_by(Meeting.series_id)
    )
    return {series_id: count for series_id, count in session.execute(query) if series_id is not None}


def meetings_query(series_id: int | None = None) -> Select[Meeting, MeetingSeries]:
    """Live meetings with their series (if any), newest first."""
    query = (
        select(Meeting, MeetingSeries)
        .outerjoin(MeetingSeries, MeetingSeries.id == Meeting.series_id)
        .where(Meeting.deleted_at.is_(None))
    )
    if series_id is not None:
        query = query.where(Meeting.series_id == series_id)
    return query.order_by(Meeting.meeting_date.desc(), Meeting.id.desc())


def previous_meeting(session: Session, meeting: Meeting) -> Meeting | None:
    """The meeting of the same series held before ``meeting`` (by date, then creation order)."""
    if meeting.series_id is None:
        return None
    query = live(Meeting).where(Meeting.series_id == meeting.series_id, Meeting.id != meeting.id)
    query = query.where(
        (Meeting.meeting_date < meeting.meeting_date)
        | ((Meeting.meeting_date == meeting.meeting_date) & (Meeting.id < meeting.id))
    )
    return session.scalars(query.order_by(Meeting.meeting_date.desc(), Meeting.id.desc()).limit(1)).first()


def open_actions_of_series(session: Session, series_id: int) -> Sequence[ActionItem]:
    """Every live RTL of a series that is not finished or cancelled, oldest first."""
    query = live(ActionItem).where(
        ActionItem.series_id == series_id, ActionItem.status.in_(sorted(s.value for s in OPEN_ACTION_STATUSES))
    )
    return session.scalars(query.order_by(ActionItem.id)).all()


def unfinished_agenda(session: Session, meeting_id: int) -> Sequence[AgendaItem]:
    """The agenda items of a meeting not marked done."""
    query = live(AgendaItem).where(AgendaItem.meeting_id == meeting_id, AgendaItem.done.is_(False))
    return session.scalars(query.order_by(AgendaItem.order_no, AgendaItem.id)).all()


def meeting_actions(session: Session, meeting_id: int) -> Sequence[tuple[ActionReview, ActionItem]]:
    """The RTL a meeting reviewed or created, with the status at that meeting, in the meeting's order."""
    query = (
        select(ActionReview, ActionItem)
        .join(ActionItem, ActionItem.id == ActionReview.action_id)
        .where(
            ActionReview.meeting_id == meeting_id,
            ActionReview.deleted_at.is_(None),
            ActionItem.deleted_at.is_(None),
        )
        .order_by(ActionReview.order_no, ActionReview.id)
    )
    return session.execute(query).all()


def actions_overview_query(
    *,
    statuses: Sequence[str],
    responsible: str = "",
    region_prefix: str = "",
    deadline_before: date | None = None,
) -> Select[ActionItem, Meeting]:
    """RTL across meetings with their origin meeting, filtered; ordered by deadline (none last)."""
    query = (
        select(ActionItem, Meeting)
        .join(Meeting, Meeting.id == ActionItem.origin_meeting_id)
        .where(ActionItem.deleted_at.is_(None), Meeting.deleted_at.is_(None))
    )
    if statuses:
        query = query.where(ActionItem.status.in_(list(statuses)))
    if responsible.strip():
        query = query.where(func.lower(ActionItem.responsible).contains(responsible.strip().lower()))
    if region_prefix:
        query = query.where(
            (ActionItem.region_code == region_prefix)
            | ActionItem.region_code.startswith(region_prefix + ".")
            | (Meeting.region_code == region_prefix)
            | Meeting.region_code.startswith(region_prefix + ".")
        )
    if deadline_before is not None:
        query = query.where(ActionItem.deadline <= deadline_before)
    return query.order_by(ActionItem.deadline.is_(None), ActionItem.deadline, ActionItem.id)
