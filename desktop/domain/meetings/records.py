"""Plain data the meeting services take and return, and the JSON form of a finalised version's snapshot."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date, time
from typing import Any

from desktop.domain.errors import UserError


class MeetingError(UserError):
    """A meeting operation was refused; the message is Indonesian and meant for the user."""


class MeetingLockedError(MeetingError):
    """The minutes are finalised (locked); a correction must be started first."""


class MeetingValidationError(MeetingError):
    """Fields are not valid.

    Attributes:
        problems: field name to Indonesian reason.
    """

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(" ".join(problems.values()))  # each reason is a sentence of its own
        self.problems = problems


@dataclass(slots=True)
class Signer:
    """A signatory of the minutes (chair or minute-taker).

    Attributes:
        name: full name with titles.
        position: jabatan.
        rank: pangkat/golongan.
        nip: 18 digits or empty for non-civil-servants.
    """

    name: str = ""
    position: str = ""
    rank: str = ""
    nip: str = ""


@dataclass(slots=True)
class SeriesData:
    """A meeting series as edited and listed.

    Attributes:
        id: None for a new series.
        name: ``Minlok Kecamatan Cibadak``.
        meeting_type: code from :class:`~desktop.domain.meetings.codes.MeetingType`.
        level: ``kabupaten``, ``kecamatan`` or ``desa``.
        region_code: dotted region code.
        notes: free text.
        region_name: filled on output.
        meeting_count: filled on output.
        letterhead_id: the issuer letterhead its documents carry; None for the office's own kop.
    """

    id: int | None = None
    name: str = ""
    meeting_type: str = "MINLOK_KEC"
    level: str = "kecamatan"
    region_code: str = ""
    notes: str = ""
    region_name: str = ""
    meeting_count: int = 0
    letterhead_id: int | None = None


@dataclass(slots=True)
class MeetingData:
    """The header of a meeting (everything above the participants)."""

    id: int | None = None
    series_id: int | None = None
    title: str = ""
    meeting_type: str = "MINLOK_KEC"
    level: str = "kecamatan"
    region_code: str = ""
    number: str = ""
    meeting_date: date = field(default_factory=date.today)
    start_time: time | None = None
    end_time: time | None = None
    time_zone: str = "WIB"
    place: str = ""
    online_link: str = ""
    chair: Signer = field(default_factory=Signer)
    secretary: Signer = field(default_factory=Signer)
    opening: str = ""


@dataclass(slots=True)
class MeetingSummary:
    """A meeting in lists."""

    id: int
    series_id: int | None
    series_name: str
    title: str
    meeting_type: str
    meeting_date: date
    region_code: str
    region_name: str
    number: str
    status: str
    version: int


@dataclass(slots=True)
class ParticipantData:
    """A participant as the attendance list shows them; ``attendance`` is a code of ``Attendance``."""

    id: int | None = None
    name: str = ""
    position: str = ""
    institution: str = ""
    gender: str = ""
    phone: str = ""
    nip: str = ""
    attendance: str = "diundang"
    person_id: int | None = None


@dataclass(slots=True)
class AgendaData:
    """An agenda item; ``carried`` is True when it came from the previous meeting."""

    id: int | None = None
    title: str = ""
    done: bool = False
    carried: bool = False


@dataclass(slots=True)
class DiscussionData:
    """Who said what."""

    id: int | None = None
    speaker: str = ""
    content: str = ""


@dataclass(slots=True)
class DecisionData:
    """A conclusion or decision."""

    id: int | None = None
    content: str = ""


@dataclass(slots=True)
class ActionData:
    """An RTL as one meeting sees it (``status`` is the status at that meeting).

    Attributes:
        action_id: the RTL's identity across meetings; None for a new RTL.
        description: what is to be done.
        responsible: person or OPD in charge.
        deadline: target date.
        funding_source: code of ``FundingSource`` or empty.
        status: code of ``ActionStatus``.
        region_code: optional desa (or other region) the RTL concerns.
        region_name: filled on output.
        carried_over: True when the RTL came from an earlier meeting.
        origin_meeting_id: the meeting that created it.
        note: the review note at this meeting.
        current_status: filled on output: the RTL's status now, which may have moved on since this meeting (a
            later meeting, the RTL page).
    """

    action_id: int | None = None
    description: str = ""
    responsible: str = ""
    deadline: date | None = None
    funding_source: str = ""
    status: str = "belum"
    region_code: str | None = None
    region_name: str = ""
    carried_over: bool = False
    origin_meeting_id: int | None = None
    note: str = ""
    current_status: str = ""


@dataclass(slots=True)
class MeetingRecord:
    """Everything about a meeting that the minutes print; also the JSON snapshot of a finalised version."""

    header: MeetingData
    series_name: str = ""
    region_name: str = ""
    status: str = "draft"
    version: int = 0
    participants: list[ParticipantData] = field(default_factory=list)
    agenda: list[AgendaData] = field(default_factory=list)
    discussion: list[DiscussionData] = field(default_factory=list)
    decisions: list[DecisionData] = field(default_factory=list)
    actions: list[ActionData] = field(default_factory=list)

    @property
    def present(self) -> list[ParticipantData]:
        """The participants who attended (including late arrivals and early leavers)."""
        from desktop.domain.meetings.codes import PRESENT_ATTENDANCE

        return [p for p in self.participants if p.attendance in PRESENT_ATTENDANCE]


def _encode(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return value


def record_to_json(record: MeetingRecord) -> str:
    """Serialises a record for a version snapshot (dates as ISO text, times as ``HH:MM``)."""

    def convert(obj: Any) -> Any:
        if isinstance(obj, dict):
            return {key: convert(value) for key, value in obj.items()}
        if isinstance(obj, list):
            return [convert(item) for item in obj]
        return _encode(obj)

    return json.dumps(convert(asdict(record)), ensure_ascii=False, sort_keys=True)


def _from_dict(cls: type[Any], data: dict[str, Any]) -> Any:
    known = {f.name for f in fields(cls)}
    return cls(**{key: value for key, value in data.items() if key in known})


def _opt_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _opt_time(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def record_from_json(text: str) -> MeetingRecord:
    """Reads a snapshot written by :func:`record_to_json`."""
    data = json.loads(text)
    head = dict(data["header"])
    head["meeting_date"] = date.fromisoformat(head["meeting_date"])
    head["start_time"] = _opt_time(head.get("start_time"))
    head["end_time"] = _opt_time(head.get("end_time"))
    head["chair"] = _from_dict(Signer, head.get("chair") or {})
    head["secretary"] = _from_dict(Signer, head.get("secretary") or {})
    actions = []
    for item in data.get("actions", []):
        action = _from_dict(ActionData, item)
        action.deadline = _opt_date(item.get("deadline"))
        actions.append(action)
    return MeetingRecord(
        header=_from_dict(MeetingData, head),
        series_name=data.get("series_name", ""),
        region_name=data.get("region_name", ""),
        status=data.get("status", "final"),
        version=data.get("version", 0),
        participants=[_from_dict(ParticipantData, item) for item in data.get("participants", [])],
        agenda=[_from_dict(AgendaData, item) for item in data.get("agenda", [])],
        discussion=[_from_dict(DiscussionData, item) for item in data.get("discussion", [])],
        decisions=[_from_dict(DecisionData, item) for item in data.get("decisions", [])],
        actions=actions,
    )
