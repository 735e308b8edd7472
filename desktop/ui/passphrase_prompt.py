"""Opening an encrypted database from the window: the passphrase (or recovery key) asked for at start."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from db.engine import engine_key
from desktop.context import AppContext, active_server, open_context
from desktop.domain.i18n import _
from desktop.paths import default_data_dir
from desktop.preferences import PREFERENCES_FILE, server_password
from desktop.services.encryption import PASSPHRASE_ENV, EncryptionError
from desktop.services.key_store import KeyStoreError, remember_key, store_available

log = logging.getLogger(__name__)

ATTEMPTS = 3

Ask = Callable[[str], str | None]
Offer = Callable[[], bool]


def ask_passphrase(message: str, parent: QWidget | None = None) -> str | None:
    """Asks for the passphrase in a masked field; None when the user cancels."""
    text, accepted = QInputDialog.getText(
        parent,
        _("Database terenkripsi"),
        message + "\n\n" + _("Frasa sandi atau kunci pemulihan:"),
        QLineEdit.EchoMode.Password,
    )
    return text if accepted else None


def offer_remember(parent: QWidget | None = None) -> bool:
    """Asks whether to keep the database key in this PC's protected store ("Ingat di komputer ini")."""
    answer = QMessageBox.question(
        parent,
        _("Ingat di komputer ini"),
        _(
            "Simpan kunci database di penyimpanan kunci Windows untuk pengguna ini, agar frasa sandi tidak ditanya "
            "setiap kali Konvergensi dibuka? Siapa pun yang masuk dengan akun Windows ini dapat membuka data."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_with_passphrase(
    data_dir: Path | None,
    database_url: str | None,
    ask: Ask = ask_passphrase,
    offer: Offer = offer_remember,
    *,
    password: str | None = None,
) -> AppContext | None:
    """Opens the context; for an encrypted database asks for the passphrase (up to three times).

    ``$KONVERGENSI_DB_PASSPHRASE`` is tried first when set, else the key remembered on this PC. After a typed
    passphrase opened the database, ``offer`` asks whether to remember the key (only when a protected store exists).
    ``password`` is the office server's (see :func:`server_password_at_start`).

    Returns:
        The context, or None when the user cancelled or gave a wrong key three times.

    Raises:
        UserError: any other refusal (the caller shows it).
    """
    secret = os.environ.get(PASSPHRASE_ENV) or None
    typed = False
    message = _("Database ini terenkripsi.")
    for _attempt in range(ATTEMPTS + 1):
        try:
            context = open_context(data_dir, database_url, secret=secret, password=password)
        except EncryptionError as error:
            if secret is not None:
                message = str(error)
        else:
            key = engine_key(context.engine)
            if typed and key is not None and store_available() and offer():
                try:
                    remember_key(context.data_dir, key)
                except KeyStoreError as error:  # the store refused: asked again next time, as before
                    log.warning("key not remembered: %s", error)
            return context
        secret = ask(message)
        typed = True
        if secret is None:
            return None
    return None


PGPASSWORD_ENV = "PGPASSWORD"


def ask_server_password(message: str, parent: QWidget | None = None) -> str | None:
    """Asks for the office server's password in a masked field; None when the user cancels."""
    text, accepted = QInputDialog.getText(parent, _("Server database kantor"), message, QLineEdit.EchoMode.Password)
    return text if accepted else None


def server_password_at_start(
    data_dir: Path | None, database_url: str | None, ask: Ask = ask_server_password
) -> tuple[bool, str | None]:
    """The password of the office server this PC was switched to, asked when the keyring does not hold it.

    Nothing is asked when the PC works on SQLite, another URL was given, the keyring holds the password, or libpq
    has it from ``$PGPASSWORD``.

    Returns:
        (go on, password): go on is False when the user cancelled the question.
    """
    folder = (data_dir or default_data_dir()).expanduser().resolve()
    connection = active_server(folder, database_url)
    if connection is None or server_password(connection) is not None or os.environ.get(PGPASSWORD_ENV):
        return True, None
    answer = ask(
        _(
            "Kata sandi pengguna {user} di server {host} (tidak disimpan: sistem ini tidak punya penyimpan kata sandi):"
        ).format(user=connection.user, host=connection.host)
    )
    return answer is not None, answer


def server_start_hint(data_dir: Path | None, database_url: str | None) -> str:
    """What to add to a failure to open the office server at start: how to get back to this PC's SQLite database."""
    folder = (data_dir or default_data_dir()).expanduser().resolve()
    connection = active_server(folder, database_url)
    if connection is None:
        return ""
    return " " + _(
        "PC ini diatur memakai server {host}. Periksa server dan jaringan; untuk kembali ke database SQLite di PC ini, "
        "hapus bagian [server] dari {file}."
    ).format(host=connection.host, file=folder / PREFERENCES_FILE)
