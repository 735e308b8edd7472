"""Encryption at rest with SQLCipher on real files: unreadable without the key, opened by passphrase and recovery
key, wrong keys refused in one sentence, encrypted backups restored."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from db.engine import engine_key
from db.sqlcipher import is_encrypted_file
from db.sqlite_copy import source_facts
from desktop.cli import main
from desktop.context import AppContext, open_context
from desktop.domain.office import OfficeSettings
from desktop.paths import DATABASE_FILE
from desktop.reports.recovery_sheet import write_recovery_sheet
from desktop.services.backup.backup_service import create_backup, verify_backup
from desktop.services.backup.restore_service import restore_backup
from desktop.services.encryption import (
    KEY_FILE,
    EncryptionError,
    change_passphrase,
    encrypt_database,
    format_recovery_key,
    parse_recovery_key,
    rotate_key,
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


def test_a_new_key_rewrites_every_page_and_retires_the_old_recovery_key(
    encrypted: tuple[Path, str, dict[str, int]],
) -> None:
    data_dir, recovery, counts = encrypted
    database = data_dir / DATABASE_FILE
    before = database.read_bytes()
    context = open_context(data_dir, secret=PASSPHRASE)
    result = rotate_key(context.engine, data_dir, PASSPHRASE, "frasa sandi yang baru")
    assert result.recovery_key != recovery and "sebelum-ganti-kunci" in result.backup.name
    after = database.read_bytes()
    page = 4096  # SQLCipher 4's page size: every page differs once re-encrypted (a new key and new IVs)
    assert all(before[offset : offset + page] != after[offset : offset + page] for offset in range(0, len(after), page))
    for secret in ("frasa sandi yang baru", result.recovery_key):
        reopened = open_context(data_dir, secret=secret)
        assert source_facts(reopened.engine)[0] == counts
        reopened.dispose()
    with pytest.raises(EncryptionError, match=r"^Kunci database salah"):
        open_context(data_dir, secret=recovery)
    # The backup made first stays under the old key: the old recovery key is the way back to it.
    old_key = parse_recovery_key(recovery)
    assert verify_backup(result.backup, old_key).ok
    assert not verify_backup(result.backup, parse_recovery_key(result.recovery_key)).ok
    assert not list(data_dir.glob(".*.tmp*"))


def test_a_new_key_needs_the_current_secret_and_an_encrypted_database(
    encrypted: tuple[Path, str, dict[str, int]], office_template: Path, tmp_path: Path
) -> None:
    data_dir, recovery, counts = encrypted
    database = data_dir / DATABASE_FILE
    context = open_context(data_dir, secret=PASSPHRASE)
    before = database.read_bytes()
    with pytest.raises(EncryptionError, match=r"^Kunci database salah"):
        rotate_key(context.engine, data_dir, format_recovery_key(bytes(32)), "frasa sandi yang baru")
    with pytest.raises(EncryptionError, match="minimal"):
        rotate_key(context.engine, data_dir, recovery, "pendek")
    assert database.read_bytes() == before and source_facts(context.engine)[0] == counts
    context.dispose()
    plain = open_context(tmp_path / "polos")
    with pytest.raises(EncryptionError, match="belum terenkripsi"):
        rotate_key(plain.engine, plain.data_dir, PASSPHRASE, "frasa sandi yang baru")
    plain.dispose()


def test_the_command_line_rotates_the_key_and_prints_the_sheet(
    encrypted: tuple[Path, str, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir, recovery, counts = encrypted
    current, new = tmp_path / "sandi.txt", tmp_path / "baru.txt"
    current.write_text(recovery + "\n", encoding="utf-8")
    new.write_text("frasa sandi yang baru\n", encoding="utf-8")
    base = ["--data-dir", str(data_dir), "--db-passphrase-file", str(current), "db", "rekey"]
    sheet = tmp_path / "kunci.pdf"
    assert main([*base, "--passphrase-file", str(new), "--recovery-pdf", str(sheet)]) == 1
    assert "--new-key" in capsys.readouterr().err and not sheet.exists()
    assert main([*base, "--new-key", "--passphrase-file", str(new), "--recovery-pdf", str(sheet), "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["recovery_pdf"] == str(sheet) and done["recovery_key"] != recovery
    reader = PdfReader(sheet)
    assert len(reader.pages) == 1
    words = reader.pages[0].extract_text()
    assert all(group in words for group in done["recovery_key"].split("-")) and "Badan Perencanaan Pembangunan" in words
    reopened = open_context(data_dir, secret=done["recovery_key"])
    assert source_facts(reopened.engine)[0] == counts
    reopened.dispose()


@pytest.mark.parametrize(("paper", "height"), [("F4", 935.4), ("A4", 841.9)])
def test_the_recovery_sheet_is_one_page_on_the_office_paper(tmp_path: Path, paper: str, height: float) -> None:
    recovery = format_recovery_key(bytes(range(32)))
    office = OfficeSettings(name="Badan Perencanaan Pembangunan Daerah Kabupaten Lebak", paper_size=paper)
    target = tmp_path / "kunci.pdf"
    assert write_recovery_sheet(target, recovery, office, date(2026, 12, 1)) == 1
    page = PdfReader(target).pages[0]
    assert abs(float(page.mediabox.height) - height) < 1
    text_found = page.extract_text()
    for needed in (*recovery.split("-"), "Kabupaten Lebak", "1 Desember 2026", "Petunjuk", "UU 27/2022"):
        assert needed in text_found, needed
