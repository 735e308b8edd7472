"""``konvergensi meeting list|show``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from typing import Any

from desktop.cli.common import RECORD_ID, add_json_flag, emit, open_cli_context
from desktop.domain.i18n import _
from desktop.domain.meetings.codes import MeetingType
from desktop.services.meetings.meeting_service import get_meeting, list_meetings, set_meeting_fields


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("tanggal harus YYYY-MM-DD: {text}").format(text=text)) from None


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
    change = commands.add_parser(
        "set",
        help=_("ubah judul, tempat atau tanggal rapat"),
        description=_("Ubah kolom sederhana satu rapat; ditolak bila notulen final atau periodenya terkunci."),
    )
    change.add_argument("--meeting", required=True, type=RECORD_ID, metavar="ID")
    change.add_argument("--title", metavar=_("TEKS"), help=_("judul rapat"))
    change.add_argument("--place", metavar=_("TEKS"), help=_("tempat rapat"))
    change.add_argument("--date", type=_iso_date, metavar=_("YYYY-MM-DD"), help=_("tanggal rapat"))
    add_json_flag(change)
    change.set_defaults(func=run_set)


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


def run_set(args: argparse.Namespace) -> int:
    """Changes simple fields of a meeting."""
    context = open_cli_context(args)
    data = set_meeting_fields(
        context.session_factory, args.meeting, title=args.title, place=args.place, meeting_date=args.date
    )
    result = {"id": data.id, "title": data.title, "place": data.place, "date": data.meeting_date.isoformat()}
    emit(args, result, [_("Rapat {id} disimpan: {title}, {date}, {place}").format(**result)])
    return 0
