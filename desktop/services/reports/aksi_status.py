"""Status Aksi Konvergensi: per action of the year's framework, status, planned and actual dates, outputs and the
evidence documents (data dukung). The Aksi are the kabupaten's, so the area is always the kabupaten."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.aksi import AksiFramework
from db.repositories import aksi_repository as repo
from desktop.domain.aksi.records import AksiRow
from desktop.domain.i18n import _, doc_
from desktop.domain.reports.table import Column, ColumnKind, ReportTable
from desktop.services.aksi.progress import list_year_in
from desktop.services.reports.scope import ReportError, ReportRequest, resolve_scope_in


def _documents(session: Session, rows: list[AksiRow]) -> dict[int, tuple[str, str]]:
    """progress id -> (outputs, evidence titles), one per line."""
    result: dict[int, tuple[str, str]] = {}
    for row in rows:
        if row.progress_id is None:
            continue
        outputs = [
            " ".join(part for part in (o.name, f"({o.document_number})" if o.document_number else "") if part)
            for o in repo.outputs_of(session, row.progress_id)
        ]
        evidence = [e.title for e in repo.evidence_of(session, row.progress_id)]
        result[row.progress_id] = ("\n".join(outputs), "\n".join(evidence))
    return result


def aksi_status(session: Session, request: ReportRequest) -> ReportTable:
    """Builds the Status Aksi Konvergensi of the request's year.

    Raises:
        ReportError: no framework covers the year.
    """
    scope = resolve_scope_in(session, replace(request, month=None, kecamatan_code="", desa_code=""))
    rows = list_year_in(session, request.year)
    if not rows:
        raise ReportError(_("Tidak ada kerangka Aksi Konvergensi untuk tahun {year}.").format(year=request.year))
    documents = _documents(session, rows)
    table: list[list[Any]] = []
    for row in rows:
        outputs, evidence = documents.get(row.progress_id or -1, ("", ""))
        table.append(
            [
                row.label,
                row.name,
                doc_(row.status_label),
                row.responsible_person or row.responsible_opd,
                row.planned_start,
                row.planned_end,
                row.actual_start,
                row.actual_end,
                outputs,
                evidence,
                row.evidence_count,
                f"{row.required_evidence_done}/{row.required_evidence}",
            ]
        )
    columns = [
        Column("aksi", doc_("Aksi"), ColumnKind.TEXT, 9),
        Column("nama", doc_("Nama aksi"), ColumnKind.TEXT, 28),
        Column("status", doc_("Status"), ColumnKind.TEXT, 14),
        Column("penanggung_jawab", doc_("Penanggung jawab"), ColumnKind.TEXT, 20),
        Column("rencana_mulai", doc_("Rencana mulai"), ColumnKind.DATE, 11),
        Column("rencana_selesai", doc_("Rencana selesai"), ColumnKind.DATE, 11),
        Column("realisasi_mulai", doc_("Realisasi mulai"), ColumnKind.DATE, 11),
        Column("realisasi_selesai", doc_("Realisasi selesai"), ColumnKind.DATE, 11),
        Column("output", doc_("Output"), ColumnKind.TEXT, 30),
        Column("data_dukung", doc_("Data dukung"), ColumnKind.TEXT, 34),
        Column("jumlah_data_dukung", doc_("Jumlah data dukung"), ColumnKind.INTEGER, 11),
        Column("wajib_terpenuhi", doc_("Data dukung wajib terpenuhi"), ColumnKind.TEXT, 12),
    ]
    return ReportTable(
        key="aksi",
        title=doc_("STATUS PELAKSANAAN AKSI KONVERGENSI TAHUN {year}").format(year=request.year),
        area=scope.label,
        # The framework's name, never its internal code.
        period=doc_("{period}, {framework_name}").format(
            period=scope.period,
            framework_name=session.scalar(
                select(AksiFramework.name).where(AksiFramework.code == rows[0].framework_code)
            )
            or rows[0].framework_code,
        ),
        columns=columns,
        rows=table,
        row_count=len(table),
        notes=(
            [doc_("Aksi Konvergensi dilaksanakan di tingkat kabupaten; pilihan kecamatan/desa tidak berlaku.")]
            if request.kecamatan_code or request.desa_code
            else []
        ),
        office=scope.office,
        generated_on=request.reference_date,
        wide=True,
    )
