"""Finalising minutes: lock, snapshot each version with its reason, open a correction, read old versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models.meeting import MeetingVersion
from db.repositories import meeting_repository as repo
from desktop.domain.i18n import N_, _
from desktop.domain.meetings.codes import MeetingStatus
from desktop.domain.meetings.records import (
    MeetingError,
    MeetingRecord,
    MeetingValidationError,
    record_from_json,
    record_to_json,
)
from desktop.services.meetings.meeting_save import MeetingEdit, write_meeting_edit
from desktop.services.meetings.meeting_service import ensure_editable, load_meeting, read_record
from desktop.services.unit_of_work import reading, unit_of_work

FIRST_VERSION_REASON = N_("Finalisasi pertama")


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One finalised version of the minutes.

    Attributes:
        version_no: 1, 2, ...
        reason: why this version was made (first finalisation or the correction reason).
        finalised_by: operating-system user.
        finalised_at: when (UTC).
    """

    version_no: int
    reason: str
    finalised_by: str
    finalised_at: datetime


def finalise_problems(record: MeetingRecord) -> dict[str, str]:
    """What must be filled before minutes can be finalised (Indonesian reasons)."""
    problems: dict[str, str] = {}
    if not record.header.chair.name.strip():
        problems["chair"] = _("Pimpinan rapat wajib diisi sebelum finalisasi.")
    if not record.header.secretary.name.strip():
        problems["secretary"] = _("Notulis wajib diisi sebelum finalisasi.")
    if not record.participants:
        problems["participants"] = _("Daftar peserta masih kosong.")
    return problems


def finalise_meeting(session_factory: sessionmaker[Session], meeting_id: int, edit: MeetingEdit | None = None) -> int:
    """Saves the editor's pending edit (when given) and locks the minutes as the next version: one transaction.

    Args:
        session_factory: the session factory.
        meeting_id: the meeting.
        edit: what the editor holds, saved first as :func:`~desktop.services.meetings.meeting_save.save_meeting`
            would; None finalises what is stored.

    Returns:
        The new version number.

    Raises:
        MeetingLockedError: already final.
        MeetingValidationError: the edit is not valid, or required parts are missing; nothing was written.
    """
    with unit_of_work(session_factory) as session:
        if edit is not None:
            write_meeting_edit(session, edit)
        return _finalise(session, meeting_id)


def _finalise(session: Session, meeting_id: int) -> int:
    meeting = load_meeting(session, meeting_id)
    ensure_editable(meeting)
    session.flush()  # the edit saved just before is what the snapshot reads
    record = read_record(session, meeting_id)
    problems = finalise_problems(record)
    if problems:
        raise MeetingValidationError(problems)
    number = meeting.version + 1
    record.status = MeetingStatus.FINAL.value
    record.version = number
    reason = meeting.correction_reason or FIRST_VERSION_REASON
    session.add(
        MeetingVersion(
            meeting_id=meeting_id,
            version_no=number,
            reason=reason,
            snapshot_json=record_to_json(record),
            finalised_by=str(session.info.get("actor", "")),
        )
    )
    meeting.status = MeetingStatus.FINAL.value
    meeting.version = number
    meeting.correction_reason = ""
    return number


def start_correction(session_factory: sessionmaker[Session], meeting_id: int, reason: str) -> None:
    """Unlocks finalised minutes for a correction; finalising again makes a new version with this reason.

    Raises:
        MeetingValidationError: no reason given.
        MeetingError: the minutes are not finalised.
    """
    if not reason.strip():
        raise MeetingValidationError({"reason": _("Alasan koreksi wajib diisi.")})
    with unit_of_work(session_factory) as session:
        meeting = load_meeting(session, meeting_id)
        if meeting.status != MeetingStatus.FINAL:
            raise MeetingError(_("Notulen belum final; koreksi tidak diperlukan."))
        meeting.status = MeetingStatus.DRAFT.value
        meeting.correction_reason = reason.strip()


def list_versions(session_factory: sessionmaker[Session], meeting_id: int) -> list[VersionInfo]:
    """The finalised versions of a meeting, oldest first."""
    with reading(session_factory) as session:
        rows = session.scalars(
            repo.live(MeetingVersion).where(MeetingVersion.meeting_id == meeting_id).order_by(MeetingVersion.version_no)
        )
        return [VersionInfo(row.version_no, row.reason, row.finalised_by, row.finalised_at) for row in rows]


def version_record(session_factory: sessionmaker[Session], meeting_id: int, version_no: int) -> MeetingRecord:
    """The minutes exactly as finalised in ``version_no``.

    Raises:
        MeetingError: no such version.
    """
    with reading(session_factory) as session:
        return read_version(session, meeting_id, version_no)


def read_version(session: Session, meeting_id: int, version_no: int) -> MeetingRecord:
    """The minutes exactly as finalised in ``version_no``, read in an open unit of work.

    Raises:
        MeetingError: no such version.
    """
    row = session.scalars(
        repo.live(MeetingVersion).where(
            MeetingVersion.meeting_id == meeting_id, MeetingVersion.version_no == version_no
        )
    ).first()
    if row is None:
        raise MeetingError(
            _("Versi {version_no} rapat {meeting_id} tidak ada.").format(version_no=version_no, meeting_id=meeting_id)
        )
    return record_from_json(row.snapshot_json)


def latest_version_no(session: Session, meeting_id: int) -> int:
    """The highest stored version number (0 when never finalised)."""
    value = session.scalar(select(func.max(MeetingVersion.version_no)).where(MeetingVersion.meeting_id == meeting_id))
    return int(value or 0)
