"""``konvergensi backup create|list|verify|restore``: verified backups of the database and the stored files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, ask, emit, fail, open_cli_context, stderr_progress, warn, whole_number
from desktop.domain.backups import BackupSettings, RotationPolicy
from desktop.domain.errors import UserError
from desktop.domain.i18n import N_, _
from desktop.domain.users import Permission
from desktop.paths import default_data_dir
from desktop.preferences import backup_settings, save_backup_settings
from desktop.services.backup.backup_service import create_backup, verify_backup
from desktop.services.backup.catalogue import BackupEntry, backup_folder, list_backups
from desktop.services.backup.restore_service import restore_backup
from desktop.services.encryption import database_key, read_secret
from desktop.services.users import require_permission


def register(subparsers: Any) -> None:
    """Adds the ``backup`` command group."""
    parser = subparsers.add_parser(
        "backup",
        help=_("cadangan database dan berkas tersimpan"),
        description=_("Cadangan terverifikasi database dan berkas tersimpan: buat, daftar, periksa, pulihkan."),
    )
    commands = parser.add_subparsers(dest="backup_command", metavar=_("PERINTAH"), required=True)
    create = commands.add_parser(
        "create",
        help=_("buat cadangan sekarang"),
        description=_(
            "Buat cadangan terverifikasi sekarang (integritas, foreign key, jumlah baris dan revisi skema diperiksa "
            "pada salinannya sebelum diberi nama akhir)."
        ),
    )
    create.add_argument("--to", metavar="DIR", help=_("folder tujuan (bawaan: folder cadangan di Pengaturan)"))
    add_json_flag(create)
    create.set_defaults(func=run_create)
    listing = commands.add_parser("list", help=_("daftar cadangan"), description=_("Daftar cadangan, terbaru dulu."))
    listing.add_argument("--from", dest="source", metavar="DIR", help=_("folder cadangan lain"))
    add_json_flag(listing)
    listing.set_defaults(func=run_list)
    verify = commands.add_parser(
        "verify",
        help=_("periksa sebuah cadangan"),
        description=_("Periksa cadangan secara lengkap; kode keluar 1 bila cadangan rusak."),
    )
    verify.add_argument("file", metavar=_("BERKAS"), help=_("berkas cadangan (.sqlite3 atau .dump)"))
    add_json_flag(verify)
    verify.set_defaults(func=run_verify)
    restore = commands.add_parser(
        "restore",
        help=_("pulihkan database dari cadangan"),
        description=_(
            "Pulihkan database dari cadangan yang diperiksa ulang; database saat ini disimpan di folder "
            "'sebelum-pemulihan' di folder data."
        ),
    )
    restore.add_argument("file", metavar=_("BERKAS"), help=_("berkas cadangan (.sqlite3)"))
    restore.add_argument("--yes", action="store_true", help=_("jangan minta konfirmasi"))
    add_json_flag(restore)
    restore.set_defaults(func=run_restore)
    _register_settings(commands)


KEEP = whole_number(0, 99)


def _register_settings(commands: Any) -> None:
    settings = commands.add_parser(
        "settings",
        help=_("tampilkan atau ubah pengaturan cadangan"),
        description=_(
            "Pengaturan cadangan komputer ini, seperti di halaman Pengaturan: folder cadangan, folder kedua (diska "
            "luar atau flashdisk yang menerima salinan setiap cadangan) dan berapa cadangan disimpan per hari, "
            "minggu dan bulan. Tanpa opsi: tampilkan saja; yang tidak disebut tetap."
        ),
    )
    folder = settings.add_mutually_exclusive_group()
    folder.add_argument("--folder", metavar="DIR", help=_("folder cadangan"))
    folder.add_argument("--default-folder", action="store_true", help=_("kembali ke folder 'cadangan' di folder data"))
    second = settings.add_mutually_exclusive_group()
    second.add_argument("--second-folder", metavar="DIR", help=_("folder kedua untuk salinan setiap cadangan"))
    second.add_argument("--no-second-folder", action="store_true", help=_("tanpa folder kedua"))
    for period, label in (("daily", N_("harian")), ("weekly", N_("mingguan")), ("monthly", N_("bulanan"))):
        keep = _("cadangan {period} yang disimpan").format(period=_(label))
        settings.add_argument(f"--keep-{period}", type=KEEP, metavar="N", help=keep)
    settings.add_argument(
        "--keep-special",
        type=KEEP,
        metavar="N",
        help=_("cadangan khusus (sebelum migrasi, sebelum pemulihan) yang disimpan per jenis"),
    )
    add_json_flag(settings)
    settings.set_defaults(func=run_settings)


def _checked_folder(text: str) -> str:
    path = Path(text).expanduser()
    if path.exists() and not path.is_dir():
        raise UserError(_("{path} bukan folder; pilih folder untuk cadangan").format(path=path))
    return str(path)


def run_settings(args: argparse.Namespace) -> int:
    """Shows the backup settings, or changes the named ones (kept per computer, as the Pengaturan page does)."""
    data_dir = (Path(args.data_dir) if args.data_dir else default_data_dir()).expanduser().resolve()
    current = backup_settings(data_dir)
    folder = None if args.default_folder else _checked_folder(args.folder) if args.folder else current.folder
    second = (
        None
        if args.no_second_folder
        else _checked_folder(args.second_folder)
        if args.second_folder
        else current.second_folder
    )
    policy = RotationPolicy(
        **{
            period: getattr(args, f"keep_{period}")
            if getattr(args, f"keep_{period}") is not None
            else getattr(current.policy, period)
            for period in ("daily", "weekly", "monthly", "special")
        }
    )
    chosen = BackupSettings(folder=folder, second_folder=second, policy=policy)
    if chosen != current:
        data_dir.mkdir(parents=True, exist_ok=True)
        save_backup_settings(data_dir, chosen)
    shown = backup_folder(data_dir, chosen)
    data = {
        "folder": str(shown),
        "default_folder": chosen.folder is None,
        "second_folder": chosen.second_folder,
        "daily": policy.daily,
        "weekly": policy.weekly,
        "monthly": policy.monthly,
        "special": policy.special,
    }
    lines = [
        _("Folder cadangan: {folder}").format(folder=shown),
        _("Folder kedua: {folder}").format(folder=chosen.second_folder or _("(tidak ada)")),
        _("Disimpan: {daily} harian, {weekly} mingguan, {monthly} bulanan, {special} khusus per jenis").format(
            daily=policy.daily, weekly=policy.weekly, monthly=policy.monthly, special=policy.special
        ),
    ]
    emit(args, data, lines)
    return 0


def _entry_data(entry: BackupEntry) -> dict[str, Any]:
    return {
        "path": str(entry.path),
        "created": entry.created.isoformat(),
        "reason": str(entry.manifest.reason),
        "backend": entry.manifest.backend,
        "revision": entry.manifest.revision,
        "rows": entry.rows,
        "files": len(entry.manifest.files),
        "size": entry.manifest.database_size,
    }


def _entry_line(entry: BackupEntry) -> str:
    return _("{created}  {reason:<30} {rows:>9} baris  {files:>5} berkas  {name}").format(
        created=entry.created.strftime("%Y-%m-%d %H:%M"),
        reason=entry.manifest.reason.label,
        rows=entry.rows,
        files=len(entry.manifest.files),
        name=entry.path.name,
    )


def run_create(args: argparse.Namespace) -> int:
    """Makes a verified backup."""
    context = open_cli_context(args, upgrade=False)
    result = create_backup(
        context.engine,
        context.data_dir,
        settings=backup_settings(context.data_dir),
        target=Path(args.to).expanduser().resolve() if args.to else None,
        control=stderr_progress(args),
    )
    lines = [
        _("Cadangan dibuat dan diperiksa: {path}").format(path=result.entry.path),
        _("Berkas tersimpan: {copied} disalin, {reused} sudah ada").format(
            copied=result.files_copied, reused=result.files_reused
        ),
    ]
    lines += [_("Dihapus oleh rotasi: {name}").format(name=path.name) for path in result.removed]
    if result.second_copy is not None:
        lines.append(_("Salinan kedua: {path}").format(path=result.second_copy))
    for warning in result.warnings:
        warn(warning)
    emit(
        args,
        _entry_data(result.entry)
        | {
            "files_copied": result.files_copied,
            "files_reused": result.files_reused,
            "removed": [str(path) for path in result.removed],
            "second_copy": str(result.second_copy) if result.second_copy else None,
            "warnings": result.warnings,
        },
        lines,
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Lists the backups, newest first."""
    context = open_cli_context(args, upgrade=False)
    folder = (
        Path(args.source).expanduser()
        if args.source
        else backup_folder(context.data_dir, backup_settings(context.data_dir))
    )
    if args.source and not folder.is_dir():  # a drive not plugged in is not "no backups yet"
        return fail(args, _("folder cadangan {folder} tidak ada").format(folder=folder))
    entries = list_backups(folder)
    lines = [_("Folder cadangan: {folder}").format(folder=folder)]
    lines += [_entry_line(entry) for entry in entries] or [_("Belum ada cadangan.")]
    emit(args, {"folder": str(folder), "backups": [_entry_data(entry) for entry in entries]}, lines)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    """Verifies one backup; a damaged or missing one is refused (exit 1) like any other refusal."""
    path = Path(args.file).expanduser().resolve()
    check = verify_backup(path, _backup_key(args))
    if not check.ok:
        return fail(args, _("cadangan {path} RUSAK: {reasons}").format(path=path, reasons="; ".join(check.problems)))
    data: dict[str, Any] = {"path": str(path), "ok": True, "problems": []}
    if check.manifest is not None:
        data |= {"created": check.manifest.created.isoformat(), "rows": sum(check.manifest.counts.values())}
    emit(args, data, [_("Cadangan {path} utuh.").format(path=path)])
    return 0


