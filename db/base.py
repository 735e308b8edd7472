"""The declarative base, shared column types and the exchange mixin every exchangeable row uses."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# A fixed naming convention gives constraints stable names, which batch migrations on SQLite rely on.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC and always returned timezone-aware (UTC).

    SQLite has no time zone support; storing naive UTC and attaching the zone on the way out keeps SQLite and
    PostgreSQL behaving alike.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Converts an aware datetime to naive UTC; refuses naive input, which would be ambiguous."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Attaches UTC to the stored naive value."""
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    """Returns the current time, timezone-aware in UTC."""
    return datetime.now(UTC)


def new_uuid() -> str:
    """Returns a new random UUID as its 36-character text form."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """Declarative base of every model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ExchangeMixin:
    """Columns that make a row exchange-ready between offices.

    Every exchangeable row carries a stable UUID, the code of the office that created it, UTC created/updated
    timestamps, a row version (SQLAlchemy's optimistic version counter) and a soft-deletion timestamp. The audit
    listener in :mod:`db.audit_events` fills the office code and writes the audit trail for these rows.
    """

    __audited__ = True

    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    origin_office: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, onupdate=utc_now)
    row_version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr receives the class
        """Makes ``row_version`` SQLAlchemy's version counter, so concurrent edits are detected."""
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]

    @property
    def is_deleted(self) -> bool:
        """True when the row has been soft-deleted."""
        return self.deleted_at is not None
