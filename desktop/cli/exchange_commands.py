"""``konvergensi partner ...`` and ``konvergensi exchange ...``: trusted offices, packages, receipts, conflicts."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, ask, emit, open_cli_context, say, stderr_progress
from desktop.domain.i18n import _
from desktop.preferences import backup_settings
from desktop.services.backup.automatic import backup_before_large_import
from desktop.services.exchange.acks import record_ack, write_ack
from desktop.services.exchange.conflicts import KEEP_CHOICES, list_conflicts, resolve_conflict
from desktop.services.exchange.export import export_package
from desktop.services.exchange.importer import OUTCOMES, ExchangeImportResult, import_package
from desktop.services.exchange.offices import (
    ExchangeError,
    add_partner,
    list_partners,
    read_card,
    revoke_partner,
)

OUTCOME_LABELS = {
    "new": _("baru"),
    "updated": _("diperbarui"),
    "unchanged": _("tidak berubah"),
    "conflicts": _("konflik"),
    "deleted": _("dihapus"),
    "rejected": _("ditolak"),
}


def register(subparsers: Any) -> None:
    """Adds the ``partner`` and ``exchange`` command groups."""
    _register_partner(subparsers)
    parser = subparsers.add_parser(
        "exchange",
        help=_("pertukaran data antarkantor lewat berkas"),
        description=_("Pertukaran data antarkantor lewat berkas .konv (ditandatangani dan dienkripsi)."),
    )
    commands = parser.add_subparsers(dest="exchange_command", metavar=_("PERINTAH"), required=True)
    export = commands.add_parser(
        "export",
        help=_("buat paket untuk mitra"),
        description=_(
            "Buat paket untuk satu mitra: yang berubah sejak tanda terima terakhirnya (--full: seluruh cakupan). "
            "Cakupan mengikuti tingkat kantor: kabupaten ke kecamatan memuat data desa kecamatan itu; ke provinsi "
            "tanpa data nama kecuali --with-names."
        ),
    )
    export.add_argument("--to", required=True, metavar=_("KODE"), help=_("kode kantor mitra"))
    export.add_argument("--full", action="store_true", help=_("seluruh cakupan, bukan hanya perubahan"))
    export.add_argument("--with-names", action="store_true", help=_("ke provinsi: sertakan data dengan nama"))
    export.add_argument("-o", "--output", required=True, metavar=_("BERKAS.konv"))
    add_json_flag(export)
    export.set_defaults(func=run_export)
    back = commands.add_parser(
        "import",
        help=_("impor paket dari mitra"),
        description=_(
            "Impor paket dari mitra. Tanda tangan, penerima, versi format dan setiap isi diperiksa sebelum apa pun "
            "ditulis; semuanya dalam satu transaksi."
        ),
    )
    back.add_argument("file", metavar=_("BERKAS.konv"))
    back.add_argument("--dry-run", action="store_true", help=_("uji coba: hitung tanpa menyimpan"))
    back.add_argument("--ack-out", metavar=_("BERKAS"), help=_("tulis tanda terima untuk pengirim"))
    add_json_flag(back)
    back.set_defaults(func=run_import)
    ack = commands.add_parser("ack", help=_("catat tanda terima dari mitra"))
    ack.add_argument("file", metavar=_("BERKAS"))
    add_json_flag(ack)
    ack.set_defaults(func=run_ack)
    conflicts = commands.add_parser("conflicts", help=_("daftar konflik yang menunggu keputusan"))
    conflicts.add_argument("--all", action="store_true", help=_("termasuk yang sudah diputuskan"))
    add_json_flag(conflicts)
    conflicts.set_defaults(func=run_conflicts)
    resolve = commands.add_parser("resolve", help=_("putuskan satu konflik"))
    resolve.add_argument("id", type=int, metavar=_("NOMOR"))
    resolve.add_argument("--keep", required=True, choices=KEEP_CHOICES, help=_("versi yang dipakai"))
    add_json_flag(resolve)
    resolve.set_defaults(func=run_resolve)


def _register_partner(subparsers: Any) -> None:
    parser = subparsers.add_parser("partner", help=_("kantor mitra pertukaran data"), description=_("Kantor mitra."))
    commands = parser.add_subparsers(dest="partner_command", metavar=_("PERINTAH"), required=True)
    add = commands.add_parser(
        "add",
        help=_("percayai kantor dari kartunya (.konvid)"),
        description=_("Tampilkan sidik jari kartu kantor, lalu percayai kantor itu setelah dicocokkan."),
    )
    add.add_argument("file", metavar=_("BERKAS.konvid"))
    add.add_argument("--yes", action="store_true", help=_("sidik jari sudah dicocokkan; jangan bertanya"))
    add_json_flag(add)
    add.set_defaults(func=run_partner_add)
    listing = commands.add_parser("list", help=_("daftar mitra"))
    add_json_flag(listing)
    listing.set_defaults(func=run_partner_list)
    revoke = commands.add_parser("revoke", help=_("cabut kepercayaan pada mitra"))
    revoke.add_argument("code", metavar=_("KODE"))
    add_json_flag(revoke)
    revoke.set_defaults(func=run_partner_revoke)


def run_partner_add(args: argparse.Namespace) -> int:
    """Shows the card's fingerprint and adds the partner once confirmed."""
    context = open_cli_context(args)
    card = read_card(Path(args.file))
    if not args.yes:
        if args.json:
            raise ExchangeError(_("Dengan --json, cocokkan sidik jari dulu lalu tambahkan --yes."))
        # What the card says is what the question is about: stderr, with the question (stdout keeps the result).
        office = _("Kantor: {name} ({code}), wilayah {region}")
        say(office.format(name=card.name, code=card.code, region=card.region_code))
        say(_("Sidik jari: {fingerprint}").format(fingerprint=card.fingerprint))
        if not sys.stdin.isatty():  # a script or a pipe: nobody to ask, and never trust by default
            raise ExchangeError(_("Tidak ada yang dapat ditanya: cocokkan sidik jari dulu lalu tambahkan --yes."))
        answer = ask(_("Cocok dengan yang dibacakan kantor itu? [y/T] ")).strip().lower()
        if answer not in {"y", "ya"}:
            say(_("Mitra tidak ditambahkan."))
            return 1
    partner = add_partner(context.session_factory, card)
    emit(
        args,
        asdict(partner),
        [
            _("Mitra ditambahkan: {name} ({code}), sidik jari {fingerprint}").format(
                name=partner.name, code=partner.code, fingerprint=partner.fingerprint
            )
        ],
    )
    return 0


