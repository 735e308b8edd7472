"""``konvergensi cases zscore|import|recap``: stunting case verification from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from desktop.cli.common import (
    IMPORT_EPILOG,
    add_json_flag,
    emit,
    import_description,
    import_exit_code,
    measurement,
    open_cli_context,
    output_target,
    stderr_progress,
)
from desktop.domain.cases.zscore import Method, Sex, compute_zscores
from desktop.domain.i18n import _
from desktop.services.tabular.summary import save_rejected


def register(subparsers: Any) -> None:
    """Adds the ``cases`` command group."""
    parser = subparsers.add_parser(
        "cases", help=_("kasus stunting (z-score WHO, impor data anak)"), description=_("Verifikasi kasus stunting.")
    )
    commands = parser.add_subparsers(dest="cases_command", metavar=_("PERINTAH"), required=True)
    zscore = commands.add_parser(
        "zscore",
        help=_("hitung z-score TB/U, BB/U, BB/TB satu anak"),
        description=_("Hitung z-score standar WHO (Permenkes 2/2020) untuk satu pengukuran."),
    )
    zscore.add_argument("--sex", required=True, choices=["L", "P"], help=_("jenis kelamin: L atau P"))
    zscore.add_argument("--birth", required=True, type=_iso_date, metavar="YYYY-MM-DD", help=_("tanggal lahir"))
    zscore.add_argument("--measured", required=True, type=_iso_date, metavar="YYYY-MM-DD", help=_("tanggal ukur"))
    zscore.add_argument(
        "--height", required=True, type=measurement(300), metavar="CM", help=_("panjang/tinggi badan (cm)")
    )
    zscore.add_argument(
        "--method", required=True, choices=["L", "H"], help=_("cara ukur: L terlentang (PB) atau H berdiri (TB)")
    )
    zscore.add_argument("--weight", type=measurement(300), metavar="KG", help=_("berat badan (kg)"))
    add_json_flag(zscore)
    zscore.set_defaults(func=run_zscore)
    imported = commands.add_parser(
        "import",
        help=_("impor daftar anak (xlsx/xls/csv dari e-PPGBM atau posyandu)"),
        description=import_description(_("daftar anak dan hasil ukurnya")),
        epilog=_(IMPORT_EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imported.add_argument("file", metavar=_("BERKAS"))
    imported.add_argument("--dry-run", action="store_true", help=_("periksa saja, tidak menyimpan apa pun"))
    imported.add_argument(
        "--rejected", metavar="XLSX", help=_("simpan baris yang ditolak beserta alasannya ke berkas ini")
    )
    imported.add_argument("--sheet", metavar=_("NAMA"), help=_("lembar kerja yang dibaca (bawaan: lembar pertama)"))
    add_json_flag(imported)
    imported.set_defaults(func=run_import)
    recap = commands.add_parser(
        "recap", help=_("rekap kasus per kecamatan/desa"), description=_("Rekap anak diukur, stunting, data janggal.")
    )
    recap.add_argument("--region", metavar=_("KODE"), help=_("kode kabupaten atau kecamatan (bawaan: semua)"))
    add_json_flag(recap)
    recap.set_defaults(func=run_recap)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(_("tanggal tidak sah: {text} (pakai YYYY-MM-DD)").format(text=text)) from error


def run_zscore(args: argparse.Namespace) -> int:
    """Prints the z-scores, categories and flags of one measurement."""
    result = compute_zscores(Sex(args.sex), args.birth, args.measured, args.height, Method(args.method), args.weight)
    data = {
        "age_days": result.age_days,
        "age_months": result.age_months,
        "height_used": result.height_used,
        "haz": result.haz,
        "waz": result.waz,
        "whz": result.whz,
        "haz_category": result.haz_category,
        "waz_category": result.waz_category,
        "whz_category": result.whz_category,
        "flags": [flag.value for flag in result.flags],
    }

    def show(value: float | None, category: str | None) -> str:
        return _("tidak dapat dihitung") if value is None else f"{value:.2f} ({_(category) if category else '-'})"

    lines = [
        _("Umur: {age_months} bulan ({age_days} hari)").format(age_months=result.age_months, age_days=result.age_days)
        if result.age_days is not None
        else _("Umur: -"),
        f"TB/U: {show(result.haz, result.haz_category)}",
        f"BB/U: {show(result.waz, result.waz_category)}",
        _("BB/TB: {show}").format(show=show(result.whz, result.whz_category)),
    ]
    lines += [_("PERHATIAN: {flag}").format(flag=_(label)) for label in result.flag_labels]
    emit(args, data, lines)
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Imports a child list (or checks it with ``--dry-run``); prints new, updated, unchanged, rejected, errors."""
    from desktop.services.cases.case_import import import_cases

    context = open_cli_context(args)
    rejected = output_target(context, args.rejected, inputs=[args.file]) if args.rejected else None
    summary = import_cases(
        context.session_factory, args.file, dry_run=args.dry_run, control=stderr_progress(args), sheet=args.sheet
    )
    if rejected is not None and summary.rejected:
        save_rejected(summary, rejected)
    emit(args, summary.as_dict(), summary.lines())
    return import_exit_code(summary)


def run_recap(args: argparse.Namespace) -> int:
    """Prints the recap per kecamatan and desa."""
    from desktop.services.cases.recap import case_recap

    context = open_cli_context(args)
    rows = case_recap(context.session_factory, args.region)
    data = [row.as_dict() for row in rows]
    lines = [
        _(
            "{code:<14} {name:<28} diukur {measured:>4}  stunting {stunted:>4} "
            "({stunted_percent:5.1f}%)  sangat pendek {severely_stunted:>3}  janggal {flagged:>3}  "
            "terverifikasi {verified:>3}"
        ).format(
            code=row.code,
            name=row.name,
            measured=row.measured,
            stunted=row.stunted,
            stunted_percent=row.stunted_percent,
            severely_stunted=row.severely_stunted,
            flagged=row.flagged,
            verified=row.verified,
        )
        for row in rows
    ] or [_("Belum ada data kasus.")]
    emit(args, data, lines)
    return 0
