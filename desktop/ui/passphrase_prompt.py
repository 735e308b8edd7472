"""Opening an encrypted database from the window: the passphrase (or recovery key) asked for at start."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop.context import AppContext, open_context
from desktop.domain.i18n import _
from desktop.services.encryption import PASSPHRASE_ENV, EncryptionError

ATTEMPTS = 3

Ask = Callable[[str], str | None]


def ask_passphrase(message: str, parent: QWidget | None = None) -> str | None:
    """Asks for the passphrase in a masked field; None when the user cancels."""
    text, accepted = QInputDialog.getText(
        parent,
        _("Database terenkripsi"),
        message + "\n\n" + _("Frasa sandi atau kunci pemulihan:"),
        QLineEdit.EchoMode.Password,
    )
    return text if accepted else None


def open_with_passphrase(
    data_dir: Path | None, database_url: str | None, ask: Ask = ask_passphrase
) -> AppContext | None:
    """Opens the context; for an encrypted database asks for the passphrase (up to three times).

    ``$KONVERGENSI_DB_PASSPHRASE`` is tried first when set.

    Returns:
        The context, or None when the user cancelled or gave a wrong key three times.

    Raises:
        UserError: any other refusal (the caller shows it).
    """
    secret = os.environ.get(PASSPHRASE_ENV) or None
    message = _("Database ini terenkripsi.")
    for _attempt in range(ATTEMPTS + 1):
        try:
            return open_context(data_dir, database_url, secret=secret)
        except EncryptionError as error:
            if secret is not None:
                message = str(error)
        secret = ask(message)
        if secret is None:
            return None
    return None
