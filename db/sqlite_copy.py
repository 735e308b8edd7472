"""A consistent copy of a live SQLite database and the checks that prove a copy is whole.

The copy uses SQLite's online backup API (``sqlite3.Connection.backup``) in steps, so the application may keep
reading while it runs and progress can be shown; the copy is switched to the rollback journal so that it is one
self-contained file. :func:`inspect_sqlite_file` opens a file read-only and runs ``PRAGMA integrity_check``,
``PRAGMA foreign_key_check``, per-table row counts and the Alembic revision.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from db.engine import engine_key
from db.sqlcipher import connect_file, driver_errors

# Pages copied per step of the online backup: about 4 MB with SQLite's default page size.
PAGES_PER_STEP = 1024

StepCallback = Callable[[int, int], None]


@dataclass(slots=True)
class SqliteFileReport:
    """What :func:`inspect_sqlite_file` found.

    Attributes:
        readable: the file opened as a SQLite database at all.
        integrity: the rows of ``PRAGMA integrity_check`` (``["ok"]`` when whole).
        foreign_key_violations: rows whose foreign key points nowhere.
        counts: rows per table (virtual tables left out: their shadow tables are counted).
        revision: the Alembic revision(s) recorded in the file.
        error: the driver's message when the file could not be read.
    """

    readable: bool = True
    integrity: list[str] = field(default_factory=list)
    foreign_key_violations: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    revision: list[str] = field(default_factory=list)
    error: str = ""


def table_counts(connection: Any) -> dict[str, int]:
    """Rows per ordinary table of an open DB-API SQLite connection, by table name."""
    names = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    return {name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def revision_of(connection: Any) -> list[str]:
    """The Alembic revision(s) in an open DB-API SQLite connection (empty when never migrated)."""
    try:
        return sorted(str(row[0]) for row in connection.execute("SELECT version_num FROM alembic_version"))
    except driver_errors():  # no alembic_version table
        return []


@contextlib.contextmanager
def raw_sqlite(engine: Engine) -> Iterator[Any]:
    """The driver connection behind a pooled SQLAlchemy connection, outside any transaction."""
    pooled = engine.raw_connection()
    try:
        yield pooled.driver_connection
    finally:
        pooled.close()


def source_facts(engine: Engine) -> tuple[dict[str, int], list[str]]:
    """Row counts and revision of the live database."""
    with raw_sqlite(engine) as connection:
        return table_counts(connection), revision_of(connection)


def copy_sqlite(engine: Engine, target: Path, progress: StepCallback | None = None) -> None:
    """Copies the live database to ``target`` (which must not exist) with the online backup API, then fsyncs it.

    Args:
        engine: the engine of the live database (a SQLite one).
        target: the new file.
        progress: called with (pages done, pages total) after each step; raising from it stops the copy.
    """

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    with raw_sqlite(engine) as source:
        # An encrypted database is copied into a file keyed the same way: the backup is encrypted as well.
        copy = connect_file(target, engine_key(engine))
        try:
            source.backup(copy, pages=PAGES_PER_STEP, progress=step)
            # A self-contained file: no -wal beside it to lose when the backup is copied to a stick.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def inspect_sqlite_file(path: Path, key: bytes | None = None) -> SqliteFileReport:
    """Checks a database file read-only: integrity, foreign keys, row counts, revision.

    Args:
        path: the file (a backup or its temporary copy).
        key: the SQLCipher key of an encrypted file.

    Returns:
        The findings; ``readable`` is False when the file is not a SQLite database or cannot be opened.
    """
    report = SqliteFileReport()
    try:
        connection = connect_file(path, key, read_only=True)
    except driver_errors() as error:
        return SqliteFileReport(readable=False, error=str(error))
    try:
        report.integrity = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        report.foreign_key_violations = len(connection.execute("PRAGMA foreign_key_check").fetchall())
        report.counts = table_counts(connection)
        report.revision = revision_of(connection)
    except driver_errors() as error:
        report.readable = False
        report.error = str(error)
    finally:
        connection.close()
    return report
