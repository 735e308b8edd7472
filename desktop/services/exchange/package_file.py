"""The ``.konv`` package file: a zip of a signed manifest and age-encrypted, gzip-compressed JSON-lines members.

Layout (see ``docs/exchange-format.md``): ``manifest.json`` (UTF-8 JSON), ``manifest.sig`` (base64 Ed25519
signature of the exact manifest bytes) and ``data/<entity>.jsonl.gz.age`` plus ``data/audit.jsonl.gz.age``.
Reading verifies before it parses: names, sizes, the signature, the recipient, the format version and every
member's SHA-256 are checked before any member is decrypted or decoded.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import pyrage

from desktop.domain.atomic_file import atomic_output
from desktop.domain.i18n import _
from desktop.services.exchange.keys import OfficeKeys, verify_signature
from desktop.services.exchange.offices import ExchangeError

PACKAGE_FORMAT = "konvergensi-exchange"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_MANIFEST_BYTES = 4_000_000
MAX_MEMBER_BYTES = 3_500_000_000  # a FAT32 file holds at most 4 GiB; nothing we write comes near
MAX_EXPANDED_BYTES = 4_000_000_000
MAX_RATIO = 200  # deflated JSON compresses about 10:1; a member claiming far more is a zip bomb


@dataclass(frozen=True, slots=True)
class Member:
    """One data member before encryption: its name and plain content."""

    name: str
    content: bytes


class LinesEncoder:
    """JSON lines compressed as they come (gzip), so a member's text is never whole in memory."""

    def __init__(self) -> None:
        self._compressor = zlib.compressobj(6, zlib.DEFLATED, 31)  # gzip framing, as gzip.compress writes it
        self._parts: list[bytes] = []
        self._pending: list[str] = []
        self.count = 0

    def add(self, row: dict[str, Any] | str) -> None:
        """One line: a record object, or its already encoded JSON text."""
        self._pending.append(
            row if isinstance(row, str) else json.dumps(row, ensure_ascii=False, separators=(",", ":"))
        )
        self.count += 1
        if len(self._pending) >= ENCODE_BATCH:
            self._compress()

    def _compress(self) -> None:
        if self._pending:
            self._parts.append(self._compressor.compress(("\n".join(self._pending) + "\n").encode("utf-8")))
            self._pending = []

    def finish(self) -> bytes:
        """The gzip member."""
        self._compress()
        self._parts.append(self._compressor.flush())
        return b"".join(self._parts)


def encode_lines(rows: list[dict[str, Any]] | list[str]) -> bytes:
    """JSON lines (one compact object per line; a string is taken as an encoded line), gzip-compressed."""
    encoder = LinesEncoder()
    for row in rows:
        encoder.add(row)
    return encoder.finish()


ENCODE_BATCH = 2_000
"""Lines compressed together by :class:`LinesEncoder`."""


