"""The command line: ``konvergensi`` opens the GUI; sub-commands serve administrators and product checks.

Each module in this package adds its sub-commands through a ``register(subparsers)`` function listed in
:data:`COMMAND_MODULES`; a command's handler takes the parsed arguments and returns the exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import ArgumentError, DBAPIError

from desktop.cli import (
    aksi_commands,
    cases_commands,
    db_commands,
    demo_commands,
    exchange_commands,
    export_commands,
    gui_commands,
    krs_commands,
    meeting_commands,
    office_commands,
    print_commands,
    region_commands,
)
from desktop.cli.common import DATABASE_URL_HINT, fail, unexpected_failure
from desktop.cli.indonesian_argparse import VERSION_HELP, IndonesianArgumentParser
from desktop.cli.streams import use_utf8_when_redirected
from desktop.cli.version import ShowVersion
from desktop.domain.errors import UserError
from desktop.domain.i18n import _, set_language
from desktop.paths import default_data_dir
from desktop.preferences import interface_language
from desktop.services.os_errors import describe_os_error

COMMAND_MODULES = (
    gui_commands,
    db_commands,
    region_commands,
    office_commands,
    demo_commands,
    aksi_commands,
    cases_commands,
    krs_commands,
    meeting_commands,
    print_commands,
    export_commands,
    exchange_commands,
)


def build_parser() -> argparse.ArgumentParser:
    """Builds the argument parser with every registered sub-command."""
    parser = IndonesianArgumentParser(
        prog="konvergensi",
        description=_(
            "Konvergensi: aplikasi sekretariat TPPS (rapat, verval KRS, kasus stunting, Aksi Konvergensi, laporan). "
            "Tanpa sub-perintah, jendela aplikasi dibuka."
        ),
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
    subparsers = parser.add_subparsers(dest="command", metavar=_("PERINTAH"))
    for module in COMMAND_MODULES:
        module.register(subparsers)
    parser.set_defaults(func=gui_commands.run_gui)
    return parser


def data_dir_of(argv: Sequence[str]) -> Path:
    """The data folder the arguments name (``--data-dir``), else the default one; read before the parser exists."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir")
    known, _rest = early.parse_known_args(list(argv))
    return (Path(known.data_dir) if known.data_dir else default_data_dir()).expanduser()


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line in the interface language of the data folder (``$KONVERGENSI_LANGUAGE`` first).

    The language is set before the parser is built: help texts are translated as the parser is made.

    Args:
        argv: the arguments without the program name; ``sys.argv[1:]`` when None.

    Returns:
        The process exit code.
    """
    use_utf8_when_redirected()
    arguments = list(sys.argv[1:] if argv is None else argv)
    set_language(interface_language(data_dir_of(arguments)))
    parser = build_parser()
    args = parser.parse_args(arguments)
    handler = args.func
    try:
        return int(handler(args))
    except DBAPIError as error:
        # A damaged or foreign file at the database location: say so instead of printing a traceback.
        return fail(args, _("database tidak dapat dibuka atau rusak: {orig}").format(orig=error.orig), code=2)
    except KeyboardInterrupt:
        # Ctrl+C: every write runs in one transaction, so the database is as it was before the command.
        return fail(args, _("dibatalkan (Ctrl+C); perintah yang sedang berjalan tidak menyimpan apa pun"), code=130)
    except UserError as error:
        # A refusal meant for the user (unknown code, invalid file, locked minutes): its sentence, no traceback.
        return fail(args, str(error))
    except OSError as error:
        # A missing input file, a folder that does not exist, a full disk: one Indonesian sentence, no traceback.
        return fail(args, describe_os_error(error))
    except ArgumentError:
        # SQLAlchemy could not use the --database URL (unparsable, or a driver that is not installed).
        return fail(args, _(DATABASE_URL_HINT), code=2)
    except Exception as error:  # the last line of defence: a defect must not greet the user with a traceback
        return unexpected_failure(args, error)
