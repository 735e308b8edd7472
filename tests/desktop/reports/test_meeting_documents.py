"""Meeting documents read back with pypdf: kop, Indonesian dates, spelled-out date, signature block (bold,
underlined name; grouped NIP only for civil servants), staggered signatures, repeated header, page x of y, paper."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.context import AppContext
from desktop.domain.meetings.records import (
    ActionData,
    AgendaData,
    DecisionData,
    DiscussionData,
    MeetingData,
    ParticipantData,
    SeriesData,
    Signer,
)
from desktop.services.meetings.content_service import (
    save_action,
    save_agenda,
    save_decisions,
    save_discussion,
    save_participants,
)
from desktop.services.meetings.meeting_service import create_meeting, save_series
from desktop.services.meetings.printing import print_meeting_document
from desktop.services.office import get_office, save_office

F4_POINTS = (609.4, 935.4)
A4_POINTS = (595.3, 841.9)
NUMBER = "400.5.7/015/Kec.Cbd/2024"


@pytest.fixture
def meeting_id(office_context: AppContext) -> int:
    """A Minlok in Cibadak on Friday 11 October 2024 with 25 participants, discussion, decisions and RTL."""
    sf = office_context.session_factory
    series = save_series(sf, SeriesData(name="Minlok Kecamatan Cibadak", region_code="36.02.18"))
    header = MeetingData(
        series_id=series,
        title="Gebyar Mini Lokakarya Stunting Series II",
        region_code="36.02.18",
        number=NUMBER,
        meeting_date=date(2024, 10, 11),
        start_time=time(8, 30),
        end_time=time(12, 0),
        place="Aula Kantor Kecamatan Cibadak",
        chair=Signer("Drs. H. Encep Supriatna, M.Si.", "Camat Cibadak", "Pembina (IV/a)", "197001011995031001"),
        secretary=Signer("Rina Marlina, S.Gz.", "Tenaga Gizi Puskesmas Cibadak"),
    )
    meeting = create_meeting(sf, header).id
    people = [
        ParticipantData(
            name=f"Peserta {n:02d}",
            position="Bidan Desa",
            institution="Puskesmas Cibadak",
            gender="P",
            phone="081234567890",
            attendance="hadir" if n % 4 else "tidak_hadir",
        )
        for n in range(1, 26)
    ]
    save_participants(sf, meeting, people)
    save_agenda(sf, meeting, [AgendaData(title="Capaian 3 standar dan 4 PASTI per desa")])
    save_discussion(sf, meeting, [DiscussionData(speaker="Camat Cibadak", content="Data KRS diperbarui.")])
    save_decisions(sf, meeting, [DecisionData(content="Verval KRS selesai 31 Oktober 2024.")])
    save_action(
        sf,
        meeting,
        ActionData(
            description="Verval KRS Desa Cibadak",
            responsible="PLKB Cibadak",
            deadline=date(2024, 10, 31),
            funding_source="DAK_NONFISIK_BOKB",
        ),
    )
    return meeting


def _text(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _size(reader: PdfReader) -> tuple[float, float]:
    box = reader.pages[0].mediabox
    return round(float(box.width), 1), round(float(box.height), 1)


@dataclass
class Run:
    text: str
    x: float
    y: float
    font: str


def _runs(page: Any) -> list[Run]:
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            runs.append(Run(text.strip(), x, y, str(font.get("/BaseFont", "")) if font else ""))

    page.extract_text(visitor_text=visit)
    return runs


def _lines(page: Any) -> list[tuple[float, float, float]]:
    """Horizontal line segments drawn on a page as (x1, x2, y) in page space."""
    segments: list[tuple[float, float, float]] = []
    start: list[float] = []

    def visit(op: bytes, args: list[Any], cm: list[float], tm: list[float]) -> None:
        nonlocal start
        if op == b"m":
            start = [float(args[0]) * cm[0] + cm[4], float(args[1]) * cm[3] + cm[5]]
        elif op == b"l" and start:
            x2, y2 = float(args[0]) * cm[0] + cm[4], float(args[1]) * cm[3] + cm[5]
            if abs(y2 - start[1]) < 0.5:
                segments.append((min(start[0], x2), max(start[0], x2), y2))

    page.extract_text(visitor_operand_before=visit)
    return segments


def test_minutes(office_context: AppContext, meeting_id: int, tmp_path: Path) -> None:
    target = tmp_path / "notulen.pdf"
    result = print_meeting_document(office_context.session_factory, meeting_id, "minutes", target)
    reader = PdfReader(target)
    assert _size(reader) == F4_POINTS
    assert result.pages == len(reader.pages)
    text = _text(reader)
    for expected in (
        "PEMERINTAH KABUPATEN LEBAK",
        "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
        "NOTULEN RAPAT",
        f"Nomor: {NUMBER}",
        "Hari/Tanggal : Jumat, 11 Oktober 2024",
        "Waktu : 08.30 - 12.00 WIB",
        "Camat Cibadak: Data KRS diperbarui.",
        "Verval KRS selesai 31 Oktober 2024.",
        "DAK Non-Fisik / BOKB",
        "Rapat ditutup pukul 12.00 WIB.",
        "Cibadak, 11 Oktober 2024",
        "Pimpinan Rapat,",
        "Notulis,",
        "Pembina (IV/a)",
        "NIP 19700101 199503 1 001",
    ):
        assert expected in text
    # The minute-taker is not a civil servant: only the chair has a NIP line.
    assert text.count("NIP ") == 1
    last = reader.pages[-1]
    runs = _runs(last)
    name = next(run for run in runs if run.text == "Drs. H. Encep Supriatna, M.Si.")
    assert "Bold" in name.font
    assert any(x1 <= name.x + 1 and x2 > name.x + 50 and name.y - 4 < y < name.y for x1, x2, y in _lines(last))
    for number, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        assert f"Halaman {number} dari {len(reader.pages)}" in page_text
        assert f"Nomor: {NUMBER}" in page_text


def test_statement_spells_the_date(office_context: AppContext, meeting_id: int, tmp_path: Path) -> None:
    target = tmp_path / "berita-acara.pdf"
    print_meeting_document(office_context.session_factory, meeting_id, "statement", target)
    reader = PdfReader(target)
    text = _text(reader)
    assert (
        "Pada hari ini Jumat tanggal sebelas bulan Oktober tahun dua ribu dua puluh empat (11-10-2024), "
        "bertempat di Aula Kantor Kecamatan Cibadak" in text
    )
    assert "BERITA ACARA" in text and "PEMERINTAH KABUPATEN LEBAK" in text
    assert "dihadiri oleh 19 orang peserta" in text
    assert "Demikian berita acara ini dibuat dengan sebenarnya" in text
    assert "NIP 19700101 199503 1 001" in text
    assert _size(reader) == F4_POINTS


def test_attendance_before_and_after(office_context: AppContext, meeting_id: int, tmp_path: Path) -> None:
    sf = office_context.session_factory
    before = tmp_path / "hadir-sebelum.pdf"
    print_meeting_document(sf, meeting_id, "attendance", before, after=False, blank_rows=10)
    reader = PdfReader(before)
    assert len(reader.pages) >= 2
    text = _text(reader)
    assert "DAFTAR HADIR" in text and "Jumat, 11 Oktober 2024" in text and "Mengetahui," in text
    assert "Peserta 25" in text and "35." in text and "36." not in text  # 25 invited + 10 blank rows
    for page in reader.pages:
        assert "Tanda Tangan" in page.extract_text()  # header repeated on each page
    runs = _runs(reader.pages[0])
    one = next(run for run in runs if run.text == "1.")
    two = next(run for run in runs if run.text == "2.")
    assert two.x - one.x > 30  # staggered: even numbers sign in the right half

    after = tmp_path / "hadir-sesudah.pdf"
    print_meeting_document(sf, meeting_id, "attendance", after)
    text = _text(PdfReader(after))
    assert "Peserta 04" not in text and "Peserta 05" in text
    assert "Jumlah hadir: 19 orang" in text


def test_a4_setting_and_final_version(office_context: AppContext, meeting_id: int, tmp_path: Path) -> None:
    sf = office_context.session_factory
    office = get_office(sf)
    assert office is not None
    office.paper_size = "A4"
    save_office(sf, office)
    target = tmp_path / "notulen-a4.pdf"
    print_meeting_document(sf, meeting_id, "minutes", target)
    reader = PdfReader(target)
    assert _size(reader) == A4_POINTS
    assert "DRAF - belum final" in _text(reader)
    assert re.search(r"Halaman 1 dari \d", reader.pages[0].extract_text())


def test_minutes_of_ten_pages_reports_its_pages_and_time(
    office_context: AppContext, meeting_id: int, tmp_path: Path
) -> None:
    # The speed figure (DESIGN.md: ten pages under a second) is measured by benchmarks/minutes_pdf.py, not here:
    # a timed assertion fails on a loaded machine. This checks the document is long and the timing is reported.
    sf = office_context.session_factory
    long_text = "Pembahasan capaian pendampingan keluarga dan verval KRS per desa. " * 12
    save_discussion(sf, meeting_id, [DiscussionData(speaker=f"Kepala Desa {n}", content=long_text) for n in range(40)])
    for n in range(60):
        save_action(sf, meeting_id, ActionData(description=f"RTL nomor {n}", responsible="PLKB"))
    result = print_meeting_document(sf, meeting_id, "minutes", tmp_path / "panjang.pdf")
    assert result.pages >= 10
    assert len(PdfReader(str(tmp_path / "panjang.pdf")).pages) == result.pages
    assert result.seconds > 0