def run_partner_list(args: argparse.Namespace) -> int:
    """Lists the partners."""
    context = open_cli_context(args)
    partners = list_partners(context.session_factory)
    lines = [
        _(
            "{code}  {name} ({level}, {region})  {fingerprint}  kirim #{sent}, terima #{received}, diakui #{acked}"
        ).format(
            code=p.code,
            name=p.name,
            level=p.level_name,
            region=p.region_code,
            fingerprint=p.fingerprint,
            sent=p.last_sent_sequence,
            received=p.last_received_sequence,
            acked=p.last_acked_sequence,
        )
        + (_(" [dicabut]") if p.revoked else "")
        for p in partners
    ] or [_("Belum ada mitra.")]
    emit(args, [asdict(p) for p in partners], lines)
    return 0


def run_partner_revoke(args: argparse.Namespace) -> int:
    """Revokes a partner."""
    context = open_cli_context(args)
    partner = revoke_partner(context.session_factory, args.code)
    emit(args, asdict(partner), [_("Mitra {code} dicabut.").format(code=partner.code)])
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Writes a package for a partner."""
    context = open_cli_context(args)
    result = export_package(
        context.session_factory,
        context.data_dir,
        args.to,
        Path(args.output),
        full=args.full,
        with_names=args.with_names,
        control=stderr_progress(args),
    )
    lines = [
        _("Paket #{sequence} untuk {partner} ditulis dan diperiksa: {file}").format(
            sequence=result.sequence, partner=args.to, file=result.file
        ),
        _("Cakupan: {scope}, wilayah {region}; {total} rekaman").format(
            scope=result.scope, region=result.region, total=result.total
        ),
    ]
    lines += [f"  {name}: {count}" for name, count in result.counts.items() if count]
    emit(args, result.as_dict(), lines)
    return 0


def _summary_lines(result: ExchangeImportResult) -> list[str]:
    package = result.package
    lines = [
        _("Paket #{sequence} dari {sender} ({created})").format(
            sequence=package["sequence"], sender=package["sender"]["code"], created=package["created_at"]
        )
    ]
    if result.already_imported:
        lines.append(_("Paket ini sudah pernah diimpor; tidak ada yang berubah karenanya."))
    elif result.older_than_last:
        lines.append(_("Paket ini lebih lama daripada paket terakhir dari mitra ini; versi yang lebih baru tetap."))
    totals = ", ".join(f"{OUTCOME_LABELS[o]} {result.total(o)}" for o in OUTCOMES)
    lines.append((_("Uji coba: ") if result.dry_run else _("Hasil: ")) + totals)
    for name, outcome in result.by_entity.items():
        lines.append(f"  {name}: " + ", ".join(f"{OUTCOME_LABELS[o]} {outcome.counts[o]}" for o in OUTCOMES))
        lines += [f"    {reason['uuid']}: {reason['reason']}" for reason in outcome.reasons[:20]]
    return lines


def run_import(args: argparse.Namespace) -> int:
    """Imports (or dry-runs) a package, optionally writing the receipt."""
    context = open_cli_context(args)
    result = import_package(
        context.session_factory,
        context.data_dir,
        Path(args.file),
        dry_run=args.dry_run,
        control=stderr_progress(args),
        before_commit=backup_before_large_import(context.engine, context.data_dir, backup_settings(context.data_dir)),
    )
    if args.ack_out:
        write_ack(context.session_factory, context.data_dir, result, Path(args.ack_out))
    lines = _summary_lines(result)
    if result.safety_backup is not None:
        lines.insert(0, _("Cadangan sebelum impor: {path}").format(path=result.safety_backup))
    if args.ack_out:
        lines.append(_("Tanda terima untuk pengirim: {file}").format(file=args.ack_out))
    emit(args, result.as_dict(), lines)
    return 0


def run_ack(args: argparse.Namespace) -> int:
    """Records a partner's receipt."""
    context = open_cli_context(args)
    data = record_ack(context.session_factory, Path(args.file))
    emit(
        args,
        data,
        [
            _("Tanda terima paket #{sequence} dari {partner} dicatat: {count} rekaman diakui.").format(
                sequence=data["sequence"], partner=data["partner"], count=sum(data["acknowledged"].values())
            )
        ],
    )
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    """Lists conflicts."""
    context = open_cli_context(args)
    conflicts = list_conflicts(context.session_factory, include_resolved=args.all)
    lines = [
        _("#{id} {entity} {record} dari {partner}: beda di {fields}{resolution}").format(
            id=c.id,
            entity=c.entity,
            record=c.record,
            partner=c.partner,
            fields=", ".join(c.differences),
            resolution=f" [{c.resolution}]" if c.resolution else "",
        )
        for c in conflicts
    ] or [_("Tidak ada konflik.")]
    emit(args, [c.as_dict() for c in conflicts], lines)
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    """Resolves a conflict."""
    context = open_cli_context(args)
    conflict = resolve_conflict(context.session_factory, args.id, args.keep)
    emit(
        args,
        conflict.as_dict(),
        [
            _("Konflik #{id} diputuskan: versi {keep} dipakai; keputusan ikut paket berikutnya.").format(
                id=conflict.id, keep=args.keep
            )
        ],
    )
    return 0
