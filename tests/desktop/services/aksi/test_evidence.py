"""Evidence documents: copied into the data folder with their SHA-256, duplicates refused, changes detected."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models.audit import AuditEntry
from desktop.context import AppContext
from desktop.services.aksi.evidence import (
    EvidenceError,
    add_evidence_file,
    add_meeting_evidence,
    evidence_file,
    list_evidence,
    remove_evidence,
    verify_evidence,
)
from desktop.services.aksi.progress import get_detail, list_year
from desktop.services.aksi.progress_writes import start_year


def test_file_is_copied_with_hash(office_context: AppContext, tmp_path: Path) -> None:
    factory = office_context.session_factory
    start_year(factory, 2024)
    row = list_year(factory, 2024)[2]
    source = tmp_path / "Berita Acara Rembuk (final).pdf"
    content = b"%PDF-1.4 berita acara rembuk stunting"
    source.write_bytes(content)
    info = add_evidence_file(
        factory, office_context.files_dir, row.progress_id, source, title="Berita acara", evidence_code="BERITA_ACARA"
    )
    assert info.sha256 == hashlib.sha256(content).hexdigest()
    assert info.size_bytes == len(content)
    stored = evidence_file(office_context.files_dir, info)
    assert stored.read_bytes() == content
    assert stored.parent == office_context.files_dir / "aksi" / "2024"
    assert stored.name.startswith(info.sha256[:16]) and stored.name.endswith(".pdf")
    assert not [p for p in stored.parent.iterdir() if p.name.startswith(".copy-")]
    assert verify_evidence(office_context.files_dir, info) is None
    # The evidence checklist item is now fulfilled and counted.
    detail = get_detail(factory, row.progress_id)
    assert [t.code for t in detail.evidence_checklist if t.fulfilled] == ["BERITA_ACARA"]
    assert detail.row.evidence_count == 1 and detail.row.required_evidence_done == 1

    with pytest.raises(EvidenceError, match="sudah dilampirkan sebagai 'Berita acara'"):
        add_evidence_file(factory, office_context.files_dir, row.progress_id, source)
    stored.write_bytes(b"diubah")
    assert "telah berubah" in (verify_evidence(office_context.files_dir, info) or "")
    stored.unlink()
    assert "tidak ada lagi" in (verify_evidence(office_context.files_dir, info) or "")


def test_empty_and_missing_files_are_refused(office_context: AppContext, tmp_path: Path) -> None:
    factory = office_context.session_factory
    start_year(factory, 2024)
    row = list_year(factory, 2024)[0]
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EvidenceError, match="kosong"):
        add_evidence_file(factory, office_context.files_dir, row.progress_id, empty)
    with pytest.raises(EvidenceError, match="tidak ditemukan"):
        add_evidence_file(factory, office_context.files_dir, row.progress_id, tmp_path / "tidak-ada.pdf")
    assert list_evidence(factory, row.progress_id) == []
    assert not list((office_context.files_dir / "aksi" / "2024").iterdir())


def test_meeting_evidence_and_removal_are_audited(office_context: AppContext) -> None:
    factory = office_context.session_factory
    start_year(factory, 2024)
    row = list_year(factory, 2024)[2]
    info = add_meeting_evidence(factory, row.progress_id, "0f0e0d0c-0000-4000-8000-000000000001", "Rembuk Stunting")
    assert info.is_meeting
    with pytest.raises(EvidenceError, match="sudah menjadi data dukung"):
        add_meeting_evidence(factory, row.progress_id, "0f0e0d0c-0000-4000-8000-000000000001", "Rembuk Stunting")
    with pytest.raises(EvidenceError, match="berupa rapat"):
        evidence_file(office_context.files_dir, info)
    remove_evidence(factory, info.id)
    assert list_evidence(factory, row.progress_id) == []
    with factory() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity_uuid == info.uuid)).all()
    assert actions == ["create", "delete"]
