"""An in-memory system keyring for the tests (a test double of the third-party ``keyring``, not of our code)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps passwords in a dict, as Windows Credential Manager would keep them for the user."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The system keyring replaced by :class:`MemoryKeyring` for one test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No keyring on this system (keyring's "fail" backend, what a bare Linux CI has)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


KEYRING_FILE_ENV = "KONVERGENSI_TEST_KEYRING_FILE"


class FileKeyring(keyring.backend.KeyringBackend):
    """:class:`MemoryKeyring` kept in a JSON file (``$KONVERGENSI_TEST_KEYRING_FILE``), for child processes.

    Windows Credential Manager outlives a process: what one command keeps there, the next one reads. A child process
    gets this backend with ``PYTHON_KEYRING_BACKEND=tests.keyring_double.FileKeyring`` (see :func:`file_keyring_env`).
    """

    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[KEYRING_FILE_ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return dict(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        stored = self._load()
        stored[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(stored), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        stored = self._load()
        if stored.pop(f"{service}\n{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._path().write_text(json.dumps(stored), encoding="utf-8")


def file_keyring_env(path: Path) -> dict[str, str]:
    """The environment of a child process whose system keyring is the file ``path`` (:class:`FileKeyring`)."""
    return {**os.environ, "PYTHON_KEYRING_BACKEND": f"{__name__}.FileKeyring", KEYRING_FILE_ENV: str(path)}


def file_keyring_passwords(path: Path) -> dict[str, str]:
    """What the :class:`FileKeyring` in ``path`` holds: ``"service\\nname"`` -> password."""
    return dict(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else {}
