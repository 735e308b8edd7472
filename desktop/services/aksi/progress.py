"""The yearly progress of each action, read side: listing a year, an action's detail and its audit trail.

Nothing here writes. A year nobody has saved anything for lists the framework's actions as planned rows
(``progress_id`` None); the progress row is created by :mod:`desktop.services.aksi.progress_writes` when something
is first saved for the action (or the year is started explicitly)."""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.aksi import AksiAction, AksiEvidence, AksiFramework, AksiOutput, AksiProgress
from db.repositories import aksi_repository as repo
from desktop.domain.aksi.codes import AksiStatus
from desktop.domain.aksi.records import AksiRow
from desktop.domain.dates import long_date
from desktop.domain.errors import UserError
from desktop.domain.i18n import N_, _, doc_
from desktop.services.aksi.framework_schema import (
    ActionSpec,
    EvidenceSpec,
    FrameworkSpec,
    OutputSpec,
    read_framework_file,
)
from desktop.services.aksi.frameworks import framework_for_year, shipped_framework_files
from desktop.services.unit_of_work import reading


class ProgressError(UserError):
    """An edit that cannot be saved; the message says why in Indonesian.

    Attributes:
        field: the :class:`ProgressUpdate` field the refusal is about (``planned_end``...), "" for a refusal of
            the whole edit.
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(slots=True)
class ProgressUpdate:
    """The editable fields of an action's yearly progress."""

    status: str = AksiStatus.BELUM_MULAI.value
    planned_start: date | None = None
    planned_end: date | None = None
    actual_start: date | None = None
    actual_end: date | None = None
    responsible_opd: str = ""
    responsible_person: str = ""
    self_score: str = ""
    self_assessment: str = ""
    province_score: str = ""
    province_notes: str = ""
    remarks: str = ""


@dataclass(frozen=True, slots=True)
class OutputInfo:
    """An output document of an action in a year."""

    id: int
    template_code: str
    name: str
    document_number: str
    document_date: date | None
    notes: str


@dataclass(frozen=True, slots=True)
class TemplateItem:
    """An expected output or evidence item of the framework, with whether it is fulfilled this year."""

    code: str
    name: str
    required: bool
    fulfilled: bool


@dataclass(slots=True)
class AksiDetail:
    """Everything the detail editor shows for one action in one year."""

    row: AksiRow
    description: str
    framework_name: str
    usual_months: tuple[int, ...]
    meeting_types: tuple[str, ...]
    row_version: int
    values: ProgressUpdate
    outputs: list[OutputInfo] = field(default_factory=list)
    expected_outputs: list[TemplateItem] = field(default_factory=list)
    evidence_checklist: list[TemplateItem] = field(default_factory=list)


def action_label(number: int, group: str | None, groups: dict[str, str]) -> str:
    """Returns the label of an action: ``Aksi 3`` or, in a grouped framework, ``Aksi Utama 1``."""
    if group and group in groups:
        return f"{groups[group]} {number}"
    return doc_("Aksi {number}").format(number=number)  # "Aksi" is a proper name; documents show it too


def months_of(text: str) -> tuple[int, ...]:
    """Returns the month numbers of a stored ``"1,2,3"`` list."""
    return tuple(int(part) for part in text.split(",") if part.strip())


def default_schedule(year: int, months: tuple[int, ...]) -> tuple[date | None, date | None]:
    """Returns the planned period of an action from its usual months: first day of the first to last day of the last."""
    if not months:
        return None, None
    last = max(months)
    return date(year, min(months), 1), date(year, last, calendar.monthrange(year, last)[1])


def _spec_of(framework: AksiFramework) -> FrameworkSpec:
    actions = tuple(
        ActionSpec(
            number=a.number,
            group=a.group,
            name=a.name,
            description=a.description,
            responsible_opd=a.responsible_opd,
            usual_months=months_of(a.usual_months),
            meeting_types=tuple(t for t in a.meeting_types.split(",") if t),
            outputs=tuple(OutputSpec(o.code, o.name) for o in a.outputs),
            evidence=tuple(EvidenceSpec(e.code, e.name, e.required) for e in a.evidence_items),
        )
        for a in framework.actions
    )
    groups: dict[str, str] = json.loads(framework.groups_json or "{}")
    return FrameworkSpec(
        framework.code, framework.name, framework.year_from, framework.year_to, framework.revision,
        framework.basis, groups, actions,
    )  # fmt: skip


