"""A verified backup before an exchange import that changes many records (issue #16): made inside the import's
open transaction, so it holds the database as it was before the package; a failed backup rolls the import back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models.exchange import ExchangePackage
from db.models.krs import KrsFamily
from db.sqlite_copy import inspect_sqlite_file
from desktop.cli import main
from desktop.context import AppContext
from desktop.domain.backups import BackupSettings
from desktop.services.backup.automatic import LARGE_IMPORT_RECORDS, backup_before_large_import
from desktop.services.backup.backup_service import verify_backup
from desktop.services.backup.catalogue import BackupError
from desktop.services.exchange.export import export_package
from desktop.services.exchange.importer import import_package
from desktop.services.unit_of_work import reading
from tests.desktop.services.exchange.conftest import Offices

pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


def _package(offices: Offices, folder: Path) -> Path:
    path = folder / "turun.konv"
    export_package(offices.kabupaten.session_factory, offices.kabupaten.data_dir, offices.kec, path, full=True)
    return path


def _families(context: AppContext) -> int:
    with reading(context.session_factory) as session:
        return int(session.scalar(select(func.count()).select_from(KrsFamily)) or 0)


def test_a_large_import_is_preceded_by_a_backup_of_the_state_before(offices: Offices, tmp_path: Path) -> None:
    target = offices.kecamatan
    package = _package(offices, tmp_path)
    hook = backup_before_large_import(target.engine, target.data_dir, BackupSettings(), threshold=10)
    result = import_package(target.session_factory, target.data_dir, package, before_commit=hook)
    assert result.changes > 10 and result.safety_backup is not None
    assert "sebelum-impor" in result.safety_backup.name and verify_backup(result.safety_backup).ok
    assert _families(target) == 20
    # The backup was taken before the import committed: it has none of the package's families.
    copy = inspect_sqlite_file(result.safety_backup)
    assert copy.counts["krs_family"] == 0 and copy.counts["exchange_package"] == 0
    assert result.as_dict()["safety_backup"] == str(result.safety_backup)


def test_a_small_import_or_a_dry_run_makes_no_backup(offices: Offices, tmp_path: Path) -> None:
    target = offices.kecamatan
    package = _package(offices, tmp_path)
    hook = backup_before_large_import(target.engine, target.data_dir, BackupSettings())
    dry = import_package(target.session_factory, target.data_dir, package, dry_run=True, before_commit=hook)
    assert dry.safety_backup is None
    result = import_package(target.session_factory, target.data_dir, package, before_commit=hook)
    assert 0 < result.changes <= LARGE_IMPORT_RECORDS and result.safety_backup is None
    assert not (target.data_dir / "cadangan").exists() or not list((target.data_dir / "cadangan").glob("*impor*"))


def test_a_failed_backup_rolls_the_import_back(offices: Offices, tmp_path: Path) -> None:
    target = offices.kecamatan
    package = _package(offices, tmp_path)
    blocked = tmp_path / "bukan-folder"
    blocked.write_text("sebuah berkas, bukan folder", encoding="utf-8")
    hook = backup_before_large_import(
        target.engine, target.data_dir, BackupSettings(folder=str(blocked / "cadangan")), threshold=0
    )
    with pytest.raises(BackupError):
        import_package(target.session_factory, target.data_dir, package, before_commit=hook)
    assert _families(target) == 0
    with reading(target.session_factory) as session:
        assert session.scalar(select(func.count()).select_from(ExchangePackage)) == 0


def test_the_command_line_reports_the_backup(
    offices: Offices, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    package = _package(offices, tmp_path)
    offices.kecamatan.dispose()
    monkeypatch.setattr("desktop.services.backup.automatic.LARGE_IMPORT_RECORDS", 10)
    data_dir = str(offices.kecamatan.data_dir)
    assert main(["--data-dir", data_dir, "exchange", "import", str(package), "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["new"] > 10 and "sebelum-impor" in done["safety_backup"] and Path(done["safety_backup"]).is_file()
