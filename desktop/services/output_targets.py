"""Checking an output file before anything is written or committed: never a file we must not destroy.

An export, a printed document or a file of rejected rows may not replace the database (or its journal), a file
of the data folder (stored evidence, preferences, logs, office templates), nor the file the command is reading;
and its folder must take a new file, so that a failure to write is found before an import commits, not after.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.services.database import sqlite_file
from desktop.services.os_errors import describe_os_error

_DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")


class OutputTargetError(UserError):
    """The output file named would destroy something, or cannot be written; the message says which."""


def _same(first: Path, second: Path) -> bool:
    try:
        return first.exists() and second.exists() and os.path.samefile(first, second)
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def check_output_target(
    target: Path | str,
    *,
    data_dir: Path | None = None,
    database_url: str | None = None,
    inputs: Iterable[Path | str] = (),
) -> Path:
    """Refuses an output file that must not be replaced, or whose folder cannot take a new file.

    Args:
        target: the file the command will write.
        data_dir: the data folder; none of its existing files may be the target.
        database_url: the database URL; a SQLite file (and its journal files) may not be the target.
        inputs: the files the command reads (an import's list): none may be the target.

    Returns:
        The target, with ``~`` expanded.

    Raises:
        OutputTargetError: the target is the database, a file of the data folder, an input, a folder, a device, or its
            folder cannot be written (the sentence says why: missing, no permission, read-only, disk full).
    """
    path = Path(target).expanduser()
    database = sqlite_file(database_url) if database_url else None
    if database is not None:
        for suffix in _DATABASE_COMPANIONS:
            companion = database.with_name(database.name + suffix)
            if _same(path, companion) or path.resolve() == companion.resolve():
                raise OutputTargetError(
                    _("Berkas {path} adalah database Konvergensi; pilih nama berkas keluaran yang lain.").format(
                        path=path
                    )
                )
    for source in inputs:
        if _same(path, Path(source)):
            raise OutputTargetError(
                _("Berkas {path} adalah berkas yang sedang dibaca; pilih nama berkas keluaran yang lain.").format(
                    path=path
                )
            )
    if data_dir is not None and path.exists() and _inside(path, data_dir):
        raise OutputTargetError(
            _("Berkas {path} milik folder data Konvergensi dan tidak boleh ditimpa; simpan di folder lain.").format(
                path=path
            )
        )
    if path.is_dir():
        raise OutputTargetError(describe_os_error(IsADirectoryError(errno.EISDIR, "", str(path))))
    if path.exists() and not path.is_file():  # a device (/dev/full, NUL), a pipe: nothing to replace safely
        raise OutputTargetError(
            _("{path} bukan berkas biasa (mis. perangkat); pilih nama berkas keluaran yang lain.").format(path=path)
        )
    try:  # the folder takes a new file: found now, not after an import has committed
        handle, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        error.filename = str(path)
        raise OutputTargetError(describe_os_error(error, path)) from error
    os.close(handle)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return path


# openpyxl's write-only worksheets live in ``openpyxl.*`` files of the temporary folder until the workbook is saved;
# a killed export leaves them (up to a hundred megabytes). One a day old belongs to no running export.
WORKBOOK_TEMP_PREFIX = "openpyxl."
WORKBOOK_TEMP_STALE_SECONDS = 24 * 3600


def remove_stale_workbook_files(folder: Path | None = None) -> int:
    """Removes the temporary worksheet files killed exports left in the temporary folder (at start-up).

    Args:
        folder: the temporary folder; the system's when None.

    Returns:
        The number of files removed.
    """
    removed = 0
    now = time.time()
    with contextlib.suppress(OSError):
        for candidate in Path(folder or tempfile.gettempdir()).glob(f"{WORKBOOK_TEMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                info = candidate.lstat()
                if stat.S_ISREG(info.st_mode) and now - info.st_mtime > WORKBOOK_TEMP_STALE_SECONDS:
                    candidate.unlink()
                    removed += 1
    return removed
