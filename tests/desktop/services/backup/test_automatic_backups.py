"""The backup on close (at most once a day, only after changes) and the backup settings in preferences.ini."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from desktop.context import AppContext
from desktop.domain.backups import BackupReason, BackupSettings, RotationPolicy, backup_is_stale
from desktop.preferences import backup_settings, save_backup_settings, save_language, saved_language
from desktop.services.backup.automatic import backup_due_on_close, backup_on_close
from desktop.services.backup.catalogue import list_backups


def _touch_database(context: AppContext, when: datetime) -> None:
    with context.engine.begin() as connection:
        connection.execute(text("UPDATE office SET phone = phone || '1'"))
    database = context.data_dir / "konvergensi.sqlite3"
    for path in (database, database.with_name(database.name + "-wal")):
        if path.exists():
            os.utime(path, (when.timestamp(), when.timestamp()))


def test_close_backs_up_after_changes_at_most_once_a_day(office_context: AppContext) -> None:
    settings = BackupSettings()
    monday = datetime(2026, 12, 7, 16, 0).astimezone()
    first = backup_on_close(office_context.engine, office_context.data_dir, settings, clock=lambda: monday)
    assert first is not None and first.entry.manifest.reason is BackupReason.ON_CLOSE
    # Changes later that day: the day's backup exists, none more.
    _touch_database(office_context, monday + timedelta(hours=1))
    assert backup_on_close(office_context.engine, office_context.data_dir, settings, clock=lambda: monday) is None
    # The next day without changes since the backup: nothing to back up.
    tuesday = monday + timedelta(days=1)
    os.utime(office_context.data_dir / "konvergensi.sqlite3", (monday.timestamp() - 60,) * 2)
    wal = office_context.data_dir / "konvergensi.sqlite3-wal"
    if wal.exists():
        os.utime(wal, (monday.timestamp() - 60,) * 2)
    assert not backup_due_on_close(office_context.engine, office_context.data_dir, settings, tuesday)
    # Changes on Tuesday: a new backup.
    _touch_database(office_context, tuesday + timedelta(hours=1))
    later = tuesday + timedelta(hours=2)
    assert backup_on_close(office_context.engine, office_context.data_dir, settings, clock=lambda: later) is not None
    assert len(list_backups(office_context.data_dir / "cadangan")) == 2


def test_backup_settings_round_trip_and_keep_the_language(tmp_path: Path) -> None:
    assert backup_settings(tmp_path) == BackupSettings()
    save_language(tmp_path, "en")
    chosen = BackupSettings(folder=str(tmp_path / "b"), second_folder="E:\\Cadangan", policy=RotationPolicy(3, 2, 6, 1))
    save_backup_settings(tmp_path, chosen)
    assert backup_settings(tmp_path) == chosen
    assert saved_language(tmp_path) == "en"
    (tmp_path / "preferences.ini").write_text("[backup]\ndaily = lots\nweekly = -3\n", encoding="utf-8")
    assert backup_settings(tmp_path).policy == RotationPolicy()


def test_a_backup_goes_stale_after_seven_days() -> None:
    now = datetime(2026, 12, 8, 9, 0).astimezone()
    assert backup_is_stale(None, now)
    assert not backup_is_stale(now - timedelta(days=6, hours=23), now)
    assert backup_is_stale(now - timedelta(days=7, minutes=1), now)
