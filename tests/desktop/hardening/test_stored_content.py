"""Stored files (issue #17): one content rule for attachments and evidence, links refused, sizes in MiB."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.context import AppContext
from desktop.services.aksi.evidence import EvidenceError, add_evidence_file, list_evidence
from desktop.services.aksi.progress import list_year
from desktop.services.aksi.progress_writes import start_year
from desktop.services.stored_files import StoredFileError, check_stored_content, store_file

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def progress_id(office_context: AppContext) -> int:
    start_year(office_context.session_factory, 2024)
    return list_year(office_context.session_factory, 2024)[0].progress_id or 0


def test_evidence_content_must_match_its_name(office_context: AppContext, tmp_path: Path, progress_id: int) -> None:
    disguised = tmp_path / "laporan.pdf"
    disguised.write_bytes(PNG)
    with pytest.raises(EvidenceError, match=r"Isi berkas laporan\.pdf bukan PDF yang sah"):
        add_evidence_file(office_context.session_factory, office_context.files_dir, progress_id, disguised)
    program = tmp_path / "laporan.exe"
    program.write_bytes(b"MZ\x90\x00")
    with pytest.raises(EvidenceError, match=r"Jenis berkas laporan\.exe tidak diterima"):
        add_evidence_file(office_context.session_factory, office_context.files_dir, progress_id, program)
    genuine = tmp_path / "foto.png"
    genuine.write_bytes(PNG)
    add_evidence_file(office_context.session_factory, office_context.files_dir, progress_id, genuine)
    assert [e.original_name for e in list_evidence(office_context.session_factory, progress_id)] == ["foto.png"]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links to system files")
def test_a_link_to_a_system_file_is_refused(office_context: AppContext, tmp_path: Path, progress_id: int) -> None:
    link = tmp_path / "bukti.pdf"
    link.symlink_to("/etc/hostname" if Path("/etc/hostname").exists() else "/etc/passwd")
    with pytest.raises(EvidenceError, match="adalah tautan"):
        add_evidence_file(office_context.session_factory, office_context.files_dir, progress_id, link)
    with pytest.raises(StoredFileError, match="adalah tautan"):
        store_file(office_context.files_dir, "x", link, lambda sha: sha, max_bytes=1 << 20)
    assert list_evidence(office_context.session_factory, progress_id) == []


def test_size_limits_are_said_in_mib(office_context: AppContext, tmp_path: Path) -> None:
    big = tmp_path / "besar.pdf"
    big.write_bytes(b"%PDF-1.4" + b"0" * (3 << 20))
    assert check_stored_content(big) == ".pdf"
    with pytest.raises(StoredFileError, match=r"besar.pdf lebih besar dari 2 MiB"):
        store_file(office_context.files_dir, "x", big, lambda sha: sha, max_bytes=2 << 20)
