"""Shows a background task in the main window's status bar (busy bar with cancel), when the widget lives in it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.worker import TaskHandle


def track_in_status_bar(widget: QWidget, handle: TaskHandle, title: str) -> None:
    """Follows ``handle`` in the status bar of ``widget``'s main window (nothing happens outside one)."""
    tracker = getattr(widget.window(), "task_progress", None)
    if tracker is not None:
        tracker.track(handle, title)
