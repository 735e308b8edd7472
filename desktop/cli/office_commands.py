"""``konvergensi office show|set|letterhead ...``: the office, its paper, and the letterheads of other issuers."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import add_json_flag, emit, fail, open_cli_context
from desktop.cli.letterhead_commands import register_letterheads
from desktop.domain.i18n import _
from desktop.domain.identifiers import format_nip
from desktop.domain.office import PaperSize
from desktop.services.office import get_office, office_as_dict, save_office


def register(subparsers: Any) -> None:
    """Adds the ``office`` command group."""
    parser = subparsers.add_parser("office", help=_("identitas kantor"), description=_("Identitas kantor."))
    commands = parser.add_subparsers(dest="office_command", metavar=_("PERINTAH"), required=True)
    show = commands.add_parser(
        "show", help=_("tampilkan identitas kantor"), description=_("Tampilkan identitas kantor.")
    )
    add_json_flag(show)
    show.set_defaults(func=run_show)
    change = commands.add_parser(
        "set", help=_("ubah pengaturan kantor"), description=_("Ubah pengaturan kantor (ukuran kertas dokumen).")
    )
    change.add_argument(
        "--paper", required=True, choices=[size.value for size in PaperSize], help=_("ukuran kertas dokumen")
    )
    add_json_flag(change)
    change.set_defaults(func=run_set)
    register_letterheads(commands)


def run_set(args: argparse.Namespace) -> int:
    """Changes the paper size every document is laid out on."""
    context = open_cli_context(args)
    office = get_office(context.session_factory)
    if office is None:
        return fail(args, _("kantor belum diatur (jalankan aplikasi untuk wizard pengaturan, atau: konvergensi demo)"))
    office.paper_size = args.paper
    saved = save_office(context.session_factory, office)
    emit(args, office_as_dict(saved), [_("Kertas: {paper_size}").format(paper_size=saved.paper_size)])
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Prints the office settings."""
    context = open_cli_context(args)
    office = get_office(context.session_factory)
    if office is None:
        return fail(args, _("kantor belum diatur (jalankan aplikasi untuk wizard pengaturan, atau: konvergensi demo)"))
    emit(
        args,
        office_as_dict(office),
        [
            _("Kantor: {name}").format(name=office.name),
            _("Wilayah: {region_name} ({region_code}), kode kantor {code}").format(
                region_name=office.region_name, region_code=office.region_code, code=office.code
            ),
            _("Alamat: {address}").format(address=office.address),
            _("Kepala: {head_name}, {head_position}, {head_rank}").format(
                head_name=office.head_name, head_position=office.head_position, head_rank=office.head_rank
            ),
            f"NIP: {format_nip(office.head_nip) or '-'}",
            _("Kertas: {paper_size}").format(paper_size=office.paper_size),
        ],
    )
    return 0
