"""Signing in on the command line: where a database has user accounts, every command names its user.

The user comes from the global ``--user NAME``, the password from ``--password-file FILE`` (its first line) or the
environment variable ``KONVERGENSI_PASSWORD``; a command without them is refused with one sentence (exit code 1).
The password is never printed, logged or put into an error message.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import UserError
from desktop.domain.i18n import N_, _

if TYPE_CHECKING:
    from desktop.context import AppContext

PASSWORD_ENV = "KONVERGENSI_PASSWORD"
"""The environment variable holding the signing-in user's password (scripts, scheduled tasks)."""


SIGN_IN_EPILOG = N_(
    "Database dengan akun pengguna: --user NAMA dengan --password-file BERKAS (atau env KONVERGENSI_PASSWORD) "
    "berisi kata sandinya."
)


def add_sign_in_options(parser: argparse.ArgumentParser) -> None:
    """Adds the global ``--user`` and ``--password-file`` options."""
    parser.add_argument(
        "--user",
        metavar=_("NAMA"),
        help=_("pengguna yang masuk, bila database memakai akun pengguna (kata sandi: --password-file)"),
    )
    # Described in the epilog (SIGN_IN_EPILOG), not in the option table: its long name would widen the first column.
    parser.add_argument("--password-file", dest="auth_password_file", metavar=_("BERKAS"), help=argparse.SUPPRESS)


def read_password_file(path: str) -> str:
    """The password in the first line of a file (its line ending removed)."""
    text = Path(path).expanduser().read_text(encoding="utf-8")
    return text.splitlines()[0] if text else ""


def sign_in_password(args: argparse.Namespace) -> str | None:
    """The signing-in user's password: from ``--password-file``, else ``$KONVERGENSI_PASSWORD``, else None."""
    path = getattr(args, "auth_password_file", None)
    if path:
        return read_password_file(path)
    return os.environ.get(PASSWORD_ENV) or None


def sign_in_cli(args: argparse.Namespace, context: AppContext, *, unreadable_ok: bool = False) -> None:
    """Signs the command in when the database has users; nothing happens on a database without users.

    Args:
        args: the parsed arguments (``--user``, ``--password-file``).
        context: the opened context.
        unreadable_ok: a database that cannot be read at all is left to the command (``db check`` reports a
            damaged file itself; nothing can be changed in it anyway).

    Raises:
        UserError: no ``--user`` or no password where users exist.
        LoginError: a wrong password, a locked or disabled account.
    """
    # Here, not at the top: the parser imports this module, and --version or --help need no SQLAlchemy.
    from sqlalchemy.exc import DBAPIError

    from desktop.services.users import authenticate, sign_in, users_exist

    factory = context.session_factory
    try:
        exist = users_exist(factory)
    except DBAPIError:
        if unreadable_ok:
            return
        raise
    if not exist:
        return
    name = getattr(args, "user", None)
    password = sign_in_password(args)
    if not name or password is None:
        raise UserError(
            _(
                "Database ini memakai akun pengguna: sebutkan --user NAMA dan kata sandinya dengan --password-file "
                "BERKAS atau env KONVERGENSI_PASSWORD."
            )
        )
    sign_in(factory, authenticate(factory, name, password))


def new_password(path: str | None) -> str:
    """A new password: the first line of ``path``, else typed twice on a terminal (not echoed).

    Raises:
        UserError: no file and no terminal, or the two typed passwords differ.
    """
    if path:
        return read_password_file(path)
    if not sys.stdin.isatty():
        raise UserError(_("Berikan kata sandi baru dengan --password-file BERKAS (tidak ada terminal untuk mengetik)."))
    first = getpass.getpass(_("Kata sandi baru: "))
    second = getpass.getpass(_("Ulangi kata sandi baru: "))
    if first != second:
        raise UserError(_("Kedua kata sandi tidak sama; tidak ada yang diubah."))
    return first
