"""The files of one backup: the database copy, its manifest (JSON) and a SHA-256 sidecar in ``sha256sum`` format.

A backup named ``konvergensi-20261201-141500-manual.sqlite3`` has ``...sqlite3.json`` (when, why, revision, row
counts, the stored files by hash) and ``...sqlite3.sha256`` (the hashes of the copy and of the manifest, checkable
with ``sha256sum -c``) beside it; the stored files themselves live once per content in ``berkas/<ab>/<sha256>``.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.backups import BackupReason

FORMAT = "konvergensi-backup/1"
PREFIX = "konvergensi-"
SQLITE_SUFFIX = ".sqlite3"
DUMP_SUFFIX = ".dump"
BLOB_FOLDER = "berkas"
NAME_PATTERN = re.compile(r"^konvergensi-\d{8}-\d{6}(-\d+)?-[a-z-]+\.(sqlite3|dump)$")
CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ManifestFile:
    """A stored file (attachment, evidence) as it was at backup time.

    Attributes:
        path: relative to the data folder's ``files`` folder, forward slashes.
        sha256: hex digest, also its name in the blob folder.
        size: bytes.
        mtime_ns: modification time, to skip hashing an unchanged file at the next backup.
    """

    path: str
    sha256: str
    size: int
    mtime_ns: int


@dataclass(slots=True)
class Manifest:
    """What a backup holds, written beside it as JSON."""

    created: datetime
    reason: BackupReason
    backend: str
    database_sha256: str
    database_size: int
    revision: list[str]
    counts: dict[str, int]
    files: list[ManifestFile] = field(default_factory=list)
    encrypted: bool = False

    def to_json(self) -> bytes:
        """The manifest as UTF-8 JSON."""
        data: dict[str, Any] = {"format": FORMAT} | asdict(self)
        data["created"] = self.created.isoformat()
        data["reason"] = str(self.reason)
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        """Reads a manifest.

        Raises:
            ValueError: not a manifest of this format (the message is for the log; callers say it in Indonesian).
        """
        data = json.loads(raw.decode())
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a Konvergensi backup manifest")
        try:
            return cls(
                created=datetime.fromisoformat(str(data["created"])),
                reason=BackupReason(data["reason"]),
                backend=str(data["backend"]),
                database_sha256=str(data["database_sha256"]),
                database_size=int(data["database_size"]),
                revision=[str(item) for item in data["revision"]],
                counts={str(key): int(value) for key, value in dict(data["counts"]).items()},
                files=[ManifestFile(**item) for item in data["files"]],
                encrypted=bool(data.get("encrypted", False)),
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"incomplete manifest: {error}") from error


def manifest_path(backup: Path) -> Path:
    """The manifest beside a backup file."""
    return backup.with_name(backup.name + ".json")


def sidecar_path(backup: Path) -> Path:
    """The SHA-256 sidecar beside a backup file."""
    return backup.with_name(backup.name + ".sha256")


def blob_path(folder: Path, sha256: str) -> Path:
    """Where a stored file's content lives in a backup folder."""
    return folder / BLOB_FOLDER / sha256[:2] / sha256


def backup_name(created: datetime, reason: BackupReason, suffix: str, attempt: int = 0) -> str:
    """The file name of a backup made at ``created`` (local time) for ``reason``."""
    stamp = created.strftime("%Y%m%d-%H%M%S") + (f"-{attempt}" if attempt else "")
    return f"{PREFIX}{stamp}-{reason}{suffix}"


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file as hex."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sidecar_text(entries: dict[str, str]) -> bytes:
    """Lines ``<sha256>  <name>`` as ``sha256sum`` writes them."""
    return "".join(f"{sha}  {name}\n" for name, sha in entries.items()).encode()


def read_sidecar(path: Path) -> dict[str, str]:
    """The name → hash pairs of a sidecar.

    Raises:
        ValueError: a line that is not ``<64 hex>  <name>``.
        OSError: the file cannot be read.
    """
    entries: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line.strip())
        if match is None:
            raise ValueError(f"not a sha256sum line: {line[:80]!r}")
        entries[match.group(2)] = match.group(1)
    return entries
