"""Session hooks that stamp exchangeable rows and write the audit trail in the same transaction.

Installed on a session factory by :func:`db.engine.make_session_factory`. The acting user and office come from
``session.info`` (keys ``actor`` and ``office_code``); the office code falls back to the office row in the
database, looked up once per session.
"""

from __future__ import annotations

import enum
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from db.base import ExchangeMixin, new_uuid, utc_now
from db.models.audit import AuditEntry
from db.models.office import Office

# Columns that change on every write and say nothing about the record's content.
_BOOKKEEPING = frozenset({"updated_at", "row_version", "origin_office", "created_at", "uuid"})


def audit_text(value: Any) -> str | None:
    """Renders a column value as the text stored in the audit trail.

    Args:
        value: any column value.

    Returns:
        None for None, ISO text for dates, a marker for binary data, ``str`` otherwise.
    """
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} byte>"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool | int | float | Decimal | str):
        return str(value)
    return json.dumps(value, default=str, ensure_ascii=False)


def _office_code(session: Session) -> str:
    code = session.info.get("office_code")
    if code is None:
        with session.no_autoflush:
            code = session.execute(select(Office.code).order_by(Office.id).limit(1)).scalar() or ""
        session.info["office_code"] = code
    return str(code)


def office_code_in(session: Session) -> str:
    """The office code the session's audit entries carry (``session.info``, else the office row)."""
    return _office_code(session)


def _entry(session: Session, obj: ExchangeMixin, action: str, **values: Any) -> AuditEntry:
    return AuditEntry(
        office_code=_office_code(session),
        actor=str(session.info.get("actor", "")),
        entity=obj.__tablename__,  # type: ignore[attr-defined]
        entity_uuid=obj.uuid,
        action=action,
        at=utc_now(),
        **values,
    )


def _changes(obj: ExchangeMixin) -> list[tuple[str, Any, Any]]:
    state = inspect(obj)
    changes: list[tuple[str, Any, Any]] = []
    for attr in state.mapper.column_attrs:
        if attr.key in _BOOKKEEPING:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            changes.append((attr.key, old, new))
    return changes


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    entries: list[AuditEntry] = []
    for obj in list(session.new):
        if isinstance(obj, ExchangeMixin):
            if not obj.uuid:
                # Defaults apply at INSERT time, too late for the audit entry that names the row.
                obj.uuid = new_uuid()
            if not obj.origin_office:
                obj.origin_office = _office_code(session)
            entries.append(_entry(session, obj, "create"))
    for obj in list(session.dirty):
        if not isinstance(obj, ExchangeMixin) or not session.is_modified(obj, include_collections=False):
            continue
        for key, old, new in _changes(obj):
            if key == "deleted_at":
                entries.append(_entry(session, obj, "delete" if new is not None else "restore"))
            else:
                entries.append(
                    _entry(session, obj, "update", field=key, old_value=audit_text(old), new_value=audit_text(new))
                )
    for obj in list(session.deleted):
        if isinstance(obj, ExchangeMixin):
            # Hard deletes are for drafts only; still leave a trace.
            entries.append(_entry(session, obj, "purge"))
    session.add_all(entries)


def install_audit(factory: sessionmaker[Session]) -> None:
    """Attaches the audit hook to every session the factory makes.

    Args:
        factory: the session factory of the application.
    """
    if not event.contains(factory, "before_flush", _before_flush):
        event.listen(factory, "before_flush", _before_flush)
