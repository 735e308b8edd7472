"""Helpers shared by the sub-commands: opening the context, printing text or JSON, progress on stderr."""

from __future__ import annotations

import argparse
import errno
import json
import logging
import math
import sys
import textwrap
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.interrupt import watch
from desktop.domain.i18n import N_, _
from desktop.domain.tabular import ImportSummary
from desktop.log import current_log_file, setup_logging
from desktop.paths import default_data_dir
from desktop.services.tasks import TaskControl

if TYPE_CHECKING:
    from desktop.context import AppContext

log = logging.getLogger(__name__)

DATABASE_URL_HINT = N_(
    "URL database (--database atau KONVERGENSI_DATABASE_URL) tidak dapat dipakai; contoh yang sah: "
    "sqlite:///C:/Data/konvergensi.sqlite3 atau postgresql+psycopg://pengguna@server/konvergensi"
)
IMPORT_DESCRIPTION = N_(
    "Impor {what} (.xlsx, .xls, .csv). Baris yang sah disimpan; baris yang bermasalah tidak ikut disimpan dan "
    "dicetak dengan nomor baris, kolom dan alasannya (simpan ke berkas dengan --rejected). Semuanya ditulis dalam "
    "satu transaksi: bila impor terhenti di tengah jalan (galat, Ctrl+C), database tidak berubah sama sekali."
)
IMPORT_EPILOG = N_(
    "kode keluar:\n"
    "  0  baris sah disimpan (atau sudah sama dengan database); baris ditolak tercantum di keluaran\n"
    "  1  tidak ada yang disimpan: berkas tidak dapat dibaca, tidak berisi baris data, atau semua baris ditolak"
)


FIRST_YEAR, LAST_YEAR = 2000, 2100


