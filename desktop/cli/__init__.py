"""The command line: ``konvergensi`` opens the GUI; sub-commands serve administrators and product checks.

Each module in this package adds its sub-commands through a ``register(subparsers)`` function listed in
:data:`COMMAND_MODULES`; a command's handler takes the parsed arguments and returns the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.cli import interrupt
from desktop.cli.common import (
    CLOSED_PIPE_ERRNOS,
    DATABASE_URL_HINT,
    close_opened_contexts,
    fail,
    unexpected_failure,
    writing_stdout,
)
from desktop.cli.indonesian_argparse import VERSION_HELP, IndonesianArgumentParser
from desktop.cli.sign_in import SIGN_IN_EPILOG, add_sign_in_options
from desktop.cli.streams import use_utf8_when_redirected
from desktop.cli.version import ShowVersion
from desktop.domain.errors import UserError
from desktop.domain.i18n import N_, _, set_language
from desktop.paths import default_data_dir
from desktop.preferences import interface_language
from desktop.services.os_errors import describe_os_error
from desktop.services.tasks import Cancelled

COMMANDS = {
    "gui": "gui_commands",
    "smoke-test": "gui_commands",
    "db": "db_commands",
    "backup": "backup_commands",
    "region": "region_commands",
    "office": "office_commands",
    "demo": "demo_commands",
    "aksi": "aksi_commands",
    "cases": "cases_commands",
    "krs": "krs_commands",
    "meeting": "meeting_commands",
    "print": "print_commands",
    "export": "export_commands",
    "partner": "exchange_commands",
    "exchange": "exchange_commands",
    "period": "period_commands",
    "audit": "audit_commands",
    "server": "server_commands",
    "user": "user_commands",
}
"""Every top-level command and the module (in this package) whose ``register`` adds it, in the order of the help.

