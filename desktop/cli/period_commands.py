"""``konvergensi period ...``: submit a period to the office above, approve/return/unlock it, list the states."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import add_json_flag, emit, open_cli_context
from desktop.domain.i18n import _
from desktop.domain.periods import Decision, PeriodKind, parse_kind
from desktop.services.exchange.periods import decide_period, period_status, submit_period, upward_partner_code

KINDS = [kind.value for kind in PeriodKind]


def _period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", required=True, choices=KINDS, help=_("jenis data"))
    parser.add_argument(
        "--period",
        required=True,
        metavar=_("PERIODE"),
        help=_("minlok/checklist: YYYY-MM; krs: babak data (PK24); cases: YYYY-S1/S2; aksi: YYYY"),
    )


def register(subparsers: Any) -> None:
    """Adds the ``period`` command group."""
    parser = subparsers.add_parser(
        "period",
        help=_("kunci periode: kirim, setujui, kembalikan, buka"),
        description=_(
            "Kunci periode: kantor pengirim mengirim data satu periode; kantor penerima menyetujui atau "
            "mengembalikannya. Periode yang disetujui terkunci sampai kantor penerima membukanya."
        ),
    )
    commands = parser.add_subparsers(dest="period_command", metavar=_("PERINTAH"), required=True)
    submit = commands.add_parser("submit", help=_("kirim satu periode ke kantor di atas"))
    _period_options(submit)
    submit.add_argument("--to", metavar=_("KODE"), help=_("kode kantor di atas (boleh kosong bila hanya satu)"))
    submit.add_argument("-o", "--output", required=True, metavar=_("BERKAS.konv"))
    add_json_flag(submit)
    submit.set_defaults(func=run_submit)
    for name, decision, text in (
        ("approve", Decision.APPROVE, _("setujui periode kiriman kantor bawahan")),
        ("return", Decision.RETURN, _("kembalikan periode dengan catatan")),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("--from", dest="office", required=True, metavar=_("KODE"), help=_("kantor pengirim"))
        _period_options(command)
        command.add_argument("--note", default="", metavar=_("TEKS"), help=_("catatan untuk kantor pengirim"))
        command.add_argument("-o", "--output", required=True, metavar=_("BERKAS.konv"))
        add_json_flag(command)
        command.set_defaults(func=run_decide, decision=decision)
    unlock = commands.add_parser("unlock", help=_("buka kunci periode yang sudah disetujui"))
    unlock.add_argument("--to", dest="office", required=True, metavar=_("KODE"), help=_("kantor pengirim periode"))
    _period_options(unlock)
    unlock.add_argument("--note", required=True, metavar=_("TEKS"), help=_("alasan membuka kunci (dicatat)"))
    unlock.add_argument("-o", "--output", required=True, metavar=_("BERKAS.konv"))
    add_json_flag(unlock)
    unlock.set_defaults(func=run_decide, decision=Decision.UNLOCK)
    status = commands.add_parser("status", help=_("status periode kantor ini dan kantor di bawahnya"))
    status.add_argument("--from", dest="office", metavar=_("KODE"), help=_("hanya kantor pengirim ini"))
    add_json_flag(status)
    status.set_defaults(func=run_status)


def run_submit(args: argparse.Namespace) -> int:
    """Writes the submission package of a period."""
    context = open_cli_context(args)
    kind = parse_kind(args.kind)
    partner = args.to or upward_partner_code(context.session_factory)
    result = submit_period(context.session_factory, context.data_dir, partner, kind, args.period, Path(args.output))
    data = result.as_dict() | {"kind": kind.value, "period": args.period.strip().upper(), "to": partner}
    lines = [
        _("Periode {kind} {period} dikirim ke {partner}: {file} ({total} rekaman)").format(
            kind=kind.label, period=data["period"], partner=partner, file=result.file, total=result.total
        )
    ]
    emit(args, data, lines)
    return 0


def run_decide(args: argparse.Namespace) -> int:
    """Approves, returns or unlocks a period and writes the decision package."""
    context = open_cli_context(args)
    kind = parse_kind(args.kind)
    row = decide_period(
        context.session_factory,
        context.data_dir,
        args.office,
        kind,
        args.period,
        args.decision,
        args.note,
        Path(args.output),
    )
    data = row.as_dict() | {"file": args.output}
    lines = [
        _("Periode {kind} {period} dari {office}: {state}. Kirim berkas {file} ke kantor itu.").format(
            kind=kind.label, period=row.period, office=row.office_code, state=row.state_label, file=args.output
        )
    ]
    emit(args, data, lines)
    return 0


def run_status(args: argparse.Namespace) -> int:
    """Lists the periods and their states."""
    context = open_cli_context(args)
    rows = period_status(context.session_factory, partner_code=args.office)
    lines = [
        f"{row.office_code:<16} {PeriodKind(row.kind).label:<20} {row.period:<8} {row.state_label}"
        + (f"  ({row.decided_by}, {row.decided_at})" if row.decided_at else "")
        + (_("  catatan: {note}").format(note=row.note) if row.note else "")
        for row in rows
    ]
    emit(args, [row.as_dict() for row in rows], lines)
    return 0
