"""Dokumentasi: photos attached to a meeting are printed after the notulen as lampiran pages, captioned; a photo
whose stored file is damaged is named, not dropped; other attachments (the scanned PDF) are not printed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop.context import AppContext
from desktop.domain.meetings.records import MeetingData, SeriesData, Signer
from desktop.services.meetings.attachments import attach_file, list_attachments
from desktop.services.meetings.meeting_service import create_meeting, save_series
from desktop.services.meetings.printing import print_meeting_document
from desktop.services.stored_files import stored_file_path


@pytest.fixture
def meeting(office_context: AppContext, tmp_path: Path) -> int:
    sf = office_context.session_factory
    series = save_series(sf, SeriesData(name="Minlok Kecamatan Cibadak", region_code="36.02.18"))
    header = MeetingData(
        series_id=series,
        title="Minlok Oktober",
        region_code="36.02.18",
        meeting_date=date(2024, 10, 11),
        chair=Signer("Drs. H. Encep Supriatna, M.Si.", "Camat Cibadak"),
        secretary=Signer("Rina Marlina", "Notulis"),
    )
    meeting_id = create_meeting(sf, header).id
    wide, tall, scan = tmp_path / "pembukaan.jpg", tmp_path / "diskusi.png", tmp_path / "scan.pdf"
    Image.new("RGB", (1600, 900), (30, 110, 190)).save(wide)
    Image.new("RGB", (700, 1000), (190, 110, 30)).save(tall)
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    files = office_context.files_dir
    attach_file(sf, files, meeting_id, wide, "Pembukaan oleh Camat Cibadak")
    attach_file(sf, files, meeting_id, scan, "Notulen bertanda tangan")
    attach_file(sf, files, meeting_id, tall)
    return meeting_id


def test_photos_are_printed_as_the_notulens_lampiran(office_context: AppContext, meeting: int, tmp_path: Path) -> None:
    sf = office_context.session_factory
    plain = print_meeting_document(sf, meeting, "minutes", tmp_path / "plain.pdf")
    result = print_meeting_document(sf, meeting, "minutes", tmp_path / "foto.pdf", files_dir=office_context.files_dir)
    assert result.pages == plain.pages + 1  # both photos on one lampiran page
    reader = PdfReader(tmp_path / "foto.pdf")
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "LAMPIRAN DOKUMENTASI" in last and "Notulen Minlok Oktober, Jumat, 11 Oktober 2024" in last
    assert "Foto 1. Pembukaan oleh Camat Cibadak" in last and "Foto 2. diskusi.png" in last
    assert "Notulen bertanda tangan" not in last  # the scanned PDF is kept, not printed
    assert len(reader.pages[-1].images) == 2
    images = [len(page.images) for page in reader.pages[:-1]]
    assert images == [len(page.images) for page in PdfReader(plain.path).pages]  # the kop's emblem only
    # Other documents never carry the photos.
    statement = print_meeting_document(
        sf, meeting, "statement", tmp_path / "ba.pdf", files_dir=office_context.files_dir
    )
    assert "DOKUMENTASI" not in " ".join(p.extract_text() for p in PdfReader(statement.path).pages)


def test_a_damaged_photo_is_named_not_dropped(office_context: AppContext, meeting: int, tmp_path: Path) -> None:
    files = office_context.files_dir
    first = list_attachments(office_context.session_factory, meeting)[0]
    stored_file_path(files, first.stored_path).write_bytes(b"not the photo any more")
    print_meeting_document(office_context.session_factory, meeting, "minutes", tmp_path / "foto.pdf", files_dir=files)
    last = " ".join(PdfReader(tmp_path / "foto.pdf").pages[-1].extract_text().split())
    assert "Foto 1. Pembukaan oleh Camat Cibadak" in last and "tidak ditemukan atau rusak" in last
    assert "Foto 2. diskusi.png" in last
