"""Fixtures of the meetings service tests: a Minlok series in Cibadak with one meeting."""

from __future__ import annotations

from datetime import date, time

import pytest

from desktop.context import AppContext
from desktop.domain.meetings.records import MeetingData, SeriesData, Signer
from desktop.services.meetings.meeting_service import create_meeting, save_series

CIBADAK = "36.02.18"


def minlok_data(series_id: int | None, when: date, title: str = "Minlok Stunting Kecamatan Cibadak") -> MeetingData:
    """A Minlok meeting header in Cibadak."""
    return MeetingData(
        series_id=series_id,
        title=title,
        meeting_type="MINLOK_KEC",
        level="kecamatan",
        region_code=CIBADAK,
        number="400.5.7/015/Kec.Cbd/2024",
        meeting_date=when,
        start_time=time(9, 0),
        end_time=time(12, 0),
        place="Aula Kantor Kecamatan Cibadak",
        chair=Signer("Drs. H. Encep Supriatna, M.Si.", "Camat Cibadak", "Pembina (IV/a)", "197001011995031001"),
        secretary=Signer("Rina Marlina, S.Gz.", "Tenaga Gizi Puskesmas Cibadak", "", ""),
    )


@pytest.fixture
def series_id(office_context: AppContext) -> int:
    """A Minlok series for Kecamatan Cibadak."""
    return save_series(
        office_context.session_factory,
        SeriesData(name="Minlok Kecamatan Cibadak", meeting_type="MINLOK_KEC", level="kecamatan", region_code=CIBADAK),
    )


@pytest.fixture
def meeting_id(office_context: AppContext, series_id: int) -> int:
    """The first meeting of the series, 11 October 2024."""
    return create_meeting(office_context.session_factory, minlok_data(series_id, date(2024, 10, 11))).id
