"""Where things live: bundled resources (frozen or not) and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

DATA_DIR_ENV = "KONVERGENSI_DATA_DIR"
DATABASE_URL_ENV = "KONVERGENSI_DATABASE_URL"
DATABASE_FILE = "konvergensi.sqlite3"
LOG_FILE = "konvergensi.log"


def resource_dir() -> Path:
    """Returns the folder of bundled resources (icons, translations, reference data, report assets).

    Works from a source checkout, an installed wheel and a PyInstaller build (``sys._MEIPASS``).
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    import resources

    return Path(resources.__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Returns the path of one bundled resource, e.g. ``resource_path("assets", "emblem.png")``."""
    return resource_dir().joinpath(*parts)


def default_data_dir() -> Path:
    """Returns the data folder: ``$KONVERGENSI_DATA_DIR`` or the platform's per-user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return user_data_path("Konvergensi", appauthor=False)


def log_dir(data_dir: Path) -> Path:
    """Returns the folder of the rotating log files inside a data folder."""
    return data_dir / "logs"
