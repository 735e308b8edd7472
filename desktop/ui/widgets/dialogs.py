"""The questions every page asks the same way: unsaved changes (Simpan / Buang / Batal) and deletes.

Buttons carry text of their own in the interface language (through ``_()``), so the answer never depends on Qt's
translations, and the harmless choice is the default: Batal for unsaved changes, Tidak for a delete.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.i18n import _


class UnsavedAnswer(Enum):
    """What the user chose when asked about unsaved changes."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str) -> UnsavedAnswer:
    """Asks whether to save the unsaved changes of ``what`` (e.g. "rapat Minlok Januari").

    Returns:
        SAVE, DISCARD or CANCEL (also when the box is closed with Esc or the window's close button).
    """
    box = QMessageBox(parent)
    box.setObjectName("unsaved_question")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_("Perubahan belum disimpan"))
    box.setText(_("Perubahan pada {what} belum disimpan.").format(what=what))
    box.setInformativeText(_("Simpan perubahan sebelum melanjutkan?"))
    save = box.addButton(_("&Simpan"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_("&Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_("Batal"), QMessageBox.ButtonRole.RejectRole)
    save.setObjectName("unsaved_save")
    discard.setObjectName("unsaved_discard")
    cancel.setObjectName("unsaved_cancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedAnswer.SAVE
    if clicked is discard:
        return UnsavedAnswer.DISCARD
    return UnsavedAnswer.CANCEL


def confirm_delete(parent: QWidget | None, what: str, detail: str = "") -> bool:
    """Asks before deleting ``what`` (name the item: "berkas data dukung 'SK Tim.pdf'").

    Args:
        parent: the widget asking.
        what: the item, named so the user recognises it.
        detail: an optional second sentence (what else goes with it, whether it can be undone).

    Returns:
        True only when the user pressed Hapus.
    """
    box = QMessageBox(parent)
    box.setObjectName("delete_question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_("Konfirmasi hapus"))
    box.setText(_("Hapus {what}?").format(what=what))
    if detail:
        box.setInformativeText(detail)
    delete = box.addButton(_("&Hapus"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_("Batal"), QMessageBox.ButtonRole.RejectRole)
    delete.setObjectName("delete_confirm")
    keep.setObjectName("delete_cancel")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is delete


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
    """A yes/no question whose default is the harmless "no" (``no`` defaults to Batal).

    Returns:
        True only when the user pressed ``yes``.
    """
    box = QMessageBox(parent)
    box.setObjectName("confirm_question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    reject = box.addButton(no if no is not None else _("Batal"), QMessageBox.ButtonRole.RejectRole)
    accept.setObjectName("confirm_yes")
    reject.setObjectName("confirm_no")
    box.setDefaultButton(reject)
    box.setEscapeButton(reject)
    box.exec()
    return box.clickedButton() is accept


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A message the user must see (not just a status-bar hint), with one OK button."""
    box = QMessageBox(parent)
    box.setObjectName("information_message")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(_("OK"), QMessageBox.ButtonRole.AcceptRole)
    ok.setObjectName("information_ok")
    box.setDefaultButton(ok)
    box.exec()
