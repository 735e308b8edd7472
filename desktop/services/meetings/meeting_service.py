"""Meeting series and meetings: create, edit, list, read whole; carry-over into the next meeting of a series."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.base import utc_now
from db.models.meeting import (
    ActionItem,
    ActionReview,
    AgendaItem,
    Decision,
    DiscussionPoint,
    Meeting,
    MeetingParticipant,
    MeetingSeries,
)
from db.models.office import IssuerLetterhead
from db.models.region import Region
from db.repositories import meeting_repository as repo
from desktop.domain.i18n import _
from desktop.domain.identifiers import digits_only, nip_problem
from desktop.domain.meetings.codes import TIME_ZONES, MeetingLevel, MeetingStatus, MeetingType
from desktop.domain.meetings.records import (
    ActionData,
    AgendaData,
    DecisionData,
    DiscussionData,
    MeetingData,
    MeetingError,
    MeetingLockedError,
    MeetingRecord,
    MeetingSummary,
    MeetingValidationError,
    ParticipantData,
    SeriesData,
    Signer,
)
from desktop.services.regions import name_key
from desktop.services.unit_of_work import reading, unit_of_work


def region_names(session: Session, codes: set[str]) -> dict[str, str]:
    """Names of the given region codes."""
    if not codes:
        return {}
    rows = session.execute(select(Region.code, Region.name).where(Region.code.in_(codes)))
    return {code: name for code, name in rows}


def list_series(session_factory: sessionmaker[Session]) -> list[SeriesData]:
    """Every live meeting series with its region name and number of meetings, by name."""
    with reading(session_factory) as session:
        rows = session.scalars(repo.live(MeetingSeries).order_by(MeetingSeries.name)).all()
        counts = repo.series_meeting_counts(session)
        names = region_names(session, {row.region_code for row in rows})
        return [
            SeriesData(
                id=row.id,
                name=row.name,
                meeting_type=row.meeting_type,
                level=row.level,
                region_code=row.region_code,
                notes=row.notes,
                region_name=names.get(row.region_code, ""),
                meeting_count=counts.get(row.id, 0),
                letterhead_id=row.letterhead_id,
            )
            for row in rows
        ]


def _check_codes(session: Session, meeting_type: str, level: str, region_code: str) -> dict[str, str]:
    problems: dict[str, str] = {}
    if MeetingType.of(meeting_type) is None:
        problems["meeting_type"] = _("Jenis rapat tidak dikenal.")
    if MeetingLevel.of(level) is None:
        problems["level"] = _("Tingkat rapat harus kabupaten, kecamatan atau desa.")
    if not region_code or session.get(Region, region_code) is None:
        problems["region_code"] = _("Pilih wilayah dari daftar wilayah.")
    return problems


def save_series(session_factory: sessionmaker[Session], data: SeriesData) -> int:
    """Creates or updates a series.

    Returns:
        The series id.

    Raises:
        MeetingValidationError: a field is not valid.
    """
    with unit_of_work(session_factory) as session:
        problems = _check_codes(session, data.meeting_type, data.level, data.region_code)
        if not data.name.strip():
            problems["name"] = _("Nama seri rapat wajib diisi.")
        if data.letterhead_id is not None and session.get(IssuerLetterhead, data.letterhead_id) is None:
            problems["letterhead_id"] = _("Kop penerbit tidak dikenal.")
        if problems:
            raise MeetingValidationError(problems)
        row = session.get(MeetingSeries, data.id) if data.id else None
        if row is None:
            row = MeetingSeries()
            session.add(row)
        row.name = data.name.strip()
        row.meeting_type = data.meeting_type
        row.level = data.level
        row.region_code = data.region_code
        row.notes = data.notes.strip()
        row.letterhead_id = data.letterhead_id
        session.flush()
        return row.id


def list_meetings(session_factory: sessionmaker[Session], series_id: int | None = None) -> list[MeetingSummary]:
    """Live meetings (of one series, or all), newest first."""
    with reading(session_factory) as session:
        rows = session.execute(repo.meetings_query(series_id)).all()
        names = region_names(session, {meeting.region_code for meeting, _series in rows})
        return [
            MeetingSummary(
                id=meeting.id,
                series_id=meeting.series_id,
                series_name=series.name if series else "",
                title=meeting.title,
                meeting_type=meeting.meeting_type,
                meeting_date=meeting.meeting_date,
                region_code=meeting.region_code,
                region_name=names.get(meeting.region_code, ""),
                number=meeting.number,
                status=meeting.status,
                version=meeting.version,
            )
            for meeting, series in rows
        ]


def validate_meeting(session: Session, data: MeetingData) -> dict[str, str]:
    """Checks a meeting header; returns field name to Indonesian reason (empty when valid)."""
    problems = _check_codes(session, data.meeting_type, data.level, data.region_code)
    if not data.title.strip():
        problems["title"] = _("Judul/acara rapat wajib diisi.")
    if data.time_zone not in TIME_ZONES:
        problems["time_zone"] = _("Zona waktu harus WIB, WITA atau WIT.")
    if data.start_time and data.end_time and data.end_time <= data.start_time:
        problems["end_time"] = _("Jam selesai harus sesudah jam mulai.")
    if data.series_id is not None and session.get(MeetingSeries, data.series_id) is None:
        problems["series_id"] = _("Seri rapat tidak ditemukan.")
    for key, signer in (("chair_nip", data.chair), ("secretary_nip", data.secretary)):
        if signer.nip.strip():
            reason = nip_problem(signer.nip.strip())
            if reason:
                problems[key] = reason[0].upper() + reason[1:] + "."
    return problems


def apply_header(meeting: Meeting, data: MeetingData) -> None:
    """Copies a (validated) header onto a meeting row."""
    meeting.series_id = data.series_id
    meeting.title = data.title.strip()
    meeting.meeting_type = data.meeting_type
    meeting.level = data.level
    meeting.region_code = data.region_code
    meeting.number = data.number.strip()
    meeting.meeting_date = data.meeting_date
    meeting.start_time = data.start_time
    meeting.end_time = data.end_time
    meeting.time_zone = data.time_zone
    meeting.place = data.place.strip()
    meeting.online_link = data.online_link.strip()
    meeting.chair_name = data.chair.name.strip()
    meeting.chair_position = data.chair.position.strip()
    meeting.chair_rank = data.chair.rank.strip()
    meeting.chair_nip = digits_only(data.chair.nip)
    meeting.secretary_name = data.secretary.name.strip()
    meeting.secretary_position = data.secretary.position.strip()
    meeting.secretary_rank = data.secretary.rank.strip()
    meeting.secretary_nip = digits_only(data.secretary.nip)
    meeting.opening = data.opening.strip()


@dataclass(frozen=True, slots=True)
class CreatedMeeting:
    """Result of :func:`create_meeting`.

    Attributes:
        id: the new meeting's id.
        carried_actions: open RTL brought in for review.
        carried_agenda: unfinished agenda items brought in from the previous meeting.
    """

    id: int
    carried_actions: int
    carried_agenda: int


def create_meeting(session_factory: sessionmaker[Session], data: MeetingData) -> CreatedMeeting:
    """Creates a meeting; in a series, every open RTL of the series and the previous meeting's unfinished
    agenda items are carried into it for review (the RTL keep their identity).

    Raises:
        MeetingValidationError: a field is not valid; nothing was written.
    """
    with unit_of_work(session_factory) as session:
        problems = validate_meeting(session, data)
        if problems:
            raise MeetingValidationError(problems)
        meeting = Meeting()
        apply_header(meeting, data)
        session.add(meeting)
        session.flush()
        actions = agenda = 0
        if meeting.series_id is not None:
            actions, agenda = _carry_over(session, meeting)
        return CreatedMeeting(meeting.id, actions, agenda)


def _carry_over(session: Session, meeting: Meeting) -> tuple[int, int]:
    assert meeting.series_id is not None
    open_actions = repo.open_actions_of_series(session, meeting.series_id)
    for order, action in enumerate(open_actions, start=1):
        session.add(
            ActionReview(
                meeting_id=meeting.id, action_id=action.id, order_no=order, status=action.status, carried_over=True
            )
        )
    previous = repo.previous_meeting(session, meeting)
    items = repo.unfinished_agenda(session, previous.id) if previous is not None else []
    for order, item in enumerate(items, start=1):
        session.add(AgendaItem(meeting_id=meeting.id, order_no=order, title=item.title, carried_from_id=item.id))
    return len(open_actions), len(items)


def load_meeting(session: Session, meeting_id: int) -> Meeting:
    """The live meeting row, or MeetingError when it does not exist."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise MeetingError(_("Rapat {meeting_id} tidak ditemukan.").format(meeting_id=meeting_id))
    return meeting


