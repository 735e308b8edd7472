"""``konvergensi print minutes|statement|attendance|invitation --meeting ID -o FILE.pdf``, the surat pengantar
``print cover-letter --year YYYY --reports minlok,krs -o FILE.pdf``, the Aksi year overview ``print aksi-overview
--year YYYY`` and the per-desa case list ``print desa-cases --desa KODE``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    RECORD_ID,
    add_json_flag,
    emit,
    fail,
    open_cli_context,
    output_target,
    say,
    whole_number,
)
from desktop.cli.print_letters import register_letters
from desktop.domain.i18n import N_, _
from desktop.services.meetings.printing import DOCUMENT_KINDS, print_meeting_document

_HELP = {
    "minutes": N_("notulen rapat"),
    "statement": N_("berita acara rapat"),
    "attendance": N_("daftar hadir rapat"),
    "invitation": N_("undangan rapat"),
}


def register(subparsers: Any) -> None:
    """Adds the ``print`` command group (one sub-command per document)."""
    parser = subparsers.add_parser(
        "print", help=_("cetak dokumen ke PDF"), description=_("Cetak dokumen resmi ke berkas PDF (kop surat kantor).")
    )
    commands = parser.add_subparsers(dest="print_command", metavar=_("DOKUMEN"), required=True)
    for kind in DOCUMENT_KINDS:
        sub = commands.add_parser(
            kind, help=_(_HELP[kind]), description=_("Cetak {document} ke PDF.").format(document=_(_HELP[kind]))
        )
        sub.add_argument(
            "--meeting", type=RECORD_ID, required=True, metavar="ID", help=_("id rapat (lihat: meeting list)")
        )
        sub.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=_("berkas PDF tujuan"))
        sub.add_argument(
            "--version", type=whole_number(1, 10_000), metavar="N", help=_("cetak versi final ke-N (bawaan: terkini)")
        )
        if kind == "attendance":
            when = sub.add_mutually_exclusive_group()
            when.add_argument(
                "--before", action="store_true", help=_("daftar undangan dengan baris kosong (sebelum rapat)")
            )
            when.add_argument("--after", action="store_true", help=_("kehadiran yang tercatat (sesudah rapat)"))
            sub.add_argument(
                "--blank-rows", type=whole_number(0, 500), default=10, metavar="N", help=_("baris kosong (bawaan: 10)")
            )
        if kind == "invitation":
            sub.add_argument(
                "--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help=_("tanggal surat (bawaan: hari ini)")
            )
        add_json_flag(sub)
        sub.set_defaults(func=run_print, kind=kind)
    register_letters(commands)


def run_print(args: argparse.Namespace) -> int:
    """Writes the document."""
    context = open_cli_context(args)
    target = Path(args.output).expanduser()
    if not target.parent.is_dir():
        return fail(args, _("folder {parent} tidak ada").format(parent=target.parent))
    target = output_target(context, target)
    after = True if getattr(args, "after", False) else False if getattr(args, "before", False) else None
    result = print_meeting_document(
        context.session_factory,
        args.meeting,
        args.kind,
        target,
        version=args.version,
        after=after,
        blank_rows=getattr(args, "blank_rows", 10),
        issued_on=getattr(args, "date", None),
        files_dir=context.files_dir,
    )
    data = {"path": str(result.path), "pages": result.pages, "version": result.version, "kind": args.kind}
    lines = [
        _("{document_kinds} ditulis ke {path} ({pages} halaman).").format(
            document_kinds=_(DOCUMENT_KINDS[args.kind]), path=result.path, pages=result.pages
        )
    ]
    if result.warning:  # a message, not the result: stderr (with --json also a key of the result)
        data["warning"] = result.warning
        say(result.warning)  # already "Perhatian: ..."
    emit(args, data, lines)
    return 0
