"""Logging to a rotating file in the data folder."""

from __future__ import annotations

import contextlib
import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.paths import LOG_FILE, log_dir

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


class _QuietFileHandler(RotatingFileHandler):
    """A log file that falls silent when it cannot be written (disk full, folder made read-only meanwhile):
    logging never prints "--- Logging error ---" over the user's output, nor stops the application."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - the logging API's name
        _silence(self)
        with contextlib.suppress(Exception):
            self.close()


def _silence(handler: logging.Handler | None) -> None:
    root = logging.getLogger()
    if handler is not None:
        root.removeHandler(handler)
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        root.addHandler(logging.NullHandler())  # else logging's last resort prints warnings to stderr


def setup_logging(data_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Sends the root logger to ``<data_dir>/logs/konvergensi.log`` (5 files of 2 MB).

    Logging degrades quietly: when the log folder cannot be made or the file opened (a read-only data folder, a
    full disk), nothing is logged and None is returned; a later write failure silences the file.

    Args:
        data_dir: the data folder.
        level: the root log level.

    Returns:
        The path of the current log file, shown to the user in error dialogs; None when there is none.
    """
    folder = log_dir(data_dir)
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _QuietFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        _silence(None)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    return path


def current_log_file() -> Path | None:
    """The file the root logger writes to, when :func:`setup_logging` ran; None otherwise."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def stop_logging() -> None:
    """Closes the log file that :func:`setup_logging` opened (Windows cannot delete a folder with an open file)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
