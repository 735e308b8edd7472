"""What every page of the main window is given: the data, the background runner and the UI-state settings."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.context import AppContext
from desktop.ui.ui_settings import UiSettings
from desktop.ui.worker import BackgroundRunner


@dataclass(slots=True)
class WindowContext:
    """Passed to each page factory.

    Attributes:
        app: the application context (data folder, session factory).
        runner: runs long work off the GUI thread.
        ui_settings: window state.
    """

    app: AppContext
    runner: BackgroundRunner
    ui_settings: UiSettings