A run imports only the module of the command it was given (the modules import the services, reports and GUI
parts their commands use: importing all of them took about a second, on every CLI start); ``--help`` without a
command, and a command that is not known (for argparse's "pilihan tidak sah" list), import all of them.
"""

COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))
"""The names of the modules registering sub-commands, in the order of the help."""

# Global options that take a value: skipped when looking for the command name before the parser exists.
_VALUE_OPTIONS = ("--database", "--data-dir", "--db-passphrase-file", "--user", "--password-file")


def command_of(argv: Sequence[str]) -> str | None:
    """The command named by the arguments (the first word that is not a global option), None when there is none."""
    early = argparse.ArgumentParser(add_help=False)
    for option in _VALUE_OPTIONS:
        early.add_argument(option)
    early.add_argument("command", nargs="?")
    try:
        known, _rest = early.parse_known_args(list(argv))
    except SystemExit:  # e.g. an option given without its value: the real parser says what is wrong
        return None
    return str(known.command) if known.command is not None else None


def _modules_for(argv: Sequence[str] | None) -> tuple[str, ...]:
    if argv is None:
        return COMMAND_MODULES
    command = command_of(argv)
    if command in COMMANDS:
        return (COMMANDS[command],)
    if command is None and not {"-h", "--help"} & set(argv):
        return ("gui_commands",)  # the window (the default command), or --version
    return COMMAND_MODULES


def _default_gui(args: argparse.Namespace) -> int:
    """The handler when no command is given: the window."""
    from desktop.cli.gui_commands import run_gui

    return run_gui(args)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Builds the argument parser with every registered sub-command (only the one ``argv`` names, when given).

    Args:
        argv: the arguments the parser is built for; with a known command in them, only that command's module is
            imported and registered (the parser then accepts just that command, which is all it will be given).
    """
    parser = IndonesianArgumentParser(
        prog="konvergensi",
        description=_(
            "Konvergensi: aplikasi sekretariat TPPS (rapat, verval KRS, kasus stunting, Aksi Konvergensi, laporan). "
            "Tanpa sub-perintah, jendela aplikasi dibuka."
        ),
        epilog=_(
            "Database terenkripsi: --db-passphrase-file BERKAS (atau env KONVERGENSI_DB_PASSPHRASE) memberikan frasa "
            "sandi atau kunci pemulihannya."
        )
        + " "
        + _(SIGN_IN_EPILOG),
    )
    parser.add_argument("--version", action=ShowVersion, help=_(VERSION_HELP))
    parser.add_argument(
        "--database",
        metavar="URL",
        help=_("URL database SQLAlchemy (juga env KONVERGENSI_DATABASE_URL); bawaan: SQLite di folder data"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=_("folder data (database, berkas, log; juga env KONVERGENSI_DATA_DIR); bawaan: folder data pengguna"),
    )
    # Listed in the epilog, not in the option table: its long name would widen the table's first column.
    parser.add_argument("--db-passphrase-file", metavar=_("BERKAS"), help=argparse.SUPPRESS)
    add_sign_in_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar=_("PERINTAH"))
    for name in _modules_for(argv):
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    parser.set_defaults(func=_default_gui)
    return parser


def data_dir_of(argv: Sequence[str]) -> Path:
    """The data folder the arguments name (``--data-dir``), else the default one; read before the parser exists."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir")
    known, _rest = early.parse_known_args(list(argv))
    return (Path(known.data_dir) if known.data_dir else default_data_dir()).expanduser()


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line in the interface language of the data folder (``$KONVERGENSI_LANGUAGE`` first).

    The language is set before the parser is built: help texts are translated as the parser is made. The rules
    every command inherits from here (docs/cli.md): exit codes 0 done, 1 refused or failed, 2 wrong usage,
    70 unexpected internal error, 130 cancelled (Ctrl+C), 141 output closed by its reader (``... | head``).

    Args:
        argv: the arguments without the program name; ``sys.argv[1:]`` when None.

    Returns:
        The process exit code.
    """
    use_utf8_when_redirected()
    arguments = list(sys.argv[1:] if argv is None else argv)
    previous = interrupt.install()
    try:
        set_language(interface_language(data_dir_of(arguments)))
        try:
            with writing_stdout():  # --help and --version print here
                args = build_parser(arguments).parse_args(arguments)
        except SystemExit:  # --help, --version, wrong usage (2): what argparse printed must reach a closed pipe too
            _flush_output()
            raise
        code = _run(args)
        _flush_output()
        return code
    except BrokenPipeError:
        # The reader went away (``konvergensi meeting list --json | head -1``): end quietly as ``ls | head`` does.
        # What the command did (an import, a saved file) is already committed; only its report was cut short.
        _silence_closed_outputs()
        return OUTPUT_CLOSED
    except KeyboardInterrupt:
        # Ctrl+C outside a task (while starting, reading the arguments): nothing has been written yet.
        return _cancelled(None)
    finally:
        interrupt.restore(previous)


OUTPUT_CLOSED = 141
"""The exit code when stdout was closed by its reader: 128 + SIGPIPE, what a shell reports for ``ls | head``."""

CANCELLED_MESSAGE = N_("dibatalkan (Ctrl+C); database tidak berubah")


def _run(args: argparse.Namespace) -> int:
    """Runs the command's handler and turns every way it can end into one exit code and at most one sentence."""
    try:
        return _handled(args)
    finally:
        # The contexts the command opened: their connections closed before the exit code is returned (on Windows
        # an open connection keeps the database file and its -wal from being replaced by the next command).
        close_opened_contexts()


def _handled(args: argparse.Namespace) -> int:
    """:func:`_run`'s handler call with every way it can end turned into one exit code and at most one sentence."""
    from sqlalchemy.exc import ArgumentError, DBAPIError  # here: --version and --help need no SQLAlchemy

    from desktop.services.database import describe_database_error

    try:
        return int(args.func(args))
    except (DBAPIError, sqlite3.DatabaseError) as error:
        # A damaged or foreign file at the database location: say so instead of printing a traceback. The driver's
        # own error comes through where a raw connection is used (the SQLite backup API of ``backup create``).
        return fail(args, describe_database_error(error))
    except (Cancelled, KeyboardInterrupt):
        # Ctrl+C: every write runs in one transaction, so the database is as it was before the command.
        return _cancelled(args)
    except UserError as error:
        # A refusal meant for the user (unknown code, invalid file, locked minutes): its sentence, no traceback.
        return fail(args, str(error))
    except BrokenPipeError:
        raise  # stdout closed by its reader: main() ends quietly
    except OSError as error:
        # A missing input file, a folder that does not exist, a full disk: one Indonesian sentence, no traceback.
        return fail(args, describe_os_error(error))
    except ArgumentError:
        # SQLAlchemy could not use the --database URL (unparsable, or a driver that is not installed).
        return fail(args, _(DATABASE_URL_HINT), code=2)
    except Exception as error:  # the last line of defence: a defect must not greet the user with a traceback
        return unexpected_failure(args, error)


def _cancelled(args: argparse.Namespace | None) -> int:
    """Ctrl+C: "dibatalkan" on stderr (also with ``--json``, whose stdout then holds ``{"error": ...}``); 130."""
    message = _(CANCELLED_MESSAGE)
    if args is not None and getattr(args, "json", False):
        fail(args, message, code=interrupt.CANCELLED)
    try:
        print(_("Galat: {message}").format(message=message), file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass
    return interrupt.CANCELLED


def _flush_output() -> None:
    """Flushes stdout now, so a closed pipe is noticed here and not as a traceback at interpreter shutdown."""
    with writing_stdout():
        sys.stdout.flush()


def _silence_closed_outputs() -> None:
    """Points stdout (and a closed stderr) at the null device, as the Python documentation advises for SIGPIPE.

    Python flushes the standard streams once more at shutdown; a stream still attached to the closed pipe would
    print "Exception ignored ... BrokenPipeError" there.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError) as error:
            if isinstance(error, OSError) and error.errno not in CLOSED_PIPE_ERRNOS:
                continue
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, stream.fileno())
                os.close(devnull)
            except (OSError, ValueError):  # a stream without a descriptor (tests): nothing will flush it
                pass
