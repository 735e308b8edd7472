"""UI state (window geometry, splitter sizes, last folders) in QSettings, every key declared once.

Domain settings (office, signatories, paper) live in the database; this holds only how the windows looked. The
file sits in the data folder, so ``--data-dir`` isolates everything (tests and the smoke test write nowhere else).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class UiSettings:
    """Typed access to the UI-state file ``<data_dir>/ui-state.ini``.

    Args:
        data_dir: the data folder.
    """

    WINDOW_GEOMETRY = "main_window/geometry"
    WINDOW_STATE = "main_window/state"
    CURRENT_PAGE = "main_window/current_page"
    LAST_FOLDER = "dialogs/last_folder"

    def __init__(self, data_dir: Path) -> None:
        self._settings = QSettings(str(data_dir / "ui-state.ini"), QSettings.Format.IniFormat)

    def geometry(self, key: str) -> QByteArray | None:
        """Returns a saved geometry or state blob, or None."""
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        """Stores a geometry or state blob."""
        self._settings.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        """Returns a saved text value."""
        value = self._settings.value(key, default)
        return str(value) if value is not None else default

    def set_text(self, key: str, value: str) -> None:
        """Stores a text value."""
        self._settings.setValue(key, value)

    def sync(self) -> None:
        """Writes pending changes to disk."""
        self._settings.sync()
