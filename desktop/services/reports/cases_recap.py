"""Rekap Kasus Stunting: per desa (under each kecamatan) children listed, measured, stunted, severely stunted,
flagged and verified, from :func:`desktop.services.cases.recap.case_recap` (each child once, by its latest
measurement)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.dates import long_date
from desktop.domain.i18n import doc_
from desktop.domain.reports.table import Column, ColumnKind, ReportTable
from desktop.services.cases.recap import RecapRow, case_recap_in
from desktop.services.reports.by_name import MEASUREMENT_RULE
from desktop.services.reports.scope import ReportRequest, resolve_scope_in


def _row(row: RecapRow) -> list[Any]:
    name = f"KECAMATAN {row.name.upper()}" if row.level == 3 else row.name
    return [
        row.code,
        name,
        row.children,
        row.measured,
        row.stunted,
        row.severely_stunted,
        round(row.stunted_percent, 1),
        row.flagged,
        row.verified,
    ]


def cases_recap(session: Session, request: ReportRequest) -> ReportTable:
    """Builds the Rekap Kasus Stunting for the request's area (the cases' state on the reference date)."""
    scope = resolve_scope_in(session, request)
    recap = case_recap_in(
        session, scope.code if scope.level <= 3 else scope.code.rsplit(".", 1)[0], period=request.period_dates
    )
    if scope.level == 4:
        recap = [row for row in recap if row.code == scope.code]
    body = [row for row in recap if row.level != 0]
    total = next((row for row in recap if row.level == 0), None)
    columns = [
        Column("kode", doc_("Kode wilayah"), ColumnKind.IDENTIFIER, 14),
        Column("wilayah", doc_("Kecamatan / Desa"), ColumnKind.TEXT, 24),
        Column("anak", doc_("Anak terdata"), ColumnKind.INTEGER, 10),
        Column("diukur", doc_("Diukur"), ColumnKind.INTEGER, 9),
        Column("stunting", doc_("Stunting (TB/U < -2 SD)"), ColumnKind.INTEGER, 12),
        Column("sangat_pendek", doc_("Sangat pendek (< -3 SD)"), ColumnKind.INTEGER, 12),
        Column("persen_stunting", doc_("% stunting dari diukur"), ColumnKind.PERCENT, 11),
        Column("data_janggal", doc_("Data janggal (ditandai)"), ColumnKind.INTEGER, 11),
        Column("terverifikasi", doc_("Sudah diverval"), ColumnKind.INTEGER, 10),
    ]
    today = request.reference_date
    # "keadaan per <today>" only while the year runs; a year that is over is reported as at its end.
    as_of = (
        doc_("{period}, keadaan per {long_date}").format(period=scope.period, long_date=long_date(today))
        if today.year <= request.year
        else doc_("{period}, keadaan akhir tahun").format(period=scope.period)
    )
    return ReportTable(
        key="cases",
        title=doc_("REKAP KASUS STUNTING PER DESA"),
        area=scope.label,
        period=as_of,
        columns=columns,
        rows=[_row(row) for row in body],
        row_count=len(body),
        notes=[
            doc_(MEASUREMENT_RULE).format(period=scope.period),
            doc_(
                "Setiap anak dihitung sekali menurut pengukuran terakhirnya; pengukuran yang ditandai janggal tidak "
                "dihitung sebagai stunting."
            ),
            doc_("Stunting termasuk sangat pendek."),
        ],
        office=scope.office,
        generated_on=today,
        wide=True,
        total_row=_row(total) if total is not None and scope.level != 4 else None,
    )
