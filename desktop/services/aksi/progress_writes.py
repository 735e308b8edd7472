"""Writing an action's yearly progress: starting a year or an action (creating its progress row), saving its
schedule, status and assessment, and its output documents. Every write goes through the ORM, so the audit trail
records it. Reading (:mod:`desktop.services.aksi.progress`) never writes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.base import utc_now
from db.models.aksi import AksiOutput, AksiProgress
from desktop.domain.aksi.codes import DONE_STATUSES, AksiStatus
from desktop.domain.aksi.records import AksiRow
from desktop.domain.i18n import N_, _
from desktop.services.aksi.evidence import EvidenceError, EvidenceInfo, copy_evidence, evidence_hashes, record_evidence
from desktop.services.aksi.frameworks import ensure_shipped_frameworks_in, framework_for_year
from desktop.services.aksi.progress import (
    OutputInfo,
    ProgressError,
    ProgressUpdate,
    default_schedule,
    months_of,
    read_detail,
)
from desktop.services.concurrency import ConcurrentEditError, conflict_in
from desktop.services.stored_files import remove_unreferenced
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import one_session, unit_of_work


def _get_or_create(session: Session, year: int, number: int) -> AksiProgress:
    framework = framework_for_year(session, year)
    action = None if framework is None else next((a for a in framework.actions if a.number == number), None)
    if framework is None or action is None:
        raise ProgressError(_("aksi {number} tidak ada dalam kerangka tahun {year}").format(number=number, year=year))
    progress = session.scalar(
        select(AksiProgress).where(
            AksiProgress.year == year,
            AksiProgress.framework_code == framework.code,
            AksiProgress.action_number == number,
        )
    )
    if progress is not None:
        if progress.deleted_at is not None:
            progress.deleted_at = None
        return progress
    start, end = default_schedule(year, months_of(action.usual_months))
    progress = AksiProgress(
        year=year,
        framework_code=framework.code,
        action_number=number,
        action_id=action.id,
        action=action,
        planned_start=start,
        planned_end=end,
        responsible_opd=action.responsible_opd,
    )
    session.add(progress)
    return progress


def start_action(session_factory: sessionmaker[Session], year: int, number: int) -> int:
    """Creates (or returns) the progress row of one action in one year, e.g. before attaching evidence to it.

    Planned dates start from the action's usual months; the responsible OPD from the framework.

    Raises:
        ProgressError: the year's framework has no such action.
    """
    with unit_of_work(session_factory) as session:
        ensure_shipped_frameworks_in(session)
        progress = _get_or_create(session, year, number)
        session.flush()
        return progress.id


def add_action_evidence_file(
    session_factory: sessionmaker[Session],
    files_dir: Path,
    year: int,
    number: int,
    source: Path,
    *,
    title: str = "",
    evidence_code: str = "",
    control: TaskControl | None = None,
) -> tuple[int, EvidenceInfo]:
    """Attaches a file to an action of a year that may have no progress row yet; the row is created with the record.

    One session, one commit: the check, the copy outside any transaction, then the progress row and the record
    (see :func:`~desktop.services.aksi.evidence.add_evidence_file`).

    Returns:
        The progress row's id and the recorded evidence.

    Raises:
        ProgressError: the year's framework has no such action.
        EvidenceError: unreadable, empty or too large file, or the same file already attached.
    """
    if not source.is_file():
        raise EvidenceError(_("Berkas {source} tidak ditemukan.").format(source=source))
    with one_session(session_factory) as session:  # a check, the copy outside any transaction, the record
        ensure_shipped_frameworks_in(session)
        progress = _get_or_create(session, year, number)  # refuses an unknown action before the copy
        existing = evidence_hashes(session, progress.id) if progress.id is not None else {}
        session.rollback()  # the check writes nothing: a new row is made with the record below
        stored = copy_evidence(files_dir, year, source, existing, control)
        try:
            with session.begin():  # the progress row (when new) and the record: the one write, committed once
                ensure_shipped_frameworks_in(session)
                progress = _get_or_create(session, year, number)
                session.flush()
                return progress.id, record_evidence(session, progress.id, stored, source, title, evidence_code)
        except BaseException:
            remove_unreferenced(files_dir, stored)
            raise


def start_year(session_factory: sessionmaker[Session], year: int) -> int:
    """Creates the progress rows of every action of the year's framework that has none yet (an explicit
    "start the year"; listing a year never creates rows).

    Returns:
        The number of rows created (0 when the year has no framework).
    """
    with unit_of_work(session_factory) as session:
        ensure_shipped_frameworks_in(session)
        framework = framework_for_year(session, year)
        if framework is None:
            return 0
        existing = set(
            session.scalars(
                select(AksiProgress.action_number)
                .where(AksiProgress.year == year)
                .where(AksiProgress.framework_code == framework.code)
            )
        )
        for action in framework.actions:
            if action.number not in existing:
                _get_or_create(session, year, action.number)
        return len([a for a in framework.actions if a.number not in existing])


def _validate(update: ProgressUpdate) -> None:
    if AksiStatus.of(update.status) is None:
        raise ProgressError(_("status '{status}' tidak dikenal").format(status=update.status))
    if update.planned_start and update.planned_end and update.planned_end < update.planned_start:
        raise ProgressError(_("Tanggal selesai rencana lebih awal dari tanggal mulai rencana."), "planned_end")
    if update.actual_start and update.actual_end and update.actual_end < update.actual_start:
        raise ProgressError(_("Tanggal selesai realisasi lebih awal dari tanggal mulai realisasi."), "actual_end")
    if update.status in DONE_STATUSES and update.actual_end is None:
        raise ProgressError(
            _("Status '{status}' memerlukan tanggal selesai realisasi.").format(
                status=AksiStatus.label_of(update.status)
            )
        )
    if update.status == AksiStatus.BELUM_MULAI and update.actual_start is not None:
        raise ProgressError(_("Aksi yang sudah punya tanggal mulai realisasi tidak berstatus 'Belum mulai'."))


PROGRESS_LABELS = {
    "status": N_("Status"),
    "planned_start": N_("Rencana mulai"),
    "planned_end": N_("Rencana selesai"),
    "actual_start": N_("Realisasi mulai"),
    "actual_end": N_("Realisasi selesai"),
    "responsible_opd": N_("OPD penanggung jawab"),
    "responsible_person": N_("Petugas"),
    "self_score": N_("Nilai mandiri"),
    "self_assessment": N_("Penilaian mandiri"),
    "province_score": N_("Nilai provinsi"),
    "province_notes": N_("Catatan provinsi"),
    "remarks": N_("Keterangan"),
}


class ProgressConflictError(ConcurrentEditError, ProgressError):
    """An action's progress saved by someone else since the editor opened it (a :class:`ProgressError` too)."""


