"""Cadangan on the Settings page: "Cadangkan sekarang", restore from a backup, and where backups go.

The backup and the restore run off the GUI thread (the window's background runner) with a progress bar; the
restore is verified before anything is replaced and, once done, Konvergensi closes so that it is opened again on
the restored data.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.backups import BackupSettings, RotationPolicy, backup_is_stale
from desktop.domain.dates import day_date
from desktop.domain.i18n import _
from desktop.domain.users import Permission
from desktop.preferences import backup_settings, save_backup_settings
from desktop.services.backup.backup_service import create_backup
from desktop.services.backup.catalogue import BackupEntry, BackupResult, backup_folder, last_good_backup
from desktop.services.backup.restore_service import RestoreResult, restore_backup
from desktop.services.os_errors import describe_os_error
from desktop.services.tasks import TaskControl
from desktop.services.users import require_permission
from desktop.ui.restart import RESTART_REQUESTED
from desktop.ui.widgets.dialogs import confirm, inform
from desktop.ui.widgets.failures import report_failure
from desktop.ui.window_context import WindowContext

# Set in AppContext.extras once the data were restored: the window closes and makes no backup on the way out.
RESTORED_FLAG = "database_restored"


def last_backup_text(entry: BackupEntry | None, now: datetime) -> tuple[str, bool]:
    """The line about the newest good backup, and whether it is a warning (none, or older than 7 days)."""
    if entry is None:
        return _("Belum ada cadangan. Buat cadangan sekarang di Pengaturan → Cadangan."), True
    created = entry.created.astimezone(now.tzinfo)
    days = (now - created).days
    text = _("Cadangan terakhir: {date} pukul {time} ({reason}).").format(
        date=day_date(created.date(), screen=True), time=created.strftime("%H.%M"), reason=entry.manifest.reason.label
    )
    if backup_is_stale(created, now):
        return text + " " + _("Sudah {days} hari tanpa cadangan: buat cadangan sekarang.").format(days=days), True
    return text, False


class BackupSection(QWidget):
    """The backup controls of the Settings page.

    Args:
        context: the window context (data folder, engine, background runner).
        parent: owner.

    Signals:
        backup_made(object): a backup was made (the :class:`BackupResult`).
        restored(object): the database was restored (the :class:`RestoreResult`).
    """

    backup_made = Signal(object)
    restored = Signal(object)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("backup_section")
        self.last_backup = QLabel(self)
        self.last_backup.setObjectName("last_backup")
        self.last_backup.setWordWrap(True)
        self.folder = QLabel(self)
        self.folder.setObjectName("backup_folder")
        self.folder.setWordWrap(True)
        self.backup_button = QPushButton(_("Cadangkan &sekarang"), self)
        self.backup_button.setObjectName("backup_now")
        self.restore_button = QPushButton(_("&Pulihkan dari cadangan…"), self)
        self.restore_button.setObjectName("restore_backup")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("backup_progress")
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        self.second_folder = QLineEdit(self)
        self.second_folder.setObjectName("second_backup_folder")
        self.second_folder.setPlaceholderText(_("mis. E:\\Cadangan Konvergensi (diska luar atau flashdisk)"))
        choose = QPushButton(_("Pilih…"), self)
        choose.clicked.connect(self._on_choose_clicked)
        self.daily, self.weekly, self.monthly = (QSpinBox(self) for _index in range(3))
        for name, box in (("keep_daily", self.daily), ("keep_weekly", self.weekly), ("keep_monthly", self.monthly)):
            box.setObjectName(name)
            box.setRange(0, 99)
        self.save_button = QPushButton(_("Simpan pengaturan cadangan"), self)
        self.save_button.setObjectName("save_backup_settings")
        second_row = QHBoxLayout()
        second_row.addWidget(self.second_folder, 1)
        second_row.addWidget(choose)
        keep_row = QHBoxLayout()
        for label, box in ((_("harian"), self.daily), (_("mingguan"), self.weekly), (_("bulanan"), self.monthly)):
            keep_row.addWidget(box)
            keep_row.addWidget(QLabel(label, self))
        keep_row.addStretch(1)
        form = QFormLayout()
        form.addRow(_("Folder cadangan:"), self.folder)
        form.addRow(_("Folder kedua:"), second_row)
        form.addRow(_("Simpan:"), keep_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.last_backup)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(form)
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.load()

    @property
    def data_dir(self) -> Path:
        """The data folder."""
        return self.context.app.data_dir

    def settings(self) -> BackupSettings:
        """The settings as stored."""
        return backup_settings(self.data_dir)

    def load(self) -> None:
        """Shows the stored settings and the newest backup."""
        settings = self.settings()
        self.folder.setText(str(backup_folder(self.data_dir, settings)))
        self.second_folder.setText(settings.second_folder or "")
        self.daily.setValue(settings.policy.daily)
        self.weekly.setValue(settings.policy.weekly)
        self.monthly.setValue(settings.policy.monthly)
        self.show_last_backup()

    def show_last_backup(self) -> None:
        """Updates the line about the newest good backup."""
        text, warning = last_backup_text(
            last_good_backup(backup_folder(self.data_dir, self.settings())), datetime.now().astimezone()
        )
        self.last_backup.setText(text)
        self.last_backup.setStyleSheet("color: #b00020;" if warning else "")

    def _busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.progress.setFormat(f"%p% {message}" if message else "%p%")

    @Slot()
    def _on_save_clicked(self) -> None:
        current = self.settings()
        chosen = BackupSettings(
            folder=current.folder,
            second_folder=self.second_folder.text().strip() or None,
            policy=RotationPolicy(
                daily=self.daily.value(),
                weekly=self.weekly.value(),
                monthly=self.monthly.value(),
                special=current.policy.special,
            ),
        )
        try:
            save_backup_settings(self.data_dir, chosen)
        except OSError as error:
            self.status.setText(describe_os_error(error))
            return
        self.status.setText(_("Pengaturan cadangan tersimpan."))
        self.load()

    @Slot()
    def _on_choose_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Folder kedua untuk cadangan"), self.second_folder.text())
        if folder:
            self.second_folder.setText(folder)

    @Slot()
    def _on_backup_clicked(self) -> None:
        self.back_up()

    def back_up(self) -> None:
        """Makes a verified backup in the background."""
        engine, data_dir, settings = self.context.app.engine, self.data_dir, self.settings()

        def task(control: TaskControl) -> BackupResult:
            return create_backup(engine, data_dir, settings=settings, control=control)

        self._busy(True)
        self.status.setText(_("Membuat cadangan…"))
        self.context.runner.run(
            task,
            on_done=self._on_backup_done,
            on_error=self._on_failed,
            on_progress=self._on_progress,
            on_cancelled=lambda: self._busy(False),
        )

    def _on_backup_done(self, result: BackupResult) -> None:
        self._busy(False)
        lines = [_("Cadangan dibuat dan diperiksa: {path}").format(path=result.entry.path)]
        if result.second_copy is not None:
            lines.append(_("Salinan kedua: {path}").format(path=result.second_copy))
        lines += result.warnings
        self.status.setText("\n".join(lines))
        self.show_last_backup()
        self.backup_made.emit(result)

    def _on_failed(self, error: BaseException, trace: str) -> None:
        self._busy(False)
        self.status.clear()
        report_failure(self, error, show=self.status, trace=trace)

    @Slot()
    def _on_restore_clicked(self) -> None:
        start = str(backup_folder(self.data_dir, self.settings()))
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _("Pilih cadangan"), start, _("Cadangan Konvergensi (konvergensi-*.sqlite3)")
        )
        if chosen:
            self.restore_from(Path(chosen))

    def restore_from(self, backup: Path) -> None:
        """Asks, then restores ``backup`` in the background (verified first; the current data kept aside)."""
        if not confirm(
            self,
            _("Pulihkan dari cadangan"),
            _(
                "Data saat ini akan diganti dengan isi cadangan {name}. Database saat ini disimpan dulu di folder "
                "'sebelum-pemulihan'. Setelah pemulihan Konvergensi dibuka ulang dengan data yang dipulihkan."
            ).format(name=backup.name),
            _("Pulihkan"),
        ):
            return
        engine, data_dir, settings = self.context.app.engine, self.data_dir, self.settings()
        factory = self.context.app.session_factory

        def task(control: TaskControl) -> RestoreResult:
            require_permission(factory, Permission.RESTORE)
            return restore_backup(engine, data_dir, backup, settings=settings, control=control)

        self._busy(True)
        self.status.setText(_("Memulihkan…"))
        self.context.runner.run(
            task, on_done=self._on_restore_done, on_error=self._on_failed, on_progress=self._on_progress, writes=True
        )

    def _on_restore_done(self, result: RestoreResult) -> None:
        self._busy(False)
        self.context.app.extras[RESTORED_FLAG] = True
        self.context.app.extras[RESTART_REQUESTED] = True
        self.status.setText(_("Data dipulihkan dari {name}.").format(name=result.restored_from.name))
        self.restored.emit(result)
        inform(
            self,
            _("Data dipulihkan"),
            _(
                "Data dipulihkan dari {name} ({rows} baris). Database sebelumnya disimpan di {aside}. "
                "Konvergensi dibuka ulang sekarang dengan data yang dipulihkan."
            ).format(name=result.restored_from.name, rows=sum(result.counts.values()), aside=result.kept_aside or "-"),
        )
        self.window().close()
