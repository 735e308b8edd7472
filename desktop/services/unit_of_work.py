"""One unit of work per user action: the one place services open a database session.

The rule:

- A public service function that serves one user action (save a meeting, print a document, import a file, one
  progress save, an export) takes the ``session_factory`` -- as the UI and the command line call it -- and opens
  exactly ONE unit of work: :func:`unit_of_work` when it writes (one transaction, committed once at the end, rolled
  back on any exception, so a failure leaves the database as it was), :func:`reading` when it only reads.
- The helpers it calls take the open :class:`~sqlalchemy.orm.Session`, never the factory; so do the repositories
  in ``db/repositories``. A helper never commits: the unit of work does.
- Where a public function is also needed inside another unit of work, its body is a ``session``-taking core
  (``_foo(session, ...)`` or a public ``foo_in(session, ...)``) and the factory-taking function is a thin wrapper
  that opens the unit of work and calls the core.
- A worker task (``run_in_background`` in the UI, a long command) calls one such function, so it owns exactly one
  session from start to end.
- An action with a slow middle part that must hold no transaction (copying a file into the data folder between a
  check and the record of it) uses :func:`one_session`: the check reads and ends with ``session.rollback()``, the
  record is written in ``with session.begin():``, so the action still commits once.
- The one exception is a bulk import that must read the database as it was before it started while its writer
  thread owns the transaction's connection: :func:`snapshot_connection` gives it a read-only connection of the
  same engine (no session, nothing written, rolled back when done).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import WRITE_OPTION
from desktop.domain.users import Permission
from desktop.services.permissions import require


@contextmanager
def unit_of_work(
    session_factory: sessionmaker[Session], *, permission: Permission | None = Permission.EDIT_DATA
) -> Iterator[Session]:
    """Opens one session inside one transaction: committed once when the block ends, rolled back on any exception.

    Every write needs a role that may change data (a ``pembaca`` may not; see ``desktop/services/permissions.py``);
    a database without users allows it, as before users existed.

    Args:
        session_factory: the application's session factory.
        permission: what the signed-in user must be allowed to do; None for the writes of signing in itself.

    Yields:
        The session; pass it down to helpers and repositories.
    """
    with session_factory() as session, session.begin():
        # On SQLite the transaction starts as a write (BEGIN IMMEDIATE), so another writer is waited for.
        session.connection(execution_options={WRITE_OPTION: True})
        if permission is not None:
            require(session, permission)
        yield session


@contextmanager
def reading(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    """Opens one session for an action that only reads; whatever it began is rolled back when the block ends.

    Args:
        session_factory: the application's session factory.

    Yields:
        The session; pass it down to helpers and repositories.
    """
    with session_factory() as session:
        yield session


@contextmanager
def one_session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    """Opens one session for an action in steps: reads ended by ``session.rollback()``, one ``session.begin()`` write.

    Between steps the session holds no transaction: a long file copy there neither keeps a stale SQLite snapshot
    (which could not be upgraded to a write afterwards) nor blocks a writer.

    Args:
        session_factory: the application's session factory.

    Yields:
        The session.
    """
    with session_factory() as session:
        yield session


@contextmanager
def snapshot_connection(session: Session) -> Iterator[Connection]:
    """A read-only connection of the session's engine, beside the unit of work (see the module docstring).

    Args:
        session: the unit of work's session.

    Yields:
        A connection of its own; whatever it began is rolled back when the block ends.
    """
    bind = session.get_bind()
    if session.bind is not None and isinstance(session.bind, Connection):
        # The session joined a transaction of the caller's connection (the demo on a server database): another
        # connection would not see what that transaction wrote before this import (the regions, the office), so the
        # import reads through the same connection. Read before its first write, as the validator does.
        yield session.bind
        return
    engine = bind if isinstance(bind, Engine) else bind.engine
    with engine.connect() as connection:
        yield connection
