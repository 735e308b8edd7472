"""The command line, run in-process on real data folders (and the smoke test in a child process)."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import qVersion

from desktop import __version__
from desktop.cli import main
from desktop.context import AppContext


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    lines = capsys.readouterr().out.strip().splitlines()
    # From a source checkout: no build record; the Python and Qt that actually run.
    assert lines == [
        f"konvergensi {__version__}",
        "dari kode sumber",
        f"Python {platform.python_version()}, Qt {qVersion()} (PySide6 {PySide6.__version__})",
    ]


def test_region_show_text_and_json(region_context: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(region_context.data_dir)
    code, out = _run(capsys, "--data-dir", data_dir, "region", "show", "36.02.18")
    assert code == 0
    assert "Nama: Cibadak" in out and "Tingkat: kecamatan" in out and "Jumlah wilayah di bawahnya: 15" in out
    code, out = _run(capsys, "--data-dir", data_dir, "region", "show", "360218", "--json")
    data = json.loads(out)
    summary = (data["code"], data["name"], data["level_name"], data["children"])
    assert summary == ("36.02.18", "Cibadak", "kecamatan", 15)


def test_unknown_region_fails_cleanly(region_context: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--data-dir", str(region_context.data_dir), "region", "show", "99.99", "--json")
    assert code == 1
    assert json.loads(out) == {"error": "kode wilayah 99.99 tidak dikenal"}


def test_database_option_and_env(
    region_context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{region_context.database_location}"
    other = tmp_path / "elsewhere"
    code, out = _run(capsys, "--data-dir", str(other), "--database", url, "db", "check", "--json")
    assert code == 0 and json.loads(out)["database"] == region_context.database_location
    monkeypatch.setenv("KONVERGENSI_DATABASE_URL", url)
    code, out = _run(capsys, "--data-dir", str(other), "db", "check", "--json")
    assert json.loads(out)["database"] == region_context.database_location
    assert not (other / "konvergensi.sqlite3").exists()


def test_db_upgrade_then_check_on_new_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--data-dir", str(tmp_path), "db", "check")
    assert code == 1 and "database belum dimigrasi" in out
    code, out = _run(capsys, "--data-dir", str(tmp_path), "db", "upgrade", "--json")
    assert code == 0 and json.loads(out)["before"] == []
    code, out = _run(capsys, "--data-dir", str(tmp_path), "db", "check", "--json")
    result = json.loads(out)
    assert code == 0 and result["ok"] and result["integrity"] == ["ok"]


def test_db_check_refuses_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "konvergensi.sqlite3").write_bytes(b"this is not a database file at all" * 200)
    code, out = _run(capsys, "--data-dir", str(tmp_path), "db", "check", "--json")
    assert code == 1
    assert "tidak dapat dibaca" in json.loads(out)["error"]


def test_demo_is_idempotent(region_context: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(region_context.data_dir)
    code, out = _run(capsys, "--data-dir", data_dir, "demo", "--json")
    assert code == 0
    first = json.loads(out)["steps"]
    assert first[0].startswith("Kantor demo dibuat")
    code, out = _run(capsys, "--data-dir", data_dir, "demo", "--json")
    assert code == 0
    assert json.loads(out)["steps"][0].startswith("Kantor demo sudah ada")
    code, out = _run(capsys, "--data-dir", data_dir, "office", "show", "--json")
    office = json.loads(out)
    assert (office["region_code"], office["city"], office["paper_size"]) == ("36.02", "Rangkasbitung", "F4")


def test_demo_refuses_another_office(region_context: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    from dataclasses import replace

    from desktop.services.demo.office_demo import demo_office_settings
    from desktop.services.office import save_office

    save_office(region_context.session_factory, replace(demo_office_settings(), region_code="36.01"))
    code, out = _run(capsys, "--data-dir", str(region_context.data_dir), "demo", "--json")
    assert code == 1
    assert "sudah berisi kantor" in json.loads(out)["error"]


def test_smoke_test_passes_and_writes_only_in_its_temp_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "KONVERGENSI_")) and key not in {"HOME", "APPDATA", "LOCALAPPDATA"}
    }
    env |= {"HOME": str(home), "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "smoke-test", "--json"], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    steps = [check["step"] for check in report["checks"]]
    assert steps[:2] == ["data wilayah dimuat, wizard tampil", "wizard pengaturan awal selesai"]
    pages = [check.get("page") for check in report["checks"]]
    assert "home" in pages and "settings" in pages and steps[-1] == "dialog Tentang"
    assert all(step.startswith("halaman ") for step, page in zip(steps, pages, strict=True) if page)
    assert list(home.rglob("*")) == [], "the smoke test wrote into the home folder"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("konvergensi-smoke-")] == []