def write_package(
    target: Path, manifest: dict[str, Any], members: list[Member], keys: OfficeKeys, recipient: str
) -> str:
    """Writes the package atomically, reads it back and checks every hash.

    Args:
        target: the final file name.
        manifest: the manifest without ``members`` (filled here).
        members: the data members, plain (encrypted here to ``recipient``).
        keys: the sender's keys (the manifest is signed).
        recipient: the recipient's age public key.

    Returns:
        The SHA-256 of the whole file.

    Raises:
        ExchangeError: the file read back differs from what was written.
    """
    age_recipient = pyrage.x25519.Recipient.from_str(recipient)
    sealed = [(member.name + ".age", pyrage.encrypt(member.content, [age_recipient])) for member in members]
    manifest = dict(manifest)
    manifest["members"] = [
        {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in sealed
    ]
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    signature = base64.b64encode(keys.sign(manifest_bytes))
    with atomic_output(target) as stream:
        with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
            archive.writestr(MANIFEST, manifest_bytes, compress_type=zipfile.ZIP_DEFLATED)
            archive.writestr(SIGNATURE, signature)
            for name, data in sealed:
                archive.writestr(name, data)  # ciphertext does not compress
    digest = hashlib.sha256()
    with target.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    try:
        _check_members(target, manifest)
    except ExchangeError:
        raise ExchangeError(
            _("Paket {file} yang baru ditulis tidak terbaca kembali dengan benar; periksa media penyimpanan.").format(
                file=target.name
            )
        ) from None
    return digest.hexdigest()


def _check_members(path: Path, manifest: dict[str, Any]) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        found: dict[str, bytes] = {}
        for entry in manifest["members"]:
            data = archive.read(entry["name"])
            if len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
                raise ExchangeError(_("Isi paket {file} sudah berubah; minta paket baru.").format(file=path.name))
            found[entry["name"]] = data
        return found


def unreadable() -> str:
    """The refusal of a member that does not decode (a bug of the sender; the signature was valid)."""
    return _("Isi paket tidak dapat dibaca; minta pengirim membuat paket baru.")


@dataclass(slots=True)
class OpenedPackage:
    """A package whose signature and hashes were checked: its manifest and decrypted members."""

    manifest: dict[str, Any]
    members: dict[str, bytes]

    def lines(self, name: str) -> list[dict[str, Any]]:
        """The decoded JSON lines of a data member (``data/<entity>.jsonl.gz``), empty when absent."""
        return list(self.iter_lines(name))

    def iter_lines(self, name: str) -> Iterator[dict[str, Any]]:
        """Yields the decoded JSON lines of a data member one by one (memory stays flat).

        Raises:
            ExchangeError: the member does not decode (a bug of the sender; the signature was valid).
        """
        for line in self.iter_texts(name):
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise ExchangeError(unreadable()) from None
            if isinstance(row, dict):
                yield row

    def iter_texts(self, name: str) -> Iterator[str]:
        """Yields the non-empty lines of a data member as text, not decoded.

        Raises:
            ExchangeError: the member does not decompress.
        """
        raw = self.members.get(name)
        if raw is None:
            return
        try:
            for line in _gunzip_lines(raw):
                if line:
                    yield line.decode("utf-8")
        except (OSError, EOFError, zlib.error, UnicodeDecodeError):
            raise ExchangeError(unreadable()) from None


GUNZIP_CHUNK = 1 << 20
"""Bytes decompressed at a time: a member's text is never whole in memory."""


def _gunzip_lines(data: bytes) -> Iterator[bytes]:
    """Yields the lines (split at ``\\n`` only) of a gzip member, decompressing a chunk at a time.

    Raises:
        ExchangeError: the member expands beyond :data:`MAX_EXPANDED_BYTES` (a zip bomb).
    """
    decompressor = zlib.decompressobj(wbits=31)
    pending = b""
    total = 0
    rest = data
    while True:
        chunk = decompressor.decompress(rest, GUNZIP_CHUNK)
        rest = decompressor.unconsumed_tail
        total += len(chunk)
        if total > MAX_EXPANDED_BYTES:
            raise ExchangeError(_("Isi paket mengembang tidak wajar (bom zip); paket ditolak."))
        if not chunk and not rest:
            break
        lines = (pending + chunk).split(b"\n")
        pending = lines.pop()
        yield from lines
    pending += decompressor.flush()
    if pending:
        yield from pending.split(b"\n")


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return not (
        "\\" in name or path.is_absolute() or ".." in path.parts or ":" in name or name.startswith("/") or not name
    )


def _check_infos(infos: list[zipfile.ZipInfo], name: str) -> set[str]:
    for info in infos:
        if not _safe_name(info.filename):
            raise ExchangeError(
                _("Paket {file} memuat nama berkas yang keluar dari foldernya ({member}); paket ditolak.").format(
                    file=name, member=info.filename
                )
            )
        ratio = info.file_size / info.compress_size if info.compress_size else 0
        if info.file_size > MAX_MEMBER_BYTES or (ratio > MAX_RATIO and info.file_size > 1 << 20):
            raise ExchangeError(_("Paket {file} mengembang tidak wajar (bom zip); paket ditolak.").format(file=name))
    names = {info.filename for info in infos}
    if MANIFEST not in names or SIGNATURE not in names:
        raise ExchangeError(_("Berkas {file} bukan paket pertukaran Konvergensi (.konv).").format(file=name))
    return names


def _check_manifest(
    manifest: Any, manifest_bytes: bytes, signature: bytes, name: str, own_code: str, sender_key: Callable[[str], str]
) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
        raise ExchangeError(_("Berkas {file} bukan paket pertukaran Konvergensi (.konv).").format(file=name))
    sender = manifest.get("sender", {})
    sender_code = str(sender.get("code", "")) if isinstance(sender, dict) else ""
    if not verify_signature(sender_key(sender_code), signature, manifest_bytes):
        raise ExchangeError(
            _(
                "Tanda tangan paket {file} tidak cocok dengan kunci mitra {code}: paket diubah setelah dibuat "
                "atau bukan dari kantor itu; minta paket baru."
            ).format(file=name, code=sender_code)
        )
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ExchangeError(
            _(
                "Paket {file} dibuat dengan format versi {version} yang lebih baru dari versi aplikasi ini; "
                "perbarui Konvergensi lalu impor lagi."
            ).format(file=name, version=version)
        )
    recipient = manifest.get("recipient", {})
    recipient_code = recipient.get("code") if isinstance(recipient, dict) else None
    if recipient_code != own_code:
        raise ExchangeError(
            _("Paket {file} ditujukan kepada kantor {code}, bukan kantor ini ({own}); paket tidak diimpor.").format(
                file=name, code=recipient_code, own=own_code
            )
        )


def open_package(path: Path, own_code: str, keys: OfficeKeys, sender_key: Callable[[str], str]) -> OpenedPackage:
    """Opens and verifies a package addressed to this office.

    Args:
        path: the ``.konv`` file.
        own_code: this office's code (the recipient the package must name).
        keys: this office's keys (to decrypt).
        sender_key: gives the trusted signing key of a sender code; raises :class:`ExchangeError` for an unknown
            or revoked sender.

    Returns:
        The verified package.

    Raises:
        ExchangeError: any check failed; the sentence says why and what to do.
    """
    name = path.name
    damaged = _("Berkas {file} rusak atau terpotong (mungkin flashdisk dicabut saat menyalin); minta paket baru.")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise ExchangeError(damaged.format(file=name)) from None
    with archive:
        names = _check_infos(archive.infolist(), name)
        try:
            manifest_bytes = archive.read(MANIFEST)[: MAX_MANIFEST_BYTES + 1]
            signature = base64.b64decode(archive.read(SIGNATURE), validate=True)
            manifest = json.loads(manifest_bytes)
        except (zipfile.BadZipFile, EOFError, zlib.error, ValueError):
            raise ExchangeError(damaged.format(file=name)) from None
        _check_manifest(manifest, manifest_bytes, signature, name, own_code, sender_key)
        listed = {str(entry.get("name")) for entry in manifest.get("members", []) if isinstance(entry, dict)}
        if not listed <= names or names - listed - {MANIFEST, SIGNATURE}:
            raise ExchangeError(damaged.format(file=name))
    try:
        sealed = _check_members(path, manifest)
    except (zipfile.BadZipFile, EOFError, zlib.error, KeyError):
        raise ExchangeError(damaged.format(file=name)) from None
    members: dict[str, bytes] = {}
    for member_name, data in sealed.items():
        try:
            members[member_name.removesuffix(".age")] = pyrage.decrypt(data, [keys.encryption])
        except pyrage.DecryptError:
            raise ExchangeError(
                _(
                    "Paket {file} tidak dapat dibuka dengan kunci kantor ini; minta pengirim memakai kartu kantor "
                    "terbaru."
                ).format(file=name)
            ) from None
    return OpenedPackage(manifest=manifest, members=members)
