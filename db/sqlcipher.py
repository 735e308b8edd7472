"""SQLCipher: the SQLite database encrypted at rest with a 256-bit raw key (``sqlcipher3``, SQLCipher 4).

The key is given to SQLCipher as a raw key (``PRAGMA key = "x'<64 hex>'"``), so no passphrase derivation happens
on each connection; the passphrase and the recovery key are turned into this key by the services
(:mod:`desktop.services.encryption`). Keys never appear in a URL, a log line or an error message.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32


class SqlCipherMissingError(RuntimeError):
    """The ``sqlcipher3`` driver is not installed (encryption cannot be used on this installation)."""


def sqlcipher_module() -> ModuleType:
    """The SQLCipher DB-API module.

    Raises:
        SqlCipherMissingError: ``sqlcipher3`` (or ``sqlcipher3-binary``) is not installed.
    """
    try:
        from sqlcipher3 import dbapi2
    except ImportError as error:  # an installation without the driver
        raise SqlCipherMissingError("sqlcipher3 is not installed") from error
    module: ModuleType = dbapi2
    return module


def driver_errors() -> tuple[type[Exception], ...]:
    """The error classes of both drivers (``sqlcipher3`` has its own hierarchy, not ``sqlite3.Error``)."""
    try:
        return (sqlite3.Error, sqlcipher_module().Error)
    except SqlCipherMissingError:
        return (sqlite3.Error,)


def key_pragma(key: bytes) -> str:
    """The statement that keys a connection; it must be the first statement on it."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(connection: Any, key: bytes) -> None:
    """Keys a fresh SQLCipher connection; SQLCipher's own log stays silent (a wrong key is the caller's sentence)."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(key_pragma(key))


def is_encrypted_file(path: Path) -> bool:
    """True when ``path`` is a non-empty file that does not start with the plain SQLite header."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return bool(head) and head != SQLITE_HEADER


def connect_file(path: Path, key: bytes | None, *, read_only: bool = False) -> Any:
    """Opens a database file with the plain driver, or keyed with SQLCipher when ``key`` is given.

    Raises:
        SqlCipherMissingError: a key was given but the SQLCipher driver is not installed.
    """
    module: Any = sqlcipher_module() if key is not None else sqlite3
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    connection = module.connect(target, uri=read_only, isolation_level=None)
    if key is not None:
        apply_key(connection, key)
    return connection


def encrypt_copy(source: Path, target: Path, key: bytes) -> None:
    """Writes an encrypted copy of a plain database file (SQLCipher's ``sqlcipher_export``).

    Args:
        source: the plain database (its write-ahead log is read too).
        target: the new encrypted file; must not exist.
        key: the 32-byte key.
    """
    connection = sqlcipher_module().connect(str(source), isolation_level=None)
    connection.execute("PRAGMA cipher_log_level = NONE")
    try:
        connection.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), f"x'{key.hex()}'"))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()


def rekey_file(path: Path, key: bytes, new_key: bytes) -> None:
    """Re-encrypts every page of an encrypted database file with a new key (SQLCipher's ``PRAGMA rekey``).

    The file should be a copy: :func:`desktop.services.encryption.rotate_key` rekeys a copy, checks it with the
    new key and only then lets it replace the database.

    Raises:
        ValueError: ``new_key`` is not 32 bytes.
        SqlCipherMissingError: the SQLCipher driver is not installed.
    """
    if len(new_key) != KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    connection = connect_file(path, key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a wrong key fails here, not in rekey
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    finally:
        connection.close()
