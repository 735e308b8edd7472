"""Unsaved changes: how an editor knows it has them, and one way every page asks before throwing them away.

An editor (meeting editor, Aksi detail, case detail, Pengaturan, a dialog) owns a :class:`DirtyTracker` that
watches its input widgets and item models, and implements the :class:`UnsavedEditor` methods. A page that holds
editors implements ``has_unsaved_changes()`` and ``confirm_leave()`` (usually :func:`settle_unsaved` on its
editor); the main window calls it before it shows another page or closes (window
close button, Berkas → Keluar, Ctrl+Q), and an editor calls :func:`settle_unsaved` before it loads another record.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QAbstractItemModel, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.ui.widgets.dialogs import UnsavedAnswer, ask_unsaved


@runtime_checkable
class UnsavedEditor(Protocol):
    """What an editor offers so that unsaved input is never lost silently."""

    def has_unsaved_changes(self) -> bool:
        """True while the editor holds input that is not in the database."""
        ...

    def save_changes(self) -> bool:
        """Saves; False when saving failed (the editor shows why and keeps the input)."""
        ...

    def discard_changes(self) -> None:
        """Throws the input away (reloads the stored record, or empties the form)."""
        ...

    def unsaved_title(self) -> str:
        """What holds the changes, for the question: "rapat 'Minlok Cibadak Januari'"."""
        ...


def settle_unsaved(parent: QWidget | None, editor: UnsavedEditor) -> bool:
    """Asks Simpan / Buang / Batal when ``editor`` has unsaved changes.

    Returns:
        True when the caller may go on: nothing was unsaved, the changes were saved, or the user threw them away.
        False when the user cancelled or saving failed (the input stays, with the editor's message).
    """
    if not editor.has_unsaved_changes():
        return True
    answer = ask_unsaved(parent, editor.unsaved_title())
    if answer is UnsavedAnswer.SAVE:
        return editor.save_changes()
    if answer is UnsavedAnswer.DISCARD:
        editor.discard_changes()
        return True
    return False


def page_has_unsaved_changes(page: QWidget) -> bool:
    """True when a page (through its ``has_unsaved_changes()``, when it has one) holds unsaved input."""
    has_unsaved = getattr(page, "has_unsaved_changes", None)
    return bool(has_unsaved()) if callable(has_unsaved) else False


def page_may_leave(page: QWidget) -> bool:
    """Asks a page (through its ``confirm_leave()``, when it has one) whether it may be left."""
    confirm_leave = getattr(page, "confirm_leave", None)
    return bool(confirm_leave()) if callable(confirm_leave) else True


class DirtyTracker(QObject):
    """Notices user input in the widgets and models it watches.

    Changes made while :meth:`loading` is active (filling the form from the database) do not count.

    Signals:
        dirty_changed(bool): the editor went from clean to dirty or back.
    """

    dirty_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._loading = 0

    @property
    def is_dirty(self) -> bool:
        """True after input since the last :meth:`mark_clean`."""
        return self._dirty

    def watch(self, *widgets: QWidget) -> None:
        """Follows the edit signals of input widgets (line and text edits, combos, spin and date boxes, checks)."""
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.mark_dirty)
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                widget.textChanged.connect(self.mark_dirty)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.mark_dirty)
                if widget.isEditable():
                    widget.editTextChanged.connect(self.mark_dirty)
            elif isinstance(widget, QDateTimeEdit):
                widget.dateTimeChanged.connect(self.mark_dirty)
            elif isinstance(widget, QAbstractSpinBox):
                value_changed = getattr(widget, "valueChanged", None)
                if value_changed is not None:
                    value_changed.connect(self.mark_dirty)
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                widget.toggled.connect(self.mark_dirty)
            else:
                raise TypeError(f"DirtyTracker cannot watch {type(widget).__name__}")

    def watch_model(self, model: QAbstractItemModel) -> None:
        """Follows edits, added and removed rows of an item model (the rows of a list tab)."""
        model.dataChanged.connect(self.mark_dirty)
        model.rowsInserted.connect(self.mark_dirty)
        model.rowsRemoved.connect(self.mark_dirty)
        model.rowsMoved.connect(self.mark_dirty)

    def mark_dirty(self, *_args: object) -> None:
        """Records input (ignored while loading)."""
        if self._loading or self._dirty:
            return
        self._dirty = True
        self.dirty_changed.emit(True)

    def mark_clean(self) -> None:
        """After a save or a load: nothing unsaved."""
        if self._dirty:
            self._dirty = False
            self.dirty_changed.emit(False)

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fills widgets without counting it as input; the editor is clean afterwards."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1
        if not self._loading:
            self.mark_clean()
