"""The question a save asks when someone else saved the same record meanwhile: theirs or mine, never lost.

The box lists each field that differs (label, their value, my value). "Muat ulang" shows their version; the
typed values are first copied to the clipboard (label: value, one per line), as the box says, so nothing typed
is thrown away. "Terapkan milik saya" saves the typed values on top of their version. "Batal" (the default)
keeps the form as typed, unsaved.
"""

from __future__ import annotations

import html
from enum import Enum

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.domain.i18n import _
from desktop.services.concurrency import ConcurrentEditError


class ConflictChoice(Enum):
    """What the user chose."""

    RELOAD = "reload"
    MINE = "mine"
    CANCEL = "cancel"


def differences_table(error: ConcurrentEditError) -> str:
    """The differing fields as a rich-text table: Kolom, Milik mereka, Milik saya."""
    head = "".join(f"<th align='left'>{html.escape(t)}</th>" for t in (_("Kolom"), _("Milik mereka"), _("Milik saya")))
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(v or '-')}</td>" for v in (d.label, d.theirs, d.mine)) + "</tr>"
        for d in error.differences
    )
    return f"<table cellspacing='0' cellpadding='3' border='1'><tr>{head}</tr>{rows}</table>"


def typed_values_text(error: ConcurrentEditError) -> str:
    """The typed values of the differing fields as plain text (``Label: value`` lines), for the clipboard."""
    return "\n".join(f"{d.label}: {d.mine}" for d in error.differences)


def ask_concurrent_edit(parent: QWidget | None, error: ConcurrentEditError) -> ConflictChoice:
    """Shows who changed the record and when, the differing fields, and asks what to do.

    Returns:
        RELOAD (the typed values are on the clipboard), MINE, or CANCEL (also on Esc).
    """
    box = QMessageBox(parent)
    box.setObjectName("concurrent_edit_question")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_("Diubah oleh pengguna lain"))
    box.setText(error.message)
    if error.differences:
        note = _("Muat ulang menampilkan versi mereka; isian Anda disalin ke papan klip lebih dulu.")
        box.setInformativeText(differences_table(error) + "<p>" + html.escape(note) + "</p>")
    else:
        box.setInformativeText(_("Isian Anda sama dengan versi yang tersimpan."))
    reload = box.addButton(_("&Muat ulang"), QMessageBox.ButtonRole.ResetRole)
    mine = box.addButton(_("&Terapkan milik saya"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_("Batal"), QMessageBox.ButtonRole.RejectRole)
    reload.setObjectName("concurrent_reload")
    mine.setObjectName("concurrent_mine")
    cancel.setObjectName("concurrent_cancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload:
        if error.differences:
            QApplication.clipboard().setText(typed_values_text(error))
        return ConflictChoice.RELOAD
    if clicked is mine:
        return ConflictChoice.MINE
    return ConflictChoice.CANCEL
