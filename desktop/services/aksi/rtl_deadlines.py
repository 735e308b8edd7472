"""RTL deadlines from the meetings module, as a deadline provider for :mod:`desktop.services.aksi.due`."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop.domain.deadlines import KIND_RTL, Deadline
from desktop.domain.meetings.codes import ActionStatus
from desktop.services.meetings.directory import ActionFilter, list_actions_in

# Open RTL further ahead than this are not listed (the dashboard looks 30 days ahead).
LOOKAHEAD_DAYS = 366


def meeting_rtl_deadlines(session: Session, today: date) -> list[Deadline]:
    """Returns the open RTL (belum, berjalan) with a deadline up to a year ahead, overdue ones included."""
    rows = list_actions_in(session, ActionFilter(open_only=True, deadline_before=today + timedelta(LOOKAHEAD_DAYS)))
    return [
        Deadline(
            kind=KIND_RTL,
            title=f"RTL: {row.description} ({row.meeting_title})",
            deadline=row.deadline,
            responsible=row.responsible,
            status=ActionStatus.label_of(row.status),
            reference=str(row.action_id),
        )
        for row in rows
        if row.deadline is not None
    ]
