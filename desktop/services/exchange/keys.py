"""The office's key pairs, kept as files in the data folder (mode 0600), and the fingerprint people read aloud.

The signing key is Ed25519 (``cryptography``), the encryption key an age X25519 identity (``pyrage``). Private keys
never leave the data folder: not into a package, a card, the database or a log.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.domain.errors import UserError
from desktop.domain.i18n import _

KEYS_FOLDER = "keys"
SIGNING_KEY_FILE = "signing-ed25519.pem"
ENCRYPTION_KEY_FILE = "encryption-age.txt"


class OfficeKeyError(UserError):
    """The office keys are missing or unreadable."""


@dataclass(frozen=True, slots=True)
class OfficeKeys:
    """The office's two key pairs (private halves included: keep this object in memory only)."""

    signing: Ed25519PrivateKey
    encryption: pyrage.x25519.Identity

    @property
    def signing_public(self) -> str:
        """The Ed25519 public key, base64 of its 32 raw bytes."""
        return public_key_text(self.signing.public_key())

    @property
    def encryption_public(self) -> str:
        """The age recipient (``age1...``)."""
        return str(self.encryption.to_public())

    def sign(self, data: bytes) -> bytes:
        """Signs ``data`` with the Ed25519 key."""
        return self.signing.sign(data)

    def __repr__(self) -> str:
        return f"OfficeKeys(signing_public={self.signing_public!r})"  # never the private halves


def public_key_text(key: Ed25519PublicKey) -> str:
    """An Ed25519 public key as base64 of its raw bytes."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def verify_signature(public_key: str, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is the Ed25519 signature of ``data`` by ``public_key`` (base64 raw)."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(office_code: str, signing_public: str, encryption_public: str) -> str:
    """A short fingerprint of an office's identity and keys, to read aloud: ``K7Q2-M4XD-A9PE-3JTW``."""
    digest = hashlib.sha256(f"{office_code}\n{signing_public}\n{encryption_public}".encode()).digest()
    text = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(text[index : index + 4] for index in range(0, 16, 4))


def keys_folder(data_dir: Path) -> Path:
    """The folder of the office keys inside the data folder."""
    return data_dir / KEYS_FOLDER


def have_keys(data_dir: Path) -> bool:
    """True when both key files exist."""
    folder = keys_folder(data_dir)
    return (folder / SIGNING_KEY_FILE).is_file() and (folder / ENCRYPTION_KEY_FILE).is_file()


def _write_private(path: Path, data: bytes) -> None:
    # O_EXCL: an existing key is never overwritten (that would orphan every partner's trust in this office).
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def ensure_keys(data_dir: Path) -> OfficeKeys:
    """Creates the office key pairs when they do not exist yet, then loads them.

    Args:
        data_dir: the data folder.

    Returns:
        The keys.
    """
    folder = keys_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with_mode = folder.stat().st_mode & 0o777
    if with_mode & 0o077:
        os.chmod(folder, 0o700)
    signing_path = folder / SIGNING_KEY_FILE
    if not signing_path.exists():
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        _write_private(signing_path, pem)
    encryption_path = folder / ENCRYPTION_KEY_FILE
    if not encryption_path.exists():
        _write_private(encryption_path, (str(pyrage.x25519.Identity.generate()) + "\n").encode("ascii"))
    return load_keys(data_dir)


def load_keys(data_dir: Path) -> OfficeKeys:
    """Loads the office keys.

    Raises:
        OfficeKeyError: a key file is missing or damaged.
    """
    folder = keys_folder(data_dir)
    try:
        signing = serialization.load_pem_private_key((folder / SIGNING_KEY_FILE).read_bytes(), password=None)
        encryption = pyrage.x25519.Identity.from_str((folder / ENCRYPTION_KEY_FILE).read_text("ascii").strip())
    except FileNotFoundError:
        raise OfficeKeyError(
            _("Kunci kantor belum dibuat di folder data {folder}; jalankan: konvergensi office setup.").format(
                folder=folder
            )
        ) from None
    except (ValueError, UnicodeDecodeError, pyrage.IdentityError):
        signing = None
    if not isinstance(signing, Ed25519PrivateKey):
        raise OfficeKeyError(
            _("Berkas kunci kantor di {folder} rusak; pulihkan dari cadangan folder data.").format(folder=folder)
        )
    return OfficeKeys(signing=signing, encryption=encryption)