def framework_spec_for_year(session: Session, year: int) -> FrameworkSpec | None:
    """Returns the framework in force in ``year`` without writing anything.

    Installed frameworks count, and so do the bundled framework files not installed yet (they are installed when
    something is first saved); the newest start year wins, an installed framework wins a tie.
    """
    candidates: list[FrameworkSpec] = []
    installed = framework_for_year(session, year)
    if installed is not None:
        candidates.append(_spec_of(installed))
    codes = set(session.scalars(select(AksiFramework.code)))
    for path in shipped_framework_files():
        spec = read_framework_file(path)
        if spec.code not in codes and spec.year_from <= year and (spec.year_to is None or spec.year_to >= year):
            candidates.append(spec)
    if not candidates:
        return None
    return max(candidates, key=lambda spec: spec.year_from)  # max keeps the first (installed) on a tie


def _row(session: Session, progress: AksiProgress, counts: repo.ProgressCounts) -> AksiRow:
    action = progress.action
    groups: dict[str, str] = json.loads(action.framework.groups_json or "{}")
    return AksiRow(
        progress_id=progress.id,
        year=progress.year,
        framework_code=progress.framework_code,
        number=action.number,
        label=action_label(action.number, action.group, groups),
        group=action.group,
        name=action.name,
        status=progress.status,
        status_label=AksiStatus.source_label_of(progress.status),
        planned_start=progress.planned_start,
        planned_end=progress.planned_end,
        actual_start=progress.actual_start,
        actual_end=progress.actual_end,
        responsible_opd=progress.responsible_opd,
        responsible_person=progress.responsible_person,
        evidence_count=counts.evidence,
        required_evidence=counts.required,
        required_evidence_done=counts.required_done,
        output_count=counts.outputs,
    )


def _planned_row(spec: FrameworkSpec, action: ActionSpec, year: int) -> AksiRow:
    start, end = default_schedule(year, action.usual_months)
    return AksiRow(
        progress_id=None,
        year=year,
        framework_code=spec.code,
        number=action.number,
        label=action_label(action.number, action.group, spec.groups),
        group=action.group,
        name=action.name,
        status=AksiStatus.BELUM_MULAI.value,
        status_label=AksiStatus.BELUM_MULAI.source_label,
        planned_start=start,
        planned_end=end,
        actual_start=None,
        actual_end=None,
        responsible_opd=action.responsible_opd,
        responsible_person="",
        evidence_count=0,
        required_evidence=sum(1 for e in action.evidence if e.required),
        required_evidence_done=0,
        output_count=0,
    )


def list_year(session_factory: sessionmaker[Session], year: int) -> list[AksiRow]:
    """Returns the actions of a year in framework order; reads only.

    Actions without saved progress in that year come back as planned rows (``progress_id`` None); rows of another
    framework saved for that year follow the framework's actions.
    """
    with reading(session_factory) as session:
        return list_year_in(session, year)


def list_year_in(session: Session, year: int) -> list[AksiRow]:
    """:func:`list_year` inside an open unit of work."""
    spec = framework_spec_for_year(session, year)
    progresses = repo.progress_for_year(session, year)
    counts = repo.progress_counts(session, [p.id for p in progresses])
    saved = {(p.framework_code, p.action_number): p for p in progresses}
    rows: list[AksiRow] = []
    for action in spec.actions if spec is not None else ():
        assert spec is not None
        progress = saved.pop((spec.code, action.number), None)
        if progress is None:
            rows.append(_planned_row(spec, action, year))
        else:
            rows.append(_row(session, progress, counts.get(progress.id, repo.ProgressCounts())))
    rows += [_row(session, p, counts.get(p.id, repo.ProgressCounts())) for p in saved.values()]
    return rows


def _values(progress: AksiProgress) -> ProgressUpdate:
    return ProgressUpdate(**{name: getattr(progress, name) for name in ProgressUpdate.__dataclass_fields__})


def get_detail(session_factory: sessionmaker[Session], progress_id: int) -> AksiDetail:
    """Returns one action's yearly progress with its outputs and evidence checklist.

    Raises:
        ProgressError: no such progress row.
    """
    with reading(session_factory) as session:
        return read_detail(session, progress_id)


