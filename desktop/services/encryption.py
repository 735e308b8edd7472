"""Encryption at rest: the office key, its passphrase and recovery key, and turning encryption on (issue #16).

The database is encrypted by SQLCipher with a random 256-bit key. That key is shown once as the **recovery key**
(64 hexadecimal digits in groups of eight, like BitLocker's) and kept in ``kunci-database.json`` in the data folder
wrapped by the passphrase: scrypt (from ``cryptography``) derives a Fernet key from the passphrase, which encrypts
the database key. Changing the passphrase re-wraps the same key (nothing is re-encrypted, the recovery key stays
valid). A backup of an encrypted database is encrypted with the same key, so a restore on a new PC works with the
recovery key alone. The stored files (``files/``) follow the database: sealed when it is encrypted, re-wrapped when
its key changes (:mod:`desktop.services.file_cipher`).
"""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import Engine

from db.engine import engine_key
from db.sqlcipher import KEY_BYTES, SqlCipherMissingError, encrypt_copy, is_encrypted_file, rekey_file
from db.sqlite_copy import inspect_sqlite_file, raw_sqlite, source_facts
from desktop.domain.atomic_file import atomic_write_bytes, fsync_folder
from desktop.domain.backups import BackupReason, BackupSettings
from desktop.domain.errors import UserError
from desktop.domain.i18n import _
from desktop.services import file_cipher
from desktop.services.backup.backup_service import FILES_FOLDER, compare_copy, create_backup
from desktop.services.key_store import remember_key, remembered_key
from desktop.services.tasks import TaskControl

KEY_FILE = "kunci-database.json"
KEY_FORMAT = "konvergensi-key/1"
PASSPHRASE_ENV = "KONVERGENSI_DB_PASSPHRASE"
MIN_PASSPHRASE = 10
# scrypt cost: about 0.1 s and 32 MB per try on an office PC (OWASP's minimum is N=2**17 with r=8 for
# passwords that guard a login; this one guards a key file that only exists on the PC itself).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


class EncryptionError(UserError):
    """A key that is missing or wrong, or encryption that cannot be turned on; one Indonesian sentence."""


def format_recovery_key(key: bytes) -> str:
    """The recovery key as the user writes it down: 8 groups of 8 hexadecimal digits."""
    digits = key.hex().upper()
    return "-".join(digits[index : index + 8] for index in range(0, len(digits), 8))


def parse_recovery_key(text: str) -> bytes | None:
    """The key of a recovery key as typed (dashes, spaces and case do not matter); None when it is not one."""
    digits = re.sub(r"[\s-]", "", text)
    if re.fullmatch(r"[0-9A-Fa-f]{64}", digits) is None:
        return None
    return bytes.fromhex(digits)


def _fernet(passphrase: str, salt: bytes, n: int, r: int, p: int) -> Fernet:
    derived = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return Fernet(base64.urlsafe_b64encode(derived))


def wrap_key(key: bytes, passphrase: str) -> bytes:
    """The key file's content: the database key encrypted with a key derived from the passphrase."""
    salt = os.urandom(16)
    token = _fernet(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P).encrypt(key)
    document = {
        "format": KEY_FORMAT,
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode(),
        "token": token.decode(),
    }
    return json.dumps(document, indent=1).encode()


def unwrap_key(raw: bytes, passphrase: str) -> bytes:
    """The database key from a key file's content.

    Raises:
        EncryptionError: a wrong passphrase, or a key file that is not one.
    """
    try:
        document = json.loads(raw.decode())
        if document.get("format") != KEY_FORMAT or document.get("kdf") != "scrypt":
            raise ValueError("unknown key file format")
        fernet = _fernet(
            passphrase, base64.b64decode(document["salt"]), int(document["n"]), int(document["r"]), int(document["p"])
        )
        token = str(document["token"]).encode()
    except (ValueError, KeyError, TypeError) as error:
        raise EncryptionError(_("Berkas kunci database {name} rusak.").format(name=KEY_FILE)) from error
    try:
        key = fernet.decrypt(token)
    except InvalidToken:
        raise EncryptionError(_("Frasa sandi database salah.")) from None
    if len(key) != KEY_BYTES:
        raise EncryptionError(_("Berkas kunci database {name} rusak.").format(name=KEY_FILE))
    return key


def database_key(data_dir: Path, secret: str) -> bytes:
    """The database key from what the user gave: the recovery key itself, or the passphrase of the key file.

    Raises:
        EncryptionError: a wrong passphrase, or no key file in the data folder (then only the recovery key opens).
    """
    recovered = parse_recovery_key(secret)
    if recovered is not None:
        return recovered
    try:
        raw = (data_dir / KEY_FILE).read_bytes()
    except FileNotFoundError:
        raise EncryptionError(
            _("Berkas kunci {name} tidak ada di folder data; buka database dengan kunci pemulihan.").format(
                name=KEY_FILE
            )
        ) from None
    return unwrap_key(raw, secret)


