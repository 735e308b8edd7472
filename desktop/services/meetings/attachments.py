"""Files kept with a meeting (scanned signed minutes, photos): copied into the data folder, named by SHA-256
(see :mod:`desktop.services.stored_files`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from db.models.meeting import MeetingAttachment
from db.repositories import meeting_repository as repo
from desktop.domain.i18n import _
from desktop.domain.meetings.records import MeetingError
from desktop.reports.meeting_photos import MeetingPhoto
from desktop.services.meetings.meeting_service import load_meeting
from desktop.services.stored_files import (
    StoredFileError,
    check_stored_content,
    read_stored_bytes,
    remove_unreferenced,
    store_file,
    stored_file_problem,
    viewable_file,
)
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import one_session, reading

ALLOWED = (".pdf", ".png", ".jpg", ".jpeg")
MAX_BYTES = 50 << 20
PHOTO_SUFFIXES = (".png", ".jpg", ".jpeg")
SUBFOLDER = "meetings"


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """A stored attachment.

    Attributes:
        id: row id.
        file_name: the original file name.
        stored_path: path relative to the files folder.
        sha256: hex digest of the content.
        size: bytes.
        description: free text.
    """

    id: int
    file_name: str
    stored_path: str
    sha256: str
    size: int
    description: str


def _check_file(source: Path) -> str:
    if source.suffix.lower() not in ALLOWED and source.is_file():
        raise MeetingError(_("Lampiran harus berupa PDF, JPG atau PNG."))
    try:
        suffix = check_stored_content(source, ALLOWED)
    except StoredFileError as error:
        raise MeetingError(str(error)) from error
    if source.stat().st_size > MAX_BYTES:
        raise MeetingError(_("Lampiran lebih dari 50 MiB."))
    return suffix


def attach_file(
    session_factory: sessionmaker[Session],
    files_dir: Path,
    meeting_id: int,
    source: Path,
    description: str = "",
    control: TaskControl | None = None,
) -> AttachmentInfo:
    """Copies a file into ``files_dir/meetings/`` under its hash and records it (allowed on finalised minutes:
    that is where the scanned signed copy goes). Runs fine in a background task (``control``: progress, cancel).

    Raises:
        MeetingError: the file is missing, too large, or not a PDF/JPG/PNG.
    """
    suffix = _check_file(source)
    with one_session(session_factory) as session:  # a check, the copy outside any transaction, the record
        load_meeting(session, meeting_id)  # the meeting exists before the copy starts
        session.rollback()  # the check only read: end it, so the copy holds no transaction
        try:
            stored = store_file(
                files_dir,
                SUBFOLDER,
                source,
                lambda sha: f"{sha[:2]}/{sha}{suffix}",
                max_bytes=MAX_BYTES,
                control=control,
            )
        except StoredFileError as error:
            raise MeetingError(str(error)) from error
        try:
            with session.begin():  # the record: the one write, committed once
                load_meeting(session, meeting_id)
                row = MeetingAttachment(
                    meeting_id=meeting_id,
                    file_name=source.name,
                    stored_path=stored.relative_path,
                    sha256=stored.sha256,
                    size=stored.size,
                    description=description.strip(),
                )
                session.add(row)
                session.flush()
                return _info(row)
        except BaseException:
            remove_unreferenced(files_dir, stored)
            raise


def _info(row: MeetingAttachment) -> AttachmentInfo:
    return AttachmentInfo(row.id, row.file_name, row.stored_path, row.sha256, row.size, row.description)


def list_attachments(session_factory: sessionmaker[Session], meeting_id: int) -> list[AttachmentInfo]:
    """The live attachments of a meeting, oldest first."""
    with reading(session_factory) as session:
        query = repo.live(MeetingAttachment).where(MeetingAttachment.meeting_id == meeting_id)
        return [_info(row) for row in session.scalars(query.order_by(MeetingAttachment.id))]


def meeting_photos_in(session: Session, files_dir: Path, meeting_id: int) -> list[MeetingPhoto]:
    """The meeting's photo attachments (PNG, JPEG), oldest first, for the notulen's dokumentasi lampiran.

    A photo whose stored file is missing or no longer matches its hash comes without data, so the lampiran says
    so instead of leaving it out silently.
    """
    query = repo.live(MeetingAttachment).where(MeetingAttachment.meeting_id == meeting_id)
    photos: list[MeetingPhoto] = []
    for row in session.scalars(query.order_by(MeetingAttachment.id)):
        if Path(row.file_name).suffix.lower() not in PHOTO_SUFFIXES:
            continue
        try:
            info = _info(row)
            _check_attachment(files_dir, info)
            data: bytes | None = read_stored_bytes(files_dir, info.stored_path)
        except (MeetingError, StoredFileError, OSError):
            data = None
        photos.append(MeetingPhoto(row.description or row.file_name, data))
    return photos


def _check_attachment(files_dir: Path, info: AttachmentInfo) -> None:
    try:
        problem = stored_file_problem(files_dir, info.stored_path, info.sha256, info.file_name)
    except StoredFileError as error:
        raise MeetingError(str(error)) from error
    if problem:
        raise MeetingError(problem)


def attachment_file(files_dir: Path, info: AttachmentInfo) -> Path:
    """The stored file of an attachment, after checking its hash, as the system viewer can open it (a decrypted
    copy when the files are encrypted).

    Raises:
        MeetingError: the file is missing or its content no longer matches the recorded hash.
    """
    _check_attachment(files_dir, info)
    try:
        return viewable_file(files_dir, info.stored_path, info.file_name)
    except StoredFileError as error:
        raise MeetingError(str(error)) from error
