"""Verified backups on real migrated SQLite files: made, damaged, verified, restored, rotated."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from db import migrate
from db.engine import make_engine, sqlite_url
from db.sqlite_copy import copy_sqlite, inspect_sqlite_file, source_facts
from desktop.context import AppContext
from desktop.domain.backups import BackupReason, BackupSettings, RotationPolicy
from desktop.services.backup import manifest as mf
from desktop.services.backup.backup_service import compare_copy, create_backup, verify_backup
from desktop.services.backup.catalogue import BackupError, last_good_backup, list_backups
from desktop.services.backup.restore_service import restore_backup
from desktop.services.stored_files import store_file
from desktop.services.tasks import Cancelled, TaskControl

ZONE = timezone(timedelta(hours=7))  # WIB


def _store(context: AppContext, name: str, content: bytes) -> Path:
    source = context.data_dir.parent / name
    source.write_bytes(content)
    stored = store_file(context.files_dir, "meetings", source, lambda sha: f"{sha[:2]}/{sha}.pdf", max_bytes=10**6)
    return context.files_dir / stored.relative_path


def _flip_page_headers(path: Path, pages: range) -> None:
    page_size = int.from_bytes(path.read_bytes()[16:18], "big")
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek(page * page_size)
            chunk = handle.read(64)
            handle.seek(page * page_size)
            handle.write(bytes(byte ^ 0xFF for byte in chunk))


def _reseal(backup: Path) -> None:
    """Rewrites manifest and sidecar hashes to match a damaged copy, as a careless tool (or bit rot before the
    hash was taken) would: only the checks inside the database can catch it then."""
    manifest = mf.Manifest.from_json(mf.manifest_path(backup).read_bytes())
    manifest.database_sha256 = mf.sha256_of(backup)
    mf.manifest_path(backup).write_bytes(manifest.to_json())
    mf.sidecar_path(backup).write_bytes(
        mf.sidecar_text(
            {
                backup.name: manifest.database_sha256,
                mf.manifest_path(backup).name: mf.sha256_of(mf.manifest_path(backup)),
            }
        )
    )


def test_a_backup_is_a_verified_copy_with_its_counts_revision_and_sidecar(office_context: AppContext) -> None:
    _store(office_context, "undangan.pdf", b"%PDF-1.4 undangan")
    result = create_backup(office_context.engine, office_context.data_dir)
    backup = result.entry.path
    assert backup.parent == office_context.data_dir / "cadangan"
    assert mf.NAME_PATTERN.match(backup.name)
    counts, revision = source_facts(office_context.engine)
    assert result.entry.manifest.counts == counts and counts["region"] > 80_000
    assert result.entry.manifest.revision == revision == list(migrate.head_revisions(office_context.engine))
    assert inspect_sqlite_file(backup).integrity == ["ok"]
    # The sidecar is the format sha256sum reads: the backup can be checked without Konvergensi.
    line = f"{hashlib.sha256(backup.read_bytes()).hexdigest()}  {backup.name}"
    assert line in mf.sidecar_path(backup).read_text(encoding="utf-8").splitlines()
    if shutil.which("sha256sum") is not None:  # coreutils; Windows has certutil instead
        checked = subprocess.run(["sha256sum", "-c", mf.sidecar_path(backup).name], cwd=backup.parent, check=False)
        assert checked.returncode == 0
    assert result.files_copied == 1 and len(result.entry.manifest.files) == 1
    assert verify_backup(backup).ok
    assert not list(backup.parent.glob(".*.tmp"))
    assert not (backup.parent / (backup.name + "-wal")).exists()


def test_flipped_bytes_in_a_backup_are_refused(office_context: AppContext) -> None:
    backup = create_backup(office_context.engine, office_context.data_dir).entry.path
    _flip_page_headers(backup, range(5, 6))
    check = verify_backup(backup)
    assert not check.ok
    assert any("SHA-256" in problem for problem in check.problems)


def test_damage_behind_matching_hashes_is_found_by_the_checks_inside_the_copy(office_context: AppContext) -> None:
    backup = create_backup(office_context.engine, office_context.data_dir).entry.path
    _flip_page_headers(backup, range(3, 40))
    _reseal(backup)
    check = verify_backup(backup)
    assert not check.ok
    assert not any("SHA-256" in problem for problem in check.problems)
    assert check.problems


def test_a_corrupt_copy_is_refused_before_it_gets_a_name(office_context: AppContext, tmp_path: Path) -> None:
    """What create_backup runs on its temporary copy: a damaged copy or one with other counts fails."""
    copy = tmp_path / "copy.sqlite3"
    copy_sqlite(office_context.engine, copy)
    counts, revision = source_facts(office_context.engine)
    assert compare_copy(copy, counts, revision) == []
    assert compare_copy(copy, counts | {"region": counts["region"] + 1}, revision)
    assert compare_copy(copy, counts, ["0005"])
    _flip_page_headers(copy, range(3, 40))
    assert compare_copy(copy, counts, revision)


def test_stored_files_are_kept_by_hash_and_not_copied_again(office_context: AppContext) -> None:
    _store(office_context, "a.pdf", b"%PDF-1.4 a")
    first = create_backup(office_context.engine, office_context.data_dir)
    _store(office_context, "b.pdf", b"%PDF-1.4 b")
    second = create_backup(office_context.engine, office_context.data_dir)
    assert (first.files_copied, second.files_copied, second.files_reused) == (1, 1, 1)
    blobs = list((office_context.data_dir / "cadangan" / "berkas").glob("*/*"))
    assert len(blobs) == 2


def test_a_missing_stored_file_in_the_backup_is_a_damaged_backup(office_context: AppContext) -> None:
    _store(office_context, "a.pdf", b"%PDF-1.4 a")
    entry = create_backup(office_context.engine, office_context.data_dir).entry
    mf.blob_path(entry.path.parent, entry.manifest.files[0].sha256).unlink()
    check = verify_backup(entry.path)
    assert not check.ok and "tidak ada" in check.problems[0]


def test_restore_round_trip_brings_back_rows_and_files_and_keeps_the_current_database(
    office_context: AppContext,
) -> None:
    stored = _store(office_context, "a.pdf", b"%PDF-1.4 a")
    entry = create_backup(office_context.engine, office_context.data_dir).entry
    with office_context.engine.begin() as connection:
        connection.execute(text("DELETE FROM region WHERE level = 4"))
    changed, _revision = source_facts(office_context.engine)
    assert changed["region"] < entry.manifest.counts["region"]
    stored.unlink()

    result = restore_backup(office_context.engine, office_context.data_dir, entry.path)

    assert result.counts == entry.manifest.counts
    assert stored.read_bytes() == b"%PDF-1.4 a" and result.files_restored == 1
    assert result.kept_aside is not None and result.kept_aside.parent.name == "sebelum-pemulihan"
    assert inspect_sqlite_file(result.kept_aside).counts["region"] == changed["region"]
    assert result.safety_backup is not None and verify_backup(result.safety_backup).ok
    engine = make_engine(sqlite_url(str(office_context.data_dir / "konvergensi.sqlite3")))
    assert source_facts(engine)[0] == entry.manifest.counts
    engine.dispose()


def test_a_damaged_backup_is_not_restored(office_context: AppContext) -> None:
    entry = create_backup(office_context.engine, office_context.data_dir).entry
    _flip_page_headers(entry.path, range(5, 6))
    before = source_facts(office_context.engine)[0]
    with pytest.raises(BackupError, match="rusak"):
        restore_backup(office_context.engine, office_context.data_dir, entry.path)
    assert source_facts(office_context.engine)[0] == before
    assert not (office_context.data_dir / "sebelum-pemulihan").exists()


def test_a_cancelled_backup_leaves_no_file(office_context: AppContext) -> None:
    control = TaskControl(lambda done, total, message: control.cancel())
    with pytest.raises(Cancelled):
        create_backup(office_context.engine, office_context.data_dir, control=control)
    assert list((office_context.data_dir / "cadangan").iterdir()) == []


def test_rotation_over_a_simulated_year_keeps_7_daily_4_weekly_12_monthly(empty_context: AppContext) -> None:
    settings = BackupSettings(policy=RotationPolicy())
    start = datetime(2026, 1, 1, 16, 30, tzinfo=ZONE)
    days = [start + timedelta(days=number) for number in range(0, 365, 2)]  # every other day for a year
    for moment in days:
        create_backup(empty_context.engine, empty_context.data_dir, settings=settings, clock=lambda m=moment: m)
    kept = sorted(entry.created for entry in list_backups(empty_context.data_dir / "cadangan"))
    newest = days[-1]
    daily = set(days[-7:])
    weekly: dict[tuple[int, int], datetime] = {}
    monthly: dict[tuple[int, int], datetime] = {}
    for moment in reversed(days):
        iso = moment.isocalendar()
        if len(weekly) < 4:
            weekly.setdefault((iso.year, iso.week), moment)
        if len(monthly) < 12:
            monthly.setdefault((moment.year, moment.month), moment)
    expected = sorted(daily | set(weekly.values()) | set(monthly.values()) | {newest})
    assert kept == expected
    # By hand: 7 daily (19-31 Dec), ISO week 50 adds 13 Dec (weeks 51-53 are among the daily), and the newest
    # backup of each month; 2026 has 53 ISO weeks and a backup every other day.
    assert [moment.strftime("%m-%d") for moment in kept] == [
        "01-31", "02-28", "03-30", "04-29", "05-31", "06-30", "07-30", "08-31", "09-30", "10-30", "11-29",
        "12-13", "12-19", "12-21", "12-23", "12-25", "12-27", "12-29", "12-31",
    ]  # fmt: skip
    assert all(verify_backup(entry.path).ok for entry in list_backups(empty_context.data_dir / "cadangan"))


def test_a_second_folder_receives_a_verified_copy(office_context: AppContext, tmp_path: Path) -> None:
    _store(office_context, "a.pdf", b"%PDF-1.4 a")
    second = tmp_path / "flashdisk" / "Konvergensi"
    result = create_backup(
        office_context.engine, office_context.data_dir, settings=BackupSettings(second_folder=str(second))
    )
    assert result.second_copy == second / result.entry.path.name
    assert verify_backup(result.second_copy).ok
    assert last_good_backup(second) is not None


def test_an_unreachable_second_folder_is_a_warning_not_a_failure(office_context: AppContext, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = create_backup(
        office_context.engine, office_context.data_dir, settings=BackupSettings(second_folder=str(blocker / "sub"))
    )
    assert verify_backup(result.entry.path).ok
    assert result.second_copy is None and len(result.warnings) == 1


def test_special_backups_survive_the_rotation(empty_context: AppContext) -> None:
    moment = datetime(2026, 5, 1, 8, tzinfo=ZONE)
    create_backup(
        empty_context.engine, empty_context.data_dir, reason=BackupReason.BEFORE_MIGRATION, clock=lambda: moment
    )
    for hour in range(9, 12):
        later = moment.replace(hour=hour)
        create_backup(empty_context.engine, empty_context.data_dir, clock=lambda m=later: m)
    reasons = [entry.manifest.reason for entry in list_backups(empty_context.data_dir / "cadangan")]
    assert reasons == [BackupReason.MANUAL, BackupReason.BEFORE_MIGRATION]


def test_the_manifest_is_plain_json(office_context: AppContext) -> None:
    entry = create_backup(office_context.engine, office_context.data_dir).entry
    data = json.loads(mf.manifest_path(entry.path).read_text(encoding="utf-8"))
    assert data["format"] == "konvergensi-backup/1" and data["reason"] == "manual"
    shutil.copy(entry.path, entry.path.with_name("x.sqlite3"))  # a copy without manifest is not listed
    assert len(list_backups(entry.path.parent)) == 1


def test_the_shared_tail_refuses_a_copy_with_problems_and_names_nothing(tmp_path: Path) -> None:
    """finish_backup is the one tail of SQLite backups and PostgreSQL dumps: problems refuse the copy."""
    from desktop.domain.backups import BackupReason
    from desktop.services.backup.catalogue import BackupError, CheckedCopy, finish_backup, local_now

    temp = tmp_path / ".konvergensi-x.tmp"
    temp.write_bytes(b"copy")
    refused = CheckedCopy(temp, ["salinan rusak"], "postgresql", ".dump", ["0014"], {"region": 1})
    with pytest.raises(BackupError, match="Cadangan ditolak: salinan rusak"):
        finish_backup(tmp_path, refused, reason=BackupReason.MANUAL, clock=local_now, settings=None)
    assert sorted(path.name for path in tmp_path.iterdir()) == [temp.name]
    accepted = CheckedCopy(temp, [], "postgresql", ".dump", ["0014"], {"region": 1})
    result = finish_backup(tmp_path, accepted, reason=BackupReason.MANUAL, clock=local_now, settings=None)
    assert result.entry.path.read_bytes() == b"copy" and not temp.exists()
    assert result.entry.manifest.counts == {"region": 1} and result.entry.path.name.endswith("-manual.dump")
