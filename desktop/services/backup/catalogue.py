"""The backup folder as a catalogue: the backups in it, their names, publishing a verified copy, rotation.

Shared by the SQLite backups (:mod:`desktop.services.backup.backup_service`) and the PostgreSQL dumps
(:mod:`desktop.services.backup.postgres_backup`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.domain.atomic_file import atomic_write_bytes, fsync_folder
from desktop.domain.backups import BackupReason, BackupSettings, Dated, backups_to_keep
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.services.backup import manifest as mf
from desktop.services.backup.manifest import Manifest, ManifestFile

log = logging.getLogger(__name__)

BACKUP_FOLDER = "cadangan"

Clock = Callable[[], datetime]


class BackupError(UserError):
    """A backup that cannot be made, read or restored; the message says why in Indonesian."""


def local_now() -> datetime:
    """The current local time with its offset (the default clock)."""
    return datetime.now().astimezone()


@dataclass(frozen=True, slots=True)
class BackupEntry:
    """A backup in a folder, as its manifest describes it."""

    path: Path
    manifest: Manifest

    @property
    def created(self) -> datetime:
        """When the backup was made."""
        return self.manifest.created

    @property
    def rows(self) -> int:
        """Rows in all tables."""
        return sum(self.manifest.counts.values())


@dataclass(slots=True)
class BackupResult:
    """A backup made by :func:`create_backup`.

    Attributes:
        entry: the new backup.
        files_copied: stored files whose content was new to the folder.
        files_reused: stored files already in the folder (not copied again).
        removed: backups the rotation deleted.
        second_copy: the copy in the second folder, if one is set and was reachable.
        warnings: what went wrong without making the backup fail (second folder unreachable), Indonesian.
    """

    entry: BackupEntry
    files_copied: int = 0
    files_reused: int = 0
    removed: list[Path] = field(default_factory=list)
    second_copy: Path | None = None
    warnings: list[str] = field(default_factory=list)


def backup_folder(data_dir: Path, settings: BackupSettings) -> Path:
    """The folder backups go to: the chosen one, else ``cadangan`` in the data folder."""
    return Path(settings.folder).expanduser() if settings.folder else data_dir / BACKUP_FOLDER


def _is_backup_file(path: Path) -> bool:
    return mf.NAME_PATTERN.match(path.name) is not None and path.is_file()


def list_backups(folder: Path) -> list[BackupEntry]:
    """The backups in a folder whose manifest can be read, newest first (nothing is re-verified here)."""
    if not folder.is_dir():
        return []
    entries = []
    for path in folder.iterdir():
        if not _is_backup_file(path):
            continue
        try:
            manifest = Manifest.from_json(mf.manifest_path(path).read_bytes())
        except (OSError, ValueError) as error:
            log.warning("backup %s has no readable manifest: %s", path, error)
            continue
        entries.append(BackupEntry(path, manifest))
    return sorted(entries, key=lambda entry: entry.created, reverse=True)


def last_good_backup(folder: Path) -> BackupEntry | None:
    """The newest backup with its manifest and sidecar in place (each was verified when it was made)."""
    for entry in list_backups(folder):
        if mf.sidecar_path(entry.path).is_file():
            return entry
    return None


def final_path(folder: Path, created: datetime, reason: BackupReason, suffix: str) -> Path:
    for attempt in range(100):
        path = folder / mf.backup_name(created, reason, suffix, attempt)
        if not path.exists():
            return path
    raise BackupError(_("terlalu banyak cadangan pada detik yang sama di {folder}").format(folder=folder))


def publish(temp: Path, final: Path, manifest: Manifest) -> None:
    """Writes the manifest and sidecar, then gives the verified copy its final name (the last step)."""
    raw = manifest.to_json()
    atomic_write_bytes(mf.manifest_path(final), raw)
    sidecar = {
        final.name: manifest.database_sha256,
        mf.manifest_path(final).name: mf.sha256_of(mf.manifest_path(final)),
    }
    atomic_write_bytes(mf.sidecar_path(final), mf.sidecar_text(sidecar))
    os.replace(temp, final)
    fsync_folder(final.parent)


@dataclass(frozen=True, slots=True)
class CheckedCopy:
    """A database copy at its temporary name with what its check found (the input of :func:`finish_backup`).

    Attributes:
        temp: the copy (SQLite file or PostgreSQL dump).
        problems: what its verification found, Indonesian; empty when it is whole.
        backend: ``sqlite`` or ``postgresql``.
        suffix: the final name's suffix (:data:`manifest.SQLITE_SUFFIX`, :data:`manifest.DUMP_SUFFIX`).
        revision: the source's schema revision.
        counts: the source's rows per table.
        files: the stored files the backup carries.
        encrypted: the copy is encrypted with the database key.
    """

    temp: Path
    problems: list[str]
    backend: str
    suffix: str
    revision: list[str]
    counts: dict[str, int]
    files: list[ManifestFile] = field(default_factory=list)
    encrypted: bool = False


def finish_backup(
    folder: Path, copy: CheckedCopy, *, reason: BackupReason, clock: Clock, settings: BackupSettings | None
) -> BackupResult:
    """The tail every backup shares: refused when its check found problems, else its manifest and sidecar are
    written, the copy gets its final name, and the folder is rotated.

    Args:
        folder: the backup folder.
        copy: the checked copy.
        reason: why the backup is made.
        clock: the current local time.
        settings: the rotation to apply afterwards; None to rotate nothing (a restore's safety backup).

    Returns:
        The new backup and what the rotation removed.

    Raises:
        BackupError: the check found problems (the temporary copy is left for the caller to remove).
    """
    if copy.problems:
        raise BackupError(_("Cadangan ditolak: {reasons}.").format(reasons="; ".join(copy.problems)))
    created = clock()
    manifest = Manifest(
        created=created,
        reason=reason,
        backend=copy.backend,
        database_sha256=mf.sha256_of(copy.temp),
        database_size=copy.temp.stat().st_size,
        revision=copy.revision,
        counts=copy.counts,
        files=copy.files,
        encrypted=copy.encrypted,
    )
    final = final_path(folder, created, reason, copy.suffix)
    publish(copy.temp, final, manifest)
    result = BackupResult(BackupEntry(final, manifest))
    if settings is not None:
        result.removed = rotate(folder, settings)
    return result


def remove_backup(path: Path) -> None:
    """Deletes a backup file with its sidecar and manifest (the stored files go when no backup needs them)."""
    for item in (path, mf.sidecar_path(path), mf.manifest_path(path)):
        item.unlink(missing_ok=True)


def rotate(folder: Path, settings: BackupSettings) -> list[Path]:
    """Deletes the backups the rotation does not keep, then stored-file contents no remaining backup needs.

    Returns:
        The backup files deleted.
    """
    entries = list_backups(folder)
    by_dated = {Dated(entry.created, entry.manifest.reason): entry for entry in entries}
    keep = backups_to_keep(list(by_dated), settings.policy)
    removed = []
    for dated, entry in by_dated.items():
        if dated not in keep:
            remove_backup(entry.path)
            removed.append(entry.path)
    needed = {item.sha256 for entry in entries if entry.path not in removed for item in entry.manifest.files}
    blobs = folder / mf.BLOB_FOLDER
    if blobs.is_dir():
        for blob in blobs.glob("*/*"):
            if blob.is_file() and not blob.name.startswith(".") and blob.name not in needed:
                blob.unlink(missing_ok=True)
    return removed
