"""The people who may sign in to a shared office's database, with their role and login state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime, utc_now
from desktop.domain.users import Role


class User(Base):
    """A user account of this database; local to it, never exchanged with other offices.

    The password is kept only as an argon2id hash (``password_hash``, the encoded PHC string with its salt and
    parameters); the plain password is never stored or logged.
    """

    __tablename__ = "app_user"  # "user" is a reserved word in PostgreSQL

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(160), default="")
    nip: Mapped[str] = mapped_column(String(18), default="")
    position: Mapped[str] = mapped_column(String(160), default="")
    role: Mapped[str] = mapped_column(String(12), default=Role.OPERATOR.value)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, onupdate=utc_now)
