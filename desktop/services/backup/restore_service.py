"""Restoring a backup: verified again, the current database kept aside as "sebelum pemulihan", then replaced.

The live database must be closed (its engine disposed) before :func:`restore_backup` runs: the window restarts
on the restored data, the command line exits. The current database is first backed up (reason
``sebelum-pemulihan``, verified like any backup) when it can be read, and its file is in any case moved, with its
``-wal`` and ``-shm``, into ``sebelum-pemulihan/`` in the data folder. Stored files missing or different in the
data folder are put back from the backup; files the backup does not know are left alone (nothing is lost), brought
to the restored database's key (sealed, re-wrapped or opened).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from db.engine import engine_key
from db.sqlite_copy import inspect_sqlite_file
from desktop.domain.atomic_file import fsync_folder
from desktop.domain.backups import BackupReason, BackupSettings
from desktop.domain.i18n import _
from desktop.services import file_cipher
from desktop.services.backup import manifest as mf
from desktop.services.backup.backup_service import FILES_FOLDER, _copy_atomically, create_backup, verify_backup
from desktop.services.backup.catalogue import BackupError, Clock, local_now
from desktop.services.tasks import TaskControl

log = logging.getLogger(__name__)

ASIDE_FOLDER = "sebelum-pemulihan"


@dataclass(slots=True)
class RestoreResult:
    """What :func:`restore_backup` did.

    Attributes:
        restored_from: the backup.
        counts: rows per table of the restored database.
        kept_aside: where the previous database file now is (None when there was none).
        safety_backup: the verified backup of the previous database, when it could be made.
        files_restored: stored files put back into the data folder.
    """

    restored_from: Path
    counts: dict[str, int]
    kept_aside: Path | None = None
    safety_backup: Path | None = None
    files_restored: int = 0
    warnings: list[str] = field(default_factory=list)


def _move_aside(database: Path, data_dir: Path, stamp: str) -> Path | None:
    if not database.exists():
        return None
    folder = data_dir / ASIDE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / f"{database.stem}-{stamp}{database.suffix}"
    for suffix in ("-wal", "-shm", ""):
        source = database.with_name(database.name + suffix)
        if source.exists():
            os.replace(source, aside.with_name(aside.name + suffix))
    fsync_folder(folder)
    return aside


def _restore_files(backup: Path, data_dir: Path, control: TaskControl) -> int:
    check_manifest = mf.Manifest.from_json(mf.manifest_path(backup).read_bytes())
    files_dir = data_dir / FILES_FOLDER
    restored = 0
    for number, item in enumerate(check_manifest.files, start=1):
        control.report(number, len(check_manifest.files), _("Memulihkan berkas tersimpan"))
        target = files_dir / item.path
        if target.is_file() and target.stat().st_size == item.size and mf.sha256_of(target) == item.sha256:
            continue
        _copy_atomically(mf.blob_path(backup.parent, item.sha256), target)
        restored += 1
    return restored


def restore_backup(
    engine: Engine,
    data_dir: Path,
    backup: Path,
    *,
    settings: BackupSettings | None = None,
    control: TaskControl | None = None,
    clock: Clock = local_now,
    key: bytes | None = None,
) -> RestoreResult:
    """Replaces the SQLite database (and missing stored files) with a verified backup.

    Args:
        engine: the engine of the live database; it is disposed here and must not be used afterwards.
        data_dir: the data folder.
        backup: the backup's database file.
        settings: where the safety backup of the current database goes.
        control: progress.
        clock: the current local time.
        key: the SQLCipher key of an encrypted backup; the live engine's key when None.

    Returns:
        What was restored and where the previous database went.

    Raises:
        BackupError: the backup does not verify, is not a SQLite backup, or the database is not a file.
    """
    control = control or TaskControl()
    if engine.dialect.name != "sqlite" or not engine.url.database:
        raise BackupError(
            _("Pemulihan otomatis hanya untuk database SQLite; pulihkan PostgreSQL dengan pg_restore di server.")
        )
    control.report(0, 0, _("Memeriksa cadangan"))
    key = key if key is not None else engine_key(engine)
    check = verify_backup(backup, key)
    if not check.ok or check.manifest is None:
        raise BackupError(
            _("Cadangan {name} rusak, tidak dipulihkan: {reasons}.").format(
                name=backup.name, reasons="; ".join(check.problems)
            )
        )
    if check.manifest.backend != "sqlite":
        raise BackupError(_("Cadangan {name} bukan cadangan SQLite.").format(name=backup.name))
    database = Path(engine.url.database)
    current_key = engine_key(engine)
    result = RestoreResult(restored_from=backup, counts=check.manifest.counts)
    try:
        result.safety_backup = create_backup(
            engine,
            data_dir,
            reason=BackupReason.BEFORE_RESTORE,
            settings=settings,
            control=control,
            clock=clock,
            rotation=False,
        ).entry.path
    except BackupError as error:  # a damaged database is the usual reason for a restore: keep its file anyway
        log.warning("no safety backup before restore: %s", error)
        result.warnings.append(str(error))
    engine.dispose()
    handle, temp_name = tempfile.mkstemp(prefix=f".{database.name}.", suffix=".tmp", dir=database.parent)
    os.close(handle)
    try:
        control.report(0, 0, _("Memulihkan database"))
        shutil.copyfile(backup, temp_name)
        with open(temp_name, "rb+") as stream:
            os.fsync(stream.fileno())
        if mf.sha256_of(Path(temp_name)) != check.manifest.database_sha256:
            raise BackupError(_("Salinan cadangan rusak saat dipulihkan; database tidak diubah."))
        result.kept_aside = _move_aside(database, data_dir, clock().strftime("%Y%m%d-%H%M%S"))
        os.replace(temp_name, database)
        fsync_folder(database.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    result.files_restored = _restore_files(backup, data_dir, control)
    restored_key = key if check.manifest.encrypted else None
    try:  # the files the backup did not know follow the restored database's key
        file_cipher.convert_folder(data_dir / FILES_FOLDER, current_key, restored_key)
    except file_cipher.FileCipherError as error:
        log.warning("stored files not converted after restore: %s", error)
        result.warnings.append(_("Sebagian berkas tersimpan dienkripsi dengan kunci lain dan tidak diubah."))
    result.counts = inspect_sqlite_file(database, restored_key).counts
    log.info("restored %s from %s; previous database kept at %s", database, backup, result.kept_aside)
    return result
