"""Which records a period submission carries, per kind: the period's own, their children, and what they point at."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models.cases import CaseChild, CaseMeasurement, CaseStatusChange
from db.models.krs import KrsFamily, KrsVerification
from desktop.context import AppContext, open_context
from desktop.domain.periods import PeriodKind
from desktop.paths import DATABASE_FILE
from desktop.services.exchange.entities import BY_NAME
from desktop.services.exchange.periods import period_scope
from desktop.services.unit_of_work import reading, unit_of_work

DESA = "36.02.18.2004"


@pytest.fixture
def context(tmp_path: Path, office_template: Path) -> Iterator[AppContext]:
    """The demo office with families of two rounds and a child measured in both semesters of 2024."""
    shutil.copy(office_template, tmp_path / DATABASE_FILE)
    opened = open_context(tmp_path)
    with unit_of_work(opened.session_factory) as session:
        old, new = (
            KrsFamily(
                source_round=round_,
                identity_key=f"KK:{round_}",
                kecamatan_code="36.02.18",
                desa_code=DESA,
                head_name="A",
            )
            for round_ in ("PK23", "PK24")
        )
        child = CaseChild(name="Ani", sex="P", birth_date=date(2023, 1, 5), desa_code=DESA)
        session.add_all([old, new, child])
        session.flush()
        session.add_all(
            [
                KrsVerification(
                    family_id=old.id, existence_code="ditemukan", result_code="x", verified_on=date(2023, 9, 1)
                ),
                KrsVerification(
                    family_id=new.id, existence_code="ditemukan", result_code="x", verified_on=date(2024, 9, 1)
                ),
                CaseMeasurement(child_id=child.id, measured_on=date(2024, 3, 1), height_cm=75, method="L"),
                CaseMeasurement(child_id=child.id, measured_on=date(2024, 8, 1), height_cm=80, method="L"),
                CaseStatusChange(child_id=child.id, changed_on=date(2024, 12, 31), new_status="diukur_ulang"),
            ]
        )
    yield opened
    opened.dispose()


def carried(context: AppContext, kind: PeriodKind, period: str) -> dict[str, list[object]]:
    """The rows of each entity the submission of ``period`` would carry: family rounds, measurement dates..."""
    shown = {
        "krs_family": "source_round",
        "krs_verification": "verified_on",
        "case_child": "name",
        "case_measurement": "measured_on",
        "case_status_change": "changed_on",
        "meeting": "title",
    }
    found: dict[str, list[object]] = {}
    with reading(context.session_factory) as session:
        for name, condition in period_scope(kind, period).items():
            table = BY_NAME[name].table
            column = table.c[shown[name]] if name in shown else table.c.id
            rows = session.scalars(select(column).where(condition).order_by(table.c.id)).all()
            if rows:
                found[name] = list(rows)
    return found


def test_a_krs_round_carries_its_families_and_their_verifications_only(context: AppContext) -> None:
    assert carried(context, PeriodKind.KRS, "PK24") == {
        "krs_family": ["PK24"],
        "krs_verification": [date(2024, 9, 1)],
    }


def test_a_semester_carries_its_measurements_and_status_changes_with_their_child(context: AppContext) -> None:
    assert carried(context, PeriodKind.CASES, "2024-S2") == {
        "case_child": ["Ani"],
        "case_measurement": [date(2024, 8, 1)],
        "case_status_change": [date(2024, 12, 31)],
    }
    assert carried(context, PeriodKind.CASES, "2024-S1") == {
        "case_child": ["Ani"],
        "case_measurement": [date(2024, 3, 1)],
    }
    assert carried(context, PeriodKind.CASES, "2023-S2") == {}


def test_an_aksi_year_or_a_month_without_records_carries_nothing(context: AppContext) -> None:
    assert carried(context, PeriodKind.AKSI, "2024") == {}  # Aksi progress is not exchanged (yet)
    assert carried(context, PeriodKind.MINLOK, "2024-10") == {}
