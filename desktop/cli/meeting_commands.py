"""``konvergensi meeting list|show``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from desktop.cli.common import RECORD_ID, add_json_flag, emit, open_cli_context
from desktop.domain.i18n import _
from desktop.domain.meetings.codes import MeetingType
from desktop.services.meetings.meeting_service import get_meeting, list_meetings


def register(subparsers: Any) -> None:
    """Adds the ``meeting`` command group."""
    parser = subparsers.add_parser("meeting", help=_("rapat dan notulen"), description=_("Rapat, notulen dan RTL."))
    commands = parser.add_subparsers(dest="meeting_command", metavar=_("PERINTAH"), required=True)
    listing = commands.add_parser(
        "list",
        help=_("daftar rapat"),
        description=_("Daftar rapat: id, tanggal, jenis, wilayah, judul (terbaru dulu)."),
    )
    listing.add_argument("--series", type=RECORD_ID, metavar="ID", help=_("hanya rapat dari seri ini"))
    add_json_flag(listing)
    listing.set_defaults(func=run_list)
    show = commands.add_parser("show", help=_("isi satu rapat"), description=_("Tampilkan isi lengkap satu rapat."))
    show.add_argument("meeting_id", type=RECORD_ID, metavar="ID")
    add_json_flag(show)
    show.set_defaults(func=run_show)


def run_list(args: argparse.Namespace) -> int:
    """Prints the meetings."""
    context = open_cli_context(args)
    meetings = list_meetings(context.session_factory, args.series)
    data = [
        {
            "id": m.id,
            "date": m.meeting_date.isoformat(),
            "type": m.meeting_type,
            "type_label": MeetingType.label_of(m.meeting_type),
            "region_code": m.region_code,
            "region": m.region_name,
            "title": m.title,
            "series": m.series_name,
            "number": m.number,
            "status": m.status,
            "version": m.version,
        }
        for m in meetings
    ]
    lines = [f"{m['id']:>4}  {m['date']}  {m['type_label']:<34}  {m['region']:<14}  {m['title']}" for m in data] or [
        _("Belum ada rapat.")
    ]
    emit(args, data, lines)
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Prints one meeting with its lists."""
    context = open_cli_context(args)
    record = get_meeting(context.session_factory, args.meeting_id)
    head = record.header
    lines = [
        f"{head.title} ({MeetingType.label_of(head.meeting_type)})",
        _("Tanggal: {isoformat}  Tempat: {place}  Wilayah: {region_name}").format(
            isoformat=head.meeting_date.isoformat(), place=head.place, region_name=record.region_name
        ),
        _("Status: {status}, versi {version}").format(status=record.status, version=record.version),
        _("Peserta: {count}, agenda: {count2}, pembahasan: {count3}, keputusan: {count4}, RTL: {count5}").format(
            count=len(record.participants),
            count2=len(record.agenda),
            count3=len(record.discussion),
            count4=len(record.decisions),
            count5=len(record.actions),
        ),
    ]
    emit(args, asdict(record), lines)
    return 0
