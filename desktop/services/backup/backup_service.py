"""Making a verified backup, checking one, listing them and rotating the folder.

A backup only counts once it is proven whole: the database is copied with SQLite's online backup API to a
temporary name in the backup folder, the copy is opened read-only and must pass ``PRAGMA integrity_check`` and
``PRAGMA foreign_key_check`` and show the same row count per table and the same schema revision as the source;
the stored files are added by hash (a content already in the folder is not copied again); the manifest and the
SHA-256 sidecar are written; the copy gets its final name last. A process killed at any point leaves at most a
temporary ``.*.tmp`` file, never a final name (those are cleared at the next backup).

Typical use::

    result = create_backup(engine, data_dir, reason=BackupReason.MANUAL)
    check = verify_backup(result.entry.path)
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from db.engine import engine_key
from db.sqlite_copy import copy_sqlite, inspect_sqlite_file, source_facts
from desktop.domain.atomic_file import fsync_folder
from desktop.domain.backups import BackupReason, BackupSettings
from desktop.domain.i18n import _
from desktop.services.backup import manifest as mf
from desktop.services.backup.catalogue import (
    BackupEntry,
    BackupError,
    BackupResult,
    CheckedCopy,
    Clock,
    backup_folder,
    finish_backup,
    last_good_backup,
    local_now,
    publish,
    rotate,
)
from desktop.services.backup.manifest import Manifest, ManifestFile
from desktop.services.backup.postgres_backup import check_dump, create_postgres_backup
from desktop.services.os_errors import describe_os_error
from desktop.services.tasks import TaskControl

log = logging.getLogger(__name__)

FILES_FOLDER = "files"
# Temporary files older than this are left-overs of an interrupted backup and are removed.
STALE_TEMP_SECONDS = 3600


@dataclass(slots=True)
class BackupCheck:
    """The result of :func:`verify_backup`; ``problems`` are Indonesian sentences, empty when whole."""

    path: Path
    problems: list[str] = field(default_factory=list)
    manifest: Manifest | None = None

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems


def _check_hashes(path: Path, check: BackupCheck) -> Manifest | None:
    sidecar = mf.sidecar_path(path)
    manifest_file = mf.manifest_path(path)
    try:
        hashes = mf.read_sidecar(sidecar)
    except (OSError, ValueError):
        check.problems.append(_("berkas sidik SHA-256 {name} tidak ada atau tidak sah").format(name=sidecar.name))
        return None
    for target in (path, manifest_file):
        try:
            actual = mf.sha256_of(target)
        except OSError as error:
            check.problems.append(describe_os_error(error))
            return None
        if hashes.get(target.name) != actual:
            check.problems.append(
                _("{name} telah berubah atau rusak (hash SHA-256 tidak cocok)").format(name=target.name)
            )
    if check.problems:
        return None
    try:
        return Manifest.from_json(manifest_file.read_bytes())
    except ValueError:
        check.problems.append(_("manifes {name} tidak dapat dibaca").format(name=manifest_file.name))
        return None


def _check_files(folder: Path, manifest: Manifest, check: BackupCheck) -> None:
    for item in manifest.files:
        blob = mf.blob_path(folder, item.sha256)
        if not blob.is_file():
            check.problems.append(_("berkas tersimpan {path} tidak ada di cadangan").format(path=item.path))
        elif mf.sha256_of(blob) != item.sha256:
            check.problems.append(
                _("berkas tersimpan {path} di cadangan rusak (hash SHA-256 tidak cocok)").format(path=item.path)
            )


def compare_copy(path: Path, counts: dict[str, int], revision: list[str], key: bytes | None = None) -> list[str]:
    """Opens a database copy read-only (with its SQLCipher key if any) and compares it with what the source had.

    Returns:
        The problems in Indonesian; empty when the copy is whole and equal.
    """
    report = inspect_sqlite_file(path, key)
    if not report.readable:
        return [_("salinan database tidak dapat dibaca: {error}").format(error=report.error)]
    problems = []
    if report.integrity != ["ok"]:
        problems.append(
            _("pemeriksaan integritas salinan gagal: {detail}").format(detail=" ".join(report.integrity)[:200])
        )
    if report.foreign_key_violations:
        problems.append(_("{count} baris salinan melanggar foreign key").format(count=report.foreign_key_violations))
    if report.revision != revision:
        problems.append(
            _("revisi skema salinan {copy} berbeda dari {source}").format(
                copy=", ".join(report.revision) or "-", source=", ".join(revision) or "-"
            )
        )
    differing = sorted(name for name in set(counts) | set(report.counts) if counts.get(name) != report.counts.get(name))
    if differing:
        problems.append(_("jumlah baris salinan berbeda pada tabel {tables}").format(tables=", ".join(differing[:5])))
    return problems


def verify_backup(path: Path, key: bytes | None = None) -> BackupCheck:
    """Checks a backup completely: sidecar hashes, manifest, database integrity, counts, revision, stored files.

    Args:
        path: the backup's database file (``konvergensi-....sqlite3``).
        key: the SQLCipher key, needed to look inside an encrypted backup.

    Returns:
        The findings; ``ok`` is False when anything is missing or damaged.
    """
    check = BackupCheck(path)
    if not path.is_file():
        check.problems.append(_("cadangan {path} tidak ditemukan").format(path=path))
        return check
    manifest = _check_hashes(path, check)
    if manifest is None:
        return check
    check.manifest = manifest
    if manifest.backend == "sqlite" and manifest.encrypted and key is None:
        check.problems.append(
            _("cadangan terenkripsi: berikan frasa sandi atau kunci pemulihan untuk memeriksa isinya")
        )
    elif manifest.backend == "sqlite":
        check.problems += compare_copy(path, manifest.counts, manifest.revision, key if manifest.encrypted else None)
    else:
        check.problems += check_dump(path)
    _check_files(path.parent, manifest, check)
    return check


def _clear_stale_temporaries(folder: Path, now: float) -> None:
    for path in folder.glob(".*.tmp*"):  # with the -journal SQLite may leave beside it
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > STALE_TEMP_SECONDS:
                path.unlink()


def _previous_hashes(folder: Path) -> dict[tuple[str, int, int], str]:
    newest = last_good_backup(folder)
    if newest is None:
        return {}
    return {(item.path, item.size, item.mtime_ns): item.sha256 for item in newest.manifest.files}


def _copy_atomically(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        shutil.copyfile(source, temp_name)
        with open(temp_name, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    fsync_folder(target.parent)


def store_files(files_dir: Path, folder: Path, control: TaskControl) -> tuple[list[ManifestFile], int]:
    """Adds the data folder's stored files to the backup folder's blob store by hash.

    Returns:
        The manifest entries, and how many contents were new to the folder (copied).
    """
    if not files_dir.is_dir():
        return [], 0
    known = _previous_hashes(folder)
    sources = sorted(path for path in files_dir.rglob("*") if path.is_file() and not path.name.endswith(".tmp"))
    entries: list[ManifestFile] = []
    copied = 0
    for number, source in enumerate(sources, start=1):
        control.check()
        control.report(number, len(sources), _("Mencadangkan berkas tersimpan"))
        stat = source.stat()
        relative = source.relative_to(files_dir).as_posix()
        sha = known.get((relative, stat.st_size, stat.st_mtime_ns)) or mf.sha256_of(source)
        blob = mf.blob_path(folder, sha)
        if not (blob.is_file() and blob.stat().st_size == stat.st_size):
            _copy_atomically(source, blob)
            if mf.sha256_of(blob) != sha:
                blob.unlink(missing_ok=True)
                raise BackupError(_("berkas {path} berubah saat dicadangkan; ulangi pencadangan").format(path=relative))
            copied += 1
        entries.append(ManifestFile(relative, sha, stat.st_size, stat.st_mtime_ns))
    return entries, copied


def _sqlite_copy(engine: Engine, folder: Path, control: TaskControl) -> CheckedCopy:
    """The database copied with the online backup API to a temporary name in ``folder``, and checked."""
    handle, temp_name = tempfile.mkstemp(prefix=".konvergensi-", suffix=".tmp", dir=folder)
    os.close(handle)
    temp = Path(temp_name)
    temp.unlink()  # the backup API creates the file itself

    def step(done: int, total: int) -> None:
        control.check()
        control.report(done, total, _("Menyalin database"))

    try:
        copy_sqlite(engine, temp, step)
        counts, revision = source_facts(engine)
        key = engine_key(engine)
        problems = compare_copy(temp, counts, revision, key)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return CheckedCopy(temp, problems, "sqlite", mf.SQLITE_SUFFIX, revision, counts, encrypted=key is not None)


def create_backup(
    engine: Engine,
    data_dir: Path,
    *,
    reason: BackupReason = BackupReason.MANUAL,
    settings: BackupSettings | None = None,
    target: Path | None = None,
    control: TaskControl | None = None,
    clock: Clock = local_now,
    rotation: bool = True,
) -> BackupResult:
    """Makes a verified backup of the database and the stored files, then rotates the folder.

    Args:
        engine: the live database (SQLite; PostgreSQL goes through :mod:`desktop.services.backup.postgres_backup`).
        data_dir: the data folder (its ``files`` folder holds the stored files).
        reason: why the backup is made.
        settings: folder, second folder and rotation; the defaults when None.
        target: a folder to use instead of the configured one (``backup create --to``).
        control: progress and cancellation (a cancelled backup leaves nothing with a final name).
        clock: the current local time (tests pass their own).
        rotation: rotate the folder afterwards (a restore does not, so the backup it restores from stays).

    Returns:
        What was made and removed.

    Raises:
        BackupError: the copy failed verification, or the folder cannot be written.
    """
    settings = settings or BackupSettings()
    control = control or TaskControl()
    folder = target or backup_folder(data_dir, settings)
    if engine.dialect.name != "sqlite":
        result: BackupResult = create_postgres_backup(
            engine, folder, reason=reason, settings=settings, control=control, clock=clock
        )
        return result
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _clear_stale_temporaries(folder, time.time())
        copy = _sqlite_copy(engine, folder, control)
        copied = 0
        try:
            if not copy.problems:  # a refused copy does not need the stored files
                files, copied = store_files(data_dir / FILES_FOLDER, folder, control)
                copy.files.extend(files)
            result = finish_backup(folder, copy, reason=reason, clock=clock, settings=None)
        except BaseException:
            copy.temp.unlink(missing_ok=True)
            raise
    except OSError as error:
        raise BackupError(
            _("Cadangan tidak dapat dibuat di {folder}: {reason}").format(
                folder=folder, reason=describe_os_error(error)
            )
        ) from error
    result.files_copied, result.files_reused = copied, len(copy.files) - copied
    if rotation:
        result.removed = rotate(folder, settings)
    if target is None and settings.second_folder:
        _copy_to_second_folder(result, Path(settings.second_folder).expanduser(), settings, engine_key(engine))
    log.info("backup %s made (%s), %d stored files copied", result.entry.path, reason, copied)
    return result


def copy_backup(entry: BackupEntry, folder: Path, key: bytes | None = None) -> Path:
    """Copies a backup with its manifest, sidecar and the stored files it needs into another folder, verified.

    Returns:
        The copy's path.

    Raises:
        BackupError: the copy in the other folder does not verify.
        OSError: the folder cannot be written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for item in entry.manifest.files:
        blob = mf.blob_path(folder, item.sha256)
        if not blob.is_file():
            _copy_atomically(mf.blob_path(entry.path.parent, item.sha256), blob)
    final = folder / entry.path.name
    handle, temp_name = tempfile.mkstemp(prefix=".konvergensi-", suffix=".tmp", dir=folder)
    os.close(handle)
    temp = Path(temp_name)
    try:
        shutil.copyfile(entry.path, temp)
        with temp.open("rb+") as stream:
            os.fsync(stream.fileno())
        publish(temp, final, entry.manifest)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    check = verify_backup(final, key)
    if not check.ok:
        raise BackupError(
            _("Salinan cadangan di {folder} rusak: {reasons}.").format(folder=folder, reasons="; ".join(check.problems))
        )
    return final


def _copy_to_second_folder(result: BackupResult, second: Path, settings: BackupSettings, key: bytes | None) -> None:
    try:
        result.second_copy = copy_backup(result.entry, second, key)
        rotate(second, settings)
    except (OSError, BackupError) as error:
        message = describe_os_error(error) if isinstance(error, OSError) else str(error)
        log.warning("second backup folder %s not written: %s", second, message)
        result.warnings.append(
            _("Salinan ke folder kedua {folder} tidak dibuat: {reason}").format(folder=second, reason=message)
        )