def read_detail(session: Session, progress_id: int) -> AksiDetail:
    """:func:`get_detail` inside an open unit of work (a save returns the saved row from its own).

    Raises:
        ProgressError: no such progress row.
    """
    progress = session.get(AksiProgress, progress_id)
    if progress is None or progress.deleted_at is not None:
        raise ProgressError(_("data aksi {progress_id} tidak ditemukan").format(progress_id=progress_id))
    counts = repo.progress_counts(session, [progress_id]).get(progress_id, repo.ProgressCounts())
    action: AksiAction = progress.action
    framework: AksiFramework = action.framework
    outputs = repo.outputs_of(session, progress_id)
    evidence_codes = {e.evidence_code for e in repo.evidence_of(session, progress_id)}
    output_codes = {o.template_code for o in outputs}
    return AksiDetail(
        row=_row(session, progress, counts),
        description=action.description,
        framework_name=framework.name,
        usual_months=months_of(action.usual_months),
        meeting_types=tuple(t for t in action.meeting_types.split(",") if t),
        row_version=progress.row_version,
        values=_values(progress),
        outputs=[
            OutputInfo(o.id, o.template_code, o.name, o.document_number, o.document_date, o.notes) for o in outputs
        ],
        expected_outputs=[TemplateItem(t.code, t.name, True, t.code in output_codes) for t in action.outputs],
        evidence_checklist=[
            TemplateItem(t.code, t.name, t.required, t.code in evidence_codes) for t in action.evidence_items
        ],
    )


def planned_detail(session_factory: sessionmaker[Session], year: int, number: int) -> AksiDetail:
    """Returns the detail of an action that has no progress in the year yet (framework defaults; reads only).

    Raises:
        ProgressError: the year's framework has no such action.
    """
    with reading(session_factory) as session:
        spec = framework_spec_for_year(session, year)
    action = None if spec is None else next((a for a in spec.actions if a.number == number), None)
    if spec is None or action is None:
        raise ProgressError(_("aksi {number} tidak ada dalam kerangka tahun {year}").format(number=number, year=year))
    row = _planned_row(spec, action, year)
    return AksiDetail(
        row=row,
        description=action.description,
        framework_name=spec.name,
        usual_months=action.usual_months,
        meeting_types=action.meeting_types,
        row_version=0,
        values=ProgressUpdate(
            planned_start=row.planned_start, planned_end=row.planned_end, responsible_opd=row.responsible_opd
        ),
        expected_outputs=[TemplateItem(o.code, o.name, True, False) for o in action.outputs],
        evidence_checklist=[TemplateItem(e.code, e.name, e.required, False) for e in action.evidence],
    )


def detail_of(session_factory: sessionmaker[Session], row: AksiRow) -> AksiDetail:
    """Returns the detail of a listed action, saved or planned."""
    if row.progress_id is None:
        return planned_detail(session_factory, row.year, row.number)
    return get_detail(session_factory, row.progress_id)


def list_row(session_factory: sessionmaker[Session], progress_id: int) -> AksiRow:
    """Returns one action's list row."""
    return get_detail(session_factory, progress_id).row


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One audited change of an action's yearly data (progress, outputs or evidence)."""

    at: datetime
    actor: str
    what: str
    action: str
    field: str
    old_value: str
    new_value: str


_ENTITY_NAMES = {"aksi_progress": N_("Aksi"), "aksi_output": N_("Keluaran"), "aksi_evidence": N_("Data dukung")}
_DATE_FIELDS = frozenset({"planned_start", "planned_end", "actual_start", "actual_end", "document_date"})


def history_value_text(field_name: str, value: str) -> str:
    """A value of the audit trail as the form shows it: the status label (``Diunggah ke Web Aksi Bangda``, not
    ``diunggah``), dates as ``21 Mei 2024`` (not ISO), ``-`` for empty."""
    if not value:
        return "-"
    if field_name == "status":
        return AksiStatus.label_of(value)
    if field_name in _DATE_FIELDS:
        try:
            return long_date(date.fromisoformat(value[:10]), screen=True)
        except ValueError:
            return value
    return value


def history(session_factory: sessionmaker[Session], progress_id: int) -> list[HistoryEntry]:
    """Returns the audit trail of an action's yearly data, newest first."""
    with reading(session_factory) as session:
        progress = session.get(AksiProgress, progress_id)
        if progress is None:
            return []
        entities = [("aksi_progress", progress.uuid)]
        entities += [("aksi_output", uuid) for uuid in repo.child_uuids(session, AksiOutput, progress_id)]
        entities += [("aksi_evidence", uuid) for uuid in repo.child_uuids(session, AksiEvidence, progress_id)]
        return [
            HistoryEntry(
                at=e.at,
                actor=e.actor,
                what=_(_ENTITY_NAMES.get(e.entity, e.entity)),
                action=e.action,
                field=e.field or "",
                old_value=e.old_value or "",
                new_value=e.new_value or "",
            )
            for e in repo.audit_of(session, entities)
        ]
