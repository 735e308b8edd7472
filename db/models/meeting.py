"""Meetings (Rapat): series, meetings, participants, agenda, discussion, decisions, RTL, versions, attachments.

An RTL (:class:`ActionItem`) keeps one identity across the meetings of a series: it is created in one meeting and
reviewed in later ones; :class:`ActionReview` records its status as each meeting saw it, and
:class:`ActionStatusChange` keeps every status change with who and when.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, ExchangeMixin, UTCDateTime, utc_now
from desktop.domain.meetings.codes import ActionStatus, Attendance, MeetingStatus


class MeetingSeries(ExchangeMixin, Base):
    """A recurring forum, e.g. ``Minlok Kecamatan Cibadak`` or ``Rakor TPPS Kabupaten Lebak``."""

    __tablename__ = "meeting_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    meeting_type: Mapped[str] = mapped_column(String(30))
    level: Mapped[str] = mapped_column(String(12))
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The issuer whose kop its documents carry (a kecamatan, the TPPS); None: the office's own kop.
    letterhead_id: Mapped[int | None] = mapped_column(ForeignKey("issuer_letterhead.id"), default=None)


class Meeting(ExchangeMixin, Base):
    """One meeting and its minutes' header; ``status`` is ``draft`` or ``final`` (locked)."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_series.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    meeting_type: Mapped[str] = mapped_column(String(30))
    level: Mapped[str] = mapped_column(String(12))
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    number: Mapped[str] = mapped_column(String(80), default="")
    meeting_date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    time_zone: Mapped[str] = mapped_column(String(4), default="WIB")
    place: Mapped[str] = mapped_column(String(300), default="")
    online_link: Mapped[str] = mapped_column(String(300), default="")
    chair_name: Mapped[str] = mapped_column(String(160), default="")
    chair_position: Mapped[str] = mapped_column(String(200), default="")
    chair_rank: Mapped[str] = mapped_column(String(80), default="")
    chair_nip: Mapped[str] = mapped_column(String(18), default="")
    secretary_name: Mapped[str] = mapped_column(String(160), default="")
    secretary_position: Mapped[str] = mapped_column(String(200), default="")
    secretary_rank: Mapped[str] = mapped_column(String(80), default="")
    secretary_nip: Mapped[str] = mapped_column(String(18), default="")
    opening: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default=MeetingStatus.DRAFT.value)
    version: Mapped[int] = mapped_column(Integer, default=0)
    correction_reason: Mapped[str] = mapped_column(Text, default="")


class Person(ExchangeMixin, Base):
    """The directory of people met before, completing participant names as they are typed."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), index=True)
    position: Mapped[str] = mapped_column(String(200), default="")
    institution: Mapped[str] = mapped_column(String(200), default="")
    gender: Mapped[str] = mapped_column(String(1), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    nip: Mapped[str] = mapped_column(String(18), default="")
    rank: Mapped[str] = mapped_column(String(80), default="")
    last_seen: Mapped[date | None] = mapped_column(Date)


class MeetingParticipant(ExchangeMixin, Base):
    """A person invited to or attending a meeting, as the attendance list shows them."""

    __tablename__ = "meeting_participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    order_no: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(160))
    position: Mapped[str] = mapped_column(String(200), default="")
    institution: Mapped[str] = mapped_column(String(200), default="")
    gender: Mapped[str] = mapped_column(String(1), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    nip: Mapped[str] = mapped_column(String(18), default="")
    attendance: Mapped[str] = mapped_column(String(12), default=Attendance.DIUNDANG.value)


class AgendaItem(ExchangeMixin, Base):
    """An agenda item; unfinished ones are carried into the next meeting of the series."""

    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    order_no: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id"))


class DiscussionPoint(ExchangeMixin, Base):
    """Who said what: one speaker's contribution in the discussion."""

    __tablename__ = "discussion_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    order_no: Mapped[int] = mapped_column(Integer, default=0)
    speaker: Mapped[str] = mapped_column(String(300))
    content: Mapped[str] = mapped_column(Text)


class Decision(ExchangeMixin, Base):
    """A conclusion or decision of the meeting."""

    __tablename__ = "meeting_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    order_no: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str] = mapped_column(Text)


class ActionItem(ExchangeMixin, Base):
    """An RTL (rencana tindak lanjut): what, who, by when, funded how, and its current status."""

    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    origin_meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_series.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    funding_source: Mapped[str] = mapped_column(String(24), default="")
    status: Mapped[str] = mapped_column(String(10), default=ActionStatus.BELUM.value, index=True)
    region_code: Mapped[str | None] = mapped_column(ForeignKey("region.code"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class ActionReview(ExchangeMixin, Base):
    """An RTL as one meeting saw it: created there or carried over for review, with the status at that meeting."""

    __tablename__ = "action_review"
    __table_args__ = (UniqueConstraint("meeting_id", "action_id", name="uq_action_review_meeting_action"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action_item.id"), index=True)
    order_no: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(10), default=ActionStatus.BELUM.value)
    carried_over: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class ActionStatusChange(ExchangeMixin, Base):
    """One change of an RTL's status: old and new value, the meeting it happened in (if any), a note."""

    __tablename__ = "action_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action_item.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    old_status: Mapped[str] = mapped_column(String(10), default="")
    new_status: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    changed_by: Mapped[str] = mapped_column(String(80), default="")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class MeetingVersion(ExchangeMixin, Base):
    """A finalised version of the minutes: a JSON snapshot of everything printed, with the reason for it."""

    __tablename__ = "meeting_version"
    __table_args__ = (UniqueConstraint("meeting_id", "version_no", name="uq_meeting_version_meeting_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    version_no: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    snapshot_json: Mapped[str] = mapped_column(Text)
    finalised_by: Mapped[str] = mapped_column(String(80), default="")
    finalised_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class MeetingAttachment(ExchangeMixin, Base):
    """A file kept with a meeting (the scanned signed minutes, photos), stored under the data folder by hash."""

    __tablename__ = "meeting_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(260))
    stored_path: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
