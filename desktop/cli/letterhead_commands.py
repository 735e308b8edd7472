"""``konvergensi office letterhead list|add|set|remove|use``: the kop of each issuer the office records meetings
for (a kecamatan, the TPPS), and which one a meeting series prints with."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, emit, fail, open_cli_context
from desktop.domain.i18n import _
from desktop.domain.office import IssuerLetterheadData
from desktop.services.office import OfficeValidationError

_TEXT_FIELDS = ("government", "name", "address", "contact", "city")


def _add_fields(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("key", metavar=_("KODE"), help=_("kode kop, mis. kec-cibadak"))
    parser.add_argument(
        "--government", required=required, metavar=_("TEKS"), help=_("baris pertama, mis. PEMERINTAH KABUPATEN LEBAK")
    )
    parser.add_argument("--name", required=required, metavar=_("TEKS"), help=_("penerbit, mis. KECAMATAN CIBADAK"))
    parser.add_argument("--address", metavar=_("TEKS"), help=_("baris alamat"))
    parser.add_argument("--contact", metavar=_("TEKS"), help=_("baris telepon / pos-el"))
    parser.add_argument("--city", metavar=_("TEKS"), help=_("tempat penandatanganan, mis. Cibadak"))
    parser.add_argument("--emblem", metavar="FILE.png", help=_("lambang (PNG atau JPEG); bawaan: lambang kantor"))
    add_json_flag(parser)


def register_letterheads(commands: Any) -> None:
    """Adds ``office letterhead ...`` under the ``office`` command group."""
    parser = commands.add_parser(
        "letterhead",
        help=_("kop surat per penerbit"),
        description=_(
            "Kop surat kecamatan (atau TPPS) yang rapatnya dicatat kantor ini; seri rapat memilih kopnya "
            "(bawaan: kop kantor sendiri)."
        ),
    )
    sub = parser.add_subparsers(dest="letterhead_command", metavar=_("PERINTAH"), required=True)
    listing = sub.add_parser("list", help=_("daftar kop"), description=_("Daftar kop penerbit."))
    add_json_flag(listing)
    listing.set_defaults(func=run_list)
    add = sub.add_parser("add", help=_("tambah kop"), description=_("Tambah kop penerbit."))
    _add_fields(add, required=True)
    add.set_defaults(func=run_save, creating=True)
    change = sub.add_parser("set", help=_("ubah kop"), description=_("Ubah isi kop penerbit."))
    _add_fields(change, required=False)
    change.set_defaults(func=run_save, creating=False)
    remove = sub.add_parser("remove", help=_("hapus kop"), description=_("Hapus kop penerbit."))
    remove.add_argument("key", metavar=_("KODE"))
    add_json_flag(remove)
    remove.set_defaults(func=run_remove)
    use = sub.add_parser(
        "use", help=_("pilih kop seri rapat"), description=_("Pilih kop yang dipakai dokumen satu seri rapat.")
    )
    use.add_argument("key", metavar=_("KODE"), help=_("kode kop, atau 'kantor' untuk kop kantor sendiri"))
    use.add_argument("--series", type=int, required=True, metavar="ID", help=_("id seri rapat"))
    add_json_flag(use)
    use.set_defaults(func=run_use)


def run_list(args: argparse.Namespace) -> int:
    """Prints the issuer letterheads."""
    from desktop.services.letterheads import letterhead_as_dict, list_letterheads  # reportlab: only when used

    context = open_cli_context(args)
    found = list_letterheads(context.session_factory)
    lines = [f"{item.key}: {item.government} / {item.name} / {item.address}" for item in found]
    emit(args, [letterhead_as_dict(item) for item in found], lines or [_("Belum ada kop penerbit.")])
    return 0


def run_save(args: argparse.Namespace) -> int:
    """Adds a letterhead, or changes the fields given of an existing one."""
    from desktop.services.letterheads import find_letterhead, letterhead_as_dict, save_letterhead

    context = open_cli_context(args)
    data = IssuerLetterheadData(key=args.key) if args.creating else find_letterhead(context.session_factory, args.key)
    for name in _TEXT_FIELDS:
        value = getattr(args, name)
        if value is not None:
            setattr(data, name, value)
    if args.emblem:
        path = Path(args.emblem).expanduser()
        if not path.is_file():
            return fail(args, _("berkas {path} tidak ada").format(path=path))
        data.emblem_png = path.read_bytes()
    try:
        saved = save_letterhead(context.session_factory, data)
    except OfficeValidationError as error:  # its message names the fields; the user reads only the reasons
        problems = " ".join(error.problems.values())
        return fail(args, _("kop {key} tidak disimpan: {problems}").format(key=args.key, problems=problems))
    emit(args, letterhead_as_dict(saved), [_("Kop {key} tersimpan.").format(key=saved.key)])
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Removes a letterhead."""
    from desktop.services.letterheads import remove_letterhead

    context = open_cli_context(args)
    remove_letterhead(context.session_factory, args.key)
    emit(args, {"removed": args.key}, [_("Kop {key} dihapus.").format(key=args.key)])
    return 0


def run_use(args: argparse.Namespace) -> int:
    """Chooses the kop of a meeting series."""
    from desktop.services.letterheads import set_series_letterhead

    context = open_cli_context(args)
    key = None if args.key == "kantor" else args.key
    set_series_letterhead(context.session_factory, args.series, key)
    emit(
        args,
        {"series": args.series, "letterhead": key},
        [_("Seri rapat {series} memakai kop {key}.").format(series=args.series, key=args.key)],
    )
    return 0
