"""Bootstrap of the GUI: interface language, Qt application, translations, database, first-start steps, main window.

First start runs three steps in order, without nested event loops: load the region reference data in the
background (progress dialog with Cancel), ask for the office (setup wizard), then open the main window.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog
from sqlalchemy.exc import DBAPIError

from db.engine import engine_key
from desktop import APP_NAME, __version__
from desktop.context import AppContext
from desktop.domain.errors import UserError
from desktop.domain.i18n import _, language, set_language
from desktop.log import setup_logging
from desktop.paths import default_data_dir
from desktop.preferences import interface_language
from desktop.services.database import describe_database_error
from desktop.services.office import get_office
from desktop.services.regions import load_regions, regions_loaded
from desktop.services.tasks import TaskControl
from desktop.services.users import signed_in, users_exist
from desktop.ui.closing_backup import BACKUP_ON_CLOSE
from desktop.ui.error_dialog import ExceptionHook, show_error
from desktop.ui.main_window import MainWindow
from desktop.ui.passphrase_prompt import open_with_passphrase, server_password_at_start, server_start_hint
from desktop.ui.platform_check import PlatformProblem, check_display_platform
from desktop.ui.restart import RESTART_REQUESTED, start_again
from desktop.ui.settings.backup_section import RESTORED_FLAG
from desktop.ui.settings.encryption_section import EncryptionOutcome, RecoveryKeyDialog, encryption_task
from desktop.ui.settings.setup_wizard import SetupWizard
from desktop.ui.single_instance import SingleInstance
from desktop.ui.translations import install_translations
from desktop.ui.ui_settings import UiSettings
from desktop.ui.users.login_dialog import FirstAdminDialog, LoginDialog
from desktop.ui.window_context import WindowContext
from desktop.ui.worker import BackgroundRunner

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """Returns the QApplication (creating it once), named for settings and dialogs."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setQuitOnLastWindowClosed(True)
    return app


