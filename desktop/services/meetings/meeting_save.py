"""Saving a whole edited meeting (header, every list and the RTL being edited) at once: validated first, written
in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy.orm import Session, sessionmaker

from db.models.meeting import Meeting
from desktop.domain.i18n import N_, _
from desktop.domain.meetings.records import (
    ActionData,
    AgendaData,
    DecisionData,
    DiscussionData,
    MeetingData,
    MeetingError,
    MeetingValidationError,
    ParticipantData,
)
from desktop.services.concurrency import ConcurrentEditError, conflict_in
from desktop.services.meetings import content_service as content
from desktop.services.meetings.meeting_service import apply_header, ensure_editable, load_meeting, validate_meeting
from desktop.services.unit_of_work import reading, unit_of_work


@dataclass(frozen=True, slots=True)
class MeetingEdit:
    """Everything the meeting editor saves.

    Attributes:
        header: the meeting header (``id`` must be set).
        participants: the full participant list.
        agenda: the full agenda.
        discussion: the full discussion.
        decisions: the full list of conclusions/decisions.
        action: an RTL to add (no ``action_id``) or update together with the meeting, or None.
        removed_action_id: an RTL to take out of the meeting together with the save, or None.
        row_version: the version of the meeting row the editor started from; a different stored version (someone
            saved the header meanwhile) refuses the save with :class:`MeetingConflictError`. None: no check.
    """

    header: MeetingData
    participants: list[ParticipantData] = field(default_factory=list)
    agenda: list[AgendaData] = field(default_factory=list)
    discussion: list[DiscussionData] = field(default_factory=list)
    decisions: list[DecisionData] = field(default_factory=list)
    action: ActionData | None = None
    removed_action_id: int | None = None
    row_version: int | None = None


HEADER_LABELS = {
    "series_id": N_("Seri rapat"),
    "title": N_("Judul"),
    "meeting_type": N_("Jenis rapat"),
    "level": N_("Tingkat"),
    "region_code": N_("Wilayah"),
    "number": N_("Nomor"),
    "meeting_date": N_("Tanggal"),
    "start_time": N_("Jam mulai"),
    "end_time": N_("Jam selesai"),
    "time_zone": N_("Zona waktu"),
    "place": N_("Tempat"),
    "online_link": N_("Tautan daring"),
    "chair_name": N_("Pimpinan rapat"),
    "chair_position": N_("Jabatan pimpinan"),
    "chair_rank": N_("Pangkat pimpinan"),
    "chair_nip": N_("NIP pimpinan"),
    "secretary_name": N_("Notulis"),
    "secretary_position": N_("Jabatan notulis"),
    "secretary_rank": N_("Pangkat notulis"),
    "secretary_nip": N_("NIP notulis"),
    "opening": N_("Pembukaan"),
}


class MeetingConflictError(ConcurrentEditError, MeetingError):
    """The meeting's header was saved by someone else since the editor opened it (a :class:`MeetingError` too)."""


def header_values(header: MeetingData) -> dict[str, Any]:
    """The meeting columns a header writes, by column name (as :func:`apply_header` stores them)."""
    values = SimpleNamespace()
    apply_header(cast(Meeting, values), header)
    return vars(values)


def meeting_row_version(session_factory: sessionmaker[Session], meeting_id: int) -> int:
    """The stored version of a meeting row: the editor keeps it to notice someone else's save."""
    with reading(session_factory) as session:
        return load_meeting(session, meeting_id).row_version


RTL_PROBLEM_PREFIX = "rtl."
"""Problems of the RTL in :attr:`MeetingEdit.action` have keys starting with this (``rtl.description``)."""


@dataclass(frozen=True, slots=True)
class SavedMeeting:
    """What :func:`save_meeting` wrote.

    Attributes:
        action_id: the id of the RTL added or updated, or None when the edit had none.
    """

    action_id: int | None = None


def save_meeting(session_factory: sessionmaker[Session], edit: MeetingEdit) -> SavedMeeting:
    """Saves the header, every list and the pending RTL change of a meeting: all or nothing.

    Everything is validated before anything is written; the writes share one transaction, so a failure at any
    point leaves the stored meeting exactly as it was.

    Raises:
        MeetingError: the meeting does not exist (or has no id).
        MeetingLockedError: the minutes are finalised.
        MeetingValidationError: any field of any part is not valid (all problems are reported together).
    """
    with unit_of_work(session_factory) as session:
        return write_meeting_edit(session, edit)


def write_meeting_edit(session: Session, edit: MeetingEdit) -> SavedMeeting:
    """The core of :func:`save_meeting`, inside an open unit of work (finalising saves the edit in its own).

    Raises:
        MeetingError: the meeting does not exist (or has no id).
        MeetingLockedError: the minutes are finalised.
        MeetingValidationError: any field of any part is not valid (all problems are reported together).
    """
    if edit.header.id is None:
        raise MeetingError(_("Rapat belum disimpan."))
    meeting = load_meeting(session, edit.header.id)
    ensure_editable(meeting)
    conflict = conflict_in(
        session,
        meeting,
        edit.row_version,
        header_values(edit.header),
        what=_("Rapat ini"),
        labels={name: _(label) for name, label in HEADER_LABELS.items()},
        error=MeetingConflictError,
    )
    if conflict is not None:
        raise conflict
    problems = _problems(session, edit)
    if problems:
        raise MeetingValidationError(problems)
    apply_header(meeting, edit.header)
    session.flush()
    content.write_participants(session, meeting, edit.participants)
    content.write_agenda(session, meeting.id, edit.agenda)
    content.write_discussion(session, meeting.id, edit.discussion)
    content.write_decisions(session, meeting.id, edit.decisions)
    if edit.removed_action_id is not None:
        content.write_remove_action(session, meeting.id, edit.removed_action_id)
    action_id = content.write_action(session, meeting, edit.action) if edit.action is not None else None
    return SavedMeeting(action_id=action_id)


def save_and_copy_participants(session_factory: sessionmaker[Session], edit: MeetingEdit) -> int:
    """Saves the editor's edit and adds the previous meeting's participants it lacks: one transaction.

    Returns:
        How many participants were added.

    Raises:
        MeetingError: the meeting has no previous meeting in its series (nothing was written).
        MeetingLockedError: the minutes are finalised.
        MeetingValidationError: any field of any part is not valid.
    """
    with unit_of_work(session_factory) as session:
        write_meeting_edit(session, edit)
        assert edit.header.id is not None  # write_meeting_edit refuses an edit without one
        return content.copy_participants_from_previous_in(session, edit.header.id)


def _problems(session: Session, edit: MeetingEdit) -> dict[str, str]:
    problems = validate_meeting(session, edit.header)
    problems.update(content.participant_problems(edit.participants))
    problems.update(content.agenda_problems(edit.agenda))
    problems.update(content.discussion_problems(edit.discussion))
    problems.update(content.decision_problems(edit.decisions))
    if edit.action is not None:
        for key, reason in content.action_problems(session, edit.action).items():
            problems[RTL_PROBLEM_PREFIX + key] = reason
    return problems
