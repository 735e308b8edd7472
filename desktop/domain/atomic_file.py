"""Writing output files safely: a temporary name in the target folder, flushed to disk, then renamed over.

A crash or kill at any moment leaves either the previous file or the complete new one at the target name, never
half a file (DESIGN.md §5).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_output(target: Path | str) -> Iterator[BinaryIO]:
    """Opens a temporary file beside ``target`` for binary writing; on success it replaces ``target``.

    Example::

        with atomic_output(path) as stream:
            stream.write(data)

    Args:
        target: the final file name; its folder must exist.

    Yields:
        The open temporary file. If the block raises, the temporary file is removed and ``target`` is untouched.
    """
    target = Path(target)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        _name_target(error, target)
        raise
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        if target.is_dir():  # Linux says so itself; Windows only says "access denied", read as "file in use"
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), temp_name)
        os.replace(temp_name, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(error, OSError) and error.filename == temp_name:
            _name_target(error, target)
        raise
    fsync_folder(target.parent)


def _name_target(error: OSError, target: Path) -> None:
    # The user asked for ``target`` and never saw the temporary name: error messages must name the target.
    error.filename = str(target)
    error.filename2 = None


def atomic_write_bytes(target: Path | str, data: bytes) -> None:
    """Writes ``data`` to ``target`` atomically; see :func:`atomic_output`."""
    with atomic_output(target) as stream:
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