def read_secret(path: str | None) -> str | None:
    """The passphrase (or recovery key) from a file named on the command line, else ``$KONVERGENSI_DB_PASSPHRASE``."""
    if path:
        return Path(path).expanduser().read_text(encoding="utf-8").strip("\r\n")
    return os.environ.get(PASSPHRASE_ENV) or None


def check_passphrase(passphrase: str) -> None:
    """Refuses a passphrase too short to guard personal data.

    Raises:
        EncryptionError: shorter than :data:`MIN_PASSPHRASE` characters.
    """
    if len(passphrase) < MIN_PASSPHRASE:
        raise EncryptionError(_("Frasa sandi database minimal {count} karakter.").format(count=MIN_PASSPHRASE))


@dataclass(frozen=True, slots=True)
class EncryptionResult:
    """What :func:`encrypt_database` did: the recovery key (shown once) and the verified backup made first."""

    recovery_key: str
    backup: Path


def encrypt_database(
    engine: Engine,
    data_dir: Path,
    passphrase: str,
    settings: BackupSettings | None = None,
    control: TaskControl | None = None,
) -> EncryptionResult:
    """Encrypts the plain SQLite database in place, after a verified backup; the engine is disposed.

    The encrypted copy is written beside the database, checked (integrity, foreign keys, counts, revision, read
    with the new key), the key file is written, and only then does the copy replace the database.

    Raises:
        EncryptionError: already encrypted, a server database, a short passphrase, SQLCipher missing, or the
            encrypted copy did not verify (the database is left as it was).
    """
    check_passphrase(passphrase)
    database = _sqlite_file(engine)
    if engine_key(engine) is not None or is_encrypted_file(database):
        raise EncryptionError(_("Database sudah terenkripsi."))

    def encrypted_copy(temp: Path, key: bytes) -> None:
        encrypt_copy(database, temp, key)

    result = _replace_with_verified_copy(
        engine, data_dir, passphrase, BackupReason.BEFORE_ENCRYPTION, settings, encrypted_copy, control
    )
    _convert_files(data_dir, None, parse_recovery_key(result.recovery_key), control)
    return result


def _convert_files(
    data_dir: Path, old_key: bytes | None, new_key: bytes | None, control: TaskControl | None = None
) -> None:
    """Brings the stored files to the database's new key (sealed, re-wrapped)."""
    if control is not None:
        control.report(0, 0, _("Mengenkripsi berkas tersimpan"))
    try:
        file_cipher.convert_folder(data_dir / FILES_FOLDER, old_key, new_key)
    except file_cipher.FileCipherError as error:
        raise EncryptionError(
            _("Sebagian berkas tersimpan dienkripsi dengan kunci lain dan tidak diubah ({detail}).").format(
                detail=error
            )
        ) from error


def rotate_key(
    engine: Engine,
    data_dir: Path,
    current_secret: str,
    new_passphrase: str,
    settings: BackupSettings | None = None,
    control: TaskControl | None = None,
) -> EncryptionResult:
    """Re-encrypts the database with a new random key (``PRAGMA rekey``) after a verified backup.

    Unlike :func:`change_passphrase` every page is rewritten: the old recovery key and any copy of the old key
    stop opening the database (backups made before keep the old key). A copy is rekeyed, checked with the new key
    (integrity, foreign keys, counts, revision) and proven closed to the old key, then it replaces the database.
    The engine is disposed.

    Args:
        engine: the engine of the encrypted database.
        data_dir: the data folder (its key file is replaced).
        current_secret: the current passphrase or recovery key (asked again: a left-open window is not enough).
        new_passphrase: the passphrase that wraps the new key.
        settings: where the backup made first goes.
        control: progress (the backup, the copy, its check, the stored files).

    Returns:
        The new recovery key (shown once) and the backup made first.

    Raises:
        EncryptionError: not encrypted, a wrong current secret, a short passphrase, or a copy that did not verify.
    """
    check_passphrase(new_passphrase)
    database = _sqlite_file(engine)
    key = engine_key(engine)
    if key is None:
        raise EncryptionError(_("Database belum terenkripsi; enkripsi dulu dengan db encrypt."))
    if database_key(data_dir, current_secret) != key:
        raise wrong_key()

    def rekeyed_copy(temp: Path, new_key: bytes) -> None:
        shutil.copyfile(database, temp)
        rekey_file(temp, key, new_key)
        if inspect_sqlite_file(temp, key).readable:
            raise EncryptionError(_("Salinan dengan kunci baru masih terbuka dengan kunci lama; kunci tidak diganti."))

    was_remembered = remembered_key(data_dir) == key
    result = _replace_with_verified_copy(
        engine, data_dir, new_passphrase, BackupReason.BEFORE_REKEY, settings, rekeyed_copy, control
    )
    new_key = parse_recovery_key(result.recovery_key) or b""
    if was_remembered:  # the PC keeps opening it without a question, now with the new key
        remember_key(data_dir, new_key)
    _convert_files(data_dir, key, new_key, control)  # the files' content keys re-wrapped, their content unchanged
    return result


