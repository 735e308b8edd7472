"""The audit trail: who changed which field of which row, from what to what, when and in which office."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime, new_uuid, utc_now


class AuditEntry(Base):
    """One recorded change. Written by :mod:`db.audit_events`, never edited; carried in exchange packages.

    ``action`` is ``create``, ``update``, ``delete`` (soft deletion) or ``restore``; for ``update`` there is one
    entry per changed field, with the old and new values as text.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, index=True)
    office_code: Mapped[str] = mapped_column(String(40), default="")
    actor: Mapped[str] = mapped_column(String(120), default="")
    entity: Mapped[str] = mapped_column(String(60))
    entity_uuid: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str | None] = mapped_column(String(60), default=None)
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
