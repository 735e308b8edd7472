"""Meetings as evidence: the meetings of the year whose type the framework links to an action (a Rembuk Stunting
for Aksi 3, an Analisis Situasi forum for Aksi 1) can be recorded as evidence with one click."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, select
from sqlalchemy.orm import Session, sessionmaker

from db.models.aksi import AksiProgress
from db.models.meeting import Meeting
from db.repositories import aksi_repository as repo
from desktop.domain.dates import long_date
from desktop.domain.i18n import _
from desktop.services.aksi.evidence import EvidenceError, EvidenceInfo, add_meeting_evidence_in
from desktop.services.unit_of_work import reading, unit_of_work


@dataclass(frozen=True, slots=True)
class MeetingCandidate:
    """A meeting that may serve as evidence of an action."""

    uuid: str
    title: str
    meeting_type: str
    meeting_date: date
    number: str
    final: bool
    linked: bool

    @property
    def evidence_title(self) -> str:
        """The evidence title recorded for the meeting."""
        return f"{self.title}, {long_date(self.meeting_date, screen=True)}"


def year_meeting_candidates(
    session_factory: sessionmaker[Session],
    year: int,
    meeting_types: tuple[str, ...],
    linked: frozenset[str] = frozenset(),
) -> list[MeetingCandidate]:
    """Returns the meetings of a year of the given types, newest first (``linked``: uuids already evidence)."""
    with reading(session_factory) as session:
        return year_meeting_candidates_in(session, year, meeting_types, linked)


def year_meeting_candidates_in(
    session: Session,
    year: int,
    meeting_types: tuple[str, ...],
    linked: frozenset[str] = frozenset(),
) -> list[MeetingCandidate]:
    """:func:`year_meeting_candidates` inside an open unit of work."""
    if not meeting_types:
        return []
    meetings = session.scalars(
        select(Meeting)
        .where(
            Meeting.meeting_type.in_(meeting_types),
            extract("year", Meeting.meeting_date) == year,
            Meeting.deleted_at.is_(None),
        )
        .order_by(Meeting.meeting_date.desc())
    )
    return [
        MeetingCandidate(
            m.uuid, m.title, m.meeting_type, m.meeting_date, m.number, m.status == "final", m.uuid in linked
        )
        for m in meetings
    ]


def meeting_candidates(session_factory: sessionmaker[Session], progress_id: int) -> list[MeetingCandidate]:
    """Returns the meetings of the action's year whose type the framework links to the action, newest first."""
    with reading(session_factory) as session:
        return meeting_candidates_in(session, progress_id)


def meeting_candidates_in(session: Session, progress_id: int) -> list[MeetingCandidate]:
    """:func:`meeting_candidates` inside an open unit of work."""
    progress = session.get(AksiProgress, progress_id)
    if progress is None:
        return []
    year = progress.year
    types = tuple(t for t in progress.action.meeting_types.split(",") if t)
    linked = frozenset(row.meeting_uuid for row in repo.evidence_of(session, progress_id) if row.meeting_uuid)
    return year_meeting_candidates_in(session, year, types, linked)


def link_meeting(session_factory: sessionmaker[Session], progress_id: int, meeting_uuid: str) -> EvidenceInfo:
    """Records one of the action's candidate meetings as evidence.

    Raises:
        EvidenceError: the meeting is not a candidate of this action or already linked.
    """
    with unit_of_work(session_factory) as session:  # the candidates and the record: one transaction
        candidate = next((c for c in meeting_candidates_in(session, progress_id) if c.uuid == meeting_uuid), None)
        if candidate is None:
            raise EvidenceError(_("Rapat ini bukan jenis rapat yang menjadi data dukung aksi ini."))
        return add_meeting_evidence_in(session, progress_id, meeting_uuid, candidate.evidence_title)
