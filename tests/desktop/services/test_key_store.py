"""The database key remembered on this PC through ``keyring`` (issue #16).

The test machine has no desktop credential store (``keyring``'s fail backend), which is itself one case: nothing is
remembered and the passphrase is asked. For the other cases a keyring backend that keeps its entries in memory
stands in for Windows Credential Manager: the backend is the third-party interface's own extension point, and the
code under test (the store, opening, the prompt, the key rotation) is the real one.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from db.engine import engine_key
from db.sqlite_copy import source_facts
from desktop.context import AppContext, open_context
from desktop.services.encryption import PASSPHRASE_ENV, EncryptionError, encrypt_database, rotate_key
from desktop.services.key_store import (
    SERVICE,
    KeyStoreError,
    forget_key,
    forget_remembered_key,
    remember_key,
    remembered_key,
    store_available,
)
from desktop.ui.passphrase_prompt import open_with_passphrase

PASSPHRASE = "rahasia kantor lebak"


def _folded(folder: Path) -> str:
    """The store's entry name of a data folder: case-folded on Windows, whose file names ignore case."""
    text = str(folder.resolve())
    return text.casefold() if sys.platform == "win32" else text


class MemoryKeyring(KeyringBackend):
    """A credential store in memory (what Windows Credential Manager is to ``keyring``)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def store() -> Iterator[MemoryKeyring]:
    """A protected store for the duration of one test."""
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_store() -> Iterator[None]:
    """No protected store (a PC or session without one)."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_without_a_store_nothing_is_remembered(office_context: AppContext, no_store: None) -> None:
    assert not store_available()
    with pytest.raises(KeyStoreError, match="tidak punya penyimpanan kunci"):
        remember_key(office_context.data_dir, bytes(32))
    assert remembered_key(office_context.data_dir) is None and not forget_key(office_context.data_dir)


def test_a_remembered_key_opens_without_a_question(
    office_context: AppContext, store: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    data_dir = office_context.data_dir
    counts = source_facts(office_context.engine)[0]
    encrypt_database(office_context.engine, data_dir, PASSPHRASE)
    with pytest.raises(EncryptionError, match=r"^Database terenkripsi"):
        open_context(data_dir)
    offered: list[bool] = []

    def accept() -> bool:
        offered.append(True)
        return True

    context = open_with_passphrase(data_dir, None, lambda _message: PASSPHRASE, accept)
    assert context is not None and offered == [True]
    key = engine_key(context.engine)
    context.dispose()
    assert key is not None
    # Stored under the folder, as hex, in the store only: no file in the data folder holds it.
    # One entry per folder, its name case-folded where the file system ignores case (Windows).
    assert store.entries == {(SERVICE, _folded(data_dir)): key.hex()}
    assert not any(key.hex() in path.read_text(errors="ignore") for path in data_dir.rglob("*.json"))

    def never(message: str) -> str | None:
        raise AssertionError(message)

    again = open_with_passphrase(data_dir, None, never, lambda: pytest.fail("offered twice"))
    assert again is not None and source_facts(again.engine)[0] == counts
    # A new key keeps being remembered (the old one would no longer open the database).
    result = rotate_key(again.engine, data_dir, PASSPHRASE, "frasa sandi yang baru")
    assert remembered_key(data_dir) != key and remembered_key(data_dir) is not None
    third = open_context(data_dir)
    assert source_facts(third.engine)[0] == counts and result.recovery_key
    third.dispose()


def test_a_stale_remembered_key_is_forgotten_and_asked_again(
    office_context: AppContext, store: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    data_dir = office_context.data_dir
    encrypt_database(office_context.engine, data_dir, PASSPHRASE)
    remember_key(data_dir, bytes(32))  # not this database's key
    with pytest.raises(EncryptionError, match=r"^Kunci database salah"):
        open_context(data_dir)
    assert remembered_key(data_dir) is None
    declined: list[bool] = []
    context = open_with_passphrase(data_dir, None, lambda _message: PASSPHRASE, lambda: declined.append(True) or False)
    assert context is not None and declined == [True] and remembered_key(data_dir) is None
    context.dispose()


def test_forgetting(tmp_path: Path, store: MemoryKeyring) -> None:
    remember_key(tmp_path, bytes(range(32)))
    assert remembered_key(tmp_path) == bytes(range(32))
    assert forget_key(tmp_path) and not forget_key(tmp_path)
    store.entries[(SERVICE, _folded(tmp_path))] = "bukan kunci"
    assert remembered_key(tmp_path) is None


class RefusingKeyring(MemoryKeyring):
    """A store that holds a key but refuses to remove it (a locked or policy-restricted credential store)."""

    def __init__(self, error: keyring.errors.KeyringError) -> None:
        super().__init__()
        self.error = error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


def test_forget_remembered_key_says_whether_one_was_removed(tmp_path: Path, store: MemoryKeyring) -> None:
    """The service of ``db key forget`` and Pengaturan → Database: True once, then False; others' keys stay."""
    store.entries[(SERVICE, "another folder")] = "ab" * 32
    remember_key(tmp_path, bytes(range(32)))
    assert forget_remembered_key(tmp_path) is True
    assert remembered_key(tmp_path) is None and store.entries == {(SERVICE, "another folder"): "ab" * 32}
    assert forget_remembered_key(tmp_path) is False


def test_forget_remembered_key_without_a_store_is_false(tmp_path: Path, no_store: None) -> None:
    assert forget_remembered_key(tmp_path) is False


@pytest.mark.parametrize(
    "error",
    [keyring.errors.KeyringError("terkunci"), keyring.errors.PasswordDeleteError("ditolak")],
    ids=["the store fails", "it says none is kept but still holds one"],
)
def test_a_store_that_refuses_to_forget_is_one_sentence(tmp_path: Path, error: keyring.errors.KeyringError) -> None:
    before = keyring.get_keyring()
    backend = RefusingKeyring(error)
    keyring.set_keyring(backend)
    try:
        remember_key(tmp_path, bytes(range(32)))
        with pytest.raises(KeyStoreError, match="menolak menghapus kunci database"):
            forget_remembered_key(tmp_path)
        assert remembered_key(tmp_path) == bytes(range(32))
    finally:
        keyring.set_keyring(before)
