"""One unit of work per user action, counted on a real migrated database (see :mod:`tests.session_counter`).

Each test runs the service function the GUI calls for one action and asserts ``(sessions, transactions,
committed)``: sessions of the factory that reached the database, their outermost transactions, COMMITs on the
engine. Before the unit-of-work seam, printing a meeting opened three sessions and finalising from the editor ran
two transactions; these tests fail on any such split.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from db.models.krs import KrsFamily
from desktop.context import AppContext
from desktop.domain.cases.records import ChildInput, MeasurementInput
from desktop.domain.cases.zscore import Method, Sex
from desktop.domain.meetings.records import (
    DecisionData,
    MeetingData,
    MeetingValidationError,
    ParticipantData,
    SeriesData,
    Signer,
)
from desktop.services.aksi.dashboard import gather_dashboard
from desktop.services.aksi.evidence import EvidenceError, add_evidence_file, list_evidence
from desktop.services.aksi.progress import get_detail, list_year, planned_detail
from desktop.services.aksi.progress_writes import (
    add_action_evidence_file,
    save_action_progress,
    save_progress,
    set_status,
    start_year,
)
from desktop.services.cases.family_link import case_with_family
from desktop.services.cases.recap import cases_with_recap
from desktop.services.cases.records import add_child, get_case, record_remeasurement
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.demo.office_demo import demo_office_settings
from desktop.services.krs.import_service import run_import
from desktop.services.meetings.attachments import attach_file, list_attachments
from desktop.services.meetings.meeting_save import MeetingEdit, save_and_copy_participants, save_meeting
from desktop.services.meetings.meeting_service import create_meeting, get_meeting, save_series
from desktop.services.meetings.printing import DOCUMENT_KINDS, print_meeting_document
from desktop.services.meetings.versions import finalise_meeting, list_versions, version_record
from desktop.services.office import get_office, save_office
from desktop.services.reports.catalog import REPORTS
from desktop.services.reports.export import export_report
from desktop.services.reports.scope import ReportRequest
from tests.desktop.services.krs.conftest import write_xlsx
from tests.desktop.services.reports.demo_fixture import add_many_families, demo_context, demo_template
from tests.session_counter import SessionCounter

__all__ = ["demo_context", "demo_template"]  # the demo database fixtures of the report tests, used here too

CIBADAK = "36.02.18"
PARTICIPANTS = [
    ParticipantData(name="Drs. H. Encep Supriatna, M.Si.", position="Camat", attendance="hadir"),
    ParticipantData(name="Rina Marlina, S.Gz.", position="Tenaga Gizi", attendance="hadir"),
]


@pytest.fixture
def meeting_id(office_context: AppContext) -> int:
    """A Minlok meeting in Cibadak with chair and secretary, no participants yet."""
    sf = office_context.session_factory
    series = save_series(
        sf, SeriesData(name="Minlok Cibadak", meeting_type="MINLOK_KEC", level="kecamatan", region_code=CIBADAK)
    )
    header = MeetingData(
        series_id=series,
        title="Minlok Stunting Kecamatan Cibadak",
        meeting_type="MINLOK_KEC",
        level="kecamatan",
        region_code=CIBADAK,
        meeting_date=date(2024, 10, 11),
        start_time=time(9, 0),
        place="Aula Kantor Kecamatan Cibadak",
        chair=Signer("Drs. H. Encep Supriatna, M.Si.", "Camat Cibadak", "", ""),
        secretary=Signer("Rina Marlina, S.Gz.", "Tenaga Gizi Puskesmas Cibadak", "", ""),
    )
    return create_meeting(sf, header).id


def _edit(context: AppContext, meeting_id: int, title: str, participants: list[ParticipantData]) -> MeetingEdit:
    """What the editor would save: the stored header with a new title, the given participants, one decision."""
    header = replace(get_meeting(context.session_factory, meeting_id).header, title=title)
    return MeetingEdit(
        header=header, participants=participants, decisions=[DecisionData(content="Verval KRS selesai akhir Oktober.")]
    )


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_saving_a_meeting_is_one_transaction(
    office_context: AppContext, session_counter: SessionCounter, meeting_id: int
) -> None:
    edit = _edit(office_context, meeting_id, "Minlok Oktober", PARTICIPANTS)
    with session_counter.counting() as seen:
        save_meeting(office_context.session_factory, edit)
    assert seen.totals() == (1, 1, 1)
    assert get_meeting(office_context.session_factory, meeting_id).header.title == "Minlok Oktober"


def test_copying_participants_saves_the_edit_in_the_same_transaction(
    office_context: AppContext, session_counter: SessionCounter, meeting_id: int
) -> None:
    sf = office_context.session_factory
    save_meeting(sf, _edit(office_context, meeting_id, "Minlok Oktober", PARTICIPANTS))
    first = get_meeting(sf, meeting_id).header
    second = create_meeting(sf, replace(first, id=None, meeting_date=date(2024, 11, 8), title="Minlok November")).id
    edit = _edit(office_context, second, "Minlok November (diubah)", [])
    with session_counter.counting() as seen:
        assert save_and_copy_participants(sf, edit) == 2
    assert seen.totals() == (1, 1, 1)
    stored = get_meeting(sf, second)
    assert stored.header.title == "Minlok November (diubah)" and len(stored.participants) == 2


def test_printing_each_meeting_document_opens_one_session(
    office_context: AppContext, session_counter: SessionCounter, meeting_id: int, tmp_path: Path
) -> None:
    sf = office_context.session_factory
    save_meeting(sf, _edit(office_context, meeting_id, "Minlok Oktober", PARTICIPANTS))
    for kind in DOCUMENT_KINDS:
        with session_counter.counting() as seen:
            result = print_meeting_document(sf, meeting_id, kind, tmp_path / f"{kind}.pdf")
        assert (kind, seen.totals()) == (kind, (1, 1, 0))  # office, meeting and numbering read together
        assert result.pages >= 1 and result.paper_size == demo_office_settings().paper_size
    assert "NOTULEN RAPAT" in _pdf_text(tmp_path / "minutes.pdf")
    finalise_meeting(sf, meeting_id)
    with session_counter.counting() as seen:  # a final meeting prints its stored version: still one session
        result = print_meeting_document(sf, meeting_id, "minutes", tmp_path / "final.pdf")
    assert seen.totals() == (1, 1, 0) and result.version == 1
    assert "Versi 1 (final)" in _pdf_text(tmp_path / "final.pdf")


def test_finalising_from_the_editor_commits_one_transaction(
    office_context: AppContext, session_counter: SessionCounter, meeting_id: int
) -> None:
    sf = office_context.session_factory
    edit = _edit(office_context, meeting_id, "Minlok Oktober (final)", PARTICIPANTS)
    with session_counter.counting() as seen:
        assert finalise_meeting(sf, meeting_id, edit) == 1
    assert seen.totals() == (1, 1, 1)  # the editor's save and the lock together
    snapshot = version_record(sf, meeting_id, 1)
    assert snapshot.header.title == "Minlok Oktober (final)" and [p.name for p in snapshot.participants] == [
        p.name for p in PARTICIPANTS
    ]


def test_a_refused_finalisation_writes_nothing_of_the_edit(
    office_context: AppContext, session_counter: SessionCounter, meeting_id: int
) -> None:
    sf = office_context.session_factory
    edit = _edit(office_context, meeting_id, "Judul yang tidak boleh tersimpan", [])  # no participants: refused
    with session_counter.counting() as seen, pytest.raises(MeetingValidationError):
        finalise_meeting(sf, meeting_id, edit)
    assert seen.totals() == (1, 1, 0)
    stored = get_meeting(sf, meeting_id)
    assert stored.header.title == "Minlok Stunting Kecamatan Cibadak" and stored.decisions == []
    assert list_versions(sf, meeting_id) == []


def test_importing_a_krs_file_is_one_unit_of_work(
    office_context: AppContext, session_counter: SessionCounter, tmp_path: Path
) -> None:
    sf = office_context.session_factory
    path = write_xlsx(tmp_path / "krs.xlsx", [list(row) for row in krs_rows(30, seed=7)])
    with session_counter.counting() as seen:
        dry = run_import(sf, path, dry_run=True)
    assert seen.totals() == (1, 1, 0) and dry.new == 30
    with session_counter.counting() as seen:
        applied = run_import(sf, path, dry_run=False)
    # Mapping, office, validation and writes in one session; the validator's snapshot connection commits nothing.
    assert seen.totals() == (1, 1, 1) and applied.applied
    with sf() as session:
        assert session.scalar(select(func.count()).select_from(KrsFamily)) == 30


def test_one_aksi_progress_save_is_one_transaction(office_context: AppContext, session_counter: SessionCounter) -> None:
    sf = office_context.session_factory
    start_year(sf, 2024)
    row = list_year(sf, 2024)[0]
    assert row.progress_id is not None
    detail = get_detail(sf, row.progress_id)
    values = replace(detail.values, responsible_person="Siti Aminah")
    with session_counter.counting() as seen:
        saved = save_progress(sf, row.progress_id, values, detail.row_version)
    assert seen.totals() == (1, 1, 1) and saved.responsible_person == "Siti Aminah"  # the row read in the same one
    with session_counter.counting() as seen:
        moved = set_status(sf, row.progress_id, "berjalan", date(2024, 5, 2))
    assert seen.totals() == (1, 1, 1) and moved.status_label == "Berjalan"
    planned = planned_detail(sf, 2030, 3).values
    with session_counter.counting() as seen:
        created = save_action_progress(sf, 2030, 3, replace(planned, responsible_person="Budi"), row_version=0)
    assert seen.totals() == (1, 1, 1) and created.progress_id is not None


def test_one_case_remeasurement_is_one_transaction(office_context: AppContext, session_counter: SessionCounter) -> None:
    sf = office_context.session_factory
    child = ChildInput(
        name="Siti Aminah", sex=Sex.P, birth_date=date(2025, 1, 10), desa_code="36.02.18.2004", mother_name="Euis"
    )
    child_id = add_child(
        sf, child, MeasurementInput(date(2026, 1, 12), 65.5, Method.LYING, 8.0), today=date(2026, 11, 20)
    )
    measurement = MeasurementInput(date(2026, 2, 2), 69.0, Method.LYING, 8.1, "Kader Yeti")
    with session_counter.counting() as seen:
        record_remeasurement(sf, child_id, measurement, note="ukur ulang", today=date(2026, 11, 20))
    assert seen.totals() == (1, 1, 1)
    assert len(get_case(sf, child_id).measurements) == 2


def test_saving_the_office_is_one_transaction(office_context: AppContext, session_counter: SessionCounter) -> None:
    settings = replace(demo_office_settings(), head_name="Dr. H. Budi Santoso, M.Si.")
    with session_counter.counting() as seen:
        save_office(office_context.session_factory, settings)
    assert seen.totals() == (1, 1, 1)
    stored = get_office(office_context.session_factory)
    assert stored is not None and stored.head_name == "Dr. H. Budi Santoso, M.Si."


def test_a_streamed_report_export_reads_in_one_session(demo_context: AppContext, tmp_path: Path) -> None:
    add_many_families(demo_context, 4_500)  # three pages of the by-name list
    with SessionCounter(demo_context.session_factory) as counter:
        result = export_report(demo_context.session_factory, ReportRequest("krs-list", 2024), tmp_path / "krs.xlsx")
    assert result.rows >= 4_500
    # One session; each page ends its read, so the pages show as transactions of that session; nothing committed.
    assert counter.sessions == 1 and counter.committed == 0 and counter.transactions >= 3


@pytest.mark.parametrize("file_format", ["xlsx", "pdf"])
def test_every_report_export_opens_one_session(demo_context: AppContext, tmp_path: Path, file_format: str) -> None:
    with SessionCounter(demo_context.session_factory) as counter:
        for key in REPORTS:
            counter.reset()
            target = tmp_path / f"{key}.{file_format}"
            export_report(
                demo_context.session_factory,
                ReportRequest(key, 2024, today=date(2024, 12, 31)),
                target,
                file_format=file_format,
            )
            assert (key, counter.sessions, counter.committed) == (key, 1, 0)
            assert target.stat().st_size > 0


def test_attaching_a_file_is_one_session_and_one_commit(
    office_context: AppContext, session_counter: SessionCounter, meeting_id: int, tmp_path: Path
) -> None:
    scan = tmp_path / "notulen-ttd.pdf"
    scan.write_bytes(b"%PDF-1.4 notulen bertanda tangan")
    with session_counter.counting() as seen:
        attach_file(office_context.session_factory, office_context.files_dir, meeting_id, scan)
    # The check and the record are two transactions of one session (the copy between them holds none).
    assert seen.totals() == (1, 2, 1)
    assert [a.file_name for a in list_attachments(office_context.session_factory, meeting_id)] == [scan.name]


def test_aksi_evidence_of_an_action_without_progress_is_one_commit(
    office_context: AppContext, session_counter: SessionCounter, tmp_path: Path
) -> None:
    sf = office_context.session_factory
    source = tmp_path / "Berita Acara Rembuk.pdf"
    source.write_bytes(b"%PDF-1.4 berita acara rembuk stunting")
    assert list_year(sf, 2026)[2].progress_id is None
    with session_counter.counting() as seen:
        progress_id, info = add_action_evidence_file(
            sf, office_context.files_dir, 2026, 3, source, title="Berita acara"
        )
    assert seen.totals() == (1, 2, 1)  # the progress row is made with the record, not in a transaction of its own
    assert list_year(sf, 2026)[2].progress_id == progress_id and info.title == "Berita acara"
    other = tmp_path / "Daftar hadir.pdf"
    other.write_bytes(b"%PDF-1.4 daftar hadir rembuk")
    with session_counter.counting() as seen:
        add_evidence_file(sf, office_context.files_dir, progress_id, other)
    assert seen.totals() == (1, 2, 1)
    with session_counter.counting() as seen, pytest.raises(EvidenceError, match="sudah dilampirkan"):
        add_action_evidence_file(sf, office_context.files_dir, 2026, 3, source)
    assert seen.committed == 0 and len(list_evidence(sf, progress_id)) == 2


def test_worker_tasks_of_the_pages_read_in_one_session(
    office_context: AppContext, session_counter: SessionCounter
) -> None:
    sf = office_context.session_factory
    child = ChildInput(name="Siti Aminah", sex=Sex.P, birth_date=date(2025, 1, 10), desa_code="36.02.18.2004")
    child_id = add_child(
        sf, child, MeasurementInput(date(2026, 1, 12), 65.5, Method.LYING, 8.0), today=date(2026, 11, 20)
    )
    with session_counter.counting() as seen:  # the Kasus page's list and recap
        rows, recap = cases_with_recap(sf, None, None, None, None)
    assert seen.totals() == (1, 1, 0) and [r.id for r in rows] == [child_id] and recap[-1].children == 1
    with session_counter.counting() as seen:  # the Kasus page's detail with the linked family
        detail, family = case_with_family(sf, child_id)
    assert seen.totals() == (1, 1, 0) and detail.row.id == child_id and family is None
    with session_counter.counting() as seen:  # the dashboard: actions, deadlines, office, figures, verval
        data = gather_dashboard(sf, date(2026, 8, 1), 2026, "")
    assert seen.totals() == (1, 1, 0) and data.rows and data.region_name
