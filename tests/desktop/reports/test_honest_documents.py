"""Documents state only what happened: the berita acara counts those present and never lists the agenda as results;
a draft Minlok is not "held"; area notes say what a recap covers."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.context import AppContext
from desktop.domain.meetings.records import AgendaData, DecisionData, MeetingData, ParticipantData, SeriesData, Signer
from desktop.services.meetings.content_service import save_agenda, save_decisions, save_participants
from desktop.services.meetings.meeting_service import create_meeting, save_series
from desktop.services.meetings.printing import print_meeting_document
from desktop.services.meetings.versions import finalise_meeting
from desktop.services.reports.catalog import build_report
from desktop.services.reports.scope import ReportRequest

AGENDA = "Paparan capaian 3 standar dan 4 PASTI"


@pytest.fixture
def bare_meeting(office_context: AppContext) -> int:
    """A Minlok of Cibadak in March 2024 with 6 invitees (nobody marked present), an agenda and no decisions."""
    sf = office_context.session_factory
    series = save_series(sf, SeriesData(name="Minlok Kecamatan Cibadak", region_code="36.02.18"))
    header = MeetingData(
        series_id=series,
        title="Mini Lokakarya Stunting Maret",
        region_code="36.02.18",
        number="400.5.7/031/Kec.Cbd/2024",
        meeting_date=date(2024, 3, 14),
        start_time=time(9, 0),
        end_time=time(11, 30),
        place="Aula Kecamatan Cibadak",
        chair=Signer("Drs. H. Encep Supriatna, M.Si.", "Camat Cibadak", "Pembina (IV/a)", "197001011995031001"),
        secretary=Signer("Rina Marlina, S.Gz.", "Tenaga Gizi Puskesmas Cibadak"),
    )
    meeting = create_meeting(sf, header).id
    people = [ParticipantData(name=f"Undangan {n}", position="Kader", institution="Posyandu") for n in range(1, 7)]
    save_participants(sf, meeting, people)
    save_agenda(sf, meeting, [AgendaData(title=AGENDA)])
    return meeting


def _statement(context: AppContext, meeting: int, path: Path) -> tuple[str, str]:
    result = print_meeting_document(context.session_factory, meeting, "statement", path)
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages), result.warning


def test_a_statement_without_attendance_or_decisions_says_so(
    office_context: AppContext, bare_meeting: int, tmp_path: Path
) -> None:
    text, warning = _statement(office_context, bare_meeting, tmp_path / "ba.pdf")
    assert "kehadiran peserta belum dicatat" in text
    assert "dihadiri oleh" not in text and "6 orang" not in text
    assert "Keputusan rapat belum dicatat." in text
    assert "dengan hasil sebagai berikut" not in text
    assert AGENDA not in text  # the agenda is never printed as the meeting's results
    assert "kehadiran peserta belum dicatat" in warning and "keputusan rapat belum dicatat" in warning


def test_a_statement_counts_only_those_present_and_lists_the_decisions(
    office_context: AppContext, bare_meeting: int, tmp_path: Path
) -> None:
    sf = office_context.session_factory
    people = [
        ParticipantData(
            name=f"Undangan {n}",
            position="Kader",
            institution="Posyandu",
            attendance="hadir" if n <= 4 else "tidak_hadir",
        )
        for n in range(1, 7)
    ]
    save_participants(sf, bare_meeting, people)
    save_decisions(sf, bare_meeting, [DecisionData(content="Posyandu Melati menimbang ulang balita bulan April.")])
    text, warning = _statement(office_context, bare_meeting, tmp_path / "ba.pdf")
    assert "dihadiri oleh 4 orang peserta" in text and "dengan hasil sebagai berikut" in text
    assert "1. Posyandu Melati menimbang ulang balita bulan April." in text
    assert "belum dicatat" not in text and warning == ""


def _minlok_march(context: AppContext, **kwargs: object) -> dict[str, object]:
    table = build_report(
        context.session_factory, ReportRequest("minlok", 2024, month=3, today=date(2024, 12, 20), **kwargs)
    )  # type: ignore[arg-type]
    rows = [dict(zip((c.key for c in table.columns), row, strict=True)) for row in table.materialized_rows()]
    return rows[0] | {"notes": " ".join(table.notes)}


def test_a_draft_minlok_is_not_counted_as_held(office_context: AppContext, bare_meeting: int) -> None:
    draft = _minlok_march(office_context, kecamatan_code="36.02.18")
    assert draft["dilaksanakan"] == "Belum final" and draft["hadir"] is None
    assert draft["tanggal"] == date(2024, 3, 14)
    assert "notulen rapat sudah final" in str(draft["notes"])
    finalise_meeting(office_context.session_factory, bare_meeting)
    held = _minlok_march(office_context, kecamatan_code="36.02.18")
    assert held["dilaksanakan"] == "Ya" and held["hadir"] == 0


def test_a_minlok_for_a_desa_says_it_shows_the_kecamatan(office_context: AppContext, bare_meeting: int) -> None:
    row = _minlok_march(office_context, desa_code="36.02.18.2004")
    assert row["kecamatan"] == "Cibadak"
    assert "baris di bawah adalah Kecamatan Cibadak" in str(row["notes"]) and "bukan desa itu saja" in str(row["notes"])
    assert "Kecamatan Cibadak" not in _minlok_march(office_context, kecamatan_code="36.02.18")["notes"]  # type: ignore[operator]
