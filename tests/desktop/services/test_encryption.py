"""Encryption at rest with SQLCipher on real files: unreadable without the key, opened by passphrase and recovery
key, wrong keys refused in one sentence, encrypted backups restored."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import engine_key
from db.sqlcipher import is_encrypted_file
from db.sqlite_copy import source_facts
from desktop.context import AppContext, open_context
from desktop.paths import DATABASE_FILE
from desktop.services.backup.backup_service import create_backup, verify_backup
from desktop.services.backup.restore_service import restore_backup
from desktop.services.encryption import (
    KEY_FILE,
    EncryptionError,
    change_passphrase,
    encrypt_database,
    format_recovery_key,
    parse_recovery_key,
)

PASSPHRASE = "rahasia kantor lebak"


@pytest.fixture
def encrypted(office_context: AppContext) -> tuple[Path, str, dict[str, int]]:
    """The demo office's data folder with its database encrypted; returns (data folder, recovery key, counts)."""
    counts = source_facts(office_context.engine)[0]
    result = encrypt_database(office_context.engine, office_context.data_dir, PASSPHRASE)
    return office_context.data_dir, result.recovery_key, counts


def test_an_encrypted_database_is_unreadable_by_plain_sqlite(encrypted: tuple[Path, str, dict[str, int]]) -> None:
    data_dir, _recovery, _counts = encrypted
    database = data_dir / DATABASE_FILE
    assert is_encrypted_file(database)
    assert b"Lebak" not in database.read_bytes()
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(database).execute("SELECT count(*) FROM region").fetchone()
    if shutil.which("sqlite3") is not None:  # the sqlite3 program too (Debian has it; Windows has none)
        query = "SELECT count(*) FROM region"
        shown = subprocess.run(["sqlite3", str(database), query], capture_output=True, text=True, check=False)
        assert shown.returncode != 0 and "not a database" in shown.stderr


def test_the_passphrase_and_the_recovery_key_open_it(encrypted: tuple[Path, str, dict[str, int]]) -> None:
    data_dir, recovery, counts = encrypted
    if os.name == "posix":  # the wrapped key is for this user only, whatever the umask
        assert (data_dir / KEY_FILE).stat().st_mode & 0o077 == 0
    for secret in (PASSPHRASE, recovery, recovery.lower().replace("-", " ")):
        context = open_context(data_dir, secret=secret)
        assert engine_key(context.engine) is not None
        assert source_facts(context.engine)[0] == counts
        context.dispose()
    # The recovery key works without the key file (a restore on a new PC).
    (data_dir / KEY_FILE).unlink()
    context = open_context(data_dir, secret=recovery)
    assert source_facts(context.engine)[0] == counts
    context.dispose()
    with pytest.raises(EncryptionError, match="kunci pemulihan"):
        open_context(data_dir, secret=PASSPHRASE)


def test_a_wrong_or_missing_key_is_one_sentence(encrypted: tuple[Path, str, dict[str, int]]) -> None:
    data_dir, recovery, _counts = encrypted
    with pytest.raises(EncryptionError, match=r"^Frasa sandi database salah\.$"):
        open_context(data_dir, secret="bukan frasa sandinya")
    wrong = format_recovery_key(bytes(32))
    assert wrong != recovery
    with pytest.raises(EncryptionError, match=r"^Kunci database salah"):
        open_context(data_dir, secret=wrong)
    with pytest.raises(EncryptionError, match=r"^Database terenkripsi; berikan frasa sandi"):
        open_context(data_dir)


def test_the_command_line_says_it_in_one_line(encrypted: tuple[Path, str, dict[str, int]], tmp_path: Path) -> None:
    data_dir, _recovery, _counts = encrypted
    secret = tmp_path / "salah.txt"
    secret.write_text("bukan frasa sandinya\n", encoding="utf-8")
    environment = os.environ | {"KONVERGENSI_LANGUAGE": "id"}
    environment.pop("KONVERGENSI_DB_PASSPHRASE", None)
    base = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir)]
    done = subprocess.run(
        [*base, "--db-passphrase-file", str(secret), "office", "show"],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert (done.returncode, done.stderr) == (1, "Galat: Frasa sandi database salah.\n")
    done = subprocess.run(
        [*base, "office", "show"],
        capture_output=True,
        text=True,
        env=environment | {"KONVERGENSI_DB_PASSPHRASE": PASSPHRASE},
    )
    assert done.returncode == 0 and "Lebak" in done.stdout


def test_changing_the_passphrase_keeps_the_data_and_the_recovery_key(
    encrypted: tuple[Path, str, dict[str, int]],
) -> None:
    data_dir, recovery, counts = encrypted
    change_passphrase(data_dir, PASSPHRASE, "frasa sandi yang baru")
    with pytest.raises(EncryptionError):
        open_context(data_dir, secret=PASSPHRASE)
    for secret in ("frasa sandi yang baru", recovery):
        context = open_context(data_dir, secret=secret)
        assert source_facts(context.engine)[0] == counts
        context.dispose()
    with pytest.raises(EncryptionError, match="minimal"):
        change_passphrase(data_dir, recovery, "pendek")


def test_encrypted_backups_are_encrypted_and_restore(encrypted: tuple[Path, str, dict[str, int]]) -> None:
    data_dir, recovery, counts = encrypted
    context = open_context(data_dir, secret=PASSPHRASE)
    key = engine_key(context.engine)
    entry = create_backup(context.engine, data_dir).entry
    assert entry.manifest.encrypted and is_encrypted_file(entry.path)
    assert verify_backup(entry.path, key).ok
    assert not verify_backup(entry.path).ok  # without the key the inside cannot be checked
    with context.engine.begin() as connection:
        connection.execute(text("DELETE FROM region WHERE level = 4"))
    result = restore_backup(context.engine, data_dir, entry.path)
    assert result.counts == counts
    reopened = open_context(data_dir, secret=recovery)
    assert source_facts(reopened.engine)[0] == counts
    reopened.dispose()


def test_encrypting_twice_or_with_a_short_passphrase_is_refused(office_context: AppContext) -> None:
    with pytest.raises(EncryptionError, match="minimal"):
        encrypt_database(office_context.engine, office_context.data_dir, "pendek")
    assert not is_encrypted_file(office_context.data_dir / DATABASE_FILE)
    encrypt_database(office_context.engine, office_context.data_dir, PASSPHRASE)
    context = open_context(office_context.data_dir, secret=PASSPHRASE)
    with pytest.raises(EncryptionError, match="sudah terenkripsi"):
        encrypt_database(context.engine, context.data_dir, PASSPHRASE)
    context.dispose()


def test_recovery_keys_round_trip() -> None:
    key = bytes(range(32))
    text_key = format_recovery_key(key)
    assert len(text_key.split("-")) == 8 and parse_recovery_key(text_key) == key
    assert parse_recovery_key("bukan kunci") is None
