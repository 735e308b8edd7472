"""Yearly progress of the actions: rows per framework, edits with audit, validation and outputs."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from db.models.aksi import AksiFramework, AksiProgress
from db.models.audit import AuditEntry
from desktop.context import AppContext
from desktop.services.aksi.progress import OutputInfo, ProgressError, get_detail, list_year, planned_detail
from desktop.services.aksi.progress_writes import (
    delete_output,
    save_action_progress,
    save_output,
    save_progress,
    set_status,
    start_year,
)


def test_years_follow_their_framework(office_context: AppContext) -> None:
    factory = office_context.session_factory
    rows_2024 = list_year(factory, 2024)
    assert [r.number for r in rows_2024] == list(range(1, 9))
    assert rows_2024[0].label == "Aksi 1"
    assert rows_2024[0].planned_start == date(2024, 1, 1)
    assert rows_2024[0].planned_end == date(2024, 3, 31)
    assert rows_2024[0].status_label == "Belum mulai"
    rows_2025 = list_year(factory, 2025)
    assert [r.label for r in rows_2025] == [
        "Aksi Utama 1",
        "Aksi Utama 2",
        "Aksi Utama 3",
        "Aksi Utama 4",
        "Aksi Pendukung 5",
        "Aksi Pendukung 6",
    ]
    assert list_year(factory, 2018) == []
    assert start_year(factory, 2024) == 8
    assert start_year(factory, 2024) == 0
    assert all(r.progress_id is not None for r in list_year(factory, 2024))


def test_status_change_is_audited(office_context: AppContext) -> None:
    factory = office_context.session_factory
    start_year(factory, 2024)
    row = list_year(factory, 2024)[2]
    set_status(factory, row.progress_id, "berjalan", date(2024, 5, 2))
    updated = set_status(factory, row.progress_id, "selesai", date(2024, 5, 30))
    assert updated.status_label == "Selesai"
    assert updated.actual_start == date(2024, 5, 2)
    assert updated.actual_end == date(2024, 5, 30)
    with factory() as session:
        uuid = session.get(AksiProgress, row.progress_id).uuid  # type: ignore[union-attr]
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_uuid == uuid, AuditEntry.field == "status")
            .order_by(AuditEntry.id)
        ).all()
    assert [(e.old_value, e.new_value) for e in entries] == [("belum_mulai", "berjalan"), ("berjalan", "selesai")]
    assert all(e.office_code for e in entries)


def test_invalid_edits_are_refused(office_context: AppContext) -> None:
    factory = office_context.session_factory
    start_year(factory, 2024)
    row = list_year(factory, 2024)[0]
    detail = get_detail(factory, row.progress_id)
    values = detail.values
    values.status = "selesai"
    with pytest.raises(ProgressError, match="memerlukan tanggal selesai realisasi"):
        save_progress(factory, row.progress_id, values)
    values.status = "berjalan"
    values.planned_end = date(2023, 12, 1)
    with pytest.raises(ProgressError, match="lebih awal dari tanggal mulai rencana"):
        save_progress(factory, row.progress_id, values)
    values.planned_end = date(2024, 3, 31)
    values.responsible_person = "  Siti Aminah  "
    save_progress(factory, row.progress_id, values, detail.row_version)
    assert get_detail(factory, row.progress_id).values.responsible_person == "Siti Aminah"
    with pytest.raises(ProgressError, match="telah diubah oleh pengguna lain"):
        save_progress(factory, row.progress_id, values, detail.row_version)


def test_outputs_and_checklist(office_context: AppContext) -> None:
    factory = office_context.session_factory
    start_year(factory, 2024)
    row = list_year(factory, 2024)[0]
    output_id = save_output(
        factory,
        row.progress_id,
        OutputInfo(0, "SK_LOKUS", "SK desa lokus", "400.5.7/12/Bapelitbangda/2024", date(2024, 2, 20), ""),
    )
    detail = get_detail(factory, row.progress_id)
    assert [o.document_number for o in detail.outputs] == ["400.5.7/12/Bapelitbangda/2024"]
    assert [t.fulfilled for t in detail.expected_outputs] == [False, True, False]
    assert detail.evidence_checklist[0].required
    assert detail.row.output_count == 1
    with pytest.raises(ProgressError, match="wajib diisi"):
        save_output(factory, row.progress_id, OutputInfo(0, "", " ", "", None, ""))
    delete_output(factory, output_id)
    assert get_detail(factory, row.progress_id).outputs == []


def _counts(office_context: AppContext) -> tuple[int, int, int]:
    with office_context.session_factory() as session:
        return (
            session.scalar(select(func.count()).select_from(AksiProgress)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
            session.scalar(select(func.count()).select_from(AksiFramework)) or 0,
        )


def test_listing_a_year_writes_nothing(office_context: AppContext) -> None:
    factory = office_context.session_factory
    before = _counts(office_context)
    rows = list_year(factory, 2030)
    assert [r.label for r in rows][:2] == ["Aksi Utama 1", "Aksi Utama 2"] and len(rows) == 6
    assert all(r.progress_id is None and r.status == "belum_mulai" for r in rows)
    assert rows[0].planned_end is not None and rows[0].planned_end.year == 2030
    detail = planned_detail(factory, 2030, 1)
    assert detail.row_version == 0 and detail.values.planned_end == rows[0].planned_end
    assert detail.evidence_checklist and not any(t.fulfilled for t in detail.evidence_checklist)
    assert list_year(factory, 2099)  # the framework still in force; still nothing written
    assert _counts(office_context) == before


def test_first_save_creates_the_progress_row(office_context: AppContext) -> None:
    factory = office_context.session_factory
    progress_before, audit_before, _ = _counts(office_context)
    values = planned_detail(factory, 2030, 3).values
    values.responsible_person = "Siti Aminah"
    saved = save_action_progress(factory, 2030, 3, values, row_version=0)
    assert saved.progress_id is not None and saved.responsible_person == "Siti Aminah"
    progress_after, audit_after, _ = _counts(office_context)
    assert progress_after == progress_before + 1
    assert audit_after == audit_before + 1  # one audited creation carrying the saved values
    rows = list_year(factory, 2030)
    assert [r.progress_id is not None for r in rows] == [False, False, True, False, False, False]
    # An editor that started from the planned row may not overwrite a row someone has edited since.
    values.responsible_person = "Budi"
    save_progress(factory, saved.progress_id, values)
    with pytest.raises(ProgressError, match="telah diubah oleh pengguna lain"):
        save_action_progress(factory, 2030, 3, values, row_version=0)
    with pytest.raises(ProgressError, match="tidak ada dalam kerangka"):
        save_action_progress(factory, 2030, 9, values)
