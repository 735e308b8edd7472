"""Files kept in the data folder (meeting attachments, Aksi evidence): copied under ``data_dir/files/<area>/``,
identified by their SHA-256.

The copy is written to a temporary name beside its destination, flushed to disk (fsync), checked against the hash
computed while reading the source, and only then renamed (os.replace) to its final name, so an interrupted copy
never leaves a half file under a final name (DESIGN.md §5).

When the database is encrypted the files are too (:mod:`desktop.services.file_cipher`): the copy is sealed on its
way to the temporary name, the hash recorded is the plain content's, and :func:`read_stored_bytes` /
:func:`viewable_file` give the content back (the system viewer gets a decrypted copy in a private temporary folder,
removed when the program ends).

Typical use::

    stored = store_file(files_dir, "meetings", source, lambda sha: f"{sha[:2]}/{sha}.pdf", max_bytes=50_000_000)
    ...  # record stored.relative_path and stored.sha256 in the database
    path = stored_file_path(files_dir, stored.relative_path)
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.domain.atomic_file import fsync_folder
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.services import file_cipher
from desktop.services.os_errors import describe_os_error
from desktop.services.tasks import TaskControl

CHUNK = 1024 * 1024


class StoredFileError(UserError):
    """A file that cannot be stored or read back; the message says why in Indonesian."""


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A file stored in the data folder.

    Attributes:
        relative_path: path relative to the ``files`` folder, with forward slashes (what the database records).
        sha256: hex digest of the content.
        size: bytes.
        already_present: the same content was already stored under that name (nothing new was written).
    """

    relative_path: str
    sha256: str
    size: int
    already_present: bool


def file_sha256(path: Path, control: TaskControl | None = None) -> str:
    """The SHA-256 of a file as hex; reports progress and honours cancellation when given a control."""
    digest = hashlib.sha256()
    total = path.stat().st_size if control is not None else 0
    done = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            if control is not None:
                done += len(chunk)
                control.check()
                control.report(done, total, _("Memeriksa berkas"))
    return digest.hexdigest()


# What a stored file's content must begin with, by its extension: one rule for meeting attachments and Aksi
# evidence (a PNG named .pdf, or an executable named .docx, is refused).
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".docx": (_ZIP,),
    ".xlsx": (_ZIP,),
    ".pptx": (_ZIP,),
    ".odt": (_ZIP,),
    ".ods": (_ZIP,),
    ".doc": (_OLE,),
    ".xls": (_OLE,),
    ".ppt": (_OLE,),
}


def _mebibytes(size: int) -> str:
    value = size / (1 << 20)
    return f"{value:.0f}" if value.is_integer() else f"{value:.1f}".replace(".", ",")


def check_stored_content(source: Path, allowed: Collection[str] | None = None) -> str:
    """Checks a file chosen to be stored: a regular file (not a link), of an allowed type, whose content is what its
    name says.

    Args:
        source: the file.
        allowed: the extensions accepted (``.pdf``...); every type of :data:`SIGNATURES` when None.

    Returns:
        The extension, lower case.

    Raises:
        StoredFileError: a symbolic link, missing, of a type not accepted, or content that does not match.
    """
    if source.is_symlink():
        raise StoredFileError(
            _("Berkas {name} adalah tautan (symbolic link); pilih berkas aslinya.").format(name=source.name)
        )
    if not source.is_file():
        raise StoredFileError(_("Berkas {source} tidak ditemukan.").format(source=source))
    suffix = source.suffix.lower()
    kinds = SIGNATURES if allowed is None else {kind: SIGNATURES[kind] for kind in allowed}
    if suffix not in kinds:
        raise StoredFileError(
            _("Jenis berkas {name} tidak diterima; yang diterima: {kinds}.").format(
                name=source.name, kinds=", ".join(kind[1:].upper() for kind in kinds)
            )
        )
    try:
        with source.open("rb") as stream:
            head = stream.read(16)
    except OSError as error:
        raise StoredFileError(describe_os_error(error, source)) from error
    if not head.startswith(kinds[suffix]):
        raise StoredFileError(
            _("Isi berkas {name} bukan {upper} yang sah.").format(name=source.name, upper=suffix[1:].upper())
        )
    return suffix


