"""``konvergensi backup settings``: the Pengaturan page's backup settings from a script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.context import AppContext
from desktop.domain.backups import BackupSettings, RotationPolicy
from desktop.preferences import backup_settings


def _settings(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str, code: int = 0) -> dict[str, object]:
    assert main(["--data-dir", str(data_dir), "backup", "settings", *args, "--json"]) == code
    return dict(json.loads(capsys.readouterr().out))


def test_settings_change_only_what_is_named_and_backups_follow_them(
    office_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = office_context.data_dir
    office_context.dispose()
    shown = _settings(capsys, data_dir)
    assert shown == {
        "folder": str(data_dir / "cadangan"),
        "default_folder": True,
        "second_folder": None,
        "daily": 7,
        "weekly": 4,
        "monthly": 12,
        "special": 2,
    }
    nas, usb = tmp_path / "nas", tmp_path / "usb"
    changed = _settings(capsys, data_dir, "--folder", str(nas), "--second-folder", str(usb), "--keep-monthly", "6")
    assert (changed["folder"], changed["second_folder"], changed["monthly"]) == (str(nas), str(usb), 6)
    assert backup_settings(data_dir) == BackupSettings(str(nas), str(usb), RotationPolicy(7, 4, 6, 2))
    assert _settings(capsys, data_dir, "--keep-daily", "2")["monthly"] == 6  # what is not named stays
    usb.mkdir()
    assert main(["--data-dir", str(data_dir), "backup", "create", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert Path(made["path"]).parent == nas and made["second_copy"] and Path(made["second_copy"]).parent == usb
    back = _settings(capsys, data_dir, "--default-folder", "--no-second-folder")
    assert (back["folder"], back["default_folder"], back["second_folder"]) == (str(data_dir / "cadangan"), True, None)


def test_a_file_is_not_a_backup_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "data"
    not_a_folder = tmp_path / "catatan.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    refused = _settings(capsys, data_dir, "--second-folder", str(not_a_folder), "--keep-daily", "1", code=1)
    assert refused == {"error": f"{not_a_folder} bukan folder; pilih folder untuk cadangan"}
    assert backup_settings(data_dir) == BackupSettings()  # nothing was saved
    with pytest.raises(SystemExit) as wrong_usage:
        main(["--data-dir", str(data_dir), "backup", "settings", "--keep-daily", "100"])
    assert wrong_usage.value.code == 2
