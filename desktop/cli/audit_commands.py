"""``konvergensi audit list|export``: the audit trail (Riwayat perubahan) from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, emit, open_cli_context, output_target, stderr_progress, whole_number
from desktop.cli.export_commands import _iso_date
from desktop.domain.audit import AuditAction, AuditEntity
from desktop.domain.i18n import _
from desktop.services.audit_trail import AuditFilter, AuditRow, audit_page, export_audit


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", default="", metavar=_("NAMA"), help=_("hanya perubahan oleh pengguna ini"))
    parser.add_argument("--office", default="", metavar=_("KODE"), help=_("hanya kantor ini"))
    parser.add_argument(
        "--entity",
        default="",
        choices=[entity.value for entity in AuditEntity],
        metavar=_("JENIS"),
        help=_("jenis catatan, mis. krs_family, case_child, meeting, aksi_progress"),
    )
    parser.add_argument("--record", default="", metavar="UUID", help=_("satu catatan (uuid-nya)"))
    parser.add_argument(
        "--action",
        default="",
        choices=[action.value for action in AuditAction],
        metavar=_("TINDAKAN"),
        help=_("salah satu: {join}").format(join=", ".join(action.value for action in AuditAction)),
    )
    parser.add_argument("--since", type=_iso_date, default=None, metavar="YYYY-MM-DD", help=_("sejak tanggal ini"))
    parser.add_argument("--until", type=_iso_date, default=None, metavar="YYYY-MM-DD", help=_("sampai tanggal ini"))


def register(subparsers: Any) -> None:
    """Adds the ``audit`` command group."""
    parser = subparsers.add_parser(
        "audit",
        help=_("riwayat perubahan (siapa mengubah apa, kapan)"),
        description=_("Riwayat perubahan: setiap catatan yang dibuat, diubah, dihapus, diekspor atau dibuka NIK-nya."),
    )
    commands = parser.add_subparsers(dest="audit_command", metavar=_("PERINTAH"), required=True)
    listed = commands.add_parser(
        "list", help=_("daftar entri riwayat, terbaru dulu"), description=_("Daftar entri riwayat, terbaru dulu.")
    )
    _filters(listed)
    listed.add_argument(
        "--limit", type=whole_number(1, 100_000), default=50, metavar="N", help=_("paling banyak N entri (bawaan 50)")
    )
    add_json_flag(listed)
    listed.set_defaults(func=run_list)
    exported = commands.add_parser(
        "export", help=_("tulis riwayat ke .xlsx"), description=_("Tulis entri riwayat yang tersaring ke berkas .xlsx.")
    )
    _filters(exported)
    exported.add_argument("-o", "--output", required=True, metavar=_("BERKAS.xlsx"), help=_("berkas keluaran"))
    add_json_flag(exported)
    exported.set_defaults(func=run_export)


def _wanted(args: argparse.Namespace) -> AuditFilter:
    return AuditFilter(
        actor=args.user,
        office_code=args.office,
        entity=args.entity,
        record=args.record,
        action=args.action,
        since=args.since,
        until=args.until,
    )


def _data(row: AuditRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "at": row.at.isoformat(),
        "office": row.office_code,
        "user": row.actor,
        "entity": row.entity,
        "record": row.record,
        "action": row.action,
        "field": row.field,
        "old": row.old_value,
        "new": row.new_value,
    }


def _line(row: AuditRow) -> str:
    change = ""
    if row.field:
        change = f" {row.field}"
        if row.action == AuditAction.UPDATE:
            change += f": {row.old_value or '-'} -> {row.new_value or '-'}"
        elif row.new_value:
            change += f" ({row.new_value})"
    return _("{at}  {user}  {action} {entity} {record}{change}").format(
        at=row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        user=row.actor or "-",
        action=row.action_label,
        entity=row.entity_label,
        record=row.record,
        change=change,
    )


def run_list(args: argparse.Namespace) -> int:
    """Prints the newest matching entries."""
    context = open_cli_context(args)
    try:
        page = audit_page(context.session_factory, _wanted(args), limit=args.limit)
    finally:
        context.dispose()
    lines = [_line(row) for row in page.rows] or [_("Tidak ada entri riwayat yang cocok.")]
    emit(args, [_data(row) for row in page.rows], lines)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Writes the matching entries to an .xlsx."""
    context = open_cli_context(args)
    try:
        target = output_target(context, Path(args.output).expanduser().resolve())
        rows = export_audit(context.session_factory, _wanted(args), target, control=stderr_progress(args))
    finally:
        context.dispose()
    emit(
        args,
        {"path": str(target), "rows": rows},
        [_("{rows} entri riwayat -> {path}").format(rows=rows, path=target)],
    )
    return 0
