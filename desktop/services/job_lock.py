"""One long write job at a time (imports, exchange imports, demo data) across every PC and process of a database.

On PostgreSQL the lock is a session-level advisory lock (``pg_try_advisory_lock``) held by a dedicated
connection, whose ``application_name`` names the holder, so a refused job can say who holds it and since when.
On SQLite it is an operating-system lock on a file beside the database (``<database>.job-lock``), holding the
holder's name, host, process and start time; the operating system releases it when the process ends, however
it ends, so a crashed job never leaves a stale lock behind.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, TypeVar

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import UserError
from desktop.domain.i18n import _

ADVISORY_KEY = 0x4B4F4E56  # "KONV": one key for every long write job of the application
_APP_PREFIX = "konv-job|"
_held = threading.local()  # the engines whose lock this thread holds: a job inside a job (demo -> import) runs on
_WINDOWS_LOCK_OFFSET = 0x7FFFFFF0  # Windows locks a byte range: one far past the holder's text, so it stays readable


@dataclass(frozen=True)
class JobHolder:
    """Who runs the long job that holds the lock."""

    name: str
    host: str
    pid: int
    job: str
    started_at: datetime


class JobBusyError(UserError):
    """Another long write job runs on this database; this one is refused before it writes anything."""

    def __init__(self, holder: JobHolder | None) -> None:
        """Builds the one-sentence refusal naming the holder (when known) and since when it runs."""
        if holder is None:
            message = _("Tidak dapat dimulai: pekerjaan impor lain sedang berjalan pada database ini.")
        else:
            local = holder.started_at.astimezone()
            since = (
                local.strftime("%H:%M") if local.date() == datetime.now().date() else local.strftime("%d-%m-%Y %H:%M")
            )
            message = _("Tidak dapat dimulai: data sedang diimpor oleh {name} sejak {time} ({job}).").format(
                name=holder.name or holder.host, time=since, job=holder.job
            )
        super().__init__(message)
        self.holder = holder


def _me(session_factory: sessionmaker[Session], job: str) -> JobHolder:
    actor = str(session_factory.kw.get("info", {}).get("actor", ""))
    return JobHolder(actor, socket.gethostname(), os.getpid(), job, datetime.now(UTC))


@contextmanager
def long_job(session_factory: sessionmaker[Session], job: str) -> Iterator[None]:
    """Holds the database's job lock while the block runs; refuses at once when another job holds it.

    Args:
        session_factory: the application's session factory (its engine names the database).
        job: what runs, as the refusal names it (``impor KRS``, ``data contoh``...).

    Raises:
        JobBusyError: another process (or another job of this one) holds the lock.
    """
    bind: Engine | Connection = session_factory.kw["bind"]
    # A factory bound to one connection (the demo's single transaction) holds the lock of that connection's engine.
    engine = bind.engine if isinstance(bind, Connection) else bind
    key = id(engine)  # one engine per context: another context (another PC's stand-in) is another holder
    held: set[int] = _held.__dict__.setdefault("engines", set())
    database = engine.url.database
    if key in held or (engine.dialect.name != "postgresql" and (not database or database == ":memory:")):
        yield
        return
    me = _me(session_factory, job)
    postgres = engine.dialect.name == "postgresql"
    lock = _advisory(engine, me) if postgres else _file_lock(Path(f"{database}.job-lock"), me)
    with lock:
        held.add(key)
        try:
            yield
        finally:
            held.discard(key)


def _encode(holder: JobHolder) -> str:
    # application_name holds at most 63 bytes: the fields that say who and since when, shortened.
    started = int(holder.started_at.timestamp())
    return f"{_APP_PREFIX}{started}|{holder.pid}|{holder.name[:16]}|{holder.host[:12]}|{holder.job[:14]}"


def _decode(value: str) -> JobHolder | None:
    parts = value.removeprefix(_APP_PREFIX).split("|")
    if not value.startswith(_APP_PREFIX) or len(parts) != 5 or not parts[0].isdigit() or not parts[1].isdigit():
        return None
    started, pid, name, host, job = parts
    return JobHolder(name, host, int(pid), job, datetime.fromtimestamp(int(started), UTC))


@contextmanager
def _advisory(engine: Engine, me: JobHolder) -> Iterator[None]:
    connection = engine.connect()
    try:
        connection.execute(text("SELECT set_config('application_name', :name, false)"), {"name": _encode(me)})
        if not connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_KEY}).scalar():
            raise JobBusyError(_pg_holder(connection))
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})
            connection.commit()
    except BaseException:
        connection.invalidate()  # a pooled connection must never keep the lock (or our application_name)
        raise
    finally:
        connection.close()


def _pg_holder(connection: Connection) -> JobHolder | None:
    name = connection.execute(
        text(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = :key "
            "AND a.datname = current_database()"
        ),
        {"key": ADVISORY_KEY},
    ).scalar()
    return _decode(name) if name else None


def _try_lock(stream: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        stream.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(stream: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        stream.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(stream.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(stream.fileno(), fcntl.LOCK_UN)


def _file_holder(path: Path) -> JobHolder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "null")
        return JobHolder(
            str(data["name"]),
            str(data["host"]),
            int(data["pid"]),
            str(data["job"]),
            datetime.fromisoformat(str(data["started_at"])),
        )
    except (OSError, ValueError, TypeError, KeyError):
        return None  # written a moment later by its holder, or not ours


@contextmanager
def _file_lock(path: Path, me: JobHolder) -> Iterator[None]:
    with open(path, "a+b") as stream:
        if not _try_lock(stream):
            raise JobBusyError(_file_holder(path))
        try:
            stream.seek(0)
            stream.truncate()
            record = {
                "name": me.name,
                "host": me.host,
                "pid": me.pid,
                "job": me.job,
                "started_at": me.started_at.isoformat(),
            }
            stream.write(json.dumps(record, ensure_ascii=False).encode("utf-8"))
            stream.flush()
            yield
        finally:
            stream.seek(0)
            stream.truncate()
            stream.flush()
            _unlock(stream)


def current_job(session_factory: sessionmaker[Session]) -> JobHolder | None:
    """The long job that holds the lock now (None when none does): for a status line."""
    try:
        with long_job(session_factory, ""):
            return None
    except JobBusyError as busy:
        return busy.holder


_Result = TypeVar("_Result")


def exclusive(job: str) -> Callable[[Callable[..., _Result]], Callable[..., _Result]]:
    """Makes a service a long write job: it runs under :func:`long_job`, except as a dry run (``dry_run=True``).

    The service's first argument is the session factory, or an object carrying it as ``session_factory``.

    Args:
        job: what runs, as a refusal names it (marked with ``N_()``; translated when shown).
    """

    def decorate(service: Callable[..., _Result]) -> Callable[..., _Result]:
        signature = inspect.signature(service)

        @functools.wraps(service)
        def run(*args: Any, **kwargs: Any) -> _Result:
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            if bound.arguments.get("dry_run") is True:
                return service(*args, **kwargs)
            first = args[0] if args else next(iter(bound.arguments.values()))
            factory = getattr(first, "session_factory", first)
            with long_job(factory, _(job)):
                return service(*args, **kwargs)

        return run

    return decorate
