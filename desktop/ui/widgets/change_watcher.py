"""Lists that follow other people's changes: a timer polls the database's change counter and says when it moved.

The counter (:func:`desktop.services.audit_trail.change_counter`) is one indexed lookup, so polling every few
seconds costs nothing; a page reloads only when it moved, and never while it is hidden.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.audit_trail import change_counter

log = logging.getLogger(__name__)

POLL_MS = 5000
"""How often an open list looks for other people's changes."""


class ChangeWatcher(QObject):
    """Emits :attr:`changed` when something was written to the database since the last look.

    Args:
        session_factory: the application's session factory.
        page: the widget that reloads; nothing is polled while it is hidden.
        interval_ms: the polling interval.
    """

    changed = Signal()

    def __init__(self, session_factory: sessionmaker[Session], page: QWidget, interval_ms: int = POLL_MS) -> None:
        super().__init__(page)
        self.session_factory = session_factory
        self.page = page
        self.seen = self._counter()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def _counter(self) -> int | None:
        try:
            return change_counter(self.session_factory)
        except SQLAlchemyError:  # a server away for a moment: the next poll tries again, no dialog every 5 s
            log.warning("change counter could not be read", exc_info=True)
            return None

    def mark_seen(self) -> None:
        """Remembers the present counter (after the page reloaded by itself)."""
        self.seen = self._counter()

    def poll(self) -> bool:
        """Looks once; emits :attr:`changed` and returns True when the counter moved."""
        if not self.page.isVisible():
            return False
        value = self._counter()
        if value is None or value == self.seen:
            return False
        self.seen = value
        self.changed.emit()
        return True
