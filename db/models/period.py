"""Period approval (kunci periode): the state of each submitted period, at the submitting and the receiving office."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime, new_uuid, utc_now


class PeriodLock(Base):
    """One period of one kind of data of one submitting office, and where it stands in the approval cycle.

    The submitting office keeps a row for each period it sent (``office_code`` its own code, ``approver_code`` the
    office it went to); the receiving office keeps one per partner and period (``office_code`` the sender). A row in
    state ``disetujui`` locks every record of that kind, period and region (``region_code`` is the submitting
    office's region) at both ends.
    """

    __tablename__ = "period_lock"
    __table_args__ = (UniqueConstraint("office_code", "kind", "period", name="uq_period_lock_office_kind_period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    office_code: Mapped[str] = mapped_column(String(40))
    office_name: Mapped[str] = mapped_column(String(200), default="")
    region_code: Mapped[str] = mapped_column(String(13))
    approver_code: Mapped[str] = mapped_column(String(40))
    approver_name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(12))
    period: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(16), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    submission_package: Mapped[str] = mapped_column(String(36), default="")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    decided_by: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, onupdate=utc_now)
