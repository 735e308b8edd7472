"""The audit trail service on a real migrated SQLite database: filters, keyset pages, counter, export, access."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from db.models.audit import AuditEntry
from db.models.meeting import Person
from desktop.context import AppContext
from desktop.domain.errors import UserError
from desktop.services.audit_trail import (
    AuditFilter,
    audit_choices,
    audit_page,
    change_counter,
    export_audit,
    record_access,
)
from desktop.services.tasks import Cancelled, TaskControl
from desktop.services.unit_of_work import unit_of_work


def _person(context: AppContext, name: str, actor: str) -> str:
    with unit_of_work(context.session_factory) as session:
        session.info["actor"] = actor
        person = Person(name=name)
        session.add(person)
        session.flush()
        return person.uuid


def _rename(context: AppContext, uuid: str, name: str, actor: str) -> None:
    with unit_of_work(context.session_factory) as session:
        session.info["actor"] = actor
        person = session.scalars(select(Person).where(Person.uuid == uuid)).one()
        person.name = name


def test_filters_by_user_record_action_and_day(office_context: AppContext) -> None:
    ani = _person(office_context, "Ani", "siti")
    budi = _person(office_context, "Budi", "rudi")
    _rename(office_context, ani, "Ani Suryani", "rudi")
    factory = office_context.session_factory

    by_rudi = audit_page(factory, AuditFilter(actor="rudi", entity="person")).rows
    assert {(row.record, row.action) for row in by_rudi} == {(budi, "create"), (ani, "update")}
    change = next(row for row in by_rudi if row.action == "update")
    assert (change.field, change.old_value, change.new_value) == ("name", "Ani", "Ani Suryani")
    assert (change.entity_label, change.action_label) == ("Orang", "Diubah")

    of_ani = audit_page(factory, AuditFilter(record=ani)).rows
    assert [row.action for row in of_ani] == ["update", "create"]  # newest first
    assert audit_page(factory, AuditFilter(record=ani, action="create")).rows[0].actor == "siti"

    today = date.today()
    assert len(audit_page(factory, AuditFilter(entity="person", since=today, until=today)).rows) == 3
    assert audit_page(factory, AuditFilter(entity="person", until=today - timedelta(days=1))).rows == []
    assert audit_page(factory, AuditFilter(entity="person", since=today + timedelta(days=1))).rows == []
    # An entry of yesterday falls inside a range that ends yesterday, whole day included.
    with unit_of_work(factory) as session:
        first = min(row.id for row in of_ani)
        moved = session.get(AuditEntry, first)
        assert moved is not None
        session.execute(update(AuditEntry).where(AuditEntry.id == first).values(at=moved.at - timedelta(days=1)))
    assert [row.id for row in audit_page(factory, AuditFilter(until=today - timedelta(days=1))).rows] == [first]

    choices = audit_choices(factory)
    assert {"siti", "rudi"} <= set(choices.actors)
    with pytest.raises(UserError, match="Tanggal akhir sebelum tanggal awal"):
        audit_page(factory, AuditFilter(since=today, until=today - timedelta(days=1)))


def test_keyset_pages_cover_every_entry_once(office_context: AppContext) -> None:
    for number in range(7):
        _person(office_context, f"Orang {number}", "siti")
    factory = office_context.session_factory
    wanted = AuditFilter(actor="siti")
    seen: list[int] = []
    before = None
    while True:
        page = audit_page(factory, wanted, before=before, limit=3)
        seen += [row.id for row in page.rows]
        if page.next_before is None:
            break
        before = page.next_before
    assert len(seen) == 7 and seen == sorted(seen, reverse=True) and len(set(seen)) == 7


def test_change_counter_moves_only_on_a_write(office_context: AppContext) -> None:
    factory = office_context.session_factory
    before = change_counter(factory)
    assert change_counter(factory) == before
    _person(office_context, "Ani", "siti")
    assert change_counter(factory) > before


def test_export_writes_the_filtered_trail_as_text(office_context: AppContext, tmp_path: Path) -> None:
    uuid = _person(office_context, "=HYPERLINK(1)", "siti")
    _rename(office_context, uuid, "Ani", "siti")
    target = tmp_path / "riwayat.xlsx"
    rows = export_audit(office_context.session_factory, AuditFilter(record=uuid), target)
    assert rows == 2
    sheet = load_workbook(target).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["Waktu (UTC)", "Kantor", "Pengguna"]
    assert values[1][2:] == ["siti", "Orang", uuid, "Diubah", "name", "=HYPERLINK(1)", "Ani"]
    assert sheet.cell(row=2, column=8).data_type == "s"  # the old value stays text, never a formula
    assert values[2][5] == "Dibuat"

    control = TaskControl()
    control.cancel()
    with pytest.raises(Cancelled):
        export_audit(office_context.session_factory, AuditFilter(), tmp_path / "batal.xlsx", control=control)
    assert not (tmp_path / "batal.xlsx").exists()
    with pytest.raises(UserError, match="tidak ada"):
        export_audit(office_context.session_factory, AuditFilter(), tmp_path / "tidak-ada" / "r.xlsx")


def test_an_access_is_recorded_with_what_and_how_many(office_context: AppContext) -> None:
    record_access(office_context.session_factory, "export", "report", "krs-list", 42)
    row = audit_page(office_context.session_factory, AuditFilter(action="export")).rows[0]
    assert (row.entity, row.field, row.new_value, row.action_label) == ("report", "krs-list", "42", "Diekspor")
    assert row.office_code  # the office of the database


def test_by_name_exports_are_audited_and_recaps_are_not(office_context: AppContext, tmp_path: Path) -> None:
    from desktop.cli import main

    data_dir = ["--data-dir", str(office_context.data_dir)]
    assert main([*data_dir, "export", "krs-list", "--year", "2025", "-o", str(tmp_path / "daftar.xlsx")]) == 0
    assert (
        main([*data_dir, "export", "cases-list", "--year", "2025", "--show-nik", "-o", str(tmp_path / "k.xlsx")]) == 0
    )
    assert main([*data_dir, "export", "minlok", "--year", "2025", "-o", str(tmp_path / "minlok.xlsx")]) == 0
    desa = ["krs", "worksheet", "export", "--desa", "36.02.18.2004"]
    assert main([*data_dir, *desa, "--show-nik", "-o", str(tmp_path / "lembar.xlsx")]) == 0
    rows = audit_page(office_context.session_factory, AuditFilter(action="export")).rows
    assert [(row.entity, row.field) for row in rows] == [
        ("worksheet", "36.02.18.2004 (NIK)"),
        ("report", "cases-list (NIK)"),
        ("report", "krs-list"),
    ]
    assert all(row.actor and row.new_value == "0" for row in rows)  # who, and how many rows (none here)
