"""The period lock in the data layer: each kind's records, by period and region, refused at flush and in bulk."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models.aksi import ChecklistValue
from db.models.cases import CaseChild, CaseMeasurement
from db.models.krs import KrsFamily, KrsVerification
from db.models.meeting import ActionItem, ActionStatusChange
from db.models.period import PeriodLock
from db.period_guard import PeriodGuard, derive_key, matching_lock
from desktop.context import AppContext, open_context
from desktop.domain.meetings.records import ActionData, MeetingData
from desktop.domain.periods import LockInfo, PeriodKind, PeriodLocked, PeriodState
from desktop.paths import DATABASE_FILE
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.import_service import run_import
from desktop.services.meetings.content_service import save_action, set_action_status
from desktop.services.meetings.meeting_service import create_meeting
from desktop.services.unit_of_work import reading, unit_of_work
from tests.desktop.services.krs.conftest import write_csv

CIBADAK = "36.02.18"


@pytest.fixture
def context(tmp_path: Path, office_template: Path) -> Iterator[AppContext]:
    """The demo kabupaten office, with the Cibadak kecamatan's periods approved by the kabupaten."""
    shutil.copy(office_template, tmp_path / DATABASE_FILE)
    opened = open_context(tmp_path)
    with unit_of_work(opened.session_factory) as session:
        for kind, period in (("checklist", "2024-10"), ("krs", "PK24"), ("cases", "2024-S2"), ("minlok", "2024-10")):
            session.add(
                PeriodLock(
                    office_code="360218-abc",
                    office_name="TPPS Cibadak",
                    region_code=CIBADAK,
                    approver_code="3602-def",
                    kind=kind,
                    period=period,
                    state=PeriodState.APPROVED.value,
                    decided_by="Bappeda Lebak (3602-def)",
                    decided_at=datetime(2024, 11, 20, 9, 30, tzinfo=UTC),
                )
            )
    yield opened
    opened.dispose()


def _checklist(context: AppContext, region: str, month: int) -> None:
    with unit_of_work(context.session_factory) as session:
        session.add(ChecklistValue(template_code="desa", region_code=region, year=2024, month=month, item_code="a1"))


def test_checklist_values_of_an_approved_month_and_region_are_refused(context: AppContext) -> None:
    with pytest.raises(PeriodLocked, match=r"Bappeda Lebak \(3602-def\) pada 2024-11-20 09:30 UTC"):
        _checklist(context, CIBADAK + ".2004", 10)
    _checklist(context, CIBADAK + ".2004", 11)  # another month
    _checklist(context, "36.02.06.2001", 10)  # another kecamatan
    with reading(context.session_factory) as session:
        assert session.scalar(select(func.count()).select_from(ChecklistValue)) == 2


def test_the_krs_list_import_refuses_the_rows_of_an_approved_round(context: AppContext, tmp_path: Path) -> None:
    rows = [list(row) for row in krs_rows(60)]
    summary = run_import(context.session_factory, write_csv(tmp_path / "krs.csv", rows), dry_run=False)
    assert (summary.new, summary.rejected) == (40, 20)  # the 20 Cibadak families of PK24 are locked
    assert all("disetujui" in error.reason for error in summary.errors)
    with reading(context.session_factory) as session:
        codes = set(session.scalars(select(KrsFamily.kecamatan_code)))
    assert CIBADAK not in codes


def test_verifications_and_measurements_follow_their_parents(context: AppContext) -> None:
    with unit_of_work(context.session_factory) as session:
        session.execute(
            PeriodLock.__table__.update().where(PeriodLock.kind == "krs").values(period="PK25")  # type: ignore[attr-defined]
        )
        family = KrsFamily(
            source_round="PK24", identity_key="KK:1", kecamatan_code=CIBADAK, desa_code=CIBADAK + ".2004", head_name="A"
        )
        child = CaseChild(name="Ani", sex="P", birth_date=date(2023, 1, 5), desa_code=CIBADAK + ".2004")
        session.add_all([family, child])
    with pytest.raises(PeriodLocked):  # measured in the approved semester, in Cibadak
        with unit_of_work(context.session_factory) as session:
            session.add(CaseMeasurement(child_id=child.id, measured_on=date(2024, 8, 1), height_cm=80, method="H"))
    with unit_of_work(context.session_factory) as session:
        session.add(CaseMeasurement(child_id=child.id, measured_on=date(2024, 3, 1), height_cm=75, method="L"))
        session.add(
            KrsVerification(
                family_id=family.id, existence_code="ditemukan", result_code="x", verified_on=date(2024, 10, 1)
            )
        )
    with unit_of_work(context.session_factory) as session:  # the office above approves PK24 after all
        session.execute(
            PeriodLock.__table__.update().where(PeriodLock.kind == "krs").values(period="PK24")  # type: ignore[attr-defined]
        )
    with pytest.raises(PeriodLocked, match="Verifikasi KRS PK24"):
        with unit_of_work(context.session_factory) as session:
            stored = session.get(KrsFamily, family.id)
            assert stored is not None
            stored.address = "Jl. Baru"


