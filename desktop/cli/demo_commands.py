"""``konvergensi demo``."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import add_json_flag, emit, open_cli_context, stderr_progress
from desktop.context import current_user
from desktop.domain.i18n import _
from desktop.services.demo import run_demo_atomically


def register(subparsers: Any) -> None:
    """Adds the ``demo`` command."""
    parser = subparsers.add_parser(
        "demo",
        help=_("isi database dengan data demo (Bapelitbangda Kabupaten Lebak)"),
        description=_(
            "Isi database dengan kantor demo Bapelitbangda Kabupaten Lebak, Banten, beserta datanya. "
            "Aman dijalankan ulang: data yang sudah ada tidak digandakan. Semuanya disimpan sekaligus di akhir, pada "
            "database SQLite maupun server PostgreSQL: bila dibatalkan (Ctrl+C) atau gagal, database tidak berubah."
        ),
    )
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Fills the demo data."""
    context = open_cli_context(args)
    control = stderr_progress(args)
    lines = run_demo_atomically(context.engine, context.files_dir, control, actor=current_user())
    emit(args, {"database": context.database_location, "steps": lines}, lines)
    return 0
