""" "Ingat di komputer ini": the database key kept in the Windows user's protected store (issue #16).

``keyring`` reaches the operating system's credential store: Windows Credential Manager (protected by DPAPI for the
signed-in user), the macOS Keychain, the Secret Service on a Linux desktop. The key of one data folder is stored
under the service :data:`SERVICE` with the folder's path as the account, so staff are not asked for the passphrase
at each start. It is never written to a plain file: without a store (``keyring``'s fail backend, a server without a
desktop session) nothing is remembered and the passphrase is asked at start as before.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import keyring
import keyring.errors
from keyring.backends import fail

from desktop.domain.errors import UserError
from desktop.domain.i18n import _

log = logging.getLogger(__name__)

SERVICE = "Konvergensi kunci database"
KEY_HEX_DIGITS = 64


class KeyStoreError(UserError):
    """The key cannot be remembered on this PC (no protected store, or the store refused)."""


def _account(data_dir: Path) -> str:
    text = str(data_dir.expanduser().resolve())
    return text.casefold() if sys.platform == "win32" else text


def store_available() -> bool:
    """True when a protected store is reachable (not ``keyring``'s fail backend)."""
    try:
        backend = keyring.get_keyring()
    except keyring.errors.KeyringError:  # a backend that fails while being chosen
        return False
    return not isinstance(backend, fail.Keyring)


def remember_key(data_dir: Path, key: bytes) -> None:
    """Keeps the database key of ``data_dir`` in the protected store.

    Raises:
        KeyStoreError: no protected store on this PC, or it refused.
    """
    if not store_available():
        raise KeyStoreError(
            _("Komputer ini tidak punya penyimpanan kunci yang terlindungi; frasa sandi tetap ditanya.")
        )
    try:
        keyring.set_password(SERVICE, _account(data_dir), key.hex())
    except keyring.errors.KeyringError as error:
        raise KeyStoreError(
            _("Penyimpanan kunci Windows menolak menyimpan kunci: {reason}").format(reason=error)
        ) from None


def remembered_key(data_dir: Path) -> bytes | None:
    """The key remembered for ``data_dir``; None when none is (or no store is reachable)."""
    if not store_available():
        return None
    try:
        stored = keyring.get_password(SERVICE, _account(data_dir))
    except keyring.errors.KeyringError as error:
        log.warning("protected store not readable: %s", error)
        return None
    if stored is None or len(stored) != KEY_HEX_DIGITS:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        return None


def forget_key(data_dir: Path) -> bool:
    """Removes the remembered key of ``data_dir``; True when one was removed."""
    if not store_available():
        return False
    try:
        keyring.delete_password(SERVICE, _account(data_dir))
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as error:
        log.warning("protected store: key not removed: %s", error)
        return False
    return True


def forget_remembered_key(data_dir: Path) -> bool:
    """ "Lupakan kunci": removes the key remembered for ``data_dir`` (Pengaturan → Database, ``db key forget``).

    The passphrase (or the recovery key) is asked again at the next start.

    Returns:
        True when a key was removed; False when none was remembered (or this PC has no protected store, so none
        can be).

    Raises:
        KeyStoreError: the store holds a key but refused to remove it.
    """
    if not store_available():
        return False
    try:
        keyring.delete_password(SERVICE, _account(data_dir))
    except keyring.errors.PasswordDeleteError:
        if remembered_key(data_dir) is None:
            return False
        raise KeyStoreError(_("Penyimpanan kunci Windows menolak menghapus kunci database.")) from None
    except keyring.errors.KeyringError as error:
        raise KeyStoreError(
            _("Penyimpanan kunci Windows menolak menghapus kunci database: {reason}").format(reason=error)
        ) from None
    return True