def year(text: str) -> int:
    """An argparse type: a year between :data:`FIRST_YEAR` and :data:`LAST_YEAR`."""
    value = int(text) if text.strip().isascii() and text.strip().isdigit() and len(text.strip()) <= 4 else 0
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            _("tahun harus 4 angka antara {first_year} dan {last_year}: {text!r}").format(
                first_year=FIRST_YEAR, last_year=LAST_YEAR, text=text
            )
        )
    return value


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number (ASCII digits) from ``low`` to ``high``; a record id, a count of days."""

    def parse(text: str) -> int:
        digits = text.strip()
        negative = digits.startswith("-")
        body = digits[1:] if negative else digits
        value = int(digits) if body.isascii() and body.isdigit() and len(body) <= 19 else None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                _("harus bilangan bulat antara {low} dan {high}: {text!r}").format(low=low, high=high, text=text)
            )
        return value

    return parse


RECORD_ID = whole_number(1, 2**63 - 1)


def measurement(upper: float) -> Callable[[str], float]:
    """An argparse type: a finite number from 0 up to ``upper`` (a decimal comma is accepted)."""

    def parse(text: str) -> float:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and 0 <= value <= upper):
            raise argparse.ArgumentTypeError(
                _("harus angka antara 0 dan {upper:g}: {text!r}").format(upper=upper, text=text)
            )
        return value

    return parse


def output_target(context: AppContext | None, path: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """The output file named by an option, checked before anything is written or committed (see
    :func:`~desktop.services.output_targets.check_output_target`)."""
    from desktop.services.output_targets import check_output_target  # brings SQLAlchemy: here, not at start

    if context is None:
        return check_output_target(path, inputs=inputs)
    return check_output_target(path, data_dir=context.data_dir, database_url=context.database_url, inputs=inputs)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    """Adds ``--json`` to a command that reports results."""
    parser.add_argument("--json", action="store_true", help=_("cetak hasil sebagai JSON"))


_OPENED: list[AppContext] = []


def close_opened_contexts() -> None:
    """Disposes of every context :func:`open_cli_context` opened (called when a command has ended)."""
    while _OPENED:
        _OPENED.pop().dispose()


def open_cli_context(args: argparse.Namespace, *, upgrade: bool = True) -> AppContext:
    """Opens the data folder and database named by the global options, with logging to the data folder.

    Logging starts first, so a database that fails to open (or to migrate) leaves its traceback in the log. Where the
    database has user accounts, the command signs in (``--user``, ``--password-file``: ``desktop/cli/sign_in.py``).
    """
    data_dir = (Path(args.data_dir) if args.data_dir else default_data_dir()).expanduser().resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    # Imported here: the context brings SQLAlchemy and Alembic, which --version and --help do not need.
    from desktop.cli.sign_in import sign_in_cli
    from desktop.context import open_context
    from desktop.services.encryption import read_secret

    log_path = setup_logging(data_dir)
    secret = read_secret(getattr(args, "db_passphrase_file", None))
    context = open_context(data_dir, args.database, upgrade=upgrade, secret=secret)
    _OPENED.append(context)
    context.log_path = log_path
    sign_in_cli(args, context, unreadable_ok=not upgrade)  # where the database has users: --user and a password
    return context


def unexpected_failure(args: argparse.Namespace, error: Exception) -> int:
    """Reports an error no handler expected: one Indonesian sentence, the traceback in the log; exit code 70."""
    log.error("unexpected error in command %r", getattr(args, "command", None), exc_info=error)
    log_file = current_log_file()
    # "krs worksheet import": the group's dest is "command", each level below it "<group>_command".
    words = [args.command] if getattr(args, "command", None) else ["gui"]
    words += [str(value) for name, value in vars(args).items() if name.endswith("_command") and value]
    command = " ".join(words)
    message = _("terjadi kesalahan tak terduga saat menjalankan perintah '{command}'.").format(command=command)
    if log_file is not None:
        message += _(" Rincian teknis dicatat di {files}; kirimkan berkas itu kepada pengembang.").format(
            files=log_file
        )
    code = fail(args, message, code=70)
    if log_file is None:  # nowhere else to keep it: the details go to stderr, after the sentence
        sys.stderr.write(_("Rincian teknis untuk pengembang:\n") + "".join(traceback.format_exception(error)))
    return code


CLOSED_PIPE_ERRNOS = (errno.EPIPE, errno.EINVAL)
"""How a write to stdout says its reader has gone: EPIPE on POSIX; EINVAL ("Invalid argument") on Windows."""


@contextmanager
def writing_stdout() -> Iterator[None]:
    """Turns a write to a stdout whose reader has gone into :class:`BrokenPipeError`, on every OS.

    ``main()`` ends quietly on it (exit 141). Windows reports a pipe closed by its reader as ``EINVAL``, which
    would otherwise be read as an error of the command.
    """
    try:
        yield
    except OSError as error:
        if isinstance(error, BrokenPipeError) or error.errno in CLOSED_PIPE_ERRNOS:
            raise BrokenPipeError(errno.EPIPE, str(error)) from error
        raise


def emit(args: argparse.Namespace, data: Any, lines: Iterable[str]) -> None:
    """Prints a result: ``data`` as JSON with ``--json``, else the human-readable ``lines``."""
    with writing_stdout():
        if getattr(args, "json", False):
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
            sys.stdout.write("\n")
        else:
            for line in lines:
                print(line)


def warn(message: str) -> None:
    """Writes a warning for the user on stderr (``Peringatan: ...``): stdout keeps the result only."""
    print(_("Peringatan: {warning}").format(warning=message), file=sys.stderr, flush=True)


def say(message: str) -> None:
    """Writes a message that is not the result (what a question is about, a refusal's detail) on stderr."""
    print(message, file=sys.stderr, flush=True)


def ask(question: str) -> str:
    """Asks the user at the terminal: the question on stderr (stdout keeps the result), the answer from stdin."""
    sys.stderr.write(question)
    sys.stderr.flush()
    return input()


def fail(args: argparse.Namespace, message: str, code: int = 1) -> int:
    """Reports an error (as ``{"error": ...}`` with ``--json``) and returns the exit code."""
    if getattr(args, "json", False):
        with writing_stdout():
            json.dump({"error": message}, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
    else:
        print(_("Galat: {message}").format(message=message), file=sys.stderr)
    return code


def import_description(what: str) -> str:
    """The description of an import command, wrapped (its parser keeps line breaks for the exit-code table)."""
    return textwrap.fill(_(IMPORT_DESCRIPTION).format(what=what), width=79)


def import_exit_code(summary: ImportSummary) -> int:
    """0 when an import stored (or would store) rows or found them already stored; 1 when nothing at all."""
    return 1 if summary.stores_nothing else 0


def stderr_progress(args: argparse.Namespace) -> TaskControl:
    """The control of a long task: Ctrl+C cancels it; a progress bar on stderr when stderr is a terminal.

    The bar is drawn with and without ``--json`` (stdout keeps only the JSON); on a pipe or a file nothing is
    drawn, so a log of ``konvergensi ... 2> log.txt`` holds only messages.
    """
    del args  # every command passes its arguments: a later option (e.g. --quiet) can be honoured here
    if not _is_terminal(sys.stderr):
        return watch(TaskControl())
    return watch(TaskControl(progress_bar))


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # replaced or closed stream
        return False


BAR_WIDTH = 24


def progress_bar(done: int, total: int, message: str) -> None:
    """Draws ``[#######.........]  42% message`` on one stderr line (a turning marker when the total is unknown)."""
    if total:
        filled = min(BAR_WIDTH, BAR_WIDTH * done // total)
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        percent = f"{min(100, 100 * done // total):3d}%"
    else:
        position = done % BAR_WIDTH
        bar = "." * position + "#" + "." * (BAR_WIDTH - position - 1)
        percent = "    "
    sys.stderr.write(f"\r[{bar}] {percent} {message[:50]:<50}")
    if total and done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()
