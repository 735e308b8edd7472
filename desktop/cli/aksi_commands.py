"""``konvergensi aksi list|start|due|framework load|framework list``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.common import FIRST_YEAR, LAST_YEAR, add_json_flag, emit, fail, open_cli_context, whole_number, year
from desktop.domain.i18n import _
from desktop.services.aksi.due import due_items
from desktop.services.aksi.frameworks import ensure_shipped_frameworks, list_frameworks, load_framework_file
from desktop.services.aksi.progress import list_year
from desktop.services.aksi.progress_writes import start_year


def _iso_date(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError:
        value = None
    if value is None or not FIRST_YEAR <= value.year <= LAST_YEAR:  # later dates overflow the date arithmetic
        raise argparse.ArgumentTypeError(_("tanggal harus YYYY-MM-DD: {text}").format(text=text)) from None
    return value


def register(subparsers: Any) -> None:
    """Adds the ``aksi`` command group."""
    parser = subparsers.add_parser(
        "aksi", help=_("Aksi Konvergensi: status tahunan dan kerangka aksi"), description=_("Aksi Konvergensi.")
    )
    commands = parser.add_subparsers(dest="aksi_command", metavar=_("PERINTAH"), required=True)
    listing = commands.add_parser(
        "list",
        help=_("daftar aksi suatu tahun"),
        description=_("Nomor, nama, status, tanggal rencana dan realisasi, dan jumlah data dukung setiap aksi."),
    )
    listing.add_argument(
        "--year", type=year, default=date.today().year, metavar=_("TAHUN"), help=_("tahun (bawaan: ini)")
    )
    add_json_flag(listing)
    listing.set_defaults(func=run_list)
    start = commands.add_parser(
        "start",
        help=_("mulai mencatat aksi suatu tahun"),
        description=_(
            "Membuat catatan kemajuan setiap aksi tahun itu (jadwal dan OPD dari kerangka). Melihat daftar "
            "tidak pernah membuat catatan; catatan juga dibuat otomatis saat sesuatu pertama kali disimpan."
        ),
    )
    start.add_argument(
        "--year", type=year, default=date.today().year, metavar=_("TAHUN"), help=_("tahun (bawaan: ini)")
    )
    add_json_flag(start)
    start.set_defaults(func=run_start)
    due = commands.add_parser(
        "due", help=_("aksi terlambat atau jatuh tempo"), description=_("Aksi terlambat atau jatuh tempo dalam N hari.")
    )
    due.add_argument(
        "--today", type=_iso_date, default=None, metavar="YYYY-MM-DD", help=_("tanggal acuan (bawaan: hari ini)")
    )
    due.add_argument(
        "--days",
        type=whole_number(0, 3650),
        default=30,
        metavar="N",
        help=_("jangka jatuh tempo dalam hari (bawaan: 30)"),
    )
    add_json_flag(due)
    due.set_defaults(func=run_due)
    framework = commands.add_parser("framework", help=_("kerangka aksi per tahun"), description=_("Kerangka aksi."))
    framework_commands = framework.add_subparsers(dest="framework_command", metavar=_("PERINTAH"), required=True)
    load = framework_commands.add_parser(
        "load",
        help=_("periksa lalu pasang berkas kerangka aksi (JSON)"),
        description=_("Memeriksa berkas kerangka aksi dan memasangnya; berkas yang rusak ditolak beserta alasannya."),
    )
    load.add_argument("file", metavar=_("BERKAS"), help=_("berkas JSON kerangka aksi"))
    add_json_flag(load)
    load.set_defaults(func=run_framework_load)
    shown = framework_commands.add_parser(
        "list", help=_("kerangka aksi yang terpasang"), description=_("Kerangka terpasang.")
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
        return fail(args, _("tidak ada kerangka aksi untuk tahun {year}").format(year=args.year))
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
    lines = [
        _("Aksi Konvergensi tahun {year} ({framework_code})").format(
            year=args.year, framework_code=rows[0].framework_code
        )
    ]
    for r in rows:
        lines.append(
            _(
                "{label:<18} {name:<44} {status_label:<28} rencana {date_text}..{date_text2}  realisasi "
                "{date_text3}..{date_text4}  data dukung {evidence_count}"
            ).format(
                label=r.label,
                name=r.name[:44],
                status_label=r.status_label,
                date_text=_date_text(r.planned_start),
                date_text2=_date_text(r.planned_end),
                date_text3=_date_text(r.actual_start),
                date_text4=_date_text(r.actual_end),
                evidence_count=r.evidence_count,
            )
        )
    emit(args, data, lines)
    return 0


def run_start(args: argparse.Namespace) -> int:
    """Creates the progress rows of a year's actions."""
    context = open_cli_context(args)
    if not list_year(context.session_factory, args.year):
        return fail(args, _("tidak ada kerangka aksi untuk tahun {year}").format(year=args.year))
    created = start_year(context.session_factory, args.year)
    emit(
        args,
        {"year": args.year, "created": created},
        [_("Tahun {year}: {created} catatan aksi dibuat.").format(year=args.year, created=created)],
    )
    return 0


def run_due(args: argparse.Namespace) -> int:
    """Prints the overdue and soon-due actions."""
    context = open_cli_context(args)
    today = args.today or date.today()
    items = due_items(context.session_factory, today, args.days)
    lines = [
        _("{value}  {effective_deadline}  ({working_days_left} hari kerja)  {title}  [{responsible}]").format(
            value="TERLAMBAT" if i.overdue else _("jatuh tempo"),
            effective_deadline=i.effective_deadline,
            working_days_left=i.working_days_left,
            title=i.title,
            responsible=i.responsible,
        )
        for i in items
    ]
    emit(args, [asdict(i) for i in items], lines or [_("Tidak ada yang terlambat atau jatuh tempo.")])
    return 0


def run_framework_load(args: argparse.Namespace) -> int:
    """Validates and installs a framework file."""
    context = open_cli_context(args)
    ensure_shipped_frameworks(context.session_factory)
    result = load_framework_file(context.session_factory, Path(args.file).expanduser())
    verb = "dipasang" if result.created else "diperbarui"
    emit(
        args,
        asdict(result),
        [
            _("Kerangka '{code}' ({name}, tahun {years}, {actions} aksi) {verb}.").format(
                code=result.code, name=result.name, years=result.years, actions=result.actions, verb=verb
            )
        ],
    )
    return 0


def run_framework_list(args: argparse.Namespace) -> int:
    """Prints the installed frameworks."""
    context = open_cli_context(args)
    data = [asdict(info) for info in list_frameworks(context.session_factory)]  # one transaction
    lines = [
        _("{d:<16} {d2}-{value}  rev {d3}  {d4} aksi  {d5}").format(
            d=d["code"], d2=d["year_from"], value=d["year_to"] or "", d3=d["revision"], d4=d["actions"], d5=d["name"]
        )
        for d in data
    ]
    emit(args, data, lines)
    return 0
