"""``konvergensi server use`` and ``db key forget``: child processes, the system keyring a file between them.

What the brief asks of ``server use``: the same service as Pengaturan → Database → "Pakai server ini di PC ini", the
password only in the keyring (never in a file or a log), refused without a keyring, and the NEXT command runs on the
server; ``--local`` goes back to the PC's SQLite.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desktop.cli import main
from desktop.paths import DATABASE_FILE
from desktop.preferences import KEYRING_SERVICE, PREFERENCES_FILE, server_connection
from desktop.services.key_store import SERVICE as KEY_SERVICE
from desktop.services.key_store import remember_key, remembered_key
from desktop.services.server import init_server
from tests.keyring_double import MemoryKeyring, file_keyring_env, file_keyring_passwords
from tests.postgres import fresh_server_database

__all__ = ["fresh_server_database"]

PASSWORD = "Sandi-Server-Kantor-2026"
ROOT = Path(__file__).resolve().parents[3]


def _konvergensi(data_dir: Path, keyring_file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=file_keyring_env(keyring_file),
    )


def _files_holding(folder: Path, secret: str) -> list[str]:
    return sorted(str(path) for path in folder.rglob("*") if path.is_file() and secret.encode() in path.read_bytes())


def test_server_use_then_the_next_command_runs_on_the_server_and_local_goes_back(
    fresh_server_database: str, tmp_path: Path
) -> None:
    init_server(fresh_server_database)
    data_dir, keyring_file = tmp_path / "data", tmp_path / "credential-manager.json"
    data_dir.mkdir()
    secret = tmp_path / "sandi.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    url = make_url(fresh_server_database).set(password=None).render_as_string(hide_password=False)

    used = _konvergensi(
        data_dir, keyring_file, "server", "use", "--database", url, "--password-file", str(secret), "--json"
    )
    assert used.returncode == 0, used.stderr
    result = json.loads(used.stdout)
    parsed = make_url(url)
    location = f"{parsed.username}@{parsed.host}:{parsed.port}/{parsed.database}"
    assert result["database"] == "server" and result["location"] == location and result["password_kept"] is True
    assert result["empty"] is True and result["previous_server"] is None
    assert "masih kosong" in used.stderr  # migrated but empty: said, on stderr
    assert file_keyring_passwords(keyring_file) == {f"{KEYRING_SERVICE}\n{location}": PASSWORD}
    saved = server_connection(data_dir)
    assert saved is not None and saved.active and saved.database == parsed.database
    assert _files_holding(data_dir, PASSWORD) == []  # not in the preferences, not in a log

    checked = _konvergensi(data_dir, keyring_file, "db", "check", "--json")
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout)["backend"] == "postgresql"
    assert parsed.database in json.loads(checked.stdout)["database"]
    assert PASSWORD not in checked.stdout + checked.stderr
    office = _konvergensi(data_dir, keyring_file, "office", "show", "--json")
    assert office.returncode == 1 and "belum" in json.loads(office.stdout)["error"]  # the server's (empty) office
    assert not (data_dir / DATABASE_FILE).exists()  # no SQLite database was opened in the data folder

    local = _konvergensi(data_dir, keyring_file, "server", "use", "--local", "--json")
    assert local.returncode == 0, local.stderr
    assert json.loads(local.stdout) == {
        "database": "sqlite",
        "data_dir": str(data_dir.resolve()),
        "location": None,
        "password_kept": False,
        "empty": None,
        "previous_server": location,
    }
    checked = _konvergensi(data_dir, keyring_file, "db", "check", "--json")  # a new SQLite file: not migrated, 1
    assert json.loads(checked.stdout)["backend"] == "sqlite", checked.stderr
    assert json.loads(checked.stdout)["database"] == str(data_dir.resolve() / DATABASE_FILE)
    assert _files_holding(data_dir, PASSWORD) == []


def test_without_a_keyring_a_password_is_refused_and_nothing_changes(
    fresh_server_database: str, tmp_path: Path, no_keyring: None, capsys: pytest.CaptureFixture[str]
) -> None:
    init_server(fresh_server_database)
    secret = tmp_path / "sandi.txt"
    secret.write_text(PASSWORD, encoding="utf-8")
    code = main(
        [
            "--data-dir",
            str(tmp_path),
            "server",
            "use",
            "--database",
            fresh_server_database,
            "--password-file",
            str(secret),
        ]
    )
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    assert captured.err.startswith("Galat: Komputer ini tidak punya penyimpan kata sandi")
    assert captured.err.count("\n") == 1  # one sentence
    assert server_connection(tmp_path) is None and not (tmp_path / PREFERENCES_FILE).exists()
    assert _files_holding(tmp_path, PASSWORD) == [str(secret)]


def test_an_unprepared_server_is_refused_and_nothing_changes(
    fresh_server_database: str, tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--data-dir", str(tmp_path), "server", "use", "--database", fresh_server_database, "--json"])
    assert code == 1
    assert "belum disiapkan" in json.loads(capsys.readouterr().out)["error"]
    assert server_connection(tmp_path) is None and memory_keyring.passwords == {}


def test_db_key_forget_removes_the_remembered_key_in_a_child_process(tmp_path: Path) -> None:
    """The key remembered by "Ingat di komputer ini" is gone from the store; the second run finds none."""
    data_dir, keyring_file = tmp_path / "data", tmp_path / "credential-manager.json"
    data_dir.mkdir()
    account = str(data_dir.resolve())
    keyring_file.write_text(
        json.dumps({f"{KEY_SERVICE}\n{account}": "ab" * 32, f"{KEY_SERVICE}\n/another/folder": "cd" * 32}),
        encoding="utf-8",
    )
    forgot = _konvergensi(data_dir, keyring_file, "db", "key", "forget", "--json")
    assert forgot.returncode == 0, forgot.stderr
    assert json.loads(forgot.stdout) == {"data_dir": account, "forgotten": True}
    assert file_keyring_passwords(keyring_file) == {f"{KEY_SERVICE}\n/another/folder": "cd" * 32}
    again = _konvergensi(data_dir, keyring_file, "db", "key", "forget")
    assert again.returncode == 0 and "Tidak ada kunci database" in again.stdout


def test_db_key_forget_in_process_and_its_refusal(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    remember_key(tmp_path, bytes(32))
    assert main(["--data-dir", str(tmp_path), "db", "key", "forget"]) == 0
    assert "dihapus dari komputer ini" in capsys.readouterr().out
    assert remembered_key(tmp_path) is None
    assert main(["--data-dir", str(tmp_path / "tidak-ada"), "db", "key", "forget", "--json"]) == 1
    assert "tidak ada" in json.loads(capsys.readouterr().out)["error"]


def test_server_use_local_on_a_pc_that_was_not_switched_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "server", "use", "--local", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["previous_server"] is None
    assert not (tmp_path / PREFERENCES_FILE).exists()
    assert main(["--data-dir", str(tmp_path), "server", "use", "--local", "--password-file", "x", "--json"]) == 1
    assert "--password-file" in json.loads(capsys.readouterr().out)["error"]
    assert main(["--data-dir", str(tmp_path), "server", "use", "--database", "bukan url", "--json"]) == 1
    assert "bukan server PostgreSQL" in json.loads(capsys.readouterr().out)["error"]
