"""The server connection of this PC: saved per user in the preferences, the password only in the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desktop.context import active_server, resolve_database_url, server_url
from desktop.paths import DATABASE_URL_ENV
from desktop.preferences import (
    KEYRING_SERVICE,
    PREFERENCES_FILE,
    ServerConnection,
    forget_server_password,
    keyring_available,
    save_language,
    save_server_connection,
    save_server_password,
    saved_language,
    server_connection,
    server_password,
)
from tests.keyring_double import MemoryKeyring

PASSWORD = "Rahasia-Kantor#2026 ü"
OFFICE = ServerConnection(host="server-kantor", port=5433, database="konvergensi_lebak", user="bappeda", active=True)


def test_round_trip_keeps_the_password_out_of_the_preferences_file(
    tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    save_language(tmp_path, "en")
    save_server_connection(tmp_path, OFFICE)
    assert save_server_password(OFFICE, PASSWORD)
    assert server_connection(tmp_path) == OFFICE
    assert saved_language(tmp_path) == "en"  # the other preferences kept
    stored = (tmp_path / PREFERENCES_FILE).read_bytes()
    assert b"server-kantor" in stored and PASSWORD.encode() not in stored and b"Rahasia" not in stored
    assert memory_keyring.passwords == {(KEYRING_SERVICE, "bappeda@server-kantor:5433/konvergensi_lebak"): PASSWORD}
    assert server_password(OFFICE) == PASSWORD
    url = make_url(resolve_database_url(tmp_path))
    assert (url.drivername, url.host, url.port, url.database, url.username, url.password) == (
        "postgresql+psycopg",
        "server-kantor",
        5433,
        "konvergensi_lebak",
        "bappeda",
        PASSWORD,
    )
    forget_server_password(OFFICE)
    forget_server_password(OFFICE)  # none kept: nothing happens
    assert server_password(OFFICE) is None


def test_an_inactive_server_or_an_explicit_url_leaves_sqlite(
    tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    save_server_connection(tmp_path, ServerConnection(host="server-kantor"))  # saved, not switched to
    assert resolve_database_url(tmp_path).startswith("sqlite:///")
    save_server_connection(tmp_path, OFFICE)
    assert active_server(tmp_path) == OFFICE
    assert resolve_database_url(tmp_path, "sqlite:///x.sqlite3") == "sqlite:///x.sqlite3"
    monkeypatch.setenv(DATABASE_URL_ENV, "sqlite:///y.sqlite3")
    assert resolve_database_url(tmp_path) == "sqlite:///y.sqlite3" and active_server(tmp_path) is None
    monkeypatch.delenv(DATABASE_URL_ENV)
    save_server_connection(tmp_path, None)
    assert server_connection(tmp_path) is None and resolve_database_url(tmp_path).startswith("sqlite:///")


def test_without_a_keyring_nothing_is_written_and_the_password_is_asked(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    assert not keyring_available()
    save_server_connection(tmp_path, OFFICE)
    assert save_server_password(OFFICE, PASSWORD) is False
    assert server_password(OFFICE) is None
    assert PASSWORD.encode() not in (tmp_path / PREFERENCES_FILE).read_bytes()
    assert sorted(path.name for path in tmp_path.iterdir()) == [PREFERENCES_FILE]  # no other file appeared
    assert make_url(resolve_database_url(tmp_path)).password is None  # libpq's PGPASSWORD/pgpass may still give it
    assert make_url(resolve_database_url(tmp_path, password=PASSWORD)).password == PASSWORD  # asked at start


def test_a_hand_broken_server_entry_falls_back(tmp_path: Path) -> None:
    (tmp_path / PREFERENCES_FILE).write_text("[server]\nhost = s\nport = banyak\nactive = ya\n", encoding="utf-8")
    assert server_connection(tmp_path) == ServerConnection(host="s", port=5432)
    (tmp_path / PREFERENCES_FILE).write_text("[server]\nport = 5432\n", encoding="utf-8")
    assert server_connection(tmp_path) is None


def test_server_url_quotes_what_a_url_cannot_hold() -> None:
    url = server_url(ServerConnection(host="10.0.0.5", user="tpps@lebak", database="data kantor"), "p@ss/w:rd")
    parsed = make_url(url)
    assert (parsed.username, parsed.password, parsed.database) == ("tpps@lebak", "p@ss/w:rd", "data kantor")
