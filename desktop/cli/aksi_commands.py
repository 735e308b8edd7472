"""``konvergensi aksi list|start|due|framework load|framework list``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, emit, fail, open_cli_context, year
from desktop.services.aksi.due import due_items
from desktop.services.aksi.framework_schema import FrameworkError
from desktop.services.aksi.frameworks import ensure_shipped_frameworks, list_frameworks, load_framework_file
from desktop.services.aksi.progress import list_year
from desktop.services.aksi.progress_writes import start_year


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal harus YYYY-MM-DD: {text}") from None


def register(subparsers: Any) -> None:
    """Adds the ``aksi`` command group."""
    parser = subparsers.add_parser(
        "aksi", help="Aksi Konvergensi: status tahunan dan kerangka aksi", description="Aksi Konvergensi."
    )
    commands = parser.add_subparsers(dest="aksi_command", metavar="PERINTAH", required=True)
    listing = commands.add_parser(
        "list",
        help="daftar aksi suatu tahun",
        description="Nomor, nama, status, tanggal rencana dan realisasi, dan jumlah data dukung setiap aksi.",
    )
    listing.add_argument("--year", type=year, default=date.today().year, metavar="TAHUN", help="tahun (bawaan: ini)")
    add_json_flag(listing)
    listing.set_defaults(func=run_list)
    start = commands.add_parser(
        "start",
        help="mulai mencatat aksi suatu tahun",
        description="Membuat catatan kemajuan setiap aksi tahun itu (jadwal dan OPD dari kerangka). Melihat daftar "
        "tidak pernah membuat catatan; catatan juga dibuat otomatis saat sesuatu pertama kali disimpan.",
    )
    start.add_argument("--year", type=year, default=date.today().year, metavar="TAHUN", help="tahun (bawaan: ini)")
    add_json_flag(start)
    start.set_defaults(func=run_start)
    due = commands.add_parser(
        "due", help="aksi terlambat atau jatuh tempo", description="Aksi terlambat atau jatuh tempo dalam N hari."
    )
    due.add_argument(
        "--today", type=_iso_date, default=None, metavar="YYYY-MM-DD", help="tanggal acuan (bawaan: hari ini)"
    )
    due.add_argument("--days", type=int, default=30, metavar="N", help="jangka jatuh tempo dalam hari (bawaan: 30)")
    add_json_flag(due)
    due.set_defaults(func=run_due)
    framework = commands.add_parser("framework", help="kerangka aksi per tahun", description="Kerangka aksi.")
    framework_commands = framework.add_subparsers(dest="framework_command", metavar="PERINTAH", required=True)
    load = framework_commands.add_parser(
        "load",
        help="periksa lalu pasang berkas kerangka aksi (JSON)",
        description="Memeriksa berkas kerangka aksi dan memasangnya; berkas yang rusak ditolak beserta alasannya.",
    )
    load.add_argument("file", metavar="BERKAS", help="berkas JSON kerangka aksi")
    add_json_flag(load)
    load.set_defaults(func=run_framework_load)
    shown = framework_commands.add_parser(
        "list", help="kerangka aksi yang terpasang", description="Kerangka terpasang."
    )
    add_json_flag(shown)
    shown.set_defaults(func=run_framework_list)


def _date_text(value: date | None) -> str:
    return value.isoformat() if value else "-"


def run_list(args: argparse.Namespace) -> int:
    """Prints the actions of a year."""
    context = open_cli_context(args)
    rows = list_year(context.session_factory, args.year)
    if not rows:
        return fail(args, f"tidak ada kerangka aksi untuk tahun {args.year}")
    data = [
        {
            "number": r.number,
            "label": r.label,
            "name": r.name,
            "status": r.status,
            "status_label": r.status_label,
            "planned_start": r.planned_start,
            "planned_end": r.planned_end,
            "actual_start": r.actual_start,
            "actual_end": r.actual_end,
            "responsible_opd": r.responsible_opd,
            "evidence_count": r.evidence_count,
            "output_count": r.output_count,
            "started": r.progress_id is not None,
        }
        for r in rows
    ]
    lines = [f"Aksi Konvergensi tahun {args.year} ({rows[0].framework_code})"]
    for r in rows:
        lines.append(
            f"{r.label:<18} {r.name[:44]:<44} {r.status_label:<28} "
            f"rencana {_date_text(r.planned_start)}..{_date_text(r.planned_end)}  "
            f"realisasi {_date_text(r.actual_start)}..{_date_text(r.actual_end)}  data dukung {r.evidence_count}"
        )
    emit(args, data, lines)
    return 0


def run_start(args: argparse.Namespace) -> int:
    """Creates the progress rows of a year's actions."""
    context = open_cli_context(args)
    if not list_year(context.session_factory, args.year):
        return fail(args, f"tidak ada kerangka aksi untuk tahun {args.year}")
    created = start_year(context.session_factory, args.year)
    emit(args, {"year": args.year, "created": created}, [f"Tahun {args.year}: {created} catatan aksi dibuat."])
    return 0


def run_due(args: argparse.Namespace) -> int:
    """Prints the overdue and soon-due actions."""
    context = open_cli_context(args)
    today = args.today or date.today()
    items = due_items(context.session_factory, today, args.days)
    lines = [
        f"{'TERLAMBAT' if i.overdue else 'jatuh tempo'}  {i.effective_deadline}  "
        f"({i.working_days_left} hari kerja)  {i.title}  [{i.responsible}]"
        for i in items
    ]
    emit(args, [asdict(i) for i in items], lines or ["Tidak ada yang terlambat atau jatuh tempo."])
    return 0


def run_framework_load(args: argparse.Namespace) -> int:
    """Validates and installs a framework file."""
    context = open_cli_context(args)
    ensure_shipped_frameworks(context.session_factory)
    try:
        result = load_framework_file(context.session_factory, Path(args.file).expanduser())
    except FrameworkError as error:
        return fail(args, str(error))
    verb = "dipasang" if result.created else "diperbarui"
    emit(
        args,
        asdict(result),
        [f"Kerangka '{result.code}' ({result.name}, tahun {result.years}, {result.actions} aksi) {verb}."],
    )
    return 0


def run_framework_list(args: argparse.Namespace) -> int:
    """Prints the installed frameworks."""
    context = open_cli_context(args)
    data = [asdict(info) for info in list_frameworks(context.session_factory)]  # one transaction
    lines = [
        f"{d['code']:<16} {d['year_from']}-{d['year_to'] or ''}  rev {d['revision']}  {d['actions']} aksi  {d['name']}"
        for d in data
    ]
    emit(args, data, lines)
    return 0
