"""Answers the application's own modal questions in widget tests, as a user clicking a button would.

The question boxes of :mod:`desktop.ui.widgets.dialogs` run a nested event loop (``exec``); this helper polls for
the modal box with a timer and clicks the button named by its object name, so the real box, with its real
buttons, is shown and answered. Nothing of ours is replaced.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

_HARMLESS = ("unsaved_discard", "delete_cancel", "confirm_no", "information_ok")


@dataclass
class DialogAnswers:
    """Queues answers for the next modal questions; records each box's text.

    Attributes:
        asked: (object name of the box, its text) for every box answered, in order.
    """

    asked: list[tuple[str, str]] = field(default_factory=list)
    informative: list[str] = field(default_factory=list)
    """The informative text (second paragraph) of each box answered, in the order of :attr:`asked`."""
    _pending: list[str] = field(default_factory=list)
    _timer: QTimer | None = None
    _draining: bool = False

    def drain(self) -> None:
        """From now on answers every question harmlessly (Buang, Batal, OK): for the widgets' teardown, so a
        test that leaves an editor with unsaved input ends instead of waiting for a click."""
        self._draining = True
        if self._timer is None:
            self._timer = QTimer()
            self._timer.setInterval(20)
            self._timer.timeout.connect(self._poll)
        self._timer.start()

    def stop(self) -> None:
        """Stops answering."""
        self._draining = False
        if self._timer is not None:
            self._timer.stop()

    def answer(self, *buttons: str) -> None:
        """Queues button object names (``unsaved_save``, ``unsaved_discard``, ``unsaved_cancel``,
        ``delete_confirm``, ``delete_cancel``, ``confirm_yes``, ``confirm_no``, ``information_ok``, ``error_ok``)."""
        self._pending.extend(buttons)
        if self._draining:
            return
        if self._timer is None:
            self._timer = QTimer()
            self._timer.setInterval(20)
            self._timer.timeout.connect(self._poll)
        self._timer.start()

    @property
    def pending(self) -> list[str]:
        """Answers not used yet (a test asserts this is empty: every expected question was asked)."""
        return list(self._pending)

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if self._draining:
            if isinstance(box, QMessageBox):
                for name in _HARMLESS:
                    button = box.findChild(QAbstractButton, name)
                    if button is not None:
                        button.click()
                        return
            return
        if not isinstance(box, QMessageBox) or not self._pending:
            if not self._pending and self._timer is not None:
                self._timer.stop()
            return
        name = self._pending.pop(0)
        button = box.findChild(QAbstractButton, name)
        if button is None:
            raise AssertionError(f"no button {name!r} in {box.objectName()!r}: {box.text()!r}")
        self.asked.append((box.objectName(), box.text()))
        self.informative.append(box.informativeText())
        button.click()