def _shown_progress(name: str, value: object) -> str:
    if name == "status":
        return AksiStatus.label_of(str(value or ""))
    return value.isoformat() if isinstance(value, date) else str(value or "").strip()


def _apply(session: Session, progress: AksiProgress, update: ProgressUpdate, row_version: int | None) -> None:
    mine = {name: getattr(update, name) for name in ProgressUpdate.__dataclass_fields__}
    conflict = conflict_in(
        session,
        progress,
        row_version,
        mine,
        what=_("Data aksi ini"),
        labels={name: _(label) for name, label in PROGRESS_LABELS.items()},
        shown=_shown_progress,
        error=ProgressConflictError,
    )
    if conflict is not None:
        raise conflict
    for name in ProgressUpdate.__dataclass_fields__:
        value = getattr(update, name)
        setattr(progress, name, value.strip() if isinstance(value, str) else value)


def save_progress(
    session_factory: sessionmaker[Session], progress_id: int, update: ProgressUpdate, row_version: int | None = None
) -> AksiRow:
    """Saves the editable fields of an action's yearly progress (each changed field is audited).

    Args:
        session_factory: the session factory.
        progress_id: the progress row.
        update: the new values.
        row_version: the version the editor started from; a different stored version means someone else saved
            in between and the edit is refused.

    Raises:
        ProgressError: invalid values, unknown row or a concurrent change.
    """
    with unit_of_work(session_factory) as session:
        return _save_progress(session, progress_id, update, row_version)