def _copy_to_temp(
    source: Path, folder: Path, max_bytes: int, control: TaskControl | None, key: bytes | None = None
) -> tuple[str, int, Path]:
    """Copies ``source`` to a temporary file in ``folder`` (sealed with ``key`` when given), hashing the plain
    content on the way; fsyncs it."""
    folder.mkdir(parents=True, exist_ok=True)
    total = source.stat().st_size
    digest = hashlib.sha256()
    size = 0
    handle, temp_name = tempfile.mkstemp(prefix=".copy-", suffix=".tmp", dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as target, source.open("rb") as reader:
            sealer = file_cipher.Sealer(target, key) if key is not None else None
            while chunk := reader.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise StoredFileError(
                        _("Berkas {name} lebih besar dari {value} MiB.").format(
                            name=source.name, value=_mebibytes(max_bytes)
                        )
                    )
                digest.update(chunk)
                (sealer or target).write(chunk)
                if control is not None:
                    control.check()
                    control.report(size, total, _("Menyalin {name}").format(name=source.name))
            if sealer is not None:
                sealer.finish()
            target.flush()
            os.fsync(target.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return digest.hexdigest(), size, temp


def store_file(
    files_dir: Path,
    area: str,
    source: Path,
    name: Callable[[str], str],
    *,
    max_bytes: int,
    accept: Callable[[str, int], None] | None = None,
    control: TaskControl | None = None,
) -> StoredFile:
    """Copies a file into ``files_dir/area/`` under a name derived from its hash.

    Args:
        files_dir: the data folder's ``files`` folder.
        area: the sub-folder of the feature (``meetings``, ``aksi/2024``).
        source: the file to copy.
        name: the final path inside ``area`` from the hex SHA-256 (may contain sub-folders).
        max_bytes: larger files are refused.
        accept: called with (sha256, size) before the file gets its final name; raising refuses the file and
            nothing is left behind (e.g. an empty file, or one already attached).
        control: progress and cancellation (a cancelled copy leaves nothing behind).

    Returns:
        Where the file is stored.

    Raises:
        StoredFileError: missing, too large or unreadable source, or the copy does not match the source's hash.
    """
    if source.is_symlink():
        raise StoredFileError(
            _("Berkas {name} adalah tautan (symbolic link); pilih berkas aslinya.").format(name=source.name)
        )
    if not source.is_file():
        raise StoredFileError(_("Berkas {source} tidak ditemukan.").format(source=source))
    folder = files_dir / area
    try:
        sha, size, temp = _copy_to_temp(source, folder, max_bytes, control, file_cipher.registered_key(files_dir))
    except OSError as error:
        raise StoredFileError(
            _("Berkas {name} tidak dapat disalin. {describe_os_error}").format(
                name=source.name, describe_os_error=describe_os_error(error)
            )
        ) from error
    try:
        if accept is not None:
            accept(sha, size)
        if _content_sha256(files_dir, temp) != sha:
            raise StoredFileError(
                _("Salinan berkas {name} rusak (hash SHA-256 tidak cocok); coba lagi.").format(name=source.name)
            )
        final = folder / name(sha)
        present = final.is_file() and _content_sha256(files_dir, final) == sha
        if present:
            temp.unlink(missing_ok=True)
        else:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, final)
            fsync_folder(final.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return StoredFile(final.relative_to(files_dir).as_posix(), sha, size, present)


def stored_file_path(files_dir: Path, relative_path: str) -> Path:
    """The absolute path of a stored file.

    Raises:
        StoredFileError: the path points outside the files folder.
    """
    root = files_dir.resolve()
    path = (root / relative_path).resolve()
    if root not in path.parents:
        raise StoredFileError(_("Lokasi berkas tidak sah."))
    return path


def stored_file_problem(files_dir: Path, relative_path: str, sha256: str, label: str) -> str | None:
    """Checks a stored file against its recorded hash.

    Returns:
        None when intact, else the problem in Indonesian (missing or changed file), naming it ``label``.
    """
    path = stored_file_path(files_dir, relative_path)
    if not path.is_file():
        return _("Berkas {label} tidak ada lagi di folder data.").format(label=label)
    try:
        actual = _content_sha256(files_dir, path)
    except StoredFileError as error:
        return str(error)
    except file_cipher.FileCipherError:
        actual = ""
    if actual != sha256:
        return _("Berkas {label} telah berubah sejak disimpan (hash SHA-256 tidak cocok).").format(label=label)
    return None


def _files_key(files_dir: Path, path: Path) -> bytes:
    key = file_cipher.registered_key(files_dir)
    if key is None:
        raise StoredFileError(
            _("Berkas {name} terenkripsi; buka database dengan frasa sandi atau kunci pemulihannya.").format(
                name=path.name
            )
        )
    return key


def _content_sha256(files_dir: Path, path: Path) -> str:
    """The SHA-256 of a stored file's plain content (decrypted on the way when it is encrypted).

    Raises:
        StoredFileError: encrypted, and the database was opened without a key.
        FileCipherError: encrypted, and it does not open (changed, cut short, another key).
    """
    if not file_cipher.is_sealed(path):
        return file_sha256(path)
    digest = hashlib.sha256()
    for chunk in file_cipher.open_chunks(path, _files_key(files_dir, path)):
        digest.update(chunk)
    return digest.hexdigest()


def read_stored_bytes(files_dir: Path, relative_path: str) -> bytes:
    """The plain content of a stored file (decrypted when it is encrypted).

    Raises:
        StoredFileError: outside the files folder, encrypted without the key, or damaged.
        OSError: missing or unreadable.
    """
    path = stored_file_path(files_dir, relative_path)
    if not file_cipher.is_sealed(path):
        return path.read_bytes()
    try:
        return b"".join(file_cipher.open_chunks(path, _files_key(files_dir, path)))
    except file_cipher.FileCipherError as error:
        raise StoredFileError(
            _("Berkas {name} rusak atau dienkripsi dengan kunci lain.").format(name=path.name)
        ) from error


def stored_content_sha256(files_dir: Path, relative_path: str) -> str | None:
    """The SHA-256 of a stored file's plain content; None when it is missing, unreadable or does not open."""
    try:
        return _content_sha256(files_dir, stored_file_path(files_dir, relative_path))
    except (OSError, StoredFileError, file_cipher.FileCipherError):
        return None


def write_stored_content(files_dir: Path, stream: BinaryIO, content: bytes) -> None:
    """Writes a file's content as the files folder keeps it: encrypted when the office's database is.

    Args:
        files_dir: the data folder's files folder.
        stream: the (temporary) file being written.
        content: the plain content.
    """
    key = file_cipher.registered_key(files_dir)
    if key is None:
        stream.write(content)
        return
    sealer = file_cipher.Sealer(stream, key)
    sealer.write(content)
    sealer.finish()


_VIEW_FOLDER: list[Path] = []


def _view_folder() -> Path:
    """A private temporary folder for decrypted copies, removed when the program ends."""
    if not _VIEW_FOLDER:
        folder = Path(tempfile.mkdtemp(prefix="konvergensi-buka-"))  # mode 0700
        atexit.register(shutil.rmtree, folder, True)
        _VIEW_FOLDER.append(folder)
    return _VIEW_FOLDER[0]


def viewable_file(files_dir: Path, relative_path: str, name: str | None = None) -> Path:
    """A path the system viewer can open: the stored file itself when plain (or missing), else a decrypted copy
    named ``name`` (the original file name) in a private temporary folder removed when the program ends.

    Raises:
        StoredFileError: outside the files folder, encrypted without the key, or damaged.
    """
    path = stored_file_path(files_dir, relative_path)
    if not path.is_file() or not file_cipher.is_sealed(path):
        return path
    content = read_stored_bytes(files_dir, relative_path)
    folder = Path(tempfile.mkdtemp(prefix="berkas-", dir=_view_folder()))
    target = folder / Path(name or path.name).name
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(content)
    return target


def remove_unreferenced(files_dir: Path, stored: StoredFile) -> None:
    """Removes a file just stored when recording it failed (kept when it was already there before)."""
    if not stored.already_present:
        stored_file_path(files_dir, stored.relative_path).unlink(missing_ok=True)
