"""``konvergensi krs import|worksheet export|worksheet import|progress``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    IMPORT_EPILOG,
    add_json_flag,
    emit,
    fail,
    import_description,
    import_exit_code,
    open_cli_context,
    output_target,
    stderr_progress,
)
from desktop.domain.i18n import _
from desktop.services.audit_trail import record_desa_list_print, record_worksheet_export
from desktop.services.krs.import_service import run_import
from desktop.services.krs.progress_service import verification_progress
from desktop.services.regions import normalize_code
from desktop.services.tabular import TableFileError
from desktop.services.tabular.summary import save_rejected


def register(subparsers: Any) -> None:
    """Adds the ``krs`` command group."""
    parser = subparsers.add_parser(
        "krs",
        help=_("verval Keluarga Berisiko Stunting"),
        description=_("Impor daftar KRS, lembar kerja desa, progres."),
    )
    commands = parser.add_subparsers(dest="krs_command", metavar=_("PERINTAH"), required=True)
    imp = commands.add_parser(
        "import",
        help=_("impor daftar KRS (.xlsx, .xls, .csv)"),
        description=import_description(_("daftar KRS")),
        epilog=_(IMPORT_EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("file", metavar=_("BERKAS"))
    imp.add_argument("--dry-run", action="store_true", help=_("uji coba: tampilkan ringkasan tanpa menyimpan"))
    imp.add_argument(
        "--round", help=_("sumber data bila tidak ada kolomnya (bawaan: putaran data KRS di Pengaturan kantor)")
    )
    imp.add_argument("--semester", type=int, choices=[1, 2], help=_("semester bila tidak ada kolomnya"))
    imp.add_argument("--sheet", metavar=_("NAMA"), help=_("lembar kerja yang dibaca (bawaan: lembar pertama)"))
    imp.add_argument("--rejected", metavar="XLSX", help=_("simpan baris yang ditolak beserta alasannya ke berkas ini"))
    add_json_flag(imp)
    imp.set_defaults(func=run_import_command)

    template = commands.add_parser(
        "template",
        help=_("buat templat daftar KRS kosong (.xlsx) dengan semua kolom yang dibaca impor"),
        description=_(
            "Tulis templat daftar KRS (.xlsx): lembar 'Daftar KRS' berisi judul kolom (kolom wajib "
            "berwarna kuning, kolom NIK/No. KK/kode berformat teks) dan lembar 'Petunjuk' berisi isian dan contohnya."
        ),
    )
    template.add_argument("-o", "--output", required=True, metavar=_("BERKAS.xlsx"))
    add_json_flag(template)
    template.set_defaults(func=run_template)

    worksheet = commands.add_parser("worksheet", help=_("lembar kerja verval per desa"))
    sheets = worksheet.add_subparsers(dest="worksheet_command", metavar=_("PERINTAH"), required=True)
    export = sheets.add_parser("export", help=_("buat lembar kerja satu desa (.xlsx)"))
    export.add_argument("--desa", required=True, metavar=_("KODE"), help=_("kode desa, mis. 36.02.18.2004"))
    export.add_argument("-o", "--output", required=True, metavar=_("BERKAS.xlsx"))
    export.add_argument("--show-nik", action="store_true", help=_("tampilkan NIK/No. KK lengkap (bawaan: disamarkan)"))
    add_json_flag(export)
    export.set_defaults(func=run_worksheet_export)
    back = sheets.add_parser("import", help=_("impor lembar kerja yang sudah diisi"))
    back.add_argument("file", metavar=_("BERKAS"))
    back.add_argument("--dry-run", action="store_true", help=_("uji coba tanpa menyimpan"))
    back.add_argument(
        "--overwrite-conflicts", action="store_true", help=_("pada konflik, pakai isi lembar kerja (bawaan: database)")
    )
    add_json_flag(back)
    back.set_defaults(func=run_worksheet_import_command)

    printing = commands.add_parser("print", help=_("cetak daftar verval satu desa (PDF, NIK disamarkan)"))
    printing.add_argument("--desa", required=True, metavar=_("KODE"), help=_("kode desa, mis. 36.02.18.2004"))
    printing.add_argument("-o", "--output", required=True, metavar=_("BERKAS.pdf"))
    add_json_flag(printing)
    printing.set_defaults(func=run_print)

    codes = commands.add_parser("codes", help=_("daftar kode status/hasil/peran verifikator (dapat diubah kantor)"))
    codes.add_argument("--set", nargs=3, metavar=("DAFTAR", "KODE", "LABEL"), help=_("tambah/ubah satu kode"))
    codes.add_argument("--inactive", action="store_true", help=_("bersama --set: nonaktifkan kode itu"))
    add_json_flag(codes)
    codes.set_defaults(func=run_codes)

    progress = commands.add_parser("progress", help=_("progres verval per kecamatan atau per desa"))
    progress.add_argument("--kecamatan", metavar=_("KODE"), help=_("tampilkan per desa untuk kecamatan ini"))
    add_json_flag(progress)
    progress.set_defaults(func=run_progress)


def run_import_command(args: argparse.Namespace) -> int:
    """Imports (or dry-runs) a KRS list."""
    context = open_cli_context(args)
    rejected = output_target(context, args.rejected, inputs=[args.file]) if args.rejected else None
    summary = run_import(
        context.session_factory,
        Path(args.file),
        source_round=args.round or None,
        semester=args.semester,
        dry_run=args.dry_run,
        control=stderr_progress(args),
        sheet=args.sheet,
    )
    if rejected is not None and summary.rejected:
        save_rejected(summary, rejected)
    emit(args, summary.as_dict(), summary.lines())
    return import_exit_code(summary)


def run_template(args: argparse.Namespace) -> int:
    """Writes the empty KRS list template."""
    from desktop.services.krs.template import write_krs_template  # openpyxl: see run_worksheet_export

    path = write_krs_template(output_target(None, args.output))
    emit(args, {"path": str(path)}, [_("Templat daftar KRS -> {path}").format(path=path)])
    return 0


def run_worksheet_export(args: argparse.Namespace) -> int:
    """Writes the worksheet of one desa."""
    # Imported here: openpyxl is only needed for this command, not for every start of the program.
    from desktop.services.krs.worksheet_export import export_worksheet

    context = open_cli_context(args)
    result = export_worksheet(
        context.session_factory,
        normalize_code(args.desa),
        output_target(context, args.output),
        reveal_nik=args.show_nik,
    )
    record_worksheet_export(context.session_factory, result.desa_code, args.show_nik, result.families)
    data = {
        "path": str(result.path),
        "desa_code": result.desa_code,
        "desa": result.desa_name,
        "families": result.families,
    }
    emit(
        args,
        data,
        [
            _("Lembar kerja Desa {desa_name}: {families} keluarga -> {path}").format(
                desa_name=result.desa_name, families=result.families, path=result.path
            )
        ],
    )
    return 0


def run_worksheet_import_command(args: argparse.Namespace) -> int:
    """Imports (or dry-runs) a filled-in worksheet."""
    from desktop.services.krs.worksheet_import import run_worksheet_import  # openpyxl: see above

    context = open_cli_context(args)
    control = stderr_progress(args)  # one control for both passes: Ctrl+C cancels either
    try:
        dry = run_worksheet_import(context.session_factory, Path(args.file), dry_run=True, control=control)
        overwrite = {c.uuid for c in dry.conflicts} if args.overwrite_conflicts else set()
        summary = (
            dry
            if args.dry_run
            else run_worksheet_import(
                context.session_factory,
                Path(args.file),
                dry_run=False,
                overwrite=overwrite,
                control=control,
            )
        )
    except TableFileError as error:
        return fail(args, str(error))
    emit(args, summary.as_dict(), summary.lines())
    return import_exit_code(summary)


def run_progress(args: argparse.Namespace) -> int:
    """Prints the verification progress."""
    context = open_cli_context(args)
    kecamatan = normalize_code(args.kecamatan) if args.kecamatan else None
    rows = verification_progress(context.session_factory, kecamatan)
    data = [
        {
            "code": r.code,
            "name": r.name,
            "total": r.total,
            "verified": r.verified,
            "percent": round(r.percent, 1),
            "by_result": r.by_result,
        }
        for r in rows
    ]
    lines = [f"{'Kode':<14}{'Wilayah':<24}{'Jumlah':>8}{'Terverifikasi':>15}{'%':>7}"]
    lines += [f"{r.code:<14}{r.name[:23]:<24}{r.total:>8}{r.verified:>15}{r.percent:>7.1f}" for r in rows]
    emit(args, {"level": "desa" if kecamatan else "kecamatan", "rows": data}, lines)
    return 0


def run_print(args: argparse.Namespace) -> int:
    """Writes the printed verification list of one desa."""
    from desktop.reports.krs_desa_list_pdf import build_desa_krs_list
    from desktop.services.krs.desa_list import desa_verification_list

    context = open_cli_context(args)
    target = output_target(context, args.output)
    data = desa_verification_list(context.session_factory, normalize_code(args.desa))
    pages = build_desa_krs_list(target, data)
    record_desa_list_print(context.session_factory, "krs", data.desa_code, len(data.rows))
    result = {"path": args.output, "desa": data.desa_name, "families": len(data.rows), "pages": pages}
    emit(
        args,
        result,
        [
            _("Daftar verval Desa {desa_name}: {count} keluarga, {pages} halaman -> {output}").format(
                desa_name=data.desa_name, count=len(data.rows), pages=pages, output=args.output
            )
        ],
    )
    return 0


def run_codes(args: argparse.Namespace) -> int:
    """Lists the editable code lists, or adds/changes one entry."""
    from desktop.services.krs.verification_service import (
        CODE_LISTS,
        list_codes,
        save_code,
    )

    context = open_cli_context(args)
    if args.set:
        list_name, code, label = args.set
        save_code(context.session_factory, list_name, code, label, active=not args.inactive)
    data = {
        name: [
            {"code": item.code, "label": item.label, "active": item.active}
            for item in list_codes(context.session_factory, name, include_inactive=True)
        ]
        for name in CODE_LISTS
    }
    lines = [
        f"{name:<14}{item['code']:<22}{item['label']}{'' if item['active'] else ' (nonaktif)'}"
        for name, items in data.items()
        for item in items
    ]
    emit(args, data, lines)
    return 0