def _backup_key(args: argparse.Namespace) -> bytes | None:
    """The key for an encrypted backup from --db-passphrase-file or the environment (None when none was given)."""
    secret = read_secret(getattr(args, "db_passphrase_file", None))
    if not secret:
        return None
    data_dir = (Path(args.data_dir) if args.data_dir else default_data_dir()).expanduser().resolve()
    return database_key(data_dir, secret)


def _confirmed(args: argparse.Namespace, path: Path) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        return False
    answer = ask(_("Database saat ini akan diganti dengan {name}. Lanjutkan? [y/T] ").format(name=path.name))
    return answer.strip().lower() in {"y", "ya"}


def run_restore(args: argparse.Namespace) -> int:
    """Restores the database from a backup after verifying it again."""
    path = Path(args.file).expanduser().resolve()
    if not _confirmed(args, path):
        return fail(args, _("pemulihan dibatalkan; tambahkan --yes untuk memulihkan tanpa pertanyaan"))
    context = open_cli_context(args, upgrade=False)
    require_permission(context.session_factory, Permission.RESTORE)
    result = restore_backup(
        context.engine,
        context.data_dir,
        path,
        settings=backup_settings(context.data_dir),
        control=stderr_progress(args),
        key=_backup_key(args),
    )
    lines = [
        _("Database dipulihkan dari {path} ({rows} baris).").format(path=path, rows=sum(result.counts.values())),
        _("Database sebelumnya disimpan di {path}").format(path=result.kept_aside or "-"),
    ]
    if result.safety_backup is not None:
        lines.append(_("Cadangan sebelum pemulihan: {path}").format(path=result.safety_backup))
    for warning in result.warnings:
        warn(warning)
    emit(
        args,
        {
            "restored_from": str(path),
            "counts": result.counts,
            "kept_aside": str(result.kept_aside) if result.kept_aside else None,
            "safety_backup": str(result.safety_backup) if result.safety_backup else None,
            "files_restored": result.files_restored,
        },
        lines,
    )
    return 0
