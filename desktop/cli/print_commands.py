"""``konvergensi print minutes|statement|attendance --meeting ID -o FILE.pdf``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, emit, fail, open_cli_context
from desktop.services.meetings.printing import DOCUMENT_KINDS, print_meeting_document

_HELP = {
    "minutes": "notulen rapat",
    "statement": "berita acara rapat",
    "attendance": "daftar hadir rapat",
}


def register(subparsers: Any) -> None:
    """Adds the ``print`` command group (one sub-command per document)."""
    parser = subparsers.add_parser(
        "print", help="cetak dokumen ke PDF", description="Cetak dokumen resmi ke berkas PDF (kop surat kantor)."
    )
    commands = parser.add_subparsers(dest="print_command", metavar="DOKUMEN", required=True)
    for kind in DOCUMENT_KINDS:
        sub = commands.add_parser(kind, help=_HELP[kind], description=f"Cetak {_HELP[kind]} ke PDF.")
        sub.add_argument("--meeting", type=int, required=True, metavar="ID", help="id rapat (lihat: meeting list)")
        sub.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="berkas PDF tujuan")
        sub.add_argument("--version", type=int, metavar="N", help="cetak versi final ke-N (bawaan: terkini)")
        if kind == "attendance":
            when = sub.add_mutually_exclusive_group()
            when.add_argument(
                "--before", action="store_true", help="daftar undangan dengan baris kosong (sebelum rapat)"
            )
            when.add_argument("--after", action="store_true", help="kehadiran yang tercatat (sesudah rapat)")
            sub.add_argument("--blank-rows", type=int, default=10, metavar="N", help="baris kosong (bawaan: 10)")
        add_json_flag(sub)
        sub.set_defaults(func=run_print, kind=kind)


def run_print(args: argparse.Namespace) -> int:
    """Writes the document."""
    context = open_cli_context(args)
    target = Path(args.output).expanduser()
    if not target.parent.is_dir():
        return fail(args, f"folder {target.parent} tidak ada")
    after = True if getattr(args, "after", False) else False if getattr(args, "before", False) else None
    result = print_meeting_document(
        context.session_factory,
        args.meeting,
        args.kind,
        target,
        version=args.version,
        after=after,
        blank_rows=getattr(args, "blank_rows", 10),
    )
    data = {"path": str(result.path), "pages": result.pages, "version": result.version, "kind": args.kind}
    emit(args, data, [f"{DOCUMENT_KINDS[args.kind]} ditulis ke {result.path} ({result.pages} halaman)."])
    return 0
