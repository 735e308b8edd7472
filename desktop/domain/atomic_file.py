"""Writing output files safely: a temporary name in the target folder, flushed to disk, then renamed over.

A crash or kill at any moment leaves either the previous file or the complete new one at the target name, never
half a file (DESIGN.md §5).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

# The names a temporary file of atomic_output() takes beside its target: ``.<target name>.<random>.tmp``.
TEMP_SUFFIX = ".tmp"
# A temporary file of the same target older than this was left by a killed process (no write takes an hour).
STALE_SECONDS = 3600


def remove_stale_temporaries(target: Path, *, older_than: float = STALE_SECONDS) -> int:
    """Removes what killed writes of ``target`` left beside it (``.<name>.*.tmp`` older than ``older_than``).

    Returns:
        The number of files removed.
    """
    removed = 0
    now = time.time()
    with contextlib.suppress(OSError):
        for candidate in target.parent.glob(f".{glob.escape(target.name)}.*{TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                if candidate.is_file() and now - candidate.stat().st_mtime > older_than:
                    candidate.unlink()
                    removed += 1
    return removed


class NotARegularFileError(OSError):
    """The target exists but is neither a regular file nor a folder (a device such as /dev/full, a pipe)."""


class _Output:
    """The temporary file as the writer sees it; once abandoned (the write failed), every further call is a no-op,
    so a writer's half-built archive (openpyxl's ZipFile) can be collected later without writing to a closed file."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._abandoned = False
        self._position = 0  # followed here, so an abandoned file still answers tell() consistently

    def abandon(self) -> None:
        self._abandoned = True

    def write(self, data: bytes) -> int:
        written = len(data) if self._abandoned else self._stream.write(data)
        self._position += written
        return written

    def seek(self, offset: int, whence: int = 0) -> int:
        if self._abandoned:
            self._position = offset if whence == os.SEEK_SET else self._position + offset
        else:
            self._position = self._stream.seek(offset, whence)
        return self._position

    def tell(self) -> int:
        return self._position

    def flush(self) -> None:
        if not self._abandoned:
            self._stream.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _target_mode(target: Path) -> int:
    """The mode the new file gets: the replaced file's, else what the umask allows (mkstemp's 0600 is private)."""
    try:
        info = target.stat()
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if not stat.S_ISREG(info.st_mode):
        # A device (/dev/full), a pipe or a socket: replacing it would destroy it, writing into it is no file.
        raise NotARegularFileError(errno.EINVAL, "not a regular file", str(target))
    return stat.S_IMODE(info.st_mode)


@contextlib.contextmanager
def atomic_output(target: Path | str, *, private: bool = False) -> Iterator[BinaryIO]:
    """Opens a temporary file beside ``target`` for binary writing; on success it replaces ``target``.

    Example::

        with atomic_output(path) as stream:
            stream.write(data)

    The new file keeps the mode of the file it replaces (a new one follows the umask), unless ``private``.

    Args:
        target: the final file name; its folder must exist; an existing target must be a regular file.
        private: keep the new file readable by its owner only (0600), as for a file holding keys.

    Yields:
        The open temporary file. If the block raises, the temporary file is removed and ``target`` is untouched.

    Raises:
        OSError: naming ``target``: ``EISDIR`` for a folder, ``EINVAL`` for a device or pipe, ``ENOSPC`` and the
            like from writing.
    """
    target = Path(target)
    remove_stale_temporaries(target)
    try:
        mode = 0o600 if private else _target_mode(target)
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as error:
        _name_target(error, target)
        raise
    output: _Output | None = None
    try:
        with os.fdopen(handle, "wb") as stream:
            output = _Output(stream)
            yield output  # type: ignore[misc]
            stream.flush()
            os.fsync(stream.fileno())
        if mode != 0o600 and os.name == "posix":
            os.chmod(temp_name, mode)
        if target.is_dir():  # Linux says so itself; Windows only says "access denied", read as "file in use"
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), temp_name)
        os.replace(temp_name, target)
    except BaseException as error:
        if output is not None:
            output.abandon()
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(error, OSError) and error.filename in (temp_name, None):
            _name_target(error, target)
        raise
    fsync_folder(target.parent)


def _name_target(error: OSError, target: Path) -> None:
    # The user asked for ``target`` and never saw the temporary name: error messages must name the target.
    error.filename = str(target)
    error.filename2 = None


def atomic_write_bytes(target: Path | str, data: bytes, *, private: bool = False) -> None:
    """Writes ``data`` to ``target`` atomically; see :func:`atomic_output`."""
    with atomic_output(target, private=private) as stream:
        stream.write(data)


def fsync_folder(folder: Path) -> None:
    """Makes the rename durable where the platform allows it (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
