"""``konvergensi`` (the GUI), ``konvergensi gui`` and ``konvergensi smoke-test``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag
from desktop.domain.i18n import _


def register(subparsers: Any) -> None:
    """Adds the ``gui`` and ``smoke-test`` commands."""
    gui = subparsers.add_parser(
        "gui", help=_("buka jendela aplikasi (bawaan)"), description=_("Buka jendela aplikasi.")
    )
    gui.add_argument(
        "--measure-startup",
        action="store_true",
        help=_("cetak detik sejak proses mulai sampai jendela tampil dan beranda terisi (JSON), lalu keluar"),
    )
    gui.add_argument(
        "--buka",
        action="append",
        default=[],
        metavar="BERKAS",
        help="buka berkas ini (mis. .konv); bila jendela folder data ini sudah terbuka, berkas diserahkan ke sana",
    )
    gui.set_defaults(func=run_gui)
    smoke = subparsers.add_parser(
        "smoke-test",
        help=_("uji asap: buka GUI tanpa layar dan setiap halaman"),
        description=_(
            "Jalankan GUI tanpa layar (offscreen) pada folder data sementara, buka setiap halaman dan "
            "dialog Tentang; keluar 0 hanya bila semuanya berhasil. Tidak menulis apa pun di luar folder sementara."
        ),
    )
    add_json_flag(smoke)
    smoke.set_defaults(func=run_smoke_test)


def run_gui(args: argparse.Namespace) -> int:
    """Opens the main window."""
    from desktop.app import run_gui as start

    data_dir = Path(args.data_dir).expanduser() if args.data_dir else None
    return start(
        data_dir,
        args.database,
        measure_startup=getattr(args, "measure_startup", False),
        open_files=getattr(args, "buka", None) or [],
    )


def run_smoke_test(args: argparse.Namespace) -> int:
    """Runs the offscreen smoke test."""
    # Must be set before the first QApplication exists; a real display is never needed.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.smoke_test import smoke_test

    return smoke_test(json_output=args.json)
