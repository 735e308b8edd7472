"""Engine and session factories. Nothing is created at import time."""

from __future__ import annotations

import weakref
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.audit_events import install_audit
from db.period_guard import install_period_guard
from db.sqlcipher import apply_key, sqlcipher_module
from db.text_limits import install_text_limits

# The SQLCipher key of each engine that has one, for code that opens the same file with the driver directly
# (backups); kept out of the URL so that it never reaches a log line or a printed location.
_KEYS: weakref.WeakKeyDictionary[Engine, bytes] = weakref.WeakKeyDictionary()

# How long a writer waits for another connection's lock before SQLite gives up.
SQLITE_BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: str) -> str:
    """Builds the SQLAlchemy URL of a SQLite file.

    Args:
        path: file system path of the database file.

    Returns:
        A ``sqlite:///`` URL.
    """
    return f"sqlite:///{path}"


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit off at the driver level with our own BEGIN keeps transactions whole (SQLAlchemy recipe for
    # pysqlite); WAL lets readers go on while one writer works; foreign keys are off by default in SQLite.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


WRITE_OPTION = "konvergensi_write"
"""Execution option of a connection whose transaction will write (set by the services' unit of work)."""


def _on_sqlite_begin(conn: Any) -> None:
    # A writing transaction takes the write lock at BEGIN: waiting for another writer then honours the busy
    # timeout. A deferred BEGIN that reads first and writes later cannot wait (SQLite refuses the upgrade of a
    # stale snapshot at once with "database is locked").
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")


def make_engine(url: str, *, key: bytes | None = None, **kwargs: Any) -> Engine:
    """Creates the engine for a database URL, with the SQLite pragmas the application relies on.

    Args:
        url: SQLAlchemy URL (``sqlite:///...`` for the embedded default, ``postgresql+psycopg://...`` for a server).
        key: the 32-byte SQLCipher key of an encrypted SQLite file (the ``sqlcipher3`` driver is used then).
        **kwargs: passed on to :func:`sqlalchemy.create_engine`.

    Returns:
        The engine.

    Raises:
        SqlCipherMissingError: a key was given and the SQLCipher driver is not installed.
    """
    if key is not None:
        kwargs["module"] = sqlcipher_module()
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        if key is not None:
            _KEYS[engine] = key
            # First on every new connection, before any other statement reads the file.
            event.listen(engine, "connect", lambda connection, _record: apply_key(connection, key))
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def engine_key(engine: Engine) -> bytes | None:
    """The SQLCipher key an engine was made with, or None for a plain database."""
    return _KEYS.get(engine)


def make_session_factory(engine: Engine | Connection, *, actor: str = "") -> sessionmaker[Session]:
    """Creates the session factory the application passes down to services.

    Args:
        engine: the engine from :func:`make_engine`; or a connection inside a transaction of its own, which every
            session of the factory then joins: a session's commit only releases a savepoint, and nothing is stored
            until that outer transaction commits (the demo on a server database, all or nothing).
        actor: the user name recorded in the audit trail.

    Returns:
        A session factory whose sessions write the audit trail.
    """
    factory = sessionmaker(bind=engine, expire_on_commit=False, info={"actor": actor})
    if isinstance(engine, Connection):
        factory.configure(join_transaction_mode="create_savepoint")
    install_audit(factory)
    install_text_limits(factory)
    install_period_guard(factory)
    return factory
