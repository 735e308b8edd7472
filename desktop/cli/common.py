"""Helpers shared by the sub-commands: opening the context, printing text or JSON, progress on stderr."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.context import AppContext, open_context
from desktop.log import setup_logging
from desktop.services.tabular import ImportSummary
from desktop.services.tasks import TaskControl

IMPORT_DESCRIPTION = (
    "Impor {what} (.xlsx, .xls, .csv). Baris yang sah disimpan; baris yang bermasalah tidak ikut disimpan dan "
    "dicetak dengan nomor baris, kolom dan alasannya (simpan ke berkas dengan --rejected). Semuanya ditulis dalam "
    "satu transaksi: bila impor terhenti di tengah jalan (galat, Ctrl+C), database tidak berubah sama sekali."
)
IMPORT_EPILOG = (
    "kode keluar:\n"
    "  0  baris sah disimpan (atau sudah sama dengan database); baris ditolak tercantum di keluaran\n"
    "  1  tidak ada yang disimpan: berkas tidak dapat dibaca, tidak berisi baris data, atau semua baris ditolak"
)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    """Adds ``--json`` to a command that reports results."""
    parser.add_argument("--json", action="store_true", help="cetak hasil sebagai JSON")


def open_cli_context(args: argparse.Namespace, *, upgrade: bool = True) -> AppContext:
    """Opens the data folder and database named by the global options, with logging to the data folder."""
    data_dir = Path(args.data_dir).expanduser() if args.data_dir else None
    context = open_context(data_dir, args.database, upgrade=upgrade)
    context.log_path = setup_logging(context.data_dir)
    return context


def emit(args: argparse.Namespace, data: Any, lines: Iterable[str]) -> None:
    """Prints a result: ``data`` as JSON with ``--json``, else the human-readable ``lines``."""
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        for line in lines:
            print(line)


def fail(args: argparse.Namespace, message: str, code: int = 1) -> int:
    """Reports an error (as ``{"error": ...}`` with ``--json``) and returns the exit code."""
    if getattr(args, "json", False):
        json.dump({"error": message}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(f"Galat: {message}", file=sys.stderr)
    return code


def import_description(what: str) -> str:
    """The description of an import command, wrapped (its parser keeps line breaks for the exit-code table)."""
    return textwrap.fill(IMPORT_DESCRIPTION.format(what=what), width=79)


def import_exit_code(summary: ImportSummary) -> int:
    """0 when an import stored (or would store) rows or found them already stored; 1 when nothing at all."""
    return 1 if summary.stores_nothing else 0


def stderr_progress(args: argparse.Namespace) -> TaskControl:
    """A task control that draws a one-line progress indicator on stderr when it is a terminal."""
    if getattr(args, "json", False) or not sys.stderr.isatty():
        return TaskControl()

    def show(done: int, total: int, message: str) -> None:
        percent = f"{100 * done // total:3d}%" if total else "   "
        sys.stderr.write(f"\r{percent} {message[:60]:<60}")
        if total and done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return TaskControl(show)