def _sqlite_file(engine: Engine) -> Path:
    if engine.dialect.name != "sqlite" or not engine.url.database:
        raise EncryptionError(_("Enkripsi hanya untuk database SQLite di folder data."))
    return Path(engine.url.database)


def _replace_with_verified_copy(
    engine: Engine,
    data_dir: Path,
    passphrase: str,
    reason: BackupReason,
    settings: BackupSettings | None,
    make_copy: Callable[[Path, bytes], None],
    control: TaskControl | None = None,
) -> EncryptionResult:
    """Backup, then a copy under a new key made by ``make_copy``, verified, then the key file and the swap."""
    database = _sqlite_file(engine)
    control = control or TaskControl()
    backup = create_backup(engine, data_dir, reason=reason, settings=settings, control=control)
    control.report(0, 0, _("Mengenkripsi database"))
    counts, revision = source_facts(engine)
    with raw_sqlite(engine) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    key = secrets.token_bytes(KEY_BYTES)
    temp = database.with_name(f".{database.name}.{secrets.token_hex(4)}.encrypting.tmp")
    try:
        try:
            make_copy(temp, key)
        except SqlCipherMissingError:
            raise EncryptionError(
                _("Pustaka SQLCipher (sqlcipher3) tidak terpasang; enkripsi tidak tersedia.")
            ) from None
        control.report(0, 0, _("Memeriksa salinan terenkripsi"))
        problems = compare_copy(temp, counts, revision, key)
        if problems:
            raise EncryptionError(_("Salinan terenkripsi ditolak: {reasons}.").format(reasons="; ".join(problems)))
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        # A crash between these two steps leaves the key file ahead of the database: the backup made first
        # (old key, old recovery key) is the way back, and the new recovery key has not been shown yet.
        atomic_write_bytes(data_dir / KEY_FILE, wrap_key(key, passphrase), private=True)
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(temp, database)
        fsync_folder(database.parent)
    finally:
        temp.unlink(missing_ok=True)
        temp.with_name(temp.name + "-journal").unlink(missing_ok=True)
    return EncryptionResult(format_recovery_key(key), backup.entry.path)


def change_passphrase(data_dir: Path, current_secret: str, new_passphrase: str) -> None:
    """Re-wraps the database key with a new passphrase (the recovery key stays valid; no data is rewritten).

    Args:
        data_dir: the data folder.
        current_secret: the current passphrase, or the recovery key (a lost passphrase is replaced with it).
        new_passphrase: the new passphrase.

    Raises:
        EncryptionError: a wrong current secret or a short new passphrase.
    """
    check_passphrase(new_passphrase)
    key = database_key(data_dir, current_secret)
    atomic_write_bytes(data_dir / KEY_FILE, wrap_key(key, new_passphrase), private=True)


def open_key(database: Path, data_dir: Path, secret: str | None) -> bytes | None:
    """The key to open ``database`` with: None for a plain file, else the key from ``secret``.

    Without a secret the key remembered on this PC (:mod:`desktop.services.key_store`) is used when there is one.

    Without a secret a file that is not plain SQLite counts as encrypted only when the data folder has a key file:
    an encrypted file cannot be told from a damaged one, and a damaged one must keep its own message.

    Raises:
        EncryptionError: the file is encrypted and no secret was given, or the secret is wrong.
    """
    if not is_encrypted_file(database):
        return None
    if not secret:
        remembered = remembered_key(data_dir)  # "Ingat di komputer ini"
        if remembered is not None:
            return remembered
    if not secret and not (data_dir / KEY_FILE).is_file():
        return None
    if not secret:
        raise EncryptionError(
            _(
                "Database terenkripsi; berikan frasa sandi atau kunci pemulihan (--db-passphrase-file BERKAS "
                "atau variabel lingkungan KONVERGENSI_DB_PASSPHRASE)."
            )
        )
    return database_key(data_dir, secret)


def wrong_key() -> EncryptionError:
    """The one sentence for a key that does not open the database."""
    return EncryptionError(_("Kunci database salah: frasa sandi atau kunci pemulihan tidak membuka database ini."))
