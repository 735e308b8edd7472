"""``konvergensi backup create|list|verify|restore`` on a real data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli import main
from desktop.context import AppContext
from desktop.services.backup import manifest as mf


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_create_list_verify_and_restore(office_context: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(office_context.data_dir)
    office_context.dispose()
    code, out, _err = _run(capsys, "--data-dir", data_dir, "backup", "create", "--json")
    assert code == 0
    made = json.loads(out)
    backup = Path(made["path"])
    assert backup.is_file() and made["reason"] == "manual" and made["rows"] > 80_000

    code, out, _err = _run(capsys, "--data-dir", data_dir, "backup", "list", "--json")
    assert code == 0 and [item["path"] for item in json.loads(out)["backups"]] == [str(backup)]
    code, out, _err = _run(capsys, "--data-dir", data_dir, "backup", "list")
    assert backup.name in out and "manual" in out

    code, out, _err = _run(capsys, "--data-dir", data_dir, "backup", "verify", str(backup), "--json")
    assert code == 0 and json.loads(out)["ok"] is True

    with office_context.engine.begin() as connection:
        connection.execute(text("DELETE FROM region WHERE level = 4"))
    office_context.dispose()
    code, out, err = _run(capsys, "--data-dir", data_dir, "backup", "restore", str(backup))
    assert code == 1 and "--yes" in err  # no terminal to ask: refused without --yes
    code, out, _err = _run(capsys, "--data-dir", data_dir, "backup", "restore", str(backup), "--yes", "--json")
    assert code == 0
    restored = json.loads(out)
    assert sum(restored["counts"].values()) == made["rows"]
    assert "sebelum-pemulihan" in restored["kept_aside"]


def test_verify_exits_1_for_a_damaged_backup(office_context: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(office_context.data_dir)
    code, out, _err = _run(capsys, "--data-dir", data_dir, "backup", "create", "--json")
    backup = Path(json.loads(out)["path"])
    with backup.open("r+b") as handle:
        handle.seek(8192)
        handle.write(b"\x00" * 16)
    code, out, err = _run(capsys, "--data-dir", data_dir, "backup", "verify", str(backup))
    assert code == 1 and out == "" and err.startswith("Galat: ") and "RUSAK" in err and "SHA-256" in err
    code, out, _err = _run(capsys, "--data-dir", data_dir, "backup", "verify", str(backup) + ".missing", "--json")
    refusal = json.loads(out)
    assert code == 1 and set(refusal) == {"error"} and "tidak ditemukan" in refusal["error"]
    mf.sidecar_path(backup).unlink()
    code, out, _err = _run(capsys, "--data-dir", data_dir, "backup", "verify", str(backup))
    assert code == 1


def test_create_to_another_folder(
    office_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "usb"
    code, out, _err = _run(capsys, "--data-dir", str(office_context.data_dir), "backup", "create", "--to", str(target))
    assert code == 0 and str(target) in out
    code, out, _err = _run(capsys, "--data-dir", str(office_context.data_dir), "backup", "list", "--from", str(target))
    assert code == 0 and "konvergensi-" in out
