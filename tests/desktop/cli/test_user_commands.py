"""Signing in on the command line, as a script would: real child processes on a real migrated SQLite file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from db.models.audit import AuditEntry
from desktop.context import AppContext
from desktop.domain.users import Role
from desktop.services.users import create_user

PASSWORD = "gamelan-angklung-2026"


def _konvergensi(data_dir: Path, *arguments: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("KONVERGENSI_")}
    if password is not None:
        env["KONVERGENSI_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_every_command_signs_in_once_users_exist(empty_context: AppContext, tmp_path: Path) -> None:
    data_dir = empty_context.data_dir
    create_user(empty_context.session_factory, "kepala", Role.ADMIN, PASSWORD)
    empty_context.dispose()
    right, wrong = tmp_path / "benar.txt", tmp_path / "salah.txt"
    right.write_text(PASSWORD + "\n", encoding="utf-8")
    wrong.write_text("bukan-kata-sandinya\n", encoding="utf-8")

    nobody = _konvergensi(data_dir, "user", "list")
    assert nobody.returncode == 1 and nobody.stdout == ""
    assert nobody.stderr.startswith("Galat: Database ini memakai akun pengguna: sebutkan --user NAMA")
    assert nobody.stderr.count("\n") == 1  # one sentence, no traceback

    refused = _konvergensi(data_dir, "--user", "kepala", "--password-file", str(wrong), "user", "list")
    assert (refused.returncode, refused.stderr) == (1, "Galat: Nama pengguna atau kata sandi salah.\n")
    assert "bukan-kata-sandinya" not in refused.stdout + refused.stderr

    signed_in = _konvergensi(
        data_dir,
        *("--user", "kepala", "--password-file", str(right)),
        *("user", "add", "siti", "--role", "pembaca", "--password-file", str(right), "--json"),
    )
    assert signed_in.returncode == 0, signed_in.stderr
    assert json.loads(signed_in.stdout)["role"] == "pembaca"

    by_env = _konvergensi(data_dir, "--user", "kepala", "user", "list", "--json", password=PASSWORD)
    assert by_env.returncode == 0, by_env.stderr
    listed = json.loads(by_env.stdout)
    assert [user["name"] for user in listed] == ["kepala", "siti"]
    assert all("hash" not in key for user in listed for key in user)

    reader = _konvergensi(data_dir, "--user", "siti", "user", "disable", "kepala", password=PASSWORD)
    assert reader.returncode == 1
    assert reader.stderr == "Galat: Peran Pembaca tidak boleh mengelola pengguna; minta admin kantor bila perlu.\n"
    assert "\n" not in reader.stderr.rstrip("\n")


def test_the_audit_actor_is_the_signed_in_user(office_context: AppContext, tmp_path: Path) -> None:
    data_dir = office_context.data_dir
    create_user(office_context.session_factory, "kepala", Role.ADMIN, PASSWORD)
    result = _konvergensi(data_dir, "--user", "kepala", "office", "set", "--phone", "(0252) 209999", password=PASSWORD)
    assert result.returncode == 0, result.stderr
    with office_context.session_factory() as session:
        actors = set(session.scalars(select(AuditEntry.actor).where(AuditEntry.field == "phone")))
    assert actors == {"kepala"}