def ensure_editable(meeting: Meeting) -> None:
    """Raises MeetingLockedError when the minutes are finalised."""
    if meeting.status == MeetingStatus.FINAL:
        raise MeetingLockedError(
            _(
                "Notulen rapat ini sudah final (versi {version}) dan terkunci. Buka koreksi dengan alasan "
                "untuk mengubahnya."
            ).format(version=meeting.version)
        )


def update_meeting(session_factory: sessionmaker[Session], data: MeetingData) -> None:
    """Saves an edited meeting header.

    Raises:
        MeetingLockedError: the minutes are finalised.
        MeetingValidationError: a field is not valid.
    """
    if data.id is None:
        raise MeetingError(_("Rapat belum disimpan."))
    with unit_of_work(session_factory) as session:
        meeting = load_meeting(session, data.id)
        ensure_editable(meeting)
        problems = validate_meeting(session, data)
        if problems:
            raise MeetingValidationError(problems)
        apply_header(meeting, data)


def delete_meeting(session_factory: sessionmaker[Session], meeting_id: int) -> None:
    """Soft-deletes a draft meeting (finalised minutes are kept)."""
    with unit_of_work(session_factory) as session:
        meeting = load_meeting(session, meeting_id)
        ensure_editable(meeting)
        now = utc_now()
        meeting.deleted_at = now
        # RTL born in this meeting go with it; RTL it only reviewed stay with the meeting that created them.
        for action in session.scalars(repo.live(ActionItem).where(ActionItem.origin_meeting_id == meeting_id)):
            action.deleted_at = now
        for review in session.scalars(repo.live(ActionReview).where(ActionReview.meeting_id == meeting_id)):
            review.deleted_at = now


