"""Helpers shared by the sub-commands: opening the context, printing text or JSON, progress on stderr."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.context import AppContext, open_context
from desktop.log import setup_logging
from desktop.services.tasks import TaskControl


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
