"""How an editor shows that it holds unsaved input: a "Belum disimpan" label and a ``*`` after the save button's text.

Also the dialog side of the guard: :func:`dialog_may_close` for a dialog's ``reject`` (Esc, the close button and
Batal all go through it), so a dialog with typed input asks Simpan / Buang / Batal before it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from desktop.ui.widgets.unsaved import DirtyTracker, UnsavedEditor, settle_unsaved

UNSAVED_STYLE = "color: #9a4d00; font-weight: bold;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnsavedMark", text)


class UnsavedMark(QLabel):
    """Shows "Belum disimpan" while ``tracker`` is dirty and marks ``button`` (``Simpan *``).

    Args:
        tracker: the editor's tracker.
        button: the editor's save button (its text gets `` *`` while dirty).
        parent: owner.
    """

    def __init__(self, tracker: DirtyTracker, button: QAbstractButton | None = None, parent: QWidget | None = None):
        super().__init__(_tr("Belum disimpan"), parent)
        self.setObjectName("unsaved_mark")
        self.setStyleSheet(UNSAVED_STYLE)
        self.setToolTip(_tr("Ada perubahan yang belum disimpan."))
        self.button = button
        self._button_text = button.text() if button is not None else ""
        tracker.dirty_changed.connect(self.show_dirty)
        self.show_dirty(tracker.is_dirty)

    def show_dirty(self, dirty: bool) -> None:
        """Shows or hides the mark."""
        self.setVisible(dirty)
        if self.button is not None:
            self.button.setText(self._button_text + (" *" if dirty else ""))


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