def meeting_header(meeting: Meeting) -> MeetingData:
    """The header of a meeting row as plain data."""
    return MeetingData(
        id=meeting.id,
        series_id=meeting.series_id,
        title=meeting.title,
        meeting_type=meeting.meeting_type,
        level=meeting.level,
        region_code=meeting.region_code,
        number=meeting.number,
        meeting_date=meeting.meeting_date,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        time_zone=meeting.time_zone,
        place=meeting.place,
        online_link=meeting.online_link,
        chair=Signer(meeting.chair_name, meeting.chair_position, meeting.chair_rank, meeting.chair_nip),
        secretary=Signer(
            meeting.secretary_name, meeting.secretary_position, meeting.secretary_rank, meeting.secretary_nip
        ),
        opening=meeting.opening,
    )


def read_record(session: Session, meeting_id: int) -> MeetingRecord:
    """Reads the live state of a meeting with all its lists."""
    meeting = load_meeting(session, meeting_id)
    series = session.get(MeetingSeries, meeting.series_id) if meeting.series_id else None
    pairs = repo.meeting_actions(session, meeting_id)
    names = region_names(session, {meeting.region_code} | {a.region_code for _r, a in pairs if a.region_code})
    return MeetingRecord(
        header=meeting_header(meeting),
        series_name=series.name if series else "",
        region_name=names.get(meeting.region_code, ""),
        status=meeting.status,
        version=meeting.version,
        participants=[
            ParticipantData(
                p.id, p.name, p.position, p.institution, p.gender, p.phone, p.nip, p.attendance, p.person_id
            )
            for p in repo.meeting_children(session, MeetingParticipant, meeting_id)
        ],
        agenda=[
            AgendaData(a.id, a.title, a.done, a.carried_from_id is not None)
            for a in repo.meeting_children(session, AgendaItem, meeting_id)
        ],
        discussion=[
            DiscussionData(d.id, d.speaker, d.content)
            for d in repo.meeting_children(session, DiscussionPoint, meeting_id)
        ],
        decisions=[DecisionData(d.id, d.content) for d in repo.meeting_children(session, Decision, meeting_id)],
        actions=[
            ActionData(
                action_id=action.id,
                description=action.description,
                responsible=action.responsible,
                deadline=action.deadline,
                funding_source=action.funding_source,
                status=review.status,
                region_code=action.region_code,
                region_name=names.get(action.region_code or "", ""),
                carried_over=review.carried_over,
                origin_meeting_id=action.origin_meeting_id,
                note=review.note,
                current_status=action.status,
            )
            for review, action in pairs
        ],
    )


