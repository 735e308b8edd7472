"""How an editor shows that it holds unsaved input: a "Belum disimpan" label and a ``*`` after the save button's text.

Also the dialog side of the guard: :class:`GuardedDialog`, whose ``reject`` (Esc, the window's close button and
Batal all go through it) asks Simpan / Buang / Batal when input was typed.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.domain.i18n import _
from desktop.ui.widgets.unsaved import DirtyTracker, UnsavedEditor, settle_unsaved

UNSAVED_STYLE = "color: #9a4d00; font-weight: bold;"


class UnsavedMark(QLabel):
    """Shows "Belum disimpan" while ``tracker`` is dirty and marks ``button`` (``Simpan *``).

    Args:
        tracker: the editor's tracker.
        button: the editor's save button (its text gets `` *`` while dirty).
        parent: owner.
    """

    def __init__(self, tracker: DirtyTracker, button: QAbstractButton | None = None, parent: QWidget | None = None):
        super().__init__(_("Belum disimpan"), parent)
        self.setObjectName("unsaved_mark")
        self.setStyleSheet(UNSAVED_STYLE)
        self.setToolTip(_("Ada perubahan yang belum disimpan."))
        self.button = button
        self._button_text = button.text() if button is not None else ""
        tracker.dirty_changed.connect(self.show_dirty)
        self.show_dirty(tracker.is_dirty)

    def show_dirty(self, dirty: bool) -> None:
        """Shows or hides the mark."""
        self.setVisible(dirty)
        if self.button is not None:
            self.button.setText(self._button_text + (" *" if dirty else ""))


def input_widgets(root: QWidget) -> list[QWidget]:
    """The input widgets under ``root`` a :class:`DirtyTracker` can watch (line and text edits, combos, spin and
    date boxes, checks), without the inner line edit of a combo or spin box (its owner is watched)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox | QAbstractSpinBox):
            found.append(widget)
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            found.append(widget)
    return found


def dialog_may_close(dialog: QWidget, editor: UnsavedEditor) -> bool:
    """For a dialog's ``reject``: True when it may close (nothing unsaved, or the user chose Buang).

    When the user chooses Simpan, ``editor.save_changes()`` runs (it accepts the dialog when saved) and the
    caller must not reject it afterwards: this returns False then too, or when the dialog stays open.
    """
    if not editor.has_unsaved_changes():
        return True
    if not settle_unsaved(dialog, editor):
        return False
    return dialog.isVisible() and not editor.has_unsaved_changes()


class GuardedDialog(QDialog):
    """A dialog with a form: Esc, the window's close button and Batal ask first when input was typed.

    Subclasses watch their inputs with ``self.tracker`` and implement :meth:`save` (accepting the dialog when
    saved). A ``close()`` from code (not from the user) closes without asking: while the dialog is open the user
    cannot reach the window behind it (window-modal), so that only happens when the program ends.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracker = DirtyTracker(self)
        self._closing_from_code = False

    def save(self) -> bool:
        """Saves the form and accepts the dialog; False (reason shown in the dialog) when refused."""
        raise NotImplementedError

    def reject(self) -> None:
        """Closes without saving; with typed input only after asking."""
        if self._closing_from_code or dialog_may_close(self, self):
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing_from_code = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._closing_from_code = False

    def has_unsaved_changes(self) -> bool:
        """True after input in the form."""
        return self.tracker.is_dirty

    def save_changes(self) -> bool:
        """Saves (the dialog closes when saved); False when refused, with the reason in the dialog."""
        return bool(self.save()) and not self.isVisible()

    def discard_changes(self) -> None:
        """Forgets the input (the dialog closes)."""
        self.tracker.mark_clean()

    def unsaved_title(self) -> str:
        """For the question: the dialog's title, lower-cased at the start ("verifikasi 2 keluarga")."""
        title = self.windowTitle()
        return title[:1].lower() + title[1:]
