"""Stored files encrypted at rest with the database key (issue #16): AES-256-GCM from ``cryptography``.

When the database is encrypted, every file under ``data_dir/files`` (meeting attachments, Aksi evidence, photos)
is kept encrypted too. Each file has its own random 256-bit content key; the content is sealed in 1 MiB chunks
with AES-GCM (nonce = the file's 8-byte prefix + the chunk number; the last chunk is marked in the associated data,
so a file cut short or with chunks swapped does not open). The content key is wrapped (AES-GCM) by the **files
key**, derived from the database key with HKDF-SHA256, and written in the file's header with the files key's id.
Changing the database key re-wraps each header (:func:`rewrap_file`); the content is not rewritten.

Layout of an encrypted file::

    MAGIC (8) | key id (8) | nonce prefix (8) | wrap nonce (12) | wrapped content key (48) | chunks...

The files key of a data folder is registered once its database is opened (:func:`use_database_key`), so the
services that store and read files stay unaware of it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.domain.atomic_file import fsync_folder

MAGIC = b"KVGNENC1"
CHUNK = 1024 * 1024
TAG = 16
_ID, _PREFIX, _WRAP_NONCE, _WRAPPED = 8, 8, 12, 32 + TAG
HEADER = len(MAGIC) + _ID + _PREFIX + _WRAP_NONCE + _WRAPPED

_KEYS: dict[Path, bytes] = {}


class FileCipherError(Exception):
    """A stored file that does not open: damaged, cut short, or sealed with another key (the message is English,
    for the log; callers say it in Indonesian)."""


def files_key(database_key: bytes) -> bytes:
    """The key that wraps stored files' content keys, derived from the database key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"konvergensi stored files/1").derive(
        database_key
    )


def key_id(key: bytes) -> bytes:
    """The 8-byte id of a files key written in each header (tells which key sealed a file without trying it)."""
    return HKDF(algorithm=hashes.SHA256(), length=_ID, salt=None, info=b"konvergensi files key id/1").derive(key)


def use_database_key(files_dir: Path, database_key: bytes | None) -> None:
    """Registers the database key of a data folder's files folder (None: the database is plain)."""
    folder = files_dir.resolve()
    if database_key is None:
        _KEYS.pop(folder, None)
    else:
        _KEYS[folder] = files_key(database_key)


def registered_key(files_dir: Path) -> bytes | None:
    """The files key registered for a files folder, None when its database is plain."""
    return _KEYS.get(files_dir.resolve())


def is_sealed(path: Path) -> bool:
    """True when the file begins with the header of an encrypted stored file."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def sealed_key_id(path: Path) -> bytes:
    """The key id in an encrypted file's header."""
    with path.open("rb") as handle:
        return handle.read(HEADER)[len(MAGIC) : len(MAGIC) + _ID]


def _nonce(prefix: bytes, number: int) -> bytes:
    return prefix + number.to_bytes(4, "big")


def _aad(prefix: bytes, last: bool) -> bytes:
    return MAGIC + prefix + (b"\x01" if last else b"\x00")