def get_meeting(session_factory: sessionmaker[Session], meeting_id: int) -> MeetingRecord:
    """The live state of a meeting; see :func:`read_record`."""
    with reading(session_factory) as session:
        return read_record(session, meeting_id)


def suggested_number(pattern: str, when: date) -> str:
    """Fills the office's numbering pattern for a new document: ``{nomor}`` stays a blank ``___`` to write in.

    Example: ``400.5.7/{nomor}/Bapelitbangda/{tahun}`` -> ``400.5.7/___/Bapelitbangda/2024``.
    """
    return pattern.replace("{nomor}", "___").replace("{tahun}", str(when.year)) if pattern else ""


def region_choices(session_factory: sessionmaker[Session], kabupaten_code: str) -> list[tuple[str, str]]:
    """The kabupaten, its kecamatan and desa as (code, label) for pickers: ``Kecamatan Cibadak (36.02.18)``,
    ``  Desa Cibadak, Cibadak (36.02.18.2004)``; one query. The kabupaten first, then the kecamatan in
    alphabetical order, each followed by its desa in alphabetical order."""
    with reading(session_factory) as session:
        rows = session.execute(
            select(Region.code, Region.name, Region.level, Region.kind)
            .where((Region.code == kabupaten_code) | Region.code.startswith(kabupaten_code + "."))
            .order_by(Region.code)
        ).all()
    kecamatan = {code: name for code, name, level, _kind in rows if level == 3}
    names = {code: name for code, name, _level, _kind in rows}

    def tree_order(row: Any) -> tuple[str, ...]:
        # The kabupaten first, then each kecamatan by name followed by its desa by name.
        code = str(row[0])
        parts = code.split(".")
        ancestors = [".".join(parts[:length]) for length in range(3, len(parts) + 1)]
        return tuple(f"{name_key(names.get(ancestor, ancestor))}\x00{ancestor}" for ancestor in ancestors)

    choices = []
    for code, name, level, kind in sorted(rows, key=tree_order):
        if level == 2:
            choices.append((code, f"{name} ({code})"))
        elif level == 3:
            choices.append((code, _("Kecamatan {name} ({code})").format(name=name, code=code)))
        else:
            parent = kecamatan.get(code.rsplit(".", 1)[0], "")
            choices.append((code, f"{'Kelurahan' if kind == 'kelurahan' else 'Desa'} {name}, {parent} ({code})"))
    return choices


def set_meeting_fields(
    session_factory: sessionmaker[Session],
    meeting_id: int,
    *,
    title: str | None = None,
    place: str | None = None,
    meeting_date: date | None = None,
) -> MeetingData:
    """Changes simple header fields of a meeting (``konvergensi meeting set``), validated like the editor's save.

    Raises:
        MeetingError: no such meeting.
        MeetingLockedError: the minutes are finalised.
        MeetingValidationError: a field is not valid.
        PeriodLocked: the meeting's month is approved (locked).
    """
    with unit_of_work(session_factory) as session:  # read, check and save in one transaction
        meeting = load_meeting(session, meeting_id)
        data = meeting_header(meeting)
        changes: dict[str, Any] = {}
        if title is not None:
            changes["title"] = title
        if place is not None:
            changes["place"] = place
        if meeting_date is not None:
            changes["meeting_date"] = meeting_date
        data = dataclasses.replace(data, **changes)
        ensure_editable(meeting)
        problems = validate_meeting(session, data)
        if problems:
            raise MeetingValidationError(problems)
        apply_header(meeting, data)
    return data
