"""``konvergensi db upgrade`` and ``konvergensi db check``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from db import migrate
from desktop.cli.common import add_json_flag, emit, fail, open_cli_context
from desktop.domain.i18n import _
from desktop.domain.office import OfficeSettings
from desktop.paths import default_data_dir
from desktop.preferences import backup_settings
from desktop.services.backup.automatic import upgrade_with_backup
from desktop.services.database import check_database, describe_database_error, sqlite_file
from desktop.services.encryption import (
    EncryptionResult,
    change_passphrase,
    encrypt_database,
    read_secret,
    rotate_key,
)
from desktop.services.key_store import forget_remembered_key
from desktop.services.office import get_office


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
    _add_key_command(
        commands,
        "encrypt",
        _("enkripsi database (SQLCipher)"),
        _(
            "Enkripsi database SQLite di tempat dengan SQLCipher, setelah cadangan terverifikasi. Kunci pemulihan "
            "dicetak SEKALI: simpan di tempat aman; tanpa frasa sandi dan kunci pemulihan data tidak dapat dibuka."
        ),
        run_encrypt,
    )
    rekey = _add_key_command(
        commands,
        "rekey",
        _("ganti frasa sandi atau kunci database terenkripsi"),
        _(
            "Ganti frasa sandi database terenkripsi (frasa sandi lama atau kunci pemulihan lewat "
            "--db-passphrase-file atau KONVERGENSI_DB_PASSPHRASE); kunci pemulihan tetap berlaku. Dengan --new-key "
            "seluruh database dienkripsi ulang dengan kunci acak baru (setelah cadangan terverifikasi) dan kunci "
            "pemulihan baru dicetak sekali; kunci pemulihan lama tidak berlaku lagi."
        ),
        run_rekey,
    )
    rekey.add_argument(
        "--new-key", action="store_true", help=_("enkripsi ulang dengan kunci baru (PRAGMA rekey), bukan hanya sandi")
    )
    key = commands.add_parser(
        "key",
        help=_("kunci database yang diingat di komputer ini"),
        description=_('Kunci database yang diingat di komputer ini ("Ingat di komputer ini").'),
    )
    key_commands = key.add_subparsers(dest="key_command", metavar=_("PERINTAH"), required=True)
    forget = key_commands.add_parser(
        "forget",
        help=_("lupakan kunci database yang diingat di komputer ini"),
        description=_(
            "Hapus kunci database folder data ini dari penyimpanan kunci Windows (Credential Manager), seperti "
            'Pengaturan → Database → "Lupakan kunci database". Frasa sandi atau kunci pemulihan ditanyakan lagi '
            "saat Konvergensi dibuka berikutnya. Database tidak dibuka dan tidak diubah."
        ),
    )
    add_json_flag(forget)
    forget.set_defaults(func=run_key_forget)


def _add_key_command(commands: Any, name: str, help_text: str, description: str, func: Any) -> Any:
    parser = commands.add_parser(name, help=help_text, description=description)
    parser.add_argument(
        "--passphrase-file", metavar=_("BERKAS"), required=True, help=_("berkas berisi frasa sandi baru")
    )
    parser.add_argument(
        "--recovery-pdf",
        metavar=_("BERKAS"),
        help=_("tulis juga lembar kunci pemulihan (PDF satu halaman) untuk dicetak"),
    )
    add_json_flag(parser)
    parser.set_defaults(func=func)
    return parser


def run_key_forget(args: argparse.Namespace) -> int:
    """Forgets the database key remembered on this PC for the data folder."""
    data_dir = (Path(args.data_dir) if args.data_dir else default_data_dir()).expanduser().resolve()
    if not data_dir.is_dir():
        return fail(args, _("folder data {path} tidak ada").format(path=data_dir))
    forgotten = forget_remembered_key(data_dir)
    line = (
        _("Kunci database folder {path} dihapus dari komputer ini; frasa sandi ditanyakan lagi saat dibuka.")
        if forgotten
        else _("Tidak ada kunci database folder {path} yang diingat di komputer ini.")
    ).format(path=data_dir)
    emit(args, {"data_dir": str(data_dir), "forgotten": forgotten}, [line])
    return 0


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
    office = get_office(context.session_factory)  # read now: the engine is closed afterwards
    result = encrypt_database(context.engine, context.data_dir, passphrase, backup_settings(context.data_dir))
    return _emit_new_key(
        args,
        context,
        office,
        result,
        _("Database {database_location} sekarang terenkripsi."),
        _("sebelum enkripsi"),
        _(
            "Cadangan lama yang belum terenkripsi masih ada di folder cadangan; hapus setelah database "
            "terenkripsi diperiksa."
        ),
    )


def run_rekey(args: argparse.Namespace) -> int:
    """Re-wraps the database key with a new passphrase, or with ``--new-key`` re-encrypts with a new key."""
    if args.recovery_pdf and not args.new_key:  # refused before anything is opened or changed
        return fail(args, _("--recovery-pdf hanya bersama --new-key: kunci pemulihan tidak berubah"))
    context = open_cli_context(args, upgrade=False)
    current = read_secret(getattr(args, "db_passphrase_file", None))
    if not current:
        return fail(args, _("berikan frasa sandi lama atau kunci pemulihan dengan --db-passphrase-file"))
    passphrase = read_secret(args.passphrase_file) or ""
    if args.new_key:
        office = get_office(context.session_factory)
        result = rotate_key(context.engine, context.data_dir, current, passphrase, backup_settings(context.data_dir))
        return _emit_new_key(
            args,
            context,
            office,
            result,
            _("Database {database_location} dienkripsi ulang dengan kunci baru."),
            _("sebelum penggantian kunci"),
            _(
                "Cadangan lama masih terbuka dengan kunci pemulihan lama; hapus setelah database dengan kunci "
                "baru diperiksa."
            ),
        )
    change_passphrase(context.data_dir, current, passphrase)
    emit(args, {"database": context.database_location, "ok": True}, [_("Frasa sandi database diganti.")])
    return 0


def _emit_new_key(
    args: argparse.Namespace,
    context: Any,
    office: OfficeSettings | None,
    result: EncryptionResult,
    done: str,
    when: str,
    note: str,
) -> int:
    """Prints a new recovery key once (and writes its sheet when asked)."""
    sheet = None
    if args.recovery_pdf:
        from desktop.reports.recovery_sheet import write_recovery_sheet  # reportlab only when a sheet is asked

        sheet = Path(args.recovery_pdf).expanduser().resolve()
        write_recovery_sheet(sheet, result.recovery_key, office, date.today())
    lines = [
        done.format(database_location=context.database_location),
        _("Cadangan {when}: {path}").format(when=when, path=result.backup),
        _("KUNCI PEMULIHAN (hanya ditampilkan sekali; cetak dan simpan di tempat aman):"),
        f"    {result.recovery_key}",
        note,
    ]
    if sheet is not None:
        lines.append(_("Lembar kunci pemulihan: {path}").format(path=sheet))
    emit(
        args,
        {
            "database": context.database_location,
            "recovery_key": result.recovery_key,
            "backup": str(result.backup),
            "recovery_pdf": str(sheet) if sheet else None,
        },
        lines,
    )
    return 0
