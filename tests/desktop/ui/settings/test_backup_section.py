"""Cadangan in Pengaturan, the dashboard's last-backup line and the closing backup, on real widgets and data."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from db.sqlite_copy import source_facts
from desktop.domain.backups import BackupReason
from desktop.services.backup.backup_service import create_backup, verify_backup
from desktop.services.backup.catalogue import list_backups
from desktop.ui.closing_backup import BACKUP_ON_CLOSE
from desktop.ui.dashboard.dashboard_page import DashboardPage
from desktop.ui.main_window import MainWindow
from desktop.ui.restart import RESTART_REQUESTED
from desktop.ui.settings.backup_section import RESTORED_FLAG, BackupSection
from desktop.ui.window_context import WindowContext
from tests.desktop.ui.dialog_answers import DialogAnswers


def _section(context: WindowContext, qtbot: QtBot) -> BackupSection:
    section = BackupSection(context)
    qtbot.addWidget(section)
    section.show()
    return section


def test_backup_now_makes_a_verified_backup_in_the_background(window_context: WindowContext, qtbot: QtBot) -> None:
    section = _section(window_context, qtbot)
    assert "Belum ada cadangan" in section.last_backup.text()
    with qtbot.waitSignal(section.backup_made, timeout=60_000) as made:
        section.backup_button.click()
        assert not section.backup_button.isEnabled()  # busy while the copy runs off the GUI thread
    result = made.args[0]
    assert verify_backup(result.entry.path).ok
    assert section.backup_button.isEnabled() and "diperiksa" in section.status.text()
    assert "Cadangan terakhir" in section.last_backup.text()


def test_settings_are_saved_to_preferences(window_context: WindowContext, qtbot: QtBot, tmp_path: Path) -> None:
    section = _section(window_context, qtbot)
    section.second_folder.setText(str(tmp_path / "usb"))
    section.daily.setValue(3)
    section.save_button.click()
    again = _section(window_context, qtbot)
    assert again.second_folder.text() == str(tmp_path / "usb") and again.daily.value() == 3
    assert section.settings().policy.daily == 3


def test_restore_asks_then_brings_the_backup_back(
    window_context: WindowContext, qtbot: QtBot, dialogs: DialogAnswers
) -> None:
    app = window_context.app
    entry = create_backup(app.engine, app.data_dir).entry
    with app.engine.begin() as connection:
        connection.execute(text("DELETE FROM region WHERE level = 4"))
    section = _section(window_context, qtbot)
    dialogs.answer("confirm_no")
    section.restore_from(entry.path)
    assert source_facts(app.engine)[0] != entry.manifest.counts  # "Batal": nothing happened
    dialogs.answer("confirm_yes", "information_ok")
    with qtbot.waitSignal(section.restored, timeout=60_000):
        section.restore_from(entry.path)
    qtbot.waitUntil(lambda: not dialogs.pending, timeout=10_000)
    assert source_facts(app.engine)[0] == entry.manifest.counts
    assert app.extras[RESTORED_FLAG] is True and app.extras[RESTART_REQUESTED] is True
    assert "Konvergensi dibuka ulang" in dialogs.asked[-1][1]


def test_the_dashboard_says_when_the_last_backup_was_made_and_warns_after_seven_days(
    window_context: WindowContext, qtbot: QtBot
) -> None:
    app = window_context.app
    page = DashboardPage(window_context)
    qtbot.addWidget(page)
    notice = page.findChild(QLabel, "backup_notice")
    assert notice is not None and "Belum ada cadangan" in notice.text() and "b00020" in notice.styleSheet()
    old = datetime.now().astimezone() - timedelta(days=9)
    create_backup(app.engine, app.data_dir, clock=lambda: old)
    page.refresh()
    assert "9 hari tanpa cadangan" in notice.text() and "b00020" in notice.styleSheet()
    create_backup(app.engine, app.data_dir)
    page.refresh()
    assert "Cadangan terakhir" in notice.text() and "hari tanpa" not in notice.text()
    assert "b00020" not in notice.styleSheet()
    qtbot.waitUntil(lambda: page.loads > 0, timeout=30_000)


def test_closing_the_window_after_changes_makes_the_days_backup_first(
    window_context: WindowContext, qtbot: QtBot
) -> None:
    window_context.app.extras[BACKUP_ON_CLOSE] = True
    window = MainWindow(window_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert window.isVisible()  # held: the backup runs in the background
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    [entry] = list_backups(window_context.app.data_dir / "cadangan")
    assert entry.manifest.reason is BackupReason.ON_CLOSE and verify_backup(entry.path).ok
