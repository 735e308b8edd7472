"""Logging to a rotating file in the data folder."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.paths import LOG_FILE, log_dir

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def setup_logging(data_dir: Path, *, level: int = logging.INFO) -> Path:
    """Sends the root logger to ``<data_dir>/logs/konvergensi.log`` (5 files of 2 MB).

    Args:
        data_dir: the data folder.
        level: the root log level.

    Returns:
        The path of the current log file, shown to the user in error dialogs.
    """
    folder = log_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
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
