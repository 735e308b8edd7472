"""The file a save dialog returned, checked before any work starts: one sentence instead of a failure at the end.

A folder, a device, a read-only or full disk, a folder without permission, the database or a file of the data
folder (:func:`~desktop.services.output_targets.check_output_target`) are refused here, so a long export or an
import never runs only to fail when it writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from desktop.context import AppContext
from desktop.services.output_targets import OutputTargetError, check_output_target
from desktop.ui.widgets.failures import report_failure


def checked_save_target(
    parent: QWidget,
    target: Path | str,
    *,
    app: AppContext | None = None,
    inputs: Iterable[Path | str] = (),
    show: QLabel | Callable[[str], None] | None = None,
) -> Path | None:
    """The target when it can be written, else None after showing why (a message box, or ``show``).

    Args:
        parent: the widget the dialog belongs to.
        target: the file chosen.
        app: the application context (its database and data folder are never targets); None: not checked.
        inputs: files the work reads (an import's list): never the target.
        show: where the caller shows its messages; None: a message box.
    """
    try:
        return check_output_target(
            target,
            data_dir=app.data_dir if app else None,
            database_url=app.database_url if app else None,
            inputs=inputs,
        )
    except OutputTargetError as error:
        report_failure(parent, error, show=show)
        return None
