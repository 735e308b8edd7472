"""Saving a whole meeting at once: validated first, all or nothing."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop.context import AppContext
from desktop.services.meetings.meeting_save import MeetingEdit, save_meeting
from desktop.services.meetings.meeting_service import get_meeting
from desktop.services.meetings.records import (
    AgendaData,
    DecisionData,
    DiscussionData,
    MeetingValidationError,
    ParticipantData,
)
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