def _save_progress(session: Session, progress_id: int, update: ProgressUpdate, row_version: int | None) -> AksiRow:
    _validate(update)
    progress = session.get(AksiProgress, progress_id)
    if progress is None or progress.deleted_at is not None:
        raise ProgressError(_("data aksi {progress_id} tidak ditemukan").format(progress_id=progress_id))
    _apply(session, progress, update, row_version)
    session.flush()
    return read_detail(session, progress_id).row  # the saved row, read in the same unit of work


def save_action_progress(
    session_factory: sessionmaker[Session],
    year: int,
    number: int,
    update: ProgressUpdate,
    row_version: int | None = None,
) -> AksiRow:
    """Saves an action's progress in a year, creating its progress row in the same transaction when needed.

    Args:
        session_factory: the session factory.
        year: the year.
        number: the action number in the year's framework.
        update: the new values.
        row_version: the version the editor started from (0 for a planned row that had no progress yet).

    Raises:
        ProgressError: invalid values, unknown action or a concurrent change.
    """
    _validate(update)
    with unit_of_work(session_factory) as session:
        ensure_shipped_frameworks_in(session)
        progress = _get_or_create(session, year, number)
        if progress.id is None:  # new: one audited creation with the saved values
            _apply(session, progress, update, None)
        else:  # someone created it meanwhile; a planned editor (version 0) may only save over an untouched row
            _apply(session, progress, update, 1 if row_version == 0 else row_version)
        session.flush()
        return read_detail(session, progress.id).row  # the saved row, read in the same unit of work


def set_status(session_factory: sessionmaker[Session], progress_id: int, status: str, on: date) -> AksiRow:
    """Moves an action to a status, filling the actual start/end date with ``on`` when it is still empty."""
    with unit_of_work(session_factory) as session:
        values = read_detail(session, progress_id).values
        values.status = status
        if status != AksiStatus.BELUM_MULAI and values.actual_start is None:
            values.actual_start = on
        if status in DONE_STATUSES and values.actual_end is None:
            values.actual_end = max(on, values.actual_start or on)
        return _save_progress(session, progress_id, values, None)


def save_output(
    session_factory: sessionmaker[Session],
    progress_id: int,
    output: OutputInfo,
) -> int:
    """Adds an output document (``output.id`` 0) or updates one; returns its id.

    Raises:
        ProgressError: no name, or unknown ids.
    """
    if not output.name.strip():
        raise ProgressError(_("Nama dokumen keluaran wajib diisi."), "name")
    with unit_of_work(session_factory) as session:
        if session.get(AksiProgress, progress_id) is None:
            raise ProgressError(_("data aksi {progress_id} tidak ditemukan").format(progress_id=progress_id))
        row = AksiOutput(progress_id=progress_id) if output.id == 0 else session.get(AksiOutput, output.id)
        if row is None or row.progress_id != progress_id:
            raise ProgressError(_("dokumen keluaran {id} tidak ditemukan").format(id=output.id))
        row.template_code = output.template_code
        row.name = output.name.strip()
        row.document_number = output.document_number.strip()
        row.document_date = output.document_date
        row.notes = output.notes.strip()
        session.add(row)
        session.flush()
        return row.id


def delete_output(session_factory: sessionmaker[Session], output_id: int) -> None:
    """Soft-deletes an output document (audited as a deletion)."""
    with unit_of_work(session_factory) as session:
        row = session.get(AksiOutput, output_id)
        if row is not None and row.deleted_at is None:
            row.deleted_at = utc_now()
