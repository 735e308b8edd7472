"""The demo Aksi data: a complete 2024 cycle for Lebak, 2025 in progress, files stored with hashes, idempotent."""

from __future__ import annotations

from sqlalchemy import func, select

from db.models.audit import AuditEntry
from desktop.context import AppContext
from desktop.services.aksi.checklists import completion_by_kecamatan
from desktop.services.aksi.evidence import list_evidence, verify_evidence
from desktop.services.aksi.prevalence import list_figures
from desktop.services.aksi.progress import get_detail, list_year
from desktop.services.demo.aksi_demo import fill_demo_aksi
from desktop.services.tasks import TaskControl


def test_demo_cycle_and_idempotence(office_context: AppContext) -> None:
    factory = office_context.session_factory
    summary = fill_demo_aksi(factory, office_context.files_dir, TaskControl())
    assert "siklus 2024 (8 aksi)" in summary
    rows_2024 = list_year(factory, 2024)
    assert all(r.actual_end is not None for r in rows_2024)
    assert {r.status for r in rows_2024} <= {"selesai", "diunggah", "direviu"}
    rembuk = get_detail(factory, rows_2024[2].progress_id)
    assert rembuk.outputs[0].document_number == "400.5.7/198/Bapelitbangda/2024"
    evidence = list_evidence(factory, rows_2024[2].progress_id)
    assert {e.original_name.rsplit(".", 1)[1] for e in evidence} == {"pdf", "png"}
    assert all(verify_evidence(office_context.files_dir, e) is None for e in evidence)
    statuses_2025 = [r.status for r in list_year(factory, 2025)]
    assert "berjalan" in statuses_2025 and "belum_mulai" in statuses_2025
    assert any(c.desa_complete for c in completion_by_kecamatan(factory, "3S4P", "36.02", 2024, 11))
    assert len(list_figures(factory, "36.02")) == 11

    with factory() as session:
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry))
    assert (
        fill_demo_aksi(factory, office_context.files_dir, TaskControl())
        == "Aksi Konvergensi demo sudah ada (2024 dan 2025)."
    )
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_before
