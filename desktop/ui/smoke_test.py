"""``konvergensi smoke-test``: the GUI started offscreen on a temporary data folder, every page opened.

Used by the installer build to check a frozen executable, and by CI. Everything is written inside a temporary
folder that is removed afterwards: database, logs, UI state and the translation cache.
"""

from __future__ import annotations

import json
import logging
import sys
import tempfile
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEventLoop, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QWizard

from desktop.context import open_context
from desktop.log import setup_logging, stop_logging
from desktop.services.demo.office_demo import demo_office_settings
from desktop.ui.translations import install_translations

_TIMEOUT_S = 120


_errors: list[str] = []
_qt_log = logging.getLogger("qt")


def _log_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # The offscreen platform's English notes ("This plugin does not support propagateSizeHints()") are for
    # developers: they go to the log of the temporary folder, not to the person reading the smoke test's output.
    level = logging.WARNING if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg) else logging.INFO
    _qt_log.log(level, "%s", message)


def _record_error(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    # An exception raised in a slot would otherwise only be logged; the smoke test must fail on it at once.
    _errors.append("".join(traceback.format_exception(kind, error, trace)))


def _wait_until(condition: object, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if _errors:
            raise RuntimeError("galat tak tertangani di GUI:\n" + _errors[0])
        if callable(condition) and condition():
            return True
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return False


def _run(folder: Path, checks: list[dict[str, object]]) -> None:
    from desktop.app import Startup, build_window_context, create_application

    app = create_application()
    context = open_context(folder)
    context.log_path = setup_logging(context.data_dir)
    previous_handler = qInstallMessageHandler(_log_qt_message)
    install_translations(app, context.data_dir / "cache" / "i18n")
    window_context = build_window_context(context)
    try:
        startup = Startup(window_context)
        startup.start()
        # First start: the region data loads in the background, then the setup wizard opens.
        if not _wait_until(lambda: startup.wizard is not None or startup.window is not None, _TIMEOUT_S):
            raise RuntimeError("data wilayah tidak selesai dimuat")
        checks.append({"step": "data wilayah dimuat, wizard tampil", "ok": True})
        if startup.wizard is not None:
            wizard = startup.wizard
            wizard.load(demo_office_settings())
            for _ in range(len(wizard.pageIds()) - 1):
                wizard.next()  # each page validates its fields before the wizard moves on
            if wizard.currentId() != wizard.pageIds()[-1]:
                raise RuntimeError(f"wizard pengaturan awal berhenti di halaman {wizard.currentId()}")
            wizard.button(QWizard.WizardButton.FinishButton).click()
            checks.append({"step": "wizard pengaturan awal selesai", "ok": True})
        if not _wait_until(lambda: startup.window is not None and startup.window.isVisible(), 30):
            raise RuntimeError("jendela utama tidak terbuka")
        window = startup.window
        assert window is not None
        for spec in window.page_specs:
            window.show_page(spec.key)
            QCoreApplication.processEvents()
            if window.current_page_key() != spec.key:
                raise RuntimeError(f"halaman {spec.title} ({spec.key}) tidak tampil")
            checks.append({"step": f"halaman {spec.title}", "page": spec.key, "ok": True})
        about = window.show_about()
        QCoreApplication.processEvents()
        about.close()
        checks.append({"step": "dialog Tentang", "ok": True})
        window.close()
        QTimer.singleShot(0, app.quit)
        QCoreApplication.processEvents()
    finally:
        window_context.runner.drain()
        context.dispose()
        qInstallMessageHandler(previous_handler)
        stop_logging()  # the temporary folder is deleted next; on Windows an open log file would stop that


def smoke_test(*, json_output: bool = False) -> int:
    """Runs the smoke test.

    Args:
        json_output: print the result as JSON.

    Returns:
        0 when every step worked, 1 otherwise.
    """
    checks: list[dict[str, object]] = []
    error = reason = ""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="konvergensi-smoke-") as folder:
        previous_hook = sys.excepthook
        sys.excepthook = _record_error
        try:
            _run(Path(folder), checks)
            if _errors:
                raise RuntimeError("galat tak tertangani di GUI:\n" + _errors[0])
        except Exception as failure:  # the smoke test reports every failure instead of dying with a traceback
            error = f"{failure}\n{traceback.format_exc()}"
            reason = str(failure)
        finally:
            sys.excepthook = previous_hook
    ok = not error
    result = {"ok": ok, "seconds": round(time.perf_counter() - started, 2), "checks": checks, "error": error}
    if json_output:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for check in checks:
            print(f"OK   {check['step']}")
        seconds = f"{result['seconds']:.1f}".replace(".", ",")
        print(("Uji asap berhasil" if ok else f"Uji asap GAGAL: {reason}") + f" ({seconds} detik)")
        if error:
            print("Rincian teknis untuk pengembang:\n" + error, file=sys.stderr)
    return 0 if ok else 1