def test_each_kind_finds_its_period() -> None:
    def no_parent(_table: str, _row_id: object) -> None:
        return None

    assert derive_key("meeting", {"meeting_date": date(2024, 10, 3), "region_code": CIBADAK}, no_parent) == (
        PeriodKind.MINLOK,
        "2024-10",
        CIBADAK,
    )
    assert derive_key("aksi_progress", {"year": 2024}, no_parent) == (PeriodKind.AKSI, "2024", None)
    assert derive_key("checklist_value", {"year": 2024, "month": 3, "region_code": "x"}, no_parent) == (
        PeriodKind.CHECKLIST,
        "2024-03",
        "x",
    )
    assert derive_key("agenda_item", {"meeting_id": 1}, no_parent) is None
    assert derive_key("person", {"name": "A"}, no_parent) is None


def test_an_offices_own_aksi_year_is_locked_only_by_its_own_approval() -> None:
    def lock(region: str) -> LockInfo:
        return LockInfo(PeriodKind.AKSI, "2024", "x", region, "y", "2024-12-01 08:00 UTC")

    key = derive_key("aksi_progress", {"year": 2024}, lambda _table, _row: None)
    assert (
        matching_lock([lock(CIBADAK)], key, office_region="36.02") is None
    )  # a kecamatan's approval, at the kabupaten
    assert (
        matching_lock([lock("36.02")], key, office_region="36.02") is not None
    )  # the kabupaten's own, from the province
    assert matching_lock([lock(CIBADAK)], key, office_region=CIBADAK) is not None  # the kecamatan's own


def _minlok_period(context: AppContext, period: str) -> None:
    with unit_of_work(context.session_factory) as session:
        session.execute(
            PeriodLock.__table__.update().where(PeriodLock.kind == "minlok").values(period=period)  # type: ignore[attr-defined]
        )


def test_an_rtl_is_locked_with_its_meetings_month_but_its_status_moves_on(context: AppContext) -> None:
    _minlok_period(context, "2024-09")  # October still open while the meeting and its RTL are written
    data = MeetingData(title="Minlok Oktober", region_code=CIBADAK, meeting_date=date(2024, 10, 15), place="Aula")
    october = create_meeting(context.session_factory, data).id
    action_id = save_action(
        context.session_factory, october, ActionData(description="Verval KRS Desa Cibadak", responsible="PKB")
    )
    _minlok_period(context, "2024-10")  # the kabupaten approved October
    with pytest.raises(PeriodLocked, match="Minlok \\(rapat\\) 2024-10"):  # the RTL as decided: locked
        with unit_of_work(context.session_factory) as session:
            action = session.get(ActionItem, action_id)
            assert action is not None
            action.responsible = "Camat"
    with pytest.raises(PeriodLocked):  # a status change recorded at the approved meeting: locked
        with unit_of_work(context.session_factory) as session:
            session.add(ActionStatusChange(action_id=action_id, meeting_id=october, new_status="batal"))
    with pytest.raises(PeriodLocked):  # deleting the RTL: locked
        with unit_of_work(context.session_factory) as session:
            action = session.get(ActionItem, action_id)
            assert action is not None
            session.delete(action)
    # Its progress is reported later (the RTL overview): the status and its history move on.
    set_action_status(context.session_factory, action_id, "berjalan", "sudah dimulai")
    with reading(context.session_factory) as session:
        action = session.get(ActionItem, action_id)
        assert action is not None and (action.status, action.responsible) == ("berjalan", "PKB")
        changes = session.scalars(
            select(ActionStatusChange.new_status).where(ActionStatusChange.action_id == action_id)
        )
        assert "berjalan" in list(changes)
    with reading(context.session_factory) as session:  # the exchange import's check: the same rule
        guard = PeriodGuard(session.connection())
        stored = guard.parent("action_item", action_id)
        assert stored is not None
        assert guard.lock_for_update("action_item", action_id, {**stored, "status": "selesai"}) is None
        assert guard.lock_for_update("action_item", action_id, {**stored, "description": "Lain"}) is not None
