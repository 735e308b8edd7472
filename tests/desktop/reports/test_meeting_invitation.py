"""The undangan rapat read back: letter head lines, addressees (named, or "daftar terlampir" with the list of
invitees on a lampiran page), the event block with the agenda, the chair's signature; F4 and A4."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.context import AppContext
from desktop.domain.meetings.records import AgendaData, MeetingData, ParticipantData, SeriesData, Signer
from desktop.services.meetings.content_service import save_agenda, save_participants
from desktop.services.meetings.meeting_service import create_meeting, save_series
from desktop.services.meetings.printing import print_meeting_document
from desktop.services.office import get_office, save_office

SIZES = {"F4": (609.4, 935.4), "A4": (595.3, 841.9)}


def _meeting(context: AppContext, invitees: int) -> int:
    sf = context.session_factory
    series = save_series(sf, SeriesData(name="Minlok Kecamatan Cibadak", region_code="36.02.18"))
    header = MeetingData(
        series_id=series,
        title="Mini Lokakarya Stunting Oktober",
        region_code="36.02.18",
        number="400.5.7/57/Kec.Cib/2024",
        meeting_date=date(2024, 10, 11),
        start_time=time(8, 30),
        end_time=time(12, 0),
        place="Aula Kantor Kecamatan Cibadak",
        chair=Signer("Drs. H. Encep Supriatna, M.Si.", "Camat Cibadak", "Pembina (IV/a)", "197001011995031001"),
        secretary=Signer("Rina Marlina", "Notulis"),
    )
    meeting = create_meeting(sf, header).id
    people = [
        ParticipantData(name=f"Undangan Nomor {n}", position=f"Jabatan {n}", institution="Puskesmas Cibadak")
        for n in range(1, invitees + 1)
    ]
    save_participants(sf, meeting, people)
    save_agenda(sf, meeting, [AgendaData(title="Paparan capaian 3 standar"), AgendaData(title="Rencana verval KRS")])
    return meeting


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("paper", ["F4", "A4"])
def test_an_invitation_to_many_lists_them_on_a_lampiran(office_context: AppContext, tmp_path: Path, paper: str) -> None:
    office = get_office(office_context.session_factory)
    assert office is not None
    office.paper_size = paper
    save_office(office_context.session_factory, office)
    meeting = _meeting(office_context, 12)
    target = tmp_path / "undangan.pdf"
    result = print_meeting_document(
        office_context.session_factory, meeting, "invitation", target, issued_on=date(2024, 10, 4)
    )
    pages = _pages(target)
    assert result.pages == len(pages) == 2
    letter, lampiran = pages
    for line in (
        "Nomor : 400.5.7/57/Kec.Cib/2024", "Sifat : Biasa", "Lampiran : 1 (satu) lembar",
        "Perihal : Undangan Mini Lokakarya Stunting Oktober", "Cibadak, 4 Oktober 2024", "Kepada Yth.",
        "Bapak/Ibu (daftar terlampir)", "Hari/Tanggal : Jumat, 11 Oktober 2024", "Waktu : 08.30 - 12.00 WIB",
        "Tempat : Aula Kantor Kecamatan Cibadak", "1. Paparan capaian 3 standar", "2. Rencana verval KRS",
        "Camat Cibadak", "Drs. H. Encep Supriatna, M.Si.", "NIP 19700101 199503 1 001",
    ):  # fmt: skip
        assert line in letter, line
    assert "Undangan Nomor 1 " not in letter
    assert "Lampiran Surat Undangan" in lampiran and "DAFTAR UNDANGAN" in lampiran
    assert "Tanggal : 4 Oktober 2024" in lampiran
    assert "12 Undangan Nomor 12 Jabatan 12 Puskesmas Cibadak" in lampiran
    box = PdfReader(target).pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == SIZES[paper]


def test_an_invitation_to_a_few_names_them(office_context: AppContext, tmp_path: Path) -> None:
    meeting = _meeting(office_context, 3)
    target = tmp_path / "undangan.pdf"
    print_meeting_document(office_context.session_factory, meeting, "invitation", target, issued_on=date(2024, 10, 4))
    pages = _pages(target)
    assert len(pages) == 1
    assert "1. Undangan Nomor 1, Jabatan 1, Puskesmas Cibadak" in pages[0]
    assert "3. Undangan Nomor 3, Jabatan 3" in pages[0]
    assert "daftar terlampir" not in pages[0] and "Lampiran : -" in pages[0]


def test_an_invitation_is_never_dated_after_the_meeting(office_context: AppContext, tmp_path: Path) -> None:
    meeting = _meeting(office_context, 2)
    target = tmp_path / "undangan.pdf"
    print_meeting_document(office_context.session_factory, meeting, "invitation", target)  # printed today, 2026+
    assert "Cibadak, 11 Oktober 2024" in _pages(target)[0]
