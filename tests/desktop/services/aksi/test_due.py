"""Deadlines on fixed dates: overdue, due within 30 days, moved past weekends and public holidays."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from desktop.context import AppContext
from desktop.domain.deadlines import Deadline
from desktop.services.aksi import workdays
from desktop.services.aksi.due import due_items
from desktop.services.aksi.progress import get_detail, list_year
from desktop.services.aksi.progress_writes import save_progress, set_status, start_year


def _plan(factory: sessionmaker[Session], progress_id: int, end: date) -> None:
    values = get_detail(factory, progress_id).values
    values.planned_start = date(end.year, 1, 1)
    values.planned_end = end
    save_progress(factory, progress_id, values)


def test_working_days_skip_weekends_holidays_and_cuti_bersama() -> None:
    assert not workdays.is_working_day(date(2026, 8, 17))  # Proklamasi Kemerdekaan, a Monday
    assert workdays.next_working_day(date(2026, 8, 15)) == date(2026, 8, 18)
    # Idulfitri 1447 H: cuti bersama 20, 23, 24 March and libur 21-22 March 2026.
    assert workdays.next_working_day(date(2026, 3, 20)) == date(2026, 3, 25)
    assert workdays.add_working_days(date(2026, 3, 19), 1) == date(2026, 3, 25)
    assert workdays.working_days_between(date(2026, 3, 19), date(2026, 3, 25)) == 1
    assert workdays.working_days_between(date(2026, 3, 25), date(2026, 3, 19)) == -1
    assert workdays.holidays_known(2026)
    # A year lokal-id has no decree for: weekends only.
    assert not workdays.holidays_known(2024)
    assert workdays.is_working_day(date(2024, 8, 16)) and not workdays.is_working_day(date(2024, 8, 17))


def test_due_and_overdue_on_fixed_dates(office_context: AppContext) -> None:
    factory = office_context.session_factory
    assert start_year(factory, 2026) == 6
    rows = list_year(factory, 2026)
    first, third = rows[0], rows[2]
    _plan(factory, third.progress_id, date(2026, 8, 17))  # falls on a public holiday
    for row in rows[1:]:
        if row is not third:
            _plan(factory, row.progress_id, date(2026, 12, 31))

    items = due_items(factory, date(2026, 8, 1), providers=[])
    assert [(i.reference, i.overdue) for i in items] == [
        (str(first.progress_id), True),
        (str(third.progress_id), False),
    ]
    overdue, soon = items
    assert overdue.deadline == date(2026, 3, 31) and overdue.days_left < 0 and overdue.working_days_left < 0
    assert soon.effective_deadline == date(2026, 8, 18)
    assert soon.days_left == 17
    assert soon.working_days_left == 11  # 3-7, 10-14 and 18 August (17 August is a holiday)
    assert soon.holidays_known
    assert soon.title.startswith("Aksi Utama 3 2026:")

    on_day = next(i for i in due_items(factory, date(2026, 8, 18), providers=[]) if i.reference == soon.reference)
    assert not on_day.overdue and on_day.days_left == 0
    after = next(i for i in due_items(factory, date(2026, 8, 19), providers=[]) if i.reference == soon.reference)
    assert after.overdue and after.working_days_left == -1

    # Finished actions are no longer due.
    set_status(factory, first.progress_id, "selesai", date(2026, 4, 6))
    assert [i.reference for i in due_items(factory, date(2026, 8, 1), providers=[])] == [soon.reference]
    # Nothing within 30 days of early June.
    assert due_items(factory, date(2026, 6, 1), providers=[]) == []


def test_rtl_deadlines_come_from_providers(office_context: AppContext) -> None:
    def rtl_provider(_session: Session, _today: date) -> list[Deadline]:
        return [Deadline("rtl", "Validasi data KRS Desa Cibadak", date(2026, 8, 17), "PKB Cibadak", "belum", "r-1")]

    items = due_items(office_context.session_factory, date(2026, 8, 10), providers=[rtl_provider])
    rtl = [i for i in items if i.kind == "rtl"]
    assert len(rtl) == 1 and rtl[0].effective_deadline == date(2026, 8, 18) and rtl[0].days_left == 8


def test_working_days_agree_with_lokal_for_every_day_it_knows() -> None:
    import lokal

    for year in lokal.HOLIDAY_YEARS:
        day = date(year, 1, 1)
        while day.year == year:
            assert workdays.is_working_day(day) == lokal.is_working_day(day), day
            day = date.fromordinal(day.toordinal() + 1)
