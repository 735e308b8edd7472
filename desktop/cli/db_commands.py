"""``konvergensi db upgrade`` and ``konvergensi db check``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from sqlalchemy.exc import DBAPIError

from db import migrate
from desktop.cli.common import add_json_flag, emit, fail, open_cli_context
from desktop.domain.i18n import _
from desktop.preferences import backup_settings
from desktop.services.backup.automatic import upgrade_with_backup
from desktop.services.database import check_database, describe_database_error, sqlite_file
from desktop.services.encryption import change_passphrase, encrypt_database, read_secret


def register(subparsers: Any) -> None:
    """Adds the ``db`` command group."""
    parser = subparsers.add_parser("db", help=_("pemeliharaan database"), description=_("Pemeliharaan database."))
    commands = parser.add_subparsers(dest="db_command", metavar=_("PERINTAH"), required=True)
    upgrade = commands.add_parser(
        "upgrade", help=_("terapkan migrasi yang belum dijalankan"), description=_("Terapkan semua migrasi skema.")
    )
    add_json_flag(upgrade)
    upgrade.set_defaults(func=run_upgrade)
    check = commands.add_parser(
        "check",
        help=_("periksa integritas dan status migrasi"),
        description=_(
            "Periksa integritas database, foreign key dan status migrasi; keluar bukan-nol jika ada masalah."
        ),
    )
    add_json_flag(check)
    check.set_defaults(func=run_check)
    encrypt = commands.add_parser(
        "encrypt",
        help=_("enkripsi database (SQLCipher)"),
        description=_(
            "Enkripsi database SQLite di tempat dengan SQLCipher, setelah cadangan terverifikasi. Kunci pemulihan "
            "dicetak SEKALI: simpan di tempat aman; tanpa frasa sandi dan kunci pemulihan data tidak dapat dibuka."
        ),
    )
    encrypt.add_argument(
        "--passphrase-file", metavar=_("BERKAS"), required=True, help=_("berkas berisi frasa sandi baru")
    )
    add_json_flag(encrypt)
    encrypt.set_defaults(func=run_encrypt)
    rekey = commands.add_parser(
        "rekey",
        help=_("ganti frasa sandi database terenkripsi"),
        description=_(
            "Ganti frasa sandi database terenkripsi (frasa sandi lama atau kunci pemulihan lewat "
            "--db-passphrase-file atau KONVERGENSI_DB_PASSPHRASE); kunci pemulihan tetap berlaku."
        ),
    )
    rekey.add_argument(
        "--passphrase-file", metavar=_("BERKAS"), required=True, help=_("berkas berisi frasa sandi baru")
    )
    add_json_flag(rekey)
    rekey.set_defaults(func=run_rekey)


def run_upgrade(args: argparse.Namespace) -> int:
    """Migrates the database to the newest revision."""
    context = open_cli_context(args, upgrade=False)
    before = migrate.current_revisions(context.engine)
    backup = upgrade_with_backup(context.engine, context.data_dir, backup_settings(context.data_dir))
    after = migrate.current_revisions(context.engine)
    lines = [
        _("Database {database_location}: revisi {value} → {join}").format(
            database_location=context.database_location, value=", ".join(before) or "-", join=", ".join(after)
        )
    ]
    if backup is not None:
        lines.insert(0, _("Cadangan sebelum migrasi: {path}").format(path=backup.entry.path))
    emit(
        args,
        {
            "database": context.database_location,
            "before": list(before),
            "after": list(after),
            "backup": str(backup.entry.path) if backup is not None else None,
        },
        lines,
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Checks the database; exits 1 when anything is wrong."""
    context = open_cli_context(args, upgrade=False)
    try:
        result = check_database(context.engine)
    except DBAPIError as error:
        # A file that is not a database, or is truncated, fails before any check can run.
        return fail(
            args,
            _("database {database_location} tidak dapat dibaca: {orig}").format(
                database_location=context.database_location,
                orig=describe_database_error(error, sqlite_file(context.database_url)),
            ),
        )
    data = asdict(result) | {"ok": result.ok, "database": context.database_location}
    lines = [
        _("Database: {database_location} ({backend})").format(
            database_location=context.database_location, backend=result.backend
        ),
        _("Integritas: {value}").format(value=", ".join(result.integrity) or "-"),
        _("Pelanggaran foreign key: {foreign_key_violations}").format(
            foreign_key_violations=result.foreign_key_violations
        ),
        _("Revisi: {value} (terbaru {join})").format(
            value=", ".join(result.current_revision) or "-", join=", ".join(result.head_revision)
        ),
    ]
    lines += [f"MASALAH: {problem}" for problem in result.problems] or [_("Status: baik")]
    emit(args, data, lines)
    return 0 if result.ok else 1


def run_encrypt(args: argparse.Namespace) -> int:
    """Encrypts the database in place and prints the recovery key once."""
    passphrase = read_secret(args.passphrase_file) or ""
    context = open_cli_context(args, upgrade=False)
    result = encrypt_database(context.engine, context.data_dir, passphrase, backup_settings(context.data_dir))
    emit(
        args,
        {"database": context.database_location, "recovery_key": result.recovery_key, "backup": str(result.backup)},
        [
            _("Database {database_location} sekarang terenkripsi.").format(database_location=context.database_location),
            _("Cadangan (belum terenkripsi) sebelum enkripsi: {path}").format(path=result.backup),
            _("KUNCI PEMULIHAN (hanya ditampilkan sekali; cetak dan simpan di tempat aman):"),
            f"    {result.recovery_key}",
            _(
                "Cadangan lama yang belum terenkripsi masih ada di folder cadangan; hapus setelah database "
                "terenkripsi diperiksa."
            ),
        ],
    )
    return 0


def run_rekey(args: argparse.Namespace) -> int:
    """Re-wraps the database key with a new passphrase."""
    context = open_cli_context(args, upgrade=False)
    current = read_secret(getattr(args, "db_passphrase_file", None))
    if not current:
        return fail(args, _("berikan frasa sandi lama atau kunci pemulihan dengan --db-passphrase-file"))
    change_passphrase(context.data_dir, current, read_secret(args.passphrase_file) or "")
    emit(args, {"database": context.database_location, "ok": True}, [_("Frasa sandi database diganti.")])
    return 0
