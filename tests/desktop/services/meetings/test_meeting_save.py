"""Saving a whole meeting at once: validated first, all or nothing."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop.context import AppContext
from desktop.domain.meetings.records import (
    ActionData,
    AgendaData,
    DecisionData,
    DiscussionData,
    MeetingValidationError,
    ParticipantData,
)
from desktop.services.meetings.meeting_save import RTL_PROBLEM_PREFIX, MeetingEdit, save_meeting
from desktop.services.meetings.meeting_service import get_meeting
from tests.desktop.services.meetings.conftest import minlok_data

CAMAT = ParticipantData(
    name="Drs. H. Encep Supriatna, M.Si.",
    position="Camat",
    institution="Kecamatan Cibadak",
    gender="L",
    nip="197001011995031001",
    attendance="hadir",
)


def _edit(series_id: int, meeting_id: int, title: str, participant: ParticipantData) -> MeetingEdit:
    header = dataclasses.replace(minlok_data(series_id, date(2024, 10, 11), title), id=meeting_id)
    return MeetingEdit(
        header=header,
        participants=[participant],
        agenda=[AgendaData(title="Capaian 4 PASTI")],
        discussion=[DiscussionData(speaker="Camat", content="Data KRS diperbarui.")],
        decisions=[DecisionData(content="Verval selesai Oktober.")],
    )


def test_save_meeting_writes_everything(office_context: AppContext, series_id: int, meeting_id: int) -> None:
    sf = office_context.session_factory
    save_meeting(sf, _edit(series_id, meeting_id, "Judul baru", CAMAT))
    record = get_meeting(sf, meeting_id)
    assert record.header.title == "Judul baru"
    assert [p.name for p in record.participants] == [CAMAT.name]
    assert [a.title for a in record.agenda] == ["Capaian 4 PASTI"]
    assert len(record.discussion) == 1 and len(record.decisions) == 1


def test_invalid_participant_nip_refuses_the_whole_save(
    office_context: AppContext, series_id: int, meeting_id: int
) -> None:
    """The reviewer's case: a changed title plus a bad NIP on a participant must not half-save the title."""
    sf = office_context.session_factory
    before = get_meeting(sf, meeting_id)
    with pytest.raises(MeetingValidationError) as error:
        save_meeting(sf, _edit(series_id, meeting_id, "JUDUL DIUBAH", dataclasses.replace(CAMAT, nip="123")))
    assert "participants[1].nip" in error.value.problems
    after = get_meeting(sf, meeting_id)
    assert after.header.title == before.header.title
    assert after.participants == before.participants and after.agenda == before.agenda


def test_every_problem_is_reported_together(office_context: AppContext, series_id: int, meeting_id: int) -> None:
    sf = office_context.session_factory
    edit = _edit(series_id, meeting_id, " ", dataclasses.replace(CAMAT, nip="123"))
    edit = dataclasses.replace(edit, decisions=[DecisionData(content=" ")])
    with pytest.raises(MeetingValidationError) as error:
        save_meeting(sf, edit)
    assert {"title", "participants[1].nip", "decisions"} <= set(error.value.problems)


def test_save_meeting_with_an_rtl_writes_both_in_one_go(
    office_context: AppContext, series_id: int, meeting_id: int
) -> None:
    sf = office_context.session_factory
    rtl = ActionData(description="Verval KRS Desa Cibadak", responsible="PLKB Cibadak", deadline=date(2024, 10, 31))
    saved = save_meeting(sf, dataclasses.replace(_edit(series_id, meeting_id, "Judul baru", CAMAT), action=rtl))
    record = get_meeting(sf, meeting_id)
    assert record.header.title == "Judul baru" and [p.name for p in record.participants] == [CAMAT.name]
    assert [(a.action_id, a.description, a.deadline) for a in record.actions] == [
        (saved.action_id, "Verval KRS Desa Cibadak", date(2024, 10, 31))
    ]
    # Updating it, then taking it out of the meeting, each together with the rest of the meeting.
    changed = dataclasses.replace(rtl, action_id=saved.action_id, status="berjalan", note="sudah mulai")
    save_meeting(sf, dataclasses.replace(_edit(series_id, meeting_id, "Judul 2", CAMAT), action=changed))
    record = get_meeting(sf, meeting_id)
    assert record.header.title == "Judul 2" and record.actions[0].status == "berjalan"
    edit = dataclasses.replace(_edit(series_id, meeting_id, "Judul 3", CAMAT), removed_action_id=saved.action_id)
    assert save_meeting(sf, edit).action_id is None
    record = get_meeting(sf, meeting_id)
    assert record.header.title == "Judul 3" and record.actions == []


def test_an_invalid_rtl_refuses_the_whole_save(office_context: AppContext, series_id: int, meeting_id: int) -> None:
    """The RTL's problems carry the ``rtl.`` prefix (the editor shows them on the RTL tab); nothing is written."""
    sf = office_context.session_factory
    before = get_meeting(sf, meeting_id)
    edit = dataclasses.replace(_edit(series_id, meeting_id, "JUDUL DIUBAH", CAMAT), action=ActionData(description="x"))
    with pytest.raises(MeetingValidationError) as error:
        save_meeting(sf, edit)
    assert error.value.problems == {RTL_PROBLEM_PREFIX + "responsible": "Penanggung jawab RTL wajib diisi."}
    after = get_meeting(sf, meeting_id)
    assert after.header.title == before.header.title and after.participants == [] and after.actions == []


def test_problems_read_as_separate_sentences(office_context: AppContext, series_id: int, meeting_id: int) -> None:
    edit = dataclasses.replace(_edit(series_id, meeting_id, " ", CAMAT), decisions=[DecisionData(content=" ")])
    with pytest.raises(MeetingValidationError) as error:
        save_meeting(office_context.session_factory, edit)
    assert str(error.value) == "Judul/acara rapat wajib diisi. Setiap kesimpulan/keputusan harus berisi teks."
