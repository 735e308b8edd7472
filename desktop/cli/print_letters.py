"""``konvergensi print cover-letter|aksi-overview|desa-cases``: the surat pengantar and the two prints that were
only in the window (the Aksi year overview, the per-desa case list)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, emit, fail, open_cli_context, year
from desktop.domain.i18n import _
from desktop.services.regions import normalize_code
from desktop.services.reports.catalog import REPORTS


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=_("berkas PDF tujuan"))
    add_json_flag(parser)


def register_letters(commands: Any) -> None:
    """Adds ``cover-letter``, ``aksi-overview`` and ``desa-cases`` under ``print``."""
    letter = commands.add_parser(
        "cover-letter",
        help=_("surat pengantar laporan"),
        description=_("Cetak surat pengantar (bernomor, berisi daftar lampiran, ditandatangani kepala kantor)."),
    )
    letter.add_argument("--year", type=year, required=True, metavar="YYYY", help=_("tahun laporan"))
    letter.add_argument(
        "--reports",
        required=True,
        metavar=_("LAPORAN,..."),
        help=_("laporan yang dilampirkan, dipisah koma: {join}").format(join=", ".join(REPORTS)),
    )
    letter.add_argument("--number", default="", metavar=_("NOMOR"), help=_("nomor surat (bawaan: pola kantor)"))
    letter.add_argument("--to", default="", metavar=_("TEKS"), help=_("kepada (bawaan: Ketua TPPS provinsi)"))
    letter.add_argument("--place", default="", metavar=_("TEKS"), help=_("baris setelah 'di' (bawaan: Tempat)"))
    letter.add_argument("--date", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD", help=_("tanggal surat"))
    _output(letter)
    letter.set_defaults(func=run_cover_letter)
    overview = commands.add_parser(
        "aksi-overview", help=_("ikhtisar Aksi Konvergensi setahun"), description=_("Cetak ikhtisar Aksi setahun.")
    )
    overview.add_argument("--year", type=year, required=True, metavar="YYYY", help=_("tahun"))
    _output(overview)
    overview.set_defaults(func=run_aksi_overview)
    cases = commands.add_parser(
        "desa-cases",
        help=_("daftar balita tindak lanjut satu desa"),
        description=_("Cetak daftar balita tindak lanjut posyandu untuk satu desa/kelurahan."),
    )
    cases.add_argument("--desa", required=True, metavar=_("KODE"), help=_("kode desa/kelurahan"))
    _output(cases)
    cases.set_defaults(func=run_desa_cases)


def _target(args: argparse.Namespace) -> Path | None:
    target = Path(args.output).expanduser()
    return target if target.parent.is_dir() else None


def _written(args: argparse.Namespace, what: str, path: Path, pages: int, extra: dict[str, Any]) -> int:
    emit(
        args,
        {"path": str(path), "pages": pages, **extra},
        [_("{what} ditulis ke {path} ({pages} halaman).").format(what=what, path=path, pages=pages)],
    )
    return 0


def run_cover_letter(args: argparse.Namespace) -> int:
    """Writes the surat pengantar."""
    from desktop.services.reports.cover_letter import write_cover_letter

    context = open_cli_context(args)
    target = _target(args)
    if target is None:
        return fail(args, _("folder {parent} tidak ada").format(parent=Path(args.output).expanduser().parent))
    result = write_cover_letter(
        context.session_factory,
        args.year,
        args.reports.split(","),
        target,
        number=args.number,
        addressee=args.to,
        addressee_place=args.place,
        issued_on=args.date,
    )
    return _written(args, _("Surat pengantar"), result.path, result.pages, {"number": result.number})


def run_aksi_overview(args: argparse.Namespace) -> int:
    """Writes the Aksi year overview."""
    from desktop.reports.aksi_overview_pdf import build_year_overview
    from desktop.services.aksi.overview import year_overview

    context = open_cli_context(args)
    target = _target(args)
    if target is None:
        return fail(args, _("folder {parent} tidak ada").format(parent=Path(args.output).expanduser().parent))
    overview = year_overview(context.session_factory, args.year)
    if overview is None:
        return fail(args, _("tidak ada kerangka Aksi untuk tahun {year}").format(year=args.year))
    pages = build_year_overview(target, overview)
    return _written(args, _("Ikhtisar Aksi"), target, pages, {"year": args.year})


def run_desa_cases(args: argparse.Namespace) -> int:
    """Writes the per-desa follow-up list of children."""
    from desktop.reports.case_list_pdf import build_desa_case_list
    from desktop.services.audit_trail import record_desa_list_print
    from desktop.services.cases.desa_list import desa_case_list

    context = open_cli_context(args)
    target = _target(args)
    if target is None:
        return fail(args, _("folder {parent} tidak ada").format(parent=Path(args.output).expanduser().parent))
    data = desa_case_list(context.session_factory, normalize_code(args.desa))
    pages = build_desa_case_list(target, data)
    record_desa_list_print(context.session_factory, "cases", data.desa_code, len(data.rows))
    return _written(args, _("Daftar balita desa"), target, pages, {"desa": data.desa_name})
