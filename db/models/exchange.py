"""Exchange between offices: trusted partners, the version of every exchanged record, packages and conflicts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime, utc_now


class ExchangePartner(Base):
    """Another office this office trusts, added from its office card.

    ``signing_key`` is the Ed25519 public key (base64 of the 32 raw bytes); ``encryption_key`` the age X25519
    recipient (``age1...``). ``revoked_at`` set means packages from it are refused and none are made for it.
    """

    __tablename__ = "exchange_partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[int] = mapped_column(Integer)
    region_code: Mapped[str] = mapped_column(String(13))
    signing_key: Mapped[str] = mapped_column(String(64))
    encryption_key: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(40))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    last_sent_sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_received_sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_acked_sequence: Mapped[int] = mapped_column(Integer, default=0)


class ExchangeRecordState(Base):
    """The exchange version of one record: its version vector and the hash of the content that vector names.

    ``vector`` is JSON ``{office code: number of changes made there}``. A record whose current content hash differs
    from ``content_hash`` was changed here since; the next export or import counts that change for this office.
    """

    __tablename__ = "exchange_record_state"
    __table_args__ = (UniqueConstraint("entity", "record_uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[str] = mapped_column(String(36))
    vector: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    # The record's local row_version when content_hash was taken: equal means unchanged since (no re-hash needed).
    row_version: Mapped[int] = mapped_column(Integer, default=0)


class ExchangePartnerRecord(Base):
    """The version of a record a partner is known to hold (acknowledged, or received from it)."""

    __tablename__ = "exchange_partner_record"
    __table_args__ = (UniqueConstraint("partner_code", "entity", "record_uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_code: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[str] = mapped_column(String(36))
    vector: Mapped[str] = mapped_column(Text)


class ExchangePackage(Base):
    """A package sent to or received from a partner (``direction`` ``sent`` or ``received``)."""

    __tablename__ = "exchange_package"
    __table_args__ = (UniqueConstraint("package_id", "direction"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36))
    direction: Mapped[str] = mapped_column(String(10))
    partner_code: Mapped[str] = mapped_column(String(40))
    sequence: Mapped[int] = mapped_column(Integer)
    # The sender's clock, as written in the manifest: shown, never used to decide anything.
    created_at: Mapped[str] = mapped_column(String(40))
    processed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    scope: Mapped[str] = mapped_column(String(20))
    counts: Mapped[str] = mapped_column(Text, default="{}")
    file_name: Mapped[str] = mapped_column(String(260), default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class ExchangeConflict(Base):
    """A record both offices changed since they last agreed: the local version was kept, the incoming stored.

    ``local`` and ``incoming`` hold the two versions' data as JSON; ``resolution`` is ``local``, ``incoming`` or
    ``superseded`` (a later package carried a version that contains both) once resolved.
    """

    __tablename__ = "exchange_conflict"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[str] = mapped_column(String(36))
    partner_code: Mapped[str] = mapped_column(String(40))
    package_id: Mapped[str] = mapped_column(String(36))
    local: Mapped[str] = mapped_column(Text)
    local_vector: Mapped[str] = mapped_column(Text)
    incoming: Mapped[str] = mapped_column(Text)
    incoming_vector: Mapped[str] = mapped_column(Text)
    incoming_hash: Mapped[str] = mapped_column(String(64))
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    resolution: Mapped[str | None] = mapped_column(String(12), default=None)
    resolved_by: Mapped[str] = mapped_column(String(120), default="")
