"""The in-memory keyring of :mod:`tests.keyring_double` for the server tests."""

from __future__ import annotations

from tests.keyring_double import memory_keyring, no_keyring

__all__ = ["memory_keyring", "no_keyring"]
