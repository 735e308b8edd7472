"""Daftar RTL: every follow-up action of the year's meetings in the area, with PIC, deadline, status, overdue
days and the meeting it came from."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.i18n import doc_
from desktop.domain.meetings.codes import OPEN_ACTION_STATUSES, ActionStatus, FundingSource
from desktop.domain.reports.table import Column, ColumnKind, ReportTable
from desktop.services.meetings.directory import ActionFilter, list_actions_in
from desktop.services.reports.scope import ReportRequest, resolve_scope_in


def rtl_list(session: Session, request: ReportRequest) -> ReportTable:
    """Builds the Daftar RTL: RTL whose meeting or deadline falls in the period, in the area."""
    scope = resolve_scope_in(session, request)
    today = request.reference_date
    actions = list_actions_in(session, ActionFilter(open_only=False, region_code=scope.code), today)

    def in_period(day: Any) -> bool:
        return day is not None and day.year == request.year and (request.month is None or day.month == request.month)

    rows: list[list[Any]] = []
    for action in actions:
        if not (in_period(action.meeting_date) or in_period(action.deadline)):
            continue
        late = (today - action.deadline).days if action.overdue and action.deadline else 0
        rows.append(
            [
                len(rows) + 1,
                action.description,
                action.responsible,
                action.deadline,
                ActionStatus.document_label_of(action.status),
                late if action.status in OPEN_ACTION_STATUSES else None,
                FundingSource.document_label_of(action.funding_source) if action.funding_source else "",
                action.region_name,
                action.meeting_title,
                action.meeting_date,
            ]
        )
    columns = [
        Column("no", "No", ColumnKind.INTEGER, 5),
        Column("kegiatan", doc_("Kegiatan (RTL)"), ColumnKind.TEXT, 40),
        Column("penanggung_jawab", doc_("Penanggung jawab"), ColumnKind.TEXT, 22),
        Column("batas_waktu", doc_("Batas waktu"), ColumnKind.DATE, 11),
        Column("status", doc_("Status"), ColumnKind.TEXT, 10),
        Column("hari_terlambat", doc_("Hari terlambat"), ColumnKind.INTEGER, 11),
        Column("sumber_dana", doc_("Sumber dana"), ColumnKind.TEXT, 14),
        Column("wilayah", doc_("Wilayah"), ColumnKind.TEXT, 16),
        Column("rapat_asal", doc_("Rapat asal"), ColumnKind.TEXT, 30),
        Column("tanggal_rapat", doc_("Tanggal rapat"), ColumnKind.DATE, 11),
    ]
    overdue = sum(1 for row in rows if row[5])
    return ReportTable(
        key="rtl",
        title=doc_("DAFTAR RENCANA TINDAK LANJUT (RTL) HASIL RAPAT"),
        area=scope.label,
        period=scope.period,
        columns=columns,
        rows=rows,
        row_count=len(rows),
        notes=[
            doc_(
                "Hari terlambat dihitung sampai {today:%d-%m-%Y} untuk RTL yang belum selesai; {overdue} RTL terlambat."
            ).format(today=today, overdue=overdue),
        ],
        office=scope.office,
        generated_on=today,
        wide=True,
    )
