"""``konvergensi meeting list|show``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from desktop.cli.common import add_json_flag, emit, fail, open_cli_context
from desktop.domain.meetings.codes import MeetingType
from desktop.domain.meetings.records import MeetingError
from desktop.services.meetings.meeting_service import get_meeting, list_meetings


def register(subparsers: Any) -> None:
    """Adds the ``meeting`` command group."""
    parser = subparsers.add_parser("meeting", help="rapat dan notulen", description="Rapat, notulen dan RTL.")
    commands = parser.add_subparsers(dest="meeting_command", metavar="PERINTAH", required=True)
    listing = commands.add_parser(
        "list", help="daftar rapat", description="Daftar rapat: id, tanggal, jenis, wilayah, judul (terbaru dulu)."
    )
    listing.add_argument("--series", type=int, metavar="ID", help="hanya rapat dari seri ini")
    add_json_flag(listing)
    listing.set_defaults(func=run_list)
    show = commands.add_parser("show", help="isi satu rapat", description="Tampilkan isi lengkap satu rapat.")
    show.add_argument("meeting_id", type=int, metavar="ID")
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
        "Belum ada rapat."
    ]
    emit(args, data, lines)
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Prints one meeting with its lists."""
    context = open_cli_context(args)
    try:
        record = get_meeting(context.session_factory, args.meeting_id)
    except MeetingError as error:
        return fail(args, str(error))
    head = record.header
    lines = [
        f"{head.title} ({MeetingType.label_of(head.meeting_type)})",
        f"Tanggal: {head.meeting_date.isoformat()}  Tempat: {head.place}  Wilayah: {record.region_name}",
        f"Status: {record.status}, versi {record.version}",
        f"Peserta: {len(record.participants)}, agenda: {len(record.agenda)}, pembahasan: {len(record.discussion)}, "
        f"keputusan: {len(record.decisions)}, RTL: {len(record.actions)}",
    ]
    emit(args, asdict(record), lines)
    return 0
