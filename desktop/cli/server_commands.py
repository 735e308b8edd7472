"""``konvergensi server init|move|check|use``: the office PostgreSQL server from the command line (issues #15, #20)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, emit, open_cli_context, stderr_progress, warn
from desktop.domain.errors import UserError
from desktop.domain.i18n import N_, _
from desktop.paths import default_data_dir
from desktop.preferences import ServerConnection, server_connection
from desktop.services.server import (
    admin_creator,
    check_server,
    connection_of,
    init_server,
    location_of,
    move_to_server,
    refuse_password_without_keyring,
    refuse_unprepared,
    use_local_database,
    use_server,
)

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
    use = commands.add_parser(
        "use",
        help=_("pakai server ini di PC ini (atau --local: kembali ke SQLite PC ini)"),
        description=_(
            'Seperti Pengaturan → Database → "Pakai server ini di PC ini": server diuji dulu, lalu dipakai oleh '
            "perintah dan jendela Konvergensi berikutnya di folder data ini. Kata sandi (dari --password-file atau "
            "URL) hanya disimpan di Windows Credential Manager, tidak pernah di berkas; tanpa penyimpan kata sandi "
            "perintah ditolak. --local: kembali memakai database SQLite di folder data PC ini."
        ),
    )
    target = use.add_mutually_exclusive_group(required=True)
    target.add_argument("--database", dest="server_url", metavar="URL", help=_(URL_HELP))
    target.add_argument("--local", action="store_true", help=_("kembali memakai database SQLite PC ini"))
    use.add_argument(
        "--password-file", metavar=_("BERKAS"), help=_("berkas berisi kata sandi server (disimpan ke keyring)")
    )
    add_json_flag(use)
    use.set_defaults(func=run_use)


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


def _server_password(args: argparse.Namespace, in_url: str | None) -> str | None:
    if not args.password_file:
        return in_url
    password = Path(args.password_file).read_text(encoding="utf-8").rstrip("\r\n")
    if not password:
        raise UserError(_("kata sandi server kosong"))
    return password


def run_use(args: argparse.Namespace) -> int:
    """Switches this PC (its data folder) to the server, or back to its SQLite database with ``--local``."""
    data_dir = (Path(args.data_dir) if args.data_dir else default_data_dir()).expanduser().resolve()
    if args.local:
        if args.password_file:
            raise UserError(_("--password-file hanya untuk --database URL"))
        previous = use_local_database(data_dir)
        line = (
            _("PC ini memakai lagi database SQLite di folder datanya (sebelumnya server {location}).").format(
                location=previous.keyring_name
            )
            if previous
            else _("PC ini sudah memakai database SQLite di folder datanya.")
        )
        emit(args, _use_result("sqlite", data_dir, previous), [line])
        return 0
    connection, in_url = connection_of(args.server_url)
    password = _server_password(args, in_url)
    refuse_password_without_keyring(password)  # before connecting: nothing is tried that cannot be kept
    check = check_server(_with_password(args.server_url, password))
    refuse_unprepared(check)
    if check.empty:
        warn(_("database di server masih kosong; data PC ini belum dipindahkan ke sana (konvergensi server move)."))
    saved = server_connection(data_dir)
    kept = use_server(data_dir, connection, password, refuse_without_keyring=True)
    location = location_of(args.server_url)
    lines = [_("PC ini memakai server {location} mulai perintah berikutnya.").format(location=location)]
    if kept:
        lines.append(_("Kata sandi disimpan di Windows Credential Manager."))
    result = _use_result("server", data_dir, saved if saved and saved.active else None)
    emit(args, result | {"location": location, "password_kept": kept, "empty": check.empty}, lines)
    return 0


def _use_result(database: str, data_dir: Path, previous: ServerConnection | None) -> dict[str, Any]:
    return {
        "database": database,
        "data_dir": str(data_dir),
        "location": None,
        "password_kept": False,
        "empty": None,
        "previous_server": previous.keyring_name if previous else None,
    }


def _with_password(url: str, password: str | None) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return parsed.set(password=password).render_as_string(hide_password=False) if password else url
