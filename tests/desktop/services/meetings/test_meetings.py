"""Meetings services: carry-over across a series, locking and versioning, RTL history, people directory."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.context import AppContext
from desktop.domain.meetings.records import (
    ActionData,
    AgendaData,
    DecisionData,
    DiscussionData,
    MeetingLockedError,
    MeetingValidationError,
    ParticipantData,
    record_from_json,
    record_to_json,
)
from desktop.services.meetings.content_service import (
    copy_participants_from_previous,
    save_action,
    save_agenda,
    save_decisions,
    save_discussion,
    save_participants,
    set_action_status,
)
from desktop.services.meetings.directory import ActionFilter, action_history, list_actions, search_people
from desktop.services.meetings.meeting_service import (
    create_meeting,
    delete_meeting,
    get_meeting,
    list_meetings,
    list_series,
    suggested_number,
    update_meeting,
)
from desktop.services.meetings.versions import finalise_meeting, list_versions, start_correction, version_record
from tests.desktop.services.meetings.conftest import minlok_data

PEOPLE = [
    ParticipantData(
        name="Drs. H. Encep Supriatna, M.Si.",
        position="Camat",
        institution="Kecamatan Cibadak",
        gender="L",
        nip="197001011995031001",
        attendance="hadir",
    ),
    ParticipantData(
        name="Rina Marlina, S.Gz.",
        position="Tenaga Gizi",
        institution="Puskesmas Cibadak",
        gender="P",
        attendance="hadir",
    ),
    ParticipantData(name="Ujang Suherman", position="PLKB", institution="DP3AP2KB", gender="L", attendance="terlambat"),
]


def _fill(context: AppContext, meeting_id: int) -> int:
    sf = context.session_factory
    save_participants(sf, meeting_id, PEOPLE)
    save_agenda(
        sf,
        meeting_id,
        [AgendaData(title="Capaian 3 standar 4 PASTI", done=True), AgendaData(title="Verval KRS per desa", done=False)],
    )
    save_discussion(sf, meeting_id, [DiscussionData(speaker="Camat Cibadak", content="Minta data KRS diperbarui.")])
    save_decisions(sf, meeting_id, [DecisionData(content="Verval KRS selesai akhir Oktober.")])
    return save_action(
        sf,
        meeting_id,
        ActionData(
            description="Verval KRS Desa Cibadak",
            responsible="PLKB Cibadak",
            deadline=date(2024, 10, 31),
            funding_source="DAK_NONFISIK_BOKB",
            region_code="36.02.18.2004",
        ),
    )


def test_meeting_lists_and_number(office_context: AppContext, series_id: int, meeting_id: int) -> None:
    sf = office_context.session_factory
    [series] = list_series(sf)
    assert (series.name, series.region_name, series.meeting_count) == ("Minlok Kecamatan Cibadak", "Cibadak", 1)
    [summary] = list_meetings(sf)
    assert summary.id == meeting_id and summary.series_name == "Minlok Kecamatan Cibadak"
    assert (
        suggested_number("400.5.7/{nomor}/Bapelitbangda/{tahun}", date(2024, 5, 30)) == "400.5.7/___/Bapelitbangda/2024"
    )


def test_validation_in_indonesian(office_context: AppContext, series_id: int) -> None:
    data = minlok_data(series_id, date(2024, 10, 11), title=" ")
    data.chair.nip = "12345"
    with pytest.raises(MeetingValidationError) as error:
        create_meeting(office_context.session_factory, data)
    assert error.value.problems["title"] == "Judul/acara rapat wajib diisi."
    assert "18 angka" in error.value.problems["chair_nip"]


def test_carry_over_keeps_rtl_identity_and_history(office_context: AppContext, series_id: int, meeting_id: int) -> None:
    sf = office_context.session_factory
    action_id = _fill(office_context, meeting_id)
    # A second, finished RTL must not be carried over.
    done_id = save_action(sf, meeting_id, ActionData(description="Undangan Minlok", responsible="Sekcam"))
    save_action(
        sf,
        meeting_id,
        ActionData(action_id=done_id, description="Undangan Minlok", responsible="Sekcam", status="selesai"),
    )
    created = create_meeting(sf, minlok_data(series_id, date(2024, 11, 8), "Minlok November"))
    assert (created.carried_actions, created.carried_agenda) == (1, 1)
    second = get_meeting(sf, created.id)
    [carried] = second.actions
    assert carried.action_id == action_id and carried.carried_over and carried.status == "belum"
    assert [(a.title, a.carried, a.done) for a in second.agenda] == [("Verval KRS per desa", True, False)]

    save_action(
        sf,
        created.id,
        ActionData(
            action_id=action_id,
            description=carried.description,
            responsible=carried.responsible,
            deadline=carried.deadline,
            funding_source=carried.funding_source,
            region_code=carried.region_code,
            status="berjalan",
            note="Sudah 60% desa",
        ),
    )
    # The first meeting still shows the status it saw; the RTL's own status moved on.
    assert get_meeting(sf, meeting_id).actions[0].status == "belum"
    assert get_meeting(sf, created.id).actions[0].status == "berjalan"
    history = action_history(sf, action_id)
    assert [(h.old_status, h.new_status, h.meeting_id) for h in history] == [
        ("", "belum", meeting_id),
        ("belum", "berjalan", created.id),
    ]
    # The third meeting carries it again (still open), the same identity.
    third = create_meeting(sf, minlok_data(series_id, date(2024, 12, 6), "Minlok Desember"))
    assert [a.action_id for a in get_meeting(sf, third.id).actions] == [action_id]
    assert get_meeting(sf, third.id).actions[0].status == "berjalan"


def test_copy_participants_and_people_directory(office_context: AppContext, series_id: int, meeting_id: int) -> None:
    sf = office_context.session_factory
    save_participants(sf, meeting_id, PEOPLE)
    created = create_meeting(sf, minlok_data(series_id, date(2024, 11, 8), "Minlok November"))
    assert copy_participants_from_previous(sf, created.id) == 3
    assert copy_participants_from_previous(sf, created.id) == 0
    copied = get_meeting(sf, created.id).participants
    assert [p.attendance for p in copied] == ["diundang"] * 3
    found = search_people(sf, "rina")
    assert [p.name for p in found] == ["Rina Marlina, S.Gz."]
    assert len(search_people(sf)) == 3  # the same people twice are not duplicated


def test_finalise_locks_and_corrections_make_versions(office_context: AppContext, meeting_id: int) -> None:
    sf = office_context.session_factory
    _fill(office_context, meeting_id)
    assert finalise_meeting(sf, meeting_id) == 1
    record = get_meeting(sf, meeting_id)
    assert (record.status, record.version) == ("final", 1)
    with pytest.raises(MeetingLockedError):
        save_decisions(sf, meeting_id, [DecisionData(content="Diubah diam-diam")])
    with pytest.raises(MeetingLockedError):
        update_meeting(sf, record.header)
    with pytest.raises(MeetingLockedError):
        finalise_meeting(sf, meeting_id)
    with pytest.raises(MeetingValidationError):
        start_correction(sf, meeting_id, "  ")

    start_correction(sf, meeting_id, "Salah ketik nama desa")
    save_decisions(sf, meeting_id, [DecisionData(content="Verval KRS selesai 15 November.")])
    assert finalise_meeting(sf, meeting_id) == 2
    versions = list_versions(sf, meeting_id)
    assert [(v.version_no, v.reason) for v in versions] == [(1, "Finalisasi pertama"), (2, "Salah ketik nama desa")]
    first = version_record(sf, meeting_id, 1)
    assert [d.content for d in first.decisions] == ["Verval KRS selesai akhir Oktober."]
    assert [d.content for d in version_record(sf, meeting_id, 2).decisions] == ["Verval KRS selesai 15 November."]
    assert first.header.meeting_date == date(2024, 10, 11) and first.actions[0].deadline == date(2024, 10, 31)


def test_finalise_requires_participants(office_context: AppContext, meeting_id: int) -> None:
    with pytest.raises(MeetingValidationError) as error:
        finalise_meeting(office_context.session_factory, meeting_id)
    assert error.value.problems == {"participants": "Daftar peserta masih kosong."}


def test_snapshot_round_trip(office_context: AppContext, meeting_id: int) -> None:
    _fill(office_context, meeting_id)
    record = get_meeting(office_context.session_factory, meeting_id)
    assert record_from_json(record_to_json(record)) == record


def test_rtl_overview_filters_and_overdue(office_context: AppContext, meeting_id: int) -> None:
    sf = office_context.session_factory
    action_id = _fill(office_context, meeting_id)
    save_action(
        sf,
        meeting_id,
        ActionData(description="Sosialisasi Dashat", responsible="TP PKK Kecamatan", deadline=date(2025, 3, 1)),
    )
    rows = list_actions(sf, today=date(2024, 11, 15))
    assert (rows[0].action_id, rows[0].overdue) == (action_id, True)
    assert [r.overdue for r in rows] == [True, False]
    assert [r.responsible for r in list_actions(sf, ActionFilter(responsible="pkk"), today=date(2024, 11, 15))] == [
        "TP PKK Kecamatan"
    ]
    by_desa = list_actions(sf, ActionFilter(region_code="36.02.18.2004"), today=date(2024, 11, 15))
    assert [r.action_id for r in by_desa] == [action_id]
    assert len(list_actions(sf, ActionFilter(region_code="36.02.18"))) == 2
    assert [r.action_id for r in list_actions(sf, ActionFilter(deadline_before=date(2024, 12, 31)))] == [action_id]
    set_action_status(sf, action_id, "selesai", "Laporan diterima")
    assert [r.action_id for r in list_actions(sf, today=date(2024, 11, 15))] != [action_id]
    assert action_history(sf, action_id)[-1].meeting_id is None


def test_deleting_a_draft_meeting_takes_its_rtl(office_context: AppContext, series_id: int, meeting_id: int) -> None:
    sf = office_context.session_factory
    _fill(office_context, meeting_id)
    delete_meeting(sf, meeting_id)
    assert list_meetings(sf) == []
    assert list_actions(sf) == []
    created = create_meeting(sf, minlok_data(series_id, date(2024, 11, 8), "Minlok November"))
    assert created.carried_actions == 0
