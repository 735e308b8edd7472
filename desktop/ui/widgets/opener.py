"""Opening a file or folder with the system's program, and saying so when that fails.

``QDesktopServices.openUrl`` returns False when the system has no program for the file (a Linux desktop without
a PDF viewer, no ``xdg-open``): every "open the file" in the application goes through :func:`open_path`, which
then tells the user in Indonesian and offers to open the folder holding the file instead.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from desktop.domain.i18n import _
from desktop.ui.widgets.dialogs import confirm, inform


def system_open(url: QUrl) -> bool:
    """Hands ``url`` to the operating system (the process edge; tests replace this function)."""
    return bool(QDesktopServices.openUrl(url))


def lacks_default_application(path: Path) -> bool:
    """True when a Linux desktop says it has no program for ``path``'s file type.

    ``xdg-open`` starts detached, so ``openUrl`` reports success even when no PDF viewer is installed and the
    file never opens; ``xdg-mime`` tells beforehand. False when it cannot tell (not Linux, no ``xdg-mime``, a
    folder): the system's own answer decides then.
    """
    tool = shutil.which("xdg-mime") if sys.platform.startswith("linux") else None
    if tool is None or path.is_dir():
        return False
    try:
        mime = subprocess.run(
            [tool, "query", "filetype", str(path)], capture_output=True, text=True, timeout=5, check=False
        ).stdout.strip()
        if not mime:
            return False
        default = subprocess.run(
            [tool, "query", "default", mime], capture_output=True, text=True, timeout=5, check=False
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return False
    return not default


def open_path(parent: QWidget | None, path: Path | str, *, offer_folder: bool = True) -> bool:
    """Opens ``path`` (a file or a folder) with the system's program.

    When that fails, the user is told which file could not be opened and, for a file, is offered its folder
    (``offer_folder``); when the folder cannot be opened either, the message names where the file is.

    Args:
        parent: the widget asking (parent of the messages).
        path: the file or folder.
        offer_folder: offer to open the containing folder when the file itself cannot be opened.

    Returns:
        True when the file (not its folder) was opened.
    """
    target = Path(path)
    if not lacks_default_application(target) and system_open(QUrl.fromLocalFile(str(target))):
        return True
    if target.is_dir() or not offer_folder:
        inform(
            parent,
            _("Tidak dapat dibuka"),
            _("Sistem tidak dapat membuka {target}.").format(target=str(target)),
        )
        return False
    question = (
        _(
            "Tidak ada aplikasi untuk membuka berkas {name} di komputer ini (misalnya penampil PDF belum terpasang)."
        ).format(name=target.name)
        + "\n\n"
        + _("Berkas tersimpan di folder {parent}. Buka folder itu?").format(parent=str(target.parent))
    )
    if confirm(parent, _("Berkas tidak dapat dibuka"), question, _("Buka folder"), _("Tutup")):
        if not system_open(QUrl.fromLocalFile(str(target.parent))):
            inform(
                parent,
                _("Tidak dapat dibuka"),
                _("Folder juga tidak dapat dibuka. Berkas ada di: {target}").format(target=str(target)),
            )
    return False
