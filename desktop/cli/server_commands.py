"""``konvergensi server init|move|check``: the office PostgreSQL server from the command line (issue #15)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, emit, open_cli_context, stderr_progress
from desktop.domain.errors import UserError
from desktop.domain.i18n import N_, _
from desktop.services.server import admin_creator, check_server, init_server, move_to_server

URL_HELP = N_("URL database PostgreSQL, mis. postgresql+psycopg://konvergensi@server-kantor/konvergensi")


def register(subparsers: Any) -> None:
    """Adds the ``server`` command group."""
    parser = subparsers.add_parser(
        "server",
        help=_("server PostgreSQL kantor (beberapa PC)"),
        description=_(
            "Server PostgreSQL kantor: siapkan database kosong, pindahkan data SQLite PC ini ke sana, periksa "
            "koneksi. Kata sandi server di dalam URL, atau lewat env PGPASSWORD."
        ),
    )
    commands = parser.add_subparsers(dest="server_command", metavar=_("PERINTAH"), required=True)
    init = commands.add_parser(
        "init",
        help=_("siapkan database server yang kosong"),
        description=_(
            "Jalankan semua migrasi pada database PostgreSQL yang kosong dan, dengan --admin, buat pengguna admin "
            "pertama. Database yang sudah berisi data ditolak."
        ),
    )
    _add_url(init)
    init.add_argument("--admin", metavar=_("NAMA"), help=_("nama pengguna admin pertama"))
    init.add_argument(
        "--password-file", metavar=_("BERKAS"), help=_("berkas berisi kata sandi admin (bila tidak, ditanyakan)")
    )
    add_json_flag(init)
    init.set_defaults(func=run_init)
    move = commands.add_parser(
        "move",
        help=_("pindahkan data SQLite PC ini ke database server yang kosong"),
        description=_(
            "Salin seluruh data SQLite PC ini (folder data atau --database global) ke database PostgreSQL yang "
            "kosong dalam satu transaksi, lalu bandingkan jumlah baris per tabel. Data SQLite tidak diubah."
        ),
    )
    _add_url(move)
    add_json_flag(move)
    move.set_defaults(func=run_move)
    check = commands.add_parser(
        "check",
        help=_("uji koneksi ke server"),
        description=_("Uji koneksi ke database PostgreSQL: versi server, revisi migrasi, apakah sudah berisi data."),
    )
    _add_url(check)
    add_json_flag(check)
    check.set_defaults(func=run_check)


def _add_url(parser: argparse.ArgumentParser) -> None:
    # Its own dest: the global --database names the data this PC works on (the source of a move).
    parser.add_argument("--database", dest="server_url", metavar="URL", required=True, help=_(URL_HELP))


def _admin_password(args: argparse.Namespace) -> str:
    if args.password_file:
        password = Path(args.password_file).read_text(encoding="utf-8").rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(_("Kata sandi admin {name}: ").format(name=args.admin))
    else:
        raise UserError(_("kata sandi admin tidak diberikan: pakai --password-file BERKAS"))
    if not password:
        raise UserError(_("kata sandi admin kosong"))
    return password


def run_init(args: argparse.Namespace) -> int:
    """Prepares an empty server database (and the first admin)."""
    admin = (args.admin, _admin_password(args)) if args.admin else None
    result = init_server(args.server_url, admin=admin, create_admin=admin_creator() if admin else None)
    lines = [
        _("Database {location} disiapkan: revisi {revision}.").format(
            location=result.location, revision=", ".join(result.current_revision)
        )
    ]
    if admin is not None:
        lines.append(_("Pengguna admin {name} dibuat.").format(name=admin[0]))
    emit(args, {**result.as_dict(), "admin": admin[0] if admin else None}, lines)
    return 0


def run_move(args: argparse.Namespace) -> int:
    """Moves this PC's SQLite data onto an empty server database."""
    context = open_cli_context(args)
    try:
        result = move_to_server(context.engine, args.server_url, control=stderr_progress(args))
    finally:
        context.dispose()
    lines = [
        _("Data dipindahkan ke {location}: {total} baris, jumlah per tabel sama sebelum dan sesudah.").format(
            location=result.location, total=result.total
        )
    ]
    lines += [f"  {name}: {count}" for name, count in result.after.items() if count]
    emit(args, {**result.as_dict(), "before": result.before}, lines)
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Checks the connection to a server database."""
    result = check_server(args.server_url)
    state = (
        _("kosong, belum disiapkan")
        if not result.current_revision and result.empty
        else _("terbaru")
        if result.up_to_date
        else _("revisi {revision}, terbaru {head}").format(
            revision=", ".join(result.current_revision) or "-", head=", ".join(result.head_revision)
        )
    )
    lines = [
        _("Terhubung ke {location} (PostgreSQL {version}).").format(location=result.location, version=result.version),
        _("Skema: {state}.").format(state=state),
        _("Data: {what}.").format(
            what=_("kosong")
            if result.empty
            else ", ".join(f"{name} {count}" for name, count in list(result.data_tables.items())[:8])
        ),
    ]
    emit(args, result.as_dict(), lines)
    return 0