class Startup(QObject):
    """Runs the first-start steps and opens the main window.

    Args:
        context: the window context.

    Signals:
        window_shown(object): the main window, once visible.
        aborted(str): start-up stopped (cancelled or failed) with this reason.
        restart_requested(): the database was encrypted in the setup wizard; the program starts again on it.
    """

    window_shown = Signal(object)
    aborted = Signal(str)
    restart_requested = Signal()

    def __init__(self, context: WindowContext) -> None:
        super().__init__()
        self.context = context
        self.window: MainWindow | None = None
        self.wizard: SetupWizard | None = None
        self.progress: QProgressDialog | None = None
        self.login: QDialog | None = None
        self.recovery: RecoveryKeyDialog | None = None

    def start(self) -> None:
        """Begins with whichever step is still needed: the login first where the database has users (or is on a
        server), then the regions, the office, the window."""
        factory = self.context.app.session_factory
        on_server = self.context.app.engine.dialect.name != "sqlite"
        if signed_in(factory) is None and (on_server or users_exist(factory)):
            self._ask_login(first_admin=not users_exist(factory))
            return
        self._after_login()

    def _ask_login(self, *, first_admin: bool) -> None:
        factory = self.context.app.session_factory
        dialog = FirstAdminDialog(factory) if first_admin else LoginDialog(factory)
        dialog.setObjectName("first_admin_dialog" if first_admin else "login_dialog")
        self.login = dialog
        dialog.accepted.connect(self._after_login)
        dialog.rejected.connect(lambda: self.aborted.emit(_("Login dibatalkan.")))
        dialog.show()

    def _after_login(self) -> None:
        if self.login is not None:
            self.login.deleteLater()
            self.login = None
        if regions_loaded(self.context.app.session_factory):
            self._ask_office()
        else:
            self._load_regions()

    def _load_regions(self) -> None:
        dialog = QProgressDialog(
            _("Memuat data wilayah Kemendagri (38 provinsi, 514 kabupaten/kota, 83.762 desa/kelurahan)…"),
            _("Batal"),
            0,
            0,
        )
        dialog.setObjectName("region_progress")
        dialog.setWindowTitle(_("Persiapan pertama"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog
        factory = self.context.app.session_factory

        def task(control: TaskControl) -> int:
            return load_regions(factory, control)

        handle = self.context.runner.run(
            task,
            writes=True,
            on_progress=self._on_region_progress,
            on_done=self._on_regions_loaded,
            on_error=self._on_regions_failed,
            on_cancelled=self._on_regions_cancelled,
        )
        dialog.canceled.connect(handle.cancel)
        dialog.show()

    def _on_region_progress(self, done: int, total: int, message: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            if message:
                self.progress.setLabelText(_("Memuat data wilayah: {0}").format(message))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_regions_loaded(self, added: object) -> None:
        log.info("regions loaded at start-up: %s", added)
        self._close_progress()
        self._ask_office()

    def _on_regions_failed(self, error: object, details: str) -> None:
        self._close_progress()
        show_error(None, str(error), self.context.app.log_path, details)
        self.aborted.emit(str(error))

    def _on_regions_cancelled(self) -> None:
        self._close_progress()
        self.aborted.emit(_("Pemuatan data wilayah dibatalkan; tidak ada yang disimpan."))

    def _ask_office(self) -> None:
        if get_office(self.context.app.session_factory) is not None:
            self._show_main_window()
            return
        app = self.context.app
        plain_file = app.engine.dialect.name == "sqlite" and engine_key(app.engine) is None
        wizard = SetupWizard(app.session_factory, offer_encryption=plain_file)
        self.wizard = wizard
        wizard.accepted.connect(self._after_wizard)
        wizard.rejected.connect(lambda: self.aborted.emit(_("Pengaturan awal belum selesai.")))
        wizard.show()

    def _after_wizard(self) -> None:
        choice = self.wizard.encryption if self.wizard is not None else None
        if choice is None:
            self._show_main_window()
            return
        passphrase, remember = choice
        dialog = QProgressDialog(_("Mengenkripsi database…"), "", 0, 0)
        dialog.setObjectName("encryption_progress")
        dialog.setWindowTitle(_("Enkripsi database"))
        dialog.setCancelButton(None)  # a half-done encryption is not offered
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog
        self.context.runner.run(
            encryption_task(self.context.app, passphrase, remember),
            writes=True,
            on_progress=self._on_encryption_progress,
            on_done=self._on_setup_encrypted,
            on_error=self._on_setup_encryption_failed,
        )
        dialog.show()

    def _on_encryption_progress(self, done: int, total: int, message: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            if message:
                self.progress.setLabelText(message + "…")

    def _on_setup_encrypted(self, outcome: EncryptionOutcome) -> None:
        """Shows the recovery key once, then starts again on the encrypted database (this engine is closed)."""
        self._close_progress()
        result, office = outcome
        extras = self.context.app.extras
        extras[RESTORED_FLAG] = extras[RESTART_REQUESTED] = True
        dialog = RecoveryKeyDialog(result.recovery_key, office)
        self.recovery = dialog
        dialog.finished.connect(lambda _code: self.restart_requested.emit())
        dialog.show()

    def _on_setup_encryption_failed(self, error: object, details: str) -> None:
        """The database stays plain (nothing was replaced); the window opens on it."""
        self._close_progress()
        show_error(None, str(error), self.context.app.log_path, details)
        self._show_main_window()

    def _show_main_window(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
        window = MainWindow(self.context)
        self.window = window
        window.show()
        self.window_shown.emit(window)


def build_window_context(context: AppContext) -> WindowContext:
    """Wraps the application context with the runner and UI-state settings."""
    return WindowContext(
        app=context, runner=BackgroundRunner(QApplication.instance()), ui_settings=UiSettings(context.data_dir)
    )


def start_language(data_dir: Path | None) -> str:
    """Sets the interface language of this run from the preferences of ``data_dir`` (or ``$KONVERGENSI_LANGUAGE``).

    Called before any widget is built: every text is translated when its widget is made, so a language chosen
    later applies at the next start.

    Returns:
        The language code now in force.
    """
    set_language(interface_language((data_dir or default_data_dir()).expanduser().resolve()))
    return language()


def run_gui(
    data_dir: Path | None,
    database_url: str | None,
    *,
    measure_startup: bool = False,
    open_files: list[str] | None = None,
) -> int:
    """Starts the GUI and runs the event loop, or hands ``open_files`` to the window already open on this data folder.

    Args:
        data_dir: the data folder (platform default when None).
        database_url: the database URL (SQLite in the data folder when None).
        measure_startup: print the seconds from process start to the visible window and to the filled dashboard
            as JSON, then quit.
        open_files: files to open (``gui --buka``, a double-clicked ``.konv``).

    Returns:
        The exit code.
    """
    start_language(data_dir)
    problem = check_display_platform()
    if problem is not None:
        return report_platform_problem(problem, data_dir)
    app = create_application()
    instance = SingleInstance((data_dir or default_data_dir()).expanduser())
    if not measure_startup and instance.hand_over(open_files or []):
        return 0  # the window already open on this data folder has them and comes forward
    if not measure_startup:
        instance.listen()
    go_on, password = server_password_at_start(data_dir, database_url)
    if not go_on:
        return 1
    try:
        opened = open_with_passphrase(data_dir, database_url, password=password)
    except DBAPIError as error:
        show_error(None, describe_database_error(error) + server_start_hint(data_dir, database_url), None)
        return 2
    except UserError as error:
        # A database made by a newer Konvergensi, or the backup before a schema migration failed: said, and the
        # database left as it was.
        show_error(None, str(error), None)
        return 2
    if opened is None:  # an encrypted database and no (right) passphrase
        return 1
    context = opened
    context.log_path = setup_logging(context.data_dir)
    context.extras[BACKUP_ON_CLOSE] = True
    hook = ExceptionHook(context.log_path)
    hook.install()
    install_translations(app, context.data_dir / "cache" / "i18n", language())
    log.info("Konvergensi %s starting; database %s", __version__, context.database_location)
    startup = Startup(build_window_context(context))
    exit_code = {"value": 0}

    def on_aborted(reason: str) -> None:
        log.warning("start-up aborted: %s", reason)
        exit_code["value"] = 1
        app.quit()

    startup.aborted.connect(on_aborted)
    startup.restart_requested.connect(app.quit)
    pending = list(open_files or [])
    instance.files_received.connect(lambda files: _receive_files(startup, pending, files))
    startup.window_shown.connect(lambda _window: _receive_files(startup, pending, []))
    if measure_startup:
        startup.window_shown.connect(lambda window: _report_startup(app, window))
    QTimer.singleShot(0, startup.start)
    try:
        code = app.exec()
    finally:
        hook.uninstall()
        context.dispose()
    if context.extras.get(RESTART_REQUESTED):  # after a restore: a new window on the restored database
        if instance.server is not None:
            instance.server.close()  # else the new start would hand over to this closing one
        start_again()
    return exit_code["value"] or int(code)


def _receive_files(startup: Startup, pending: list[str], files: list[str]) -> None:
    """Brings the window forward and takes the files handed to it (kept until the window exists)."""
    pending.extend(files)
    window = startup.window
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    if pending:
        log.info("files to open: %s", pending)
        packages = [Path(f) for f in pending if f.lower().endswith(".konv")]
        others = [Path(f).name for f in pending if not f.lower().endswith(".konv")]
        if packages:  # the receive flow of the exchange page: check, dry-run summary, then apply
            window.show_page("exchange").open_package(packages[-1])  # type: ignore[attr-defined]
        if others:
            window.statusBar().showMessage(
                _("Berkas diterima, belum dapat dibuka versi ini: {0}").format(", ".join(others))
            )
        pending.clear()


def report_platform_problem(problem: PlatformProblem, data_dir: Path | None) -> int:
    """Prints why the window cannot open (in Indonesian, with the install command), logs it, returns exit code 1."""
    message = problem.message()
    log_path: Path | None = None
    try:
        log_path = setup_logging((data_dir or default_data_dir()).expanduser().resolve())
        log.error("display platform cannot start: %s\n%s", ", ".join(problem.missing) or "no display", message)
    except OSError:  # an unwritable data folder must not hide the actual message
        log_path = None
    print(message, file=sys.stderr)
    if log_path is not None:
        print(_("Pesan ini juga dicatat di {path}").format(path=log_path), file=sys.stderr)
    return 1


def _report_startup(app: QApplication, window: MainWindow) -> None:
    """Prints when the window was shown and when the home page (the dashboard) was filled, as one JSON line; quits.

    The dashboard gathers its figures in the background after the window shows: "ready" is its first ``loaded``
    (at most 60 s later; ``null`` if it never came, e.g. it failed).
    """
    # time.perf_counter() has no fixed origin; process CPU start is not wall time. Use the process start time
    # recorded by the launcher when present, else the interpreter start approximated by the module import time.
    started = float(os.environ.get("KONVERGENSI_LAUNCH_TIME", str(_IMPORT_TIME)))
    app.processEvents()
    shown = time.time() - started
    reported = {"done": False}

    def report(ready: float | None) -> None:
        if reported["done"]:
            return
        reported["done"] = True
        ready_text = "null" if ready is None else f"{ready:.3f}"
        print(f'{{"seconds_to_window": {shown:.3f}, "seconds_to_dashboard": {ready_text}}}', flush=True)
        QTimer.singleShot(0, app.quit)

    dashboard = window.page("home")
    if getattr(dashboard, "loads", 0):
        report(time.time() - started)
        return
    dashboard.loaded.connect(lambda: report(time.time() - started))  # type: ignore[attr-defined]
    QTimer.singleShot(60_000, lambda: report(None))


_IMPORT_TIME = time.time()
