"""``konvergensi office show``."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import add_json_flag, emit, fail, open_cli_context
from desktop.domain.identifiers import format_nip
from desktop.services.office import get_office, office_as_dict


def register(subparsers: Any) -> None:
    """Adds the ``office`` command group."""
    parser = subparsers.add_parser("office", help="identitas kantor", description="Identitas kantor.")
    commands = parser.add_subparsers(dest="office_command", metavar="PERINTAH", required=True)
    show = commands.add_parser("show", help="tampilkan identitas kantor", description="Tampilkan identitas kantor.")
    add_json_flag(show)
    show.set_defaults(func=run_show)


def run_show(args: argparse.Namespace) -> int:
    """Prints the office settings."""
    context = open_cli_context(args)
    office = get_office(context.session_factory)
    if office is None:
        return fail(args, "kantor belum diatur (jalankan aplikasi untuk wizard pengaturan, atau: konvergensi demo)")
    emit(
        args,
        office_as_dict(office),
        [
            f"Kantor: {office.name}",
            f"Wilayah: {office.region_name} ({office.region_code}), kode kantor {office.code}",
            f"Alamat: {office.address}",
            f"Kepala: {office.head_name}, {office.head_position}, {office.head_rank}",
            f"NIP: {format_nip(office.head_nip) or '-'}",
            f"Kertas: {office.paper_size}",
        ],
    )
    return 0
