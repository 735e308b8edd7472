"""The audit trail and the exchange columns, on a real migrated SQLite database."""

from __future__ import annotations

from sqlalchemy import select

from db.base import utc_now
from db.models.audit import AuditEntry
from db.models.office import Office
from desktop.context import AppContext
from desktop.services.office import get_office, save_office


def _office(context: AppContext) -> Office:
    with context.session_factory() as session:
        office = session.scalars(select(Office)).one()
        session.expunge(office)
        return office


def test_created_row_has_exchange_columns(office_context: AppContext) -> None:
    office = _office(office_context)
    assert len(office.uuid) == 36
    assert office.origin_office == office.code
    assert office.created_at.tzinfo is not None
    assert office.row_version == 1
    assert office.deleted_at is None


def test_update_records_field_old_and_new_value(office_context: AppContext) -> None:
    settings = get_office(office_context.session_factory)
    assert settings is not None
    old_name = settings.head_name
    settings.head_name = "Hj. Siti Aminah, S.KM., M.Kes."
    save_office(office_context.session_factory, settings)
    with office_context.session_factory() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "update")).all()
    assert [(e.field, e.old_value, e.new_value) for e in entries] == [
        ("head_name", old_name, "Hj. Siti Aminah, S.KM., M.Kes.")
    ]
    entry = entries[0]
    assert entry.entity == "office"
    assert entry.office_code == settings.code
    assert entry.entity_uuid == _office(office_context).uuid
    assert _office(office_context).row_version == 2


def test_soft_delete_is_audited_and_keeps_the_row(office_context: AppContext) -> None:
    with office_context.session_factory() as session, session.begin():
        office = session.scalars(select(Office)).one()
        office.deleted_at = utc_now()
    with office_context.session_factory() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        assert session.scalars(select(Office)).one().is_deleted
    assert actions[-1] == "delete"
    assert get_office(office_context.session_factory) is None
