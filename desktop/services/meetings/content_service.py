"""The body of the minutes: participants (with the people directory), agenda, discussion, decisions, RTL.

List editors send the whole list back: rows with an id are updated, rows without are added, missing rows are
soft-deleted. Every change is refused once the minutes are finalised.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlalchemy.orm import Session, sessionmaker

from db.base import utc_now
from db.models.meeting import (
    ActionItem,
    ActionReview,
    ActionStatusChange,
    AgendaItem,
    Decision,
    DiscussionPoint,
    Meeting,
    MeetingParticipant,
    Person,
)
from db.models.region import Region
from db.repositories import meeting_repository as repo
from desktop.domain.i18n import _
from desktop.domain.identifiers import digits_only, nip_problem
from desktop.domain.meetings.codes import ActionStatus, Attendance, FundingSource, Gender
from desktop.domain.meetings.records import (
    ActionData,
    AgendaData,
    DecisionData,
    DiscussionData,
    MeetingError,
    MeetingValidationError,
    ParticipantData,
)
from desktop.services.meetings.meeting_service import ensure_editable, load_meeting
from desktop.services.unit_of_work import unit_of_work


def _sync(
    session: Session,
    model: type[Any],
    meeting_id: int,
    items: Sequence[Any],
    apply: Callable[[Any, Any], None],
) -> list[Any]:
    existing = {row.id: row for row in repo.meeting_children(session, model, meeting_id)}
    kept: list[Any] = []
    for order, item in enumerate(items, start=1):
        row = existing.pop(item.id, None) if item.id is not None else None
        if row is None:
            row = model(meeting_id=meeting_id)
            apply(row, item)  # before add(): apply may query, and autoflush must not see a half-filled row
            session.add(row)
        else:
            apply(row, item)
        if row.order_no != order:
            row.order_no = order
        kept.append(row)
    now = utc_now()
    for row in existing.values():
        row.deleted_at = now
    session.flush()
    return kept


def _set(row: Any, **values: Any) -> None:
    """Assigns only changed values, so the audit trail records real changes only."""
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def _editable_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = load_meeting(session, meeting_id)
    ensure_editable(meeting)
    return meeting


def participant_problems(items: Sequence[ParticipantData]) -> dict[str, str]:
    """Problems of a participant list: field key to Indonesian reason (empty when valid)."""
    problems: dict[str, str] = {}
    for number, item in enumerate(items, start=1):
        if not item.name.strip():
            problems[f"participants[{number}].name"] = _("Peserta nomor {number}: nama wajib diisi.").format(
                number=number
            )
        if item.gender and Gender.of(item.gender) is None:
            problems[f"participants[{number}].gender"] = _(
                "Peserta nomor {number}: jenis kelamin harus L atau P."
            ).format(number=number)
        if Attendance.of(item.attendance) is None:
            problems[f"participants[{number}].attendance"] = _(
                "Peserta nomor {number}: status kehadiran tidak dikenal."
            ).format(number=number)
        if item.nip.strip():
            reason = nip_problem(item.nip.strip())
            if reason:
                problems[f"participants[{number}].nip"] = _("Peserta nomor {number}: {reason}.").format(
                    number=number, reason=reason
                )
    return problems


def agenda_problems(items: Sequence[AgendaData]) -> dict[str, str]:
    """Problems of an agenda list (empty titles)."""
    if any(not item.title.strip() for item in items):
        return {"agenda": _("Setiap butir agenda harus berisi judul.")}
    return {}


def discussion_problems(items: Sequence[DiscussionData]) -> dict[str, str]:
    """Problems of the discussion points: each needs a speaker (the minutes name who said what) and content."""
    for number, item in enumerate(items, start=1):
        if not item.speaker.strip() or not item.content.strip():
            return {
                "discussion": _("Pembahasan nomor {number}: pembicara dan isi pembahasan wajib diisi.").format(
                    number=number
                )
            }
    return {}


def decision_problems(items: Sequence[DecisionData]) -> dict[str, str]:
    """Problems of the conclusions/decisions (empty texts)."""
    if any(not item.content.strip() for item in items):
        return {"decisions": _("Setiap kesimpulan/keputusan harus berisi teks.")}
    return {}


def _raise_if(problems: dict[str, str]) -> None:
    if problems:
        raise MeetingValidationError(problems)


def remember_person(session: Session, item: ParticipantData, seen: date) -> Person:
    """Finds the participant in the people directory (by NIP, else by name and instansi) or adds them,
    and refreshes the stored details with the latest ones."""
    nip = digits_only(item.nip)
    person = None
    if item.person_id is not None:
        person = session.get(Person, item.person_id)
    if person is None and nip:
        person = session.scalars(repo.live(Person).where(Person.nip == nip)).first()
    if person is None:
        query = repo.live(Person).where(
            func.lower(Person.name) == item.name.strip().lower(),
            func.lower(Person.institution) == item.institution.strip().lower(),
        )
        person = session.scalars(query).first()
    if person is None:
        person = Person(name=item.name.strip())
        session.add(person)
    _set(
        person,
        name=item.name.strip(),
        position=item.position.strip() or person.position or "",
        institution=item.institution.strip() or person.institution or "",
        gender=item.gender or person.gender or "",
        phone=item.phone.strip() or person.phone or "",
        nip=nip or person.nip or "",
    )
    if person.last_seen is None or person.last_seen < seen:
        person.last_seen = seen
    session.flush()
    return person


def write_participants(session: Session, meeting: Meeting, items: Sequence[ParticipantData]) -> list[int]:
    """Replaces the participant list inside an open transaction (already validated)."""

    def apply(row: MeetingParticipant, item: ParticipantData) -> None:
        person = remember_person(session, item, meeting.meeting_date)
        _set(
            row,
            person_id=person.id,
            name=item.name.strip(),
            position=item.position.strip(),
            institution=item.institution.strip(),
            gender=item.gender,
            phone=item.phone.strip(),
            nip=digits_only(item.nip),
            attendance=item.attendance,
        )

    return [row.id for row in _sync(session, MeetingParticipant, meeting.id, items, apply)]


def write_agenda(session: Session, meeting_id: int, items: Sequence[AgendaData]) -> None:
    """Replaces the agenda inside an open transaction (already validated)."""
    _sync(session, AgendaItem, meeting_id, items, lambda row, item: _set(row, title=item.title.strip(), done=item.done))


def write_discussion(session: Session, meeting_id: int, items: Sequence[DiscussionData]) -> None:
    """Replaces the discussion points inside an open transaction (already validated)."""
    _sync(
        session,
        DiscussionPoint,
        meeting_id,
        items,
        lambda row, item: _set(row, speaker=item.speaker.strip(), content=item.content.strip()),
    )


def write_decisions(session: Session, meeting_id: int, items: Sequence[DecisionData]) -> None:
    """Replaces the conclusions/decisions inside an open transaction (already validated)."""
    _sync(session, Decision, meeting_id, items, lambda row, item: _set(row, content=item.content.strip()))


def save_participants(
    session_factory: sessionmaker[Session], meeting_id: int, items: Sequence[ParticipantData]
) -> list[int]:
    """Replaces the participant list (see module doc) and remembers everyone in the people directory.

    Returns:
        The participant ids, in list order.
    """
    _raise_if(participant_problems(items))
    with unit_of_work(session_factory) as session:
        return write_participants(session, _editable_meeting(session, meeting_id), items)


def copy_participants_from_previous(session_factory: sessionmaker[Session], meeting_id: int) -> int:
    """Adds the previous meeting's participants of the series (as invited) that this meeting lacks.

    Returns:
        How many were added.

    Raises:
        MeetingError: the meeting has no previous meeting in its series.
    """
    with unit_of_work(session_factory) as session:
        return copy_participants_from_previous_in(session, meeting_id)


def copy_participants_from_previous_in(session: Session, meeting_id: int) -> int:
    """:func:`copy_participants_from_previous` inside an open unit of work."""
    meeting = _editable_meeting(session, meeting_id)
    previous = repo.previous_meeting(session, meeting)
    if previous is None:
        raise MeetingError(_("Tidak ada rapat sebelumnya dalam seri ini."))
    current = repo.meeting_children(session, MeetingParticipant, meeting_id)
    known = {(p.name.lower(), p.institution.lower()) for p in current}
    order = len(current)
    added = 0
    for source in repo.meeting_children(session, MeetingParticipant, previous.id):
        if (source.name.lower(), source.institution.lower()) in known:
            continue
        order += 1
        added += 1
        session.add(
            MeetingParticipant(
                meeting_id=meeting_id,
                person_id=source.person_id,
                order_no=order,
                name=source.name,
                position=source.position,
                institution=source.institution,
                gender=source.gender,
                phone=source.phone,
                nip=source.nip,
                attendance="diundang",
            )
        )
    return added


def save_agenda(session_factory: sessionmaker[Session], meeting_id: int, items: Sequence[AgendaData]) -> None:
    """Replaces the agenda (see module doc); empty titles are refused."""
    _raise_if(agenda_problems(items))
    with unit_of_work(session_factory) as session:
        _editable_meeting(session, meeting_id)
        write_agenda(session, meeting_id, items)


def save_discussion(session_factory: sessionmaker[Session], meeting_id: int, items: Sequence[DiscussionData]) -> None:
    """Replaces the discussion points; each needs a speaker and content."""
    _raise_if(discussion_problems(items))
    with unit_of_work(session_factory) as session:
        _editable_meeting(session, meeting_id)
        write_discussion(session, meeting_id, items)


def save_decisions(session_factory: sessionmaker[Session], meeting_id: int, items: Sequence[DecisionData]) -> None:
    """Replaces the conclusions/decisions."""
    _raise_if(decision_problems(items))
    with unit_of_work(session_factory) as session:
        _editable_meeting(session, meeting_id)
        write_decisions(session, meeting_id, items)


def action_problems(session: Session, data: ActionData) -> dict[str, str]:
    """Problems of an RTL as entered: field key to Indonesian reason (empty when valid)."""
    problems: dict[str, str] = {}
    if not data.description.strip():
        problems["description"] = _("Uraian RTL wajib diisi.")
    if not data.responsible.strip():
        problems["responsible"] = _("Penanggung jawab RTL wajib diisi.")
    if data.funding_source and FundingSource.of(data.funding_source) is None:
        problems["funding_source"] = _("Sumber dana tidak dikenal.")
    if ActionStatus.of(data.status) is None:
        problems["status"] = _("Status RTL harus belum, berjalan, selesai atau batal.")
    if data.region_code and session.get(Region, data.region_code) is None:
        problems["region_code"] = _("Wilayah RTL tidak dikenal.")
    return problems


def _record_status(session: Session, action: ActionItem, new_status: str, meeting_id: int | None, note: str) -> None:
    if action.status == new_status:
        return
    session.add(
        ActionStatusChange(
            action_id=action.id,
            meeting_id=meeting_id,
            old_status=action.status,
            new_status=new_status,
            note=note,
            changed_by=str(session.info.get("actor", "")),
        )
    )
    action.status = new_status


def save_action(session_factory: sessionmaker[Session], meeting_id: int, data: ActionData) -> int:
    """Adds an RTL to a meeting (``data.action_id`` None) or edits one the meeting shows.

    A status change is recorded in the RTL's history with this meeting.

    Returns:
        The RTL's id.
    """
    with unit_of_work(session_factory) as session:
        meeting = _editable_meeting(session, meeting_id)
        _raise_if(action_problems(session, data))
        return write_action(session, meeting, data)


def write_action(session: Session, meeting: Meeting, data: ActionData) -> int:
    """Adds or updates an RTL of ``meeting`` inside an open transaction (already validated).

    Returns:
        The RTL's id.
    """
    meeting_id = meeting.id
    values = {
        "description": data.description.strip(),
        "responsible": data.responsible.strip(),
        "deadline": data.deadline,
        "funding_source": data.funding_source,
        "region_code": data.region_code or None,
    }
    if data.action_id is None:
        action = ActionItem(origin_meeting_id=meeting_id, series_id=meeting.series_id, status="belum", **values)
        session.add(action)
        session.flush()
        session.add(
            ActionStatusChange(
                action_id=action.id,
                meeting_id=meeting_id,
                new_status="belum",
                note="RTL dibuat",
                changed_by=str(session.info.get("actor", "")),
            )
        )
        order = len(repo.meeting_actions(session, meeting_id)) + 1
        review = ActionReview(meeting_id=meeting_id, action_id=action.id, order_no=order, status="belum")
        session.add(review)
        _record_status(session, action, data.status, meeting_id, data.note.strip())
    else:
        review = _review(session, meeting_id, data.action_id)
        action = session.get(ActionItem, data.action_id)  # type: ignore[assignment]
        _set(action, **values)
        if data.status != review.status:  # only a status set at this meeting moves the RTL's own status
            _record_status(session, action, data.status, meeting_id, data.note.strip())
    _set(review, status=data.status, note=data.note.strip())
    session.flush()
    return action.id


def _review(session: Session, meeting_id: int, action_id: int) -> ActionReview:
    review = session.scalars(
        repo.live(ActionReview).where(ActionReview.meeting_id == meeting_id, ActionReview.action_id == action_id)
    ).first()
    if review is None:
        raise MeetingError(_("RTL ini tidak ada dalam rapat tersebut."))
    return review


def remove_action(session_factory: sessionmaker[Session], meeting_id: int, action_id: int) -> None:
    """Removes an RTL from a meeting: one created here is deleted, a carried-over one just leaves the review."""
    with unit_of_work(session_factory) as session:
        _editable_meeting(session, meeting_id)
        write_remove_action(session, meeting_id, action_id)


def write_remove_action(session: Session, meeting_id: int, action_id: int) -> None:
    """Removes an RTL from a meeting inside an open transaction (see :func:`remove_action`)."""
    review = _review(session, meeting_id, action_id)
    now = utc_now()
    review.deleted_at = now
    action = session.get(ActionItem, action_id)
    if action is not None and action.origin_meeting_id == meeting_id:
        action.deleted_at = now


def set_action_status(session_factory: sessionmaker[Session], action_id: int, status: str, note: str = "") -> None:
    """Changes an RTL's current status outside a meeting (the RTL overview); finalised minutes keep theirs."""
    if ActionStatus.of(status) is None:
        raise MeetingValidationError({"status": _("Status RTL harus belum, berjalan, selesai atau batal.")})
    with unit_of_work(session_factory) as session:
        action = session.get(ActionItem, action_id)
        if action is None or action.deleted_at is not None:
            raise MeetingError(_("RTL {action_id} tidak ditemukan.").format(action_id=action_id))
        _record_status(session, action, status, None, note.strip())
