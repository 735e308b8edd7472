"""Demo data: a realistic office (Bapelitbangda Kabupaten Lebak, Banten) and, step by step, each module's data.

Each module adds one step to :data:`DEMO_STEPS`; a step is idempotent, so running the demo twice adds nothing.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from db.engine import engine_key, make_engine, make_session_factory, sqlite_url
from desktop.domain.i18n import N_, _
from desktop.services.demo.office_demo import fill_demo_office
from desktop.services.job_lock import exclusive, long_job
from desktop.services.tasks import TaskControl


@dataclass(frozen=True, slots=True)
class DemoContext:
    """What a demo step needs.

    Attributes:
        session_factory: the session factory.
        files_dir: the folder where stored files (attachments, evidence) go.
        control: progress and cancellation.
    """

    session_factory: sessionmaker[Session]
    files_dir: Path
    control: TaskControl


DemoStep = Callable[[DemoContext], str]


def _office_step(context: DemoContext) -> str:
    return fill_demo_office(context.session_factory, context.control)


def _aksi_step(context: DemoContext) -> str:
    from desktop.services.demo.aksi_demo import fill_demo_aksi

    return fill_demo_aksi(context.session_factory, context.files_dir, context.control)


def _cases_step(context: DemoContext) -> str:
    from desktop.services.demo.cases_demo import fill_demo_cases

    return fill_demo_cases(context.session_factory, context.control)


def _krs_step(context: DemoContext) -> str:
    from desktop.services.demo.krs_demo import fill_demo_krs

    return fill_demo_krs(context.session_factory, context.control)


def _meetings_step(context: DemoContext) -> str:
    from desktop.services.demo.meetings_demo import fill_demo_meetings

    return fill_demo_meetings(context.session_factory, context.control)


# Order matters: later steps use what earlier ones created (the office first).
DEMO_STEPS: list[tuple[str, DemoStep]] = [
    ("office", _office_step),
    ("meetings", _meetings_step),
    ("aksi", _aksi_step),
    ("krs", _krs_step),
    # After "krs" when that step exists: the demo children then carry KRS families' No. KK and get linked.
    ("cases", _cases_step),
]


@exclusive(N_("data contoh"))
def run_demo(context: DemoContext) -> list[str]:
    """Runs every demo step in order.

    Args:
        context: the demo context.

    Returns:
        One summary line per step, in Indonesian.
    """
    return [step(context) for _name, step in DEMO_STEPS]


SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def run_demo_atomically(engine: Engine, files_dir: Path, control: TaskControl, *, actor: str = "") -> list[str]:
    """Runs the demo so that a cancel or a failure leaves the database exactly as it was.

    On SQLite (the demo's usual home, a practice data folder) every step runs on a copy of the database next to it;
    only when all of them are done does the copy replace the database, in one rename. Cancelled (Ctrl+C) or failed,
    the copy and the stored files the steps added are removed and the database file is not touched. On a server
    database (PostgreSQL) every step runs inside ONE transaction of one connection (each step's own commits only
    release savepoints of it): it commits once at the end; cancelled or failed, it is rolled back and the stored
    files the steps added are removed.

    Args:
        engine: the application's engine; disposed (its connections closed) before the copy is made.
        files_dir: the folder where stored files go.
        control: progress and cancellation.
        actor: the user name recorded in the audit trail.

    Returns:
        One summary line per step, in Indonesian.
    """
    url = make_url(str(engine.url))
    if url.get_backend_name() == "postgresql":
        return _run_demo_in_one_transaction(engine, files_dir, control, actor)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return run_demo(DemoContext(make_session_factory(engine, actor=actor), files_dir, control))
    # The job lock of the real database (the steps take the staging copy's): another import meanwhile would be
    # lost when the copy replaces the file, so it is refused for the whole run.
    with long_job(make_session_factory(engine, actor=actor), _("data contoh")):
        database = Path(url.database)
        with engine.connect() as connection:  # everything committed goes into the main file, which is then copied
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        staging = database.with_name(f".{database.name}.demo-{uuid.uuid4().hex[:8]}")
        files_before = _stored_files(files_dir)
        staged = make_engine(sqlite_url(str(staging)), key=engine_key(engine))
        try:
            shutil.copyfile(database, staging)
            lines = run_demo(DemoContext(make_session_factory(staged, actor=actor), files_dir, control))
            with staged.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            staged.dispose()
            engine.dispose()
            os.replace(staging, database)
        except BaseException:
            staged.dispose()
            for added in _stored_files(files_dir) - files_before:
                added.unlink(missing_ok=True)
            raise
        finally:
            for path in (staging, *(Path(f"{staging}{suffix}") for suffix in (*SQLITE_SIDE_FILES, ".job-lock"))):
                path.unlink(missing_ok=True)
    return lines


def _run_demo_in_one_transaction(engine: Engine, files_dir: Path, control: TaskControl, actor: str) -> list[str]:
    """The demo on a server database: one transaction for every step, committed once (see run_demo_atomically)."""
    with long_job(make_session_factory(engine, actor=actor), _("data contoh")):
        files_before = _stored_files(files_dir)
        with engine.connect() as connection:
            transaction = connection.begin()
            try:
                lines = run_demo(DemoContext(make_session_factory(connection, actor=actor), files_dir, control))
                transaction.commit()
            except BaseException:
                transaction.rollback()
                for added in _stored_files(files_dir) - files_before:
                    added.unlink(missing_ok=True)
                raise
    return lines


def _stored_files(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()} if folder.is_dir() else set()
