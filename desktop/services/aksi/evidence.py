"""Evidence documents (*data dukung*) of an action: files copied into the data folder with their SHA-256, and
meetings that count as evidence.

A file is copied to ``files/aksi/<year>/<first 16 hex of the hash>-<name>`` by :mod:`desktop.services.stored_files`
(temporary name, fsync, hash check, rename), so an interrupted copy never leaves a half file under the final name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from db.base import utc_now
from db.models.aksi import AksiEvidence, AksiProgress
from db.repositories import aksi_repository as repo
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.services.stored_files import (
    StoredFile,
    StoredFileError,
    check_stored_content,
    remove_unreferenced,
    store_file,
    stored_file_path,
    stored_file_problem,
    viewable_file,
)
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import one_session, reading, unit_of_work

MAX_EVIDENCE_BYTES = 200 * 1024 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9._\- ]+")


class EvidenceError(UserError):
    """An evidence document that cannot be stored; the message says why in Indonesian."""


@dataclass(frozen=True, slots=True)
class EvidenceInfo:
    """An evidence document as lists show it."""

    id: int
    uuid: str
    evidence_code: str
    title: str
    original_name: str
    stored_path: str
    sha256: str
    size_bytes: int
    meeting_uuid: str | None

    @property
    def is_meeting(self) -> bool:
        """True for a meeting linked as evidence (no file)."""
        return self.meeting_uuid is not None


def _info(row: AksiEvidence) -> EvidenceInfo:
    return EvidenceInfo(
        row.id,
        row.uuid,
        row.evidence_code,
        row.title,
        row.original_name,
        row.stored_path,
        row.sha256,
        row.size_bytes,
        row.meeting_uuid,
    )


def _safe_name(name: str) -> str:
    stem = _UNSAFE.sub("_", name).strip(" ._") or "berkas"
    return stem[-80:]


def add_evidence_file(
    session_factory: sessionmaker[Session],
    files_dir: Path,
    progress_id: int,
    source: Path,
    *,
    title: str = "",
    evidence_code: str = "",
    control: TaskControl | None = None,
) -> EvidenceInfo:
    """Copies a file into the data folder and records it as evidence of an action.

    Args:
        session_factory: the session factory.
        files_dir: the data folder's ``files`` folder.
        progress_id: the action's yearly progress row.
        source: the file chosen by the user.
        title: what the document is (the file name when empty).
        evidence_code: the evidence checklist item it fulfils (may be empty).
        control: progress and cancellation of the copy.

    Raises:
        EvidenceError: unreadable, empty or too large file, unknown action, or the same file already attached.
    """
    if not source.is_file() and not source.is_symlink():
        raise EvidenceError(_("Berkas {source} tidak ditemukan.").format(source=source))
    try:  # the same content rule as meeting attachments: the type its name says, not a link (empty: see below)
        if source.is_symlink() or source.stat().st_size:
            check_stored_content(source)
    except StoredFileError as error:
        raise EvidenceError(str(error)) from error
    with one_session(session_factory) as session:  # a check, the copy outside any transaction, the record
        progress = session.get(AksiProgress, progress_id)
        if progress is None:
            raise EvidenceError(_("data aksi {progress_id} tidak ditemukan").format(progress_id=progress_id))
        year = progress.year
        existing = evidence_hashes(session, progress_id)
        session.rollback()  # the check only read: end it, so the copy holds no transaction
        stored = copy_evidence(files_dir, year, source, existing, control)
        try:
            with session.begin():  # the record: the one write, committed once
                return record_evidence(session, progress_id, stored, source, title, evidence_code)
        except BaseException:
            remove_unreferenced(files_dir, stored)
            raise


def evidence_hashes(session: Session, progress_id: int) -> dict[str, str]:
    """SHA-256 to title of the files already attached to an action (a file is attached once)."""
    return {row.sha256: row.title for row in repo.evidence_of(session, progress_id) if row.sha256}


def copy_evidence(
    files_dir: Path, year: int, source: Path, existing: dict[str, str], control: TaskControl | None
) -> StoredFile:
    """Copies an evidence file into the data folder (no database work: runs outside any transaction).

    Raises:
        EvidenceError: unreadable, empty or too large file, or the same file already attached.
    """

    def accept(sha: str, size: int) -> None:
        if size == 0:
            raise EvidenceError(_("Berkas {name} kosong.").format(name=source.name))
        if sha in existing:
            raise EvidenceError(
                _("Berkas yang sama sudah dilampirkan sebagai '{existing}'.").format(existing=existing[sha])
            )

    safe = _safe_name(source.name)
    try:
        return store_file(
            files_dir,
            f"aksi/{year}",
            source,
            lambda sha: f"{sha[:16]}-{safe}",
            max_bytes=MAX_EVIDENCE_BYTES,
            accept=accept,
            control=control,
        )
    except StoredFileError as error:
        raise EvidenceError(str(error)) from error


def record_evidence(
    session: Session, progress_id: int, stored: StoredFile, source: Path, title: str, evidence_code: str
) -> EvidenceInfo:
    """Records a copied file as evidence of an action, in the caller's transaction."""
    row = AksiEvidence(
        progress_id=progress_id,
        evidence_code=evidence_code,
        title=(title or source.stem).strip()[:200],
        original_name=source.name[:260],
        stored_path=stored.relative_path,
        sha256=stored.sha256,
        size_bytes=stored.size,
    )
    session.add(row)
    session.flush()
    return _info(row)