class Sealer:
    """Encrypts a stream written to it in pieces; :meth:`finish` writes the last chunk."""

    def __init__(self, target: BinaryIO, key: bytes) -> None:
        """Writes the header for a new random content key wrapped by ``key`` (a files key)."""
        content_key = AESGCM.generate_key(bit_length=256)
        self._target = target
        self._cipher = AESGCM(content_key)
        self._prefix = os.urandom(_PREFIX)
        self._buffer = bytearray()
        self._number = 0
        wrap_nonce = os.urandom(_WRAP_NONCE)
        wrapped = AESGCM(key).encrypt(wrap_nonce, content_key, MAGIC + key_id(key))
        target.write(MAGIC + key_id(key) + self._prefix + wrap_nonce + wrapped)

    def write(self, data: bytes) -> None:
        """Adds plain content; full chunks are written as they fill."""
        self._buffer += data
        while len(self._buffer) > CHUNK:  # a full chunk is written only once more follows (the last is marked)
            self._emit(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]

    def finish(self) -> None:
        """Writes the last chunk (possibly empty)."""
        self._emit(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _emit(self, plain: bytes, *, last: bool) -> None:
        self._target.write(self._cipher.encrypt(_nonce(self._prefix, self._number), plain, _aad(self._prefix, last)))
        self._number += 1


def _content_key(header: bytes, key: bytes) -> bytes:
    if len(header) < HEADER or not header.startswith(MAGIC):
        raise FileCipherError("not an encrypted stored file")
    start = len(MAGIC)
    if header[start : start + _ID] != key_id(key):
        raise FileCipherError("sealed with another key")
    nonce_at = start + _ID + _PREFIX
    try:
        return AESGCM(key).decrypt(
            header[nonce_at : nonce_at + _WRAP_NONCE], header[nonce_at + _WRAP_NONCE : HEADER], MAGIC + key_id(key)
        )
    except InvalidTag:
        raise FileCipherError("the header does not open with this key") from None


def open_chunks(path: Path, key: bytes) -> Iterator[bytes]:
    """The plain content of an encrypted file, chunk by chunk, each authenticated before it is given.

    Raises:
        FileCipherError: another key, a changed byte, chunks missing or out of order.
        OSError: the file cannot be read.
    """
    with path.open("rb") as handle:
        header = handle.read(HEADER)
        cipher = AESGCM(_content_key(header, key))
        prefix = header[len(MAGIC) + _ID : len(MAGIC) + _ID + _PREFIX]
        number = 0
        piece = handle.read(CHUNK + TAG)
        while True:
            following = handle.read(CHUNK + TAG)
            last = not following
            try:
                yield cipher.decrypt(_nonce(prefix, number), piece, _aad(prefix, last))
            except InvalidTag:
                raise FileCipherError("a chunk does not open (changed or cut short)") from None
            if last:
                return
            piece, number = following, number + 1


def _replace_with(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Writes a new content for ``path`` to a temporary file beside it, fsyncs it and renames it into place."""
    handle, temp_name = tempfile.mkstemp(prefix=".seal-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as target:
            write(target)
            target.flush()
            os.fsync(target.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    fsync_folder(path.parent)


def seal_file(path: Path, key: bytes) -> None:
    """Encrypts a plain stored file in place (atomically)."""

    def write(target: BinaryIO) -> None:
        sealer = Sealer(target, key)
        with path.open("rb") as source:
            while chunk := source.read(CHUNK):
                sealer.write(chunk)
        sealer.finish()

    _replace_with(path, write)


def unseal_file(path: Path, key: bytes) -> None:
    """Decrypts an encrypted stored file in place (atomically)."""

    def write(target: BinaryIO) -> None:
        for chunk in open_chunks(path, key):
            target.write(chunk)

    _replace_with(path, write)


def rewrap_file(path: Path, old_key: bytes, new_key: bytes) -> None:
    """Re-wraps an encrypted file's content key from ``old_key`` to ``new_key``; the chunks are copied unchanged."""
    with path.open("rb") as handle:
        header = handle.read(HEADER)
    content_key = _content_key(header, old_key)
    wrap_nonce = os.urandom(_WRAP_NONCE)
    prefix = header[len(MAGIC) + _ID : len(MAGIC) + _ID + _PREFIX]
    wrapped = AESGCM(new_key).encrypt(wrap_nonce, content_key, MAGIC + key_id(new_key))

    def write(target: BinaryIO) -> None:
        target.write(MAGIC + key_id(new_key) + prefix + wrap_nonce + wrapped)
        with path.open("rb") as source:
            source.seek(HEADER)
            while chunk := source.read(CHUNK):
                target.write(chunk)

    _replace_with(path, write)


def seal_plain_files(files_dir: Path, database_key: bytes) -> int:
    """Seals the plain files left under ``files_dir`` of an encrypted database (an interrupted ``db encrypt`` or
    restore); files already sealed are left alone. Run when the database is opened with its key.

    Returns:
        How many files were sealed.
    """
    key = files_key(database_key)
    sealed = 0
    if files_dir.is_dir():
        for path in sorted(files_dir.rglob("*")):
            if path.is_file() and not path.name.endswith(".tmp") and not is_sealed(path):
                seal_file(path, key)
                sealed += 1
    return sealed


def convert_folder(files_dir: Path, old_database_key: bytes | None, new_database_key: bytes | None) -> int:
    """Brings every stored file under ``files_dir`` to the new database key: plain files are sealed, files of the
    old key re-wrapped (or opened, when the new database is plain); then registers the new key.

    Each file is replaced atomically, so an interruption leaves every file whole, some still under the old key;
    running it again finishes the work (files already under the new key are skipped).

    Returns:
        How many files were changed.

    Raises:
        FileCipherError: a file sealed with a key that is neither the old nor the new one (the others are done).
    """
    old = files_key(old_database_key) if old_database_key is not None else None
    new = files_key(new_database_key) if new_database_key is not None else None
    changed = 0
    foreign: list[str] = []
    if files_dir.is_dir():
        for path in sorted(files_dir.rglob("*")):
            if not path.is_file() or path.name.endswith(".tmp"):
                continue
            if not is_sealed(path):
                if new is not None:
                    seal_file(path, new)
                    changed += 1
                continue
            sealed_by = sealed_key_id(path)
            if new is not None and sealed_by == key_id(new):
                continue
            if old is None or sealed_by != key_id(old):
                foreign.append(path.relative_to(files_dir).as_posix())
                continue
            if new is None:
                unseal_file(path, old)
            else:
                rewrap_file(path, old, new)
            changed += 1
    use_database_key(files_dir, new_database_key)
    if foreign:
        raise FileCipherError(f"sealed with another key: {', '.join(foreign[:5])}")
    return changed
