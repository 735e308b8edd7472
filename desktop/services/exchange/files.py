"""The files that travel with exchanged records (scanned signed minutes, photos), stored in a package by SHA-256.

A record of an entity with :attr:`~desktop.services.exchange.entities.EntitySpec.file_columns` names a file of the
data folder's ``files`` folder by its hash and relative path. The package carries each such file once, as the member
``files/<sha256>`` (age-encrypted like the data members), whatever number of records name it; a file the partner is
known to hold already (an acknowledged record names it) is left out. The receiver checks every file member's content
against the hash in its name before anything is written, takes a record only when its file is in the package or
already stored here with that hash, and stores the files under the record's path (temporary name, fsync, rename).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from desktop.domain.atomic_file import atomic_output
from desktop.domain.i18n import _
from desktop.services.exchange.entities import EntitySpec
from desktop.services.exchange.offices import ExchangeError
from desktop.services.exchange.package_file import Member
from desktop.services.stored_files import (
    StoredFileError,
    read_stored_bytes,
    stored_content_sha256,
    stored_file_path,
    write_stored_content,
)

FILE_PREFIX = "files/"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def file_member(sha256: str) -> str:
    """The package member of a file (before the ``.age`` suffix)."""
    return FILE_PREFIX + sha256


def outgoing_files(
    connection: Connection, spec: EntitySpec, chosen: set[str], known: set[str], files_dir: Path, added: set[str]
) -> list[Member]:
    """The file members for the records ``chosen`` of ``spec``, each file once.

    Args:
        connection: the export's connection.
        spec: an entity with ``file_columns``.
        chosen: the uuids of the records going into the package.
        known: the uuids of the records the partner is known to hold (their files are there already).
        files_dir: this office's ``files`` folder.
        added: the hashes already in the package (updated here).

    Returns:
        The members to add. A file missing here or changed since it was stored is left out: the receiver then
        rejects the record, saying its file did not come.
    """
    if spec.file_columns is None or not chosen:
        return []
    sha_column, path_column = spec.file_columns
    table = spec.table
    rows = connection.execute(select(table.c.uuid, table.c[sha_column], table.c[path_column])).all()
    held = {str(row[1]) for row in rows if row[0] in known and row[0] not in chosen}
    members: list[Member] = []
    for record_uuid, sha256, relative in rows:
        if record_uuid not in chosen or not sha256 or sha256 in added or sha256 in held:
            continue
        content = _read(files_dir, str(relative), str(sha256))
        if content is not None:
            added.add(str(sha256))
            members.append(Member(file_member(str(sha256)), content))
    return members


def _read(files_dir: Path, relative: str, sha256: str) -> bytes | None:
    try:
        content = read_stored_bytes(files_dir, relative)  # the plain content, also of an encrypted office
    except (OSError, StoredFileError):
        return None
    return content if hashlib.sha256(content).hexdigest() == sha256 else None


def incoming_files(members: dict[str, bytes]) -> dict[str, bytes]:
    """The files of an opened package by hash, each checked against the hash its member name gives.

    Raises:
        ExchangeError: a member's name is not a hash, or its content does not match it (nothing is written).
    """
    found: dict[str, bytes] = {}
    for name, content in members.items():
        if not name.startswith(FILE_PREFIX):
            continue
        sha256 = name.removeprefix(FILE_PREFIX)
        if not _SHA256.match(sha256) or hashlib.sha256(content).hexdigest() != sha256:
            raise ExchangeError(
                _("Berkas lampiran {member} dalam paket tidak cocok dengan hash-nya; minta paket baru.").format(
                    member=name
                )
            )
        found[sha256] = content
    return found


@dataclass(slots=True)
class FileSupply:
    """The files an import may store: those in the package and those already here, and what it will write."""

    files_dir: Path
    arrived: dict[str, bytes]
    wanted: dict[str, str] = field(default_factory=dict)

    def refusal(self, spec: EntitySpec, data: dict[str, Any]) -> str | None:
        """Why a record cannot be taken because of its file (None when it can): the reason for ``rejected``."""
        if spec.file_columns is None:
            return None
        sha_column, path_column = spec.file_columns
        sha256, relative = data.get(sha_column), data.get(path_column)
        if not isinstance(sha256, str) or not isinstance(relative, str) or not _SHA256.match(sha256):
            return _("berkas lampirannya tidak disebut dengan benar")
        try:
            target = stored_file_path(self.files_dir, relative)
        except StoredFileError:
            return _("lokasi berkas lampirannya tidak sah")
        if not target.name.startswith(sha256):  # stored names begin with the hash: no other file is replaced
            return _("lokasi berkas lampirannya tidak sah")
        if sha256 in self.arrived:
            self.wanted[relative] = sha256
            return None
        if stored_content_sha256(self.files_dir, relative) == sha256:
            return None
        return _("berkas lampirannya tidak ada dalam paket maupun di kantor ini")

    def write(self) -> int:
        """Stores the files the taken records need (temporary name, fsync, rename); returns how many were written.

        Raises:
            ExchangeError: a file cannot be written (the import is rolled back).
        """
        written = 0
        for relative, sha256 in sorted(self.wanted.items()):
            target = stored_file_path(self.files_dir, relative)
            if stored_content_sha256(self.files_dir, relative) == sha256:
                continue
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                with atomic_output(target) as stream:  # temporary name, flush, fsync, rename
                    write_stored_content(self.files_dir, stream, self.arrived[sha256])  # encrypted where the DB is
            except OSError as error:
                raise ExchangeError(
                    _("Berkas lampiran {name} tidak dapat disimpan di folder data ({reason}).").format(
                        name=relative, reason=error.strerror or type(error).__name__
                    )
                ) from error
            written += 1
        return written