def add_meeting_evidence(
    session_factory: sessionmaker[Session], progress_id: int, meeting_uuid: str, title: str, evidence_code: str = ""
) -> EvidenceInfo:
    """Records a meeting (e.g. the Rembuk Stunting for Aksi 3) as evidence of an action.

    Raises:
        EvidenceError: unknown action, or the meeting is already linked.
    """
    with unit_of_work(session_factory) as session:
        return add_meeting_evidence_in(session, progress_id, meeting_uuid, title, evidence_code)


def add_meeting_evidence_in(
    session: Session, progress_id: int, meeting_uuid: str, title: str, evidence_code: str = ""
) -> EvidenceInfo:
    """:func:`add_meeting_evidence` inside an open unit of work."""
    if session.get(AksiProgress, progress_id) is None:
        raise EvidenceError(_("data aksi {progress_id} tidak ditemukan").format(progress_id=progress_id))
    if any(row.meeting_uuid == meeting_uuid for row in repo.evidence_of(session, progress_id)):
        raise EvidenceError(_("Rapat ini sudah menjadi data dukung aksi ini."))
    row = AksiEvidence(
        progress_id=progress_id, evidence_code=evidence_code, title=title[:200], meeting_uuid=meeting_uuid
    )
    session.add(row)
    session.flush()
    return _info(row)


def list_evidence(session_factory: sessionmaker[Session], progress_id: int) -> list[EvidenceInfo]:
    """Returns the evidence documents of an action's yearly progress."""
    with reading(session_factory) as session:
        return [_info(row) for row in repo.evidence_of(session, progress_id)]


def _stored_path(files_dir: Path, evidence: EvidenceInfo) -> Path:
    if evidence.is_meeting or not evidence.stored_path:
        raise EvidenceError(_("Data dukung ini berupa rapat, bukan berkas."))
    try:
        return stored_file_path(files_dir, evidence.stored_path)
    except StoredFileError as error:
        raise EvidenceError(_("Lokasi berkas data dukung tidak sah.")) from error


def evidence_file(files_dir: Path, evidence: EvidenceInfo) -> Path:
    """Returns the stored file of an evidence document as the system viewer can open it (a decrypted copy when the
    files are encrypted; the stored path itself when it is missing).

    Raises:
        EvidenceError: a meeting link (no file), a path outside the files folder, or an encrypted file that does
            not open.
    """
    _stored_path(files_dir, evidence)
    try:
        return viewable_file(files_dir, evidence.stored_path, evidence.original_name)
    except StoredFileError as error:
        raise EvidenceError(str(error)) from error


def verify_evidence(files_dir: Path, evidence: EvidenceInfo) -> str | None:
    """Checks a stored file against its recorded hash.

    Returns:
        None when intact, else the problem in Indonesian (missing or changed file).
    """
    _stored_path(files_dir, evidence)  # a meeting link or a path outside the folder is refused here
    return stored_file_problem(files_dir, evidence.stored_path, evidence.sha256, evidence.original_name)


def remove_evidence(session_factory: sessionmaker[Session], evidence_id: int) -> None:
    """Soft-deletes an evidence document (the stored file is kept, the deletion audited)."""
    with unit_of_work(session_factory) as session:
        row = session.get(AksiEvidence, evidence_id)
        if row is not None and row.deleted_at is None:
            row.deleted_at = utc_now()
