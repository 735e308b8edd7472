"""The backups nobody has to remember: before every schema migration, before an exchange import that changes more
than :data:`LARGE_IMPORT_RECORDS` records, and when the window closes after changes.

On close a backup is made at most once a day (a manual one counts), and only when the database file changed
since the newest backup. Before a migration the backup must succeed, else the database is not migrated; on a
PostgreSQL server without the client tools the migration goes on and the log says that the server's own backup
is relied on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from db import migrate
from desktop.domain.backups import BackupReason, BackupSettings
from desktop.services.backup.backup_service import create_backup
from desktop.services.backup.catalogue import (
    BackupError,
    BackupResult,
    Clock,
    backup_folder,
    last_good_backup,
    local_now,
)
from desktop.services.tasks import TaskControl

log = logging.getLogger(__name__)

# An exchange import that would add, change, delete or put in conflict more than this many records is preceded by
# a verified backup (reason ``sebelum-impor``): a wrong package applied is then one restore away. A season's
# package for a kecamatan (a few hundred families) stays under it; a kabupaten's first package does not.
LARGE_IMPORT_RECORDS = 1000

ImportBackupHook = Callable[[int, TaskControl], Path | None]


def database_changed_at(engine: Engine) -> datetime | None:
    """When the SQLite file (or its write-ahead log) was last written; None for a server database."""
    if engine.dialect.name != "sqlite" or not engine.url.database:
        return None
    database = Path(engine.url.database)
    times = [path.stat().st_mtime for path in (database, database.with_name(database.name + "-wal")) if path.exists()]
    return datetime.fromtimestamp(max(times)).astimezone() if times else None


def backup_due_on_close(engine: Engine, data_dir: Path, settings: BackupSettings, now: datetime) -> bool:
    """True when the database changed since the newest backup and no backup was made today."""
    changed = database_changed_at(engine)
    if changed is None:
        return False
    newest = last_good_backup(backup_folder(data_dir, settings))
    if newest is None:
        return True
    return newest.created.date() != now.date() and changed > newest.created


def backup_on_close(
    engine: Engine,
    data_dir: Path,
    settings: BackupSettings,
    *,
    control: TaskControl | None = None,
    clock: Clock = local_now,
) -> BackupResult | None:
    """Makes the closing backup when :func:`backup_due_on_close`; None when none was due."""
    if not backup_due_on_close(engine, data_dir, settings, clock()):
        return None
    return create_backup(
        engine, data_dir, reason=BackupReason.ON_CLOSE, settings=settings, control=control, clock=clock
    )


def upgrade_with_backup(
    engine: Engine, data_dir: Path, settings: BackupSettings, *, clock: Clock = local_now
) -> BackupResult | None:
    """Migrates the database to the newest schema, after a verified backup when it holds an older schema.

    A new, empty database (no revision yet) is migrated without a backup: there is nothing to lose.

    Returns:
        The backup made before the migration, or None when none was needed (or possible on a server).

    Raises:
        BackupError: the backup of a SQLite database failed; the database was not migrated.
    """
    state = migrate.migration_state(engine)
    result = None
    if state.current and not state.up_to_date:
        try:
            result = create_backup(
                engine, data_dir, reason=BackupReason.BEFORE_MIGRATION, settings=settings, clock=clock
            )
        except BackupError:
            if engine.dialect.name == "sqlite":
                raise
            log.warning("no backup before migrating the server database; the server's own backup is relied on")
    migrate.upgrade(engine)
    return result


def backup_before_large_import(
    engine: Engine,
    data_dir: Path,
    settings: BackupSettings,
    *,
    threshold: int | None = None,
    clock: Clock = local_now,
) -> ImportBackupHook:
    """The hook an import calls with its number of changed records, before it commits.

    The import's transaction is still open: the backup (another connection) copies the database as it was before
    the package. On SQLite a failed backup raises and the import is rolled back; on a server without the client
    tools the import goes on (the server's own backup is relied on, as for a migration).

    Args:
        engine: the live database.
        data_dir: the data folder.
        settings: where the backup goes.
        threshold: the number of changed records above which a backup is made (:data:`LARGE_IMPORT_RECORDS`).
        clock: the current local time.

    Returns:
        A callable giving the backup's path, or None when the import was small enough (or on such a server).
    """

    def hook(changes: int, control: TaskControl) -> Path | None:
        if changes <= (LARGE_IMPORT_RECORDS if threshold is None else threshold):
            return None
        try:
            result = create_backup(
                engine, data_dir, reason=BackupReason.BEFORE_IMPORT, settings=settings, control=control, clock=clock
            )
        except BackupError:
            if engine.dialect.name == "sqlite":
                raise
            log.warning("no backup before a large import on the server; the server's own backup is relied on")
            return None
        log.info("backup before importing %d changed records: %s", changes, result.entry.path)
        return result.entry.path

    return hook
