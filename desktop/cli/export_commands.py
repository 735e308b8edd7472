"""``konvergensi export minlok|krs|cases|aksi|rtl|krs-list|cases-list --year YYYY ... -o FILE``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    FIRST_YEAR,
    LAST_YEAR,
    add_json_flag,
    emit,
    fail,
    open_cli_context,
    output_target,
    stderr_progress,
    whole_number,
    year,
)
from desktop.domain.i18n import _
from desktop.services.audit_trail import record_report_export
from desktop.services.regions import normalize_code
from desktop.services.reports.catalog import REPORTS
from desktop.services.reports.scope import ReportRequest


def _iso_date(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError:
        value = None
    if value is None or not FIRST_YEAR <= value.year <= LAST_YEAR:  # later dates overflow the date arithmetic
        raise argparse.ArgumentTypeError(_("tanggal harus YYYY-MM-DD: {text}").format(text=text)) from None
    return value


def register(subparsers: Any) -> None:
    """Adds the ``export`` command."""
    parser = subparsers.add_parser(
        "export",
        help=_("laporan ke Excel atau PDF"),
        description=_(
            "Menulis laporan (rekap Minlok, verval KRS, kasus stunting, status Aksi, daftar RTL, daftar "
            "by name KRS/kasus) sebagai xlsx atau PDF. Templat kantor di <folder data>/templates/<laporan>.xlsx "
            "dipakai bila ada. NIK dan No. KK disamarkan kecuali --show-nik."
        ),
    )
    parser.add_argument(
        "report",
        choices=list(REPORTS),
        metavar=_("LAPORAN"),
        help=_("salah satu: {join}").format(join=", ".join(REPORTS)),
    )
    parser.add_argument("--year", type=year, required=True, metavar="YYYY", help="tahun")
    parser.add_argument(
        "--month", type=whole_number(1, 12), default=None, metavar=_("BULAN"), help=_("satu bulan (1-12), bila perlu")
    )
    parser.add_argument("--kecamatan", default="", metavar=_("KODE"), help=_("batasi ke satu kecamatan"))
    parser.add_argument("--desa", default="", metavar=_("KODE"), help=_("batasi ke satu desa/kelurahan"))
    parser.add_argument(
        "--format", choices=("xlsx", "pdf"), default=None, help=_("xlsx atau pdf (bawaan: dari nama berkas)")
    )
    parser.add_argument("--show-nik", action="store_true", help=_("tampilkan NIK dan No. KK lengkap (data pribadi)"))
    parser.add_argument("--password", default=None, metavar="P", help=_("kata sandi untuk membuka berkas"))
    parser.add_argument("--number", default="", metavar=_("NOMOR"), help=_("nomor dokumen (bawaan: pola kantor)"))
    parser.add_argument("--today", type=_iso_date, default=None, metavar="YYYY-MM-DD", help=_("tanggal acuan"))
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help=_("berkas keluaran"))
    add_json_flag(parser)
    parser.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    """Writes the report file."""
    # Imported here: the workbook writers pull in openpyxl, which the GUI start need not pay for.
    from desktop.services.reports.export import FORMATS, export_report

    target = Path(args.output).expanduser().resolve()
    file_format = args.format or (target.suffix.lstrip(".").lower() if target.suffix else "xlsx")
    if file_format not in FORMATS:
        return fail(args, _("format '{file_format}' tidak dikenal (xlsx atau pdf)").format(file_format=file_format))
    context = open_cli_context(args)
    target = output_target(context, target)
    try:
        request = ReportRequest(
            args.report,
            args.year,
            month=args.month,
            kecamatan_code=normalize_code(args.kecamatan) if args.kecamatan else "",
            desa_code=normalize_code(args.desa) if args.desa else "",
            show_nik=args.show_nik,
            today=args.today,
        )
        result = export_report(
            context.session_factory,
            request,
            target,
            file_format=file_format,
            password=args.password,
            data_dir=context.data_dir,
            control=stderr_progress(args),
            number=args.number,
        )
        record_report_export(context.session_factory, result.report, args.show_nik, result.rows)
    finally:
        context.dispose()
    data = {
        "path": str(result.path),
        "report": result.report,
        "format": result.format,
        "rows": result.rows,
        "pages": result.pages,
        "template": str(result.template) if result.template else None,
        "encrypted": result.encrypted,
        "seconds": round(result.seconds, 3),
    }
    layout = _("templat {name}").format(name=result.template.name) if result.template else _("tata letak bawaan")
    lines = [
        _("{label}: {rows} baris, {layout} -> {path}").format(
            label=_(REPORTS[result.report].label), rows=result.rows, layout=layout, path=result.path
        )
    ]
    if result.pages:
        lines.append(_("{pages} halaman").format(pages=result.pages))
    if result.encrypted:
        lines.append(_("Berkas dilindungi kata sandi."))
    emit(args, data, lines)
    return 0
