"""Period approval (kunci periode): submit a period, approve/return/unlock it, and receive either side's package.

The cycle (see the README): the submitting office sends a package flagged as the submission of one kind and
period (``period_submission`` in the signed manifest, the full scope as data); the receiving office looks at the
data in its own screens and sends back a decision package (``period_decision``: approve, return with a note, or
later unlock with a reason), signed like every package. Importing the decision at the submitting office sets the
state; an approved period locks its records at both ends (:mod:`db.period_guard`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Table, false, or_, select
from sqlalchemy.orm import Session, sessionmaker

from db.base import new_uuid, utc_now
from db.models.audit import AuditEntry
from db.models.exchange import ExchangePackage, ExchangePartner
from db.models.office import Office
from db.models.period import PeriodLock
from db.period_guard import RULES, PeriodGuard, approved_locks, matching_lock, own_region
from desktop.domain.i18n import _
from desktop.domain.periods import (
    DECISION_STATES,
    Decision,
    LockInfo,
    PeriodError,
    PeriodKind,
    PeriodState,
    can_decide,
    can_submit,
    month_period,
    normalize_period,
    semester_period,
)
from desktop.domain.users import Permission
from desktop.services.exchange.entities import ENTITIES, references
from desktop.services.exchange.export import AUDIT_MEMBER, ExportResult, _own_office, export_package_in, manifest_head
from desktop.services.exchange.keys import ensure_keys
from desktop.services.exchange.offices import ExchangeError, find_partner
from desktop.services.exchange.package_file import Member, encode_lines, write_package
from desktop.services.unit_of_work import reading, unit_of_work

SUBMISSION = "period_submission"
DECISION = "period_decision"


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """One period of one office as the status lists show it."""

    office_code: str
    office_name: str
    kind: str
    period: str
    state: str
    note: str
    approver_code: str
    decided_by: str
    decided_at: str
    submitted_at: str

    @property
    def state_label(self) -> str:
        """The state in the interface language."""
        return PeriodState(self.state).label

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "office_code": self.office_code,
            "office_name": self.office_name,
            "kind": self.kind,
            "period": self.period,
            "state": self.state,
            "state_label": self.state_label,
            "note": self.note,
            "approver_code": self.approver_code,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at,
            "submitted_at": self.submitted_at,
        }


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


def _row(lock: PeriodLock) -> PeriodRow:
    return PeriodRow(
        office_code=lock.office_code,
        office_name=lock.office_name,
        kind=lock.kind,
        period=lock.period,
        state=lock.state,
        note=lock.note,
        approver_code=lock.approver_code,
        decided_by=lock.decided_by,
        decided_at=_when(lock.decided_at),
        submitted_at=_when(lock.submitted_at),
    )


def _find(session: Session, office_code: str, kind: PeriodKind, period: str) -> PeriodLock | None:
    return session.scalar(
        select(PeriodLock).where(
            PeriodLock.office_code == office_code, PeriodLock.kind == kind.value, PeriodLock.period == period
        )
    )


def _audit(session: Session, office_code: str, lock: PeriodLock, action: str, note: str) -> None:
    """Records a step of the cycle in the audit trail (the note or reason as the new value)."""
    session.add(
        AuditEntry(
            office_code=office_code,
            actor=str(session.info.get("actor", "")),
            entity="period_lock",
            entity_uuid=lock.uuid,
            action=action,
            field=f"{lock.kind}:{lock.period}",
            old_value=lock.office_code,
            new_value=note,
            at=utc_now(),
        )
    )


def _upward_partner(session: Session, office: Office, partner_code: str) -> ExchangePartner:
    partner = find_partner(session, partner_code)
    region = office.region_code
    if partner.revoked_at is not None or not (
        region == partner.region_code or region.startswith(partner.region_code + ".")
    ):
        raise PeriodError(
            _("Periode hanya dikirim ke kantor di atasnya; {code} bukan kantor yang mencakup wilayah ini.").format(
                code=partner_code
            )
        )
    return partner


def _period_bounds(kind: PeriodKind, period: str) -> tuple[date, date]:
    """The first day of a month or semester period and the first day after it."""
    year = int(period[:4])
    if kind is PeriodKind.CASES:
        first_month, months = (1, 6) if period.endswith("S1") else (7, 6)
    else:
        first_month, months = int(period[5:7]), 1
    start = date(year, first_month, 1)
    after = first_month + months
    end = date(year + 1, 1, 1) if after > 12 else date(year, after, 1)
    return start, end


def _own_condition(table: Table, kind: PeriodKind, period: str) -> ColumnElement[bool] | None:
    """The rows of a table whose own columns put them in ``kind``'s ``period`` (None: not this kind's data)."""
    rule = RULES.get(table.name)
    if rule is None or rule.kind is not kind:
        return None
    columns = table.c
    if table.name == "meeting":
        start, end = _period_bounds(kind, period)
        return (columns.meeting_date >= start) & (columns.meeting_date < end)
    if table.name == "checklist_value":
        return (columns.year == int(period[:4])) & (columns.month == int(period[5:7]))
    if table.name == "krs_family":
        return columns.source_round == period
    if table.name in ("case_measurement", "case_status_change"):
        start, end = _period_bounds(kind, period)
        day = columns.measured_on if table.name == "case_measurement" else columns.changed_on
        return (day >= start) & (day < end)
    if table.name == "aksi_progress":
        return columns.year == int(period)
    return None


def period_scope(kind: PeriodKind, period: str) -> dict[str, ColumnElement[bool]]:
    """Which records of each exchanged entity a submission of ``kind``'s ``period`` carries.

    The records of the period (a month's meetings with their participants, agenda, decisions and RTLs; a month's
    checklist values; a round's families and their verifications; a semester's measurements and status changes;
    a year's Aksi progress), plus the records they point at and the receiver needs to store them (the meeting
    series, the contact persons, the children of the measurements). An entity missing from the result carries
    nothing.
    """
    tables = {spec.name: spec.table for spec in ENTITIES}
    own: dict[str, ColumnElement[bool]] = {}
    for name, table in tables.items():  # parents before children: a child follows its parent's period
        condition = _own_condition(table, kind, period)
        rule = RULES.get(name)
        if condition is None and rule is not None and rule.parent is not None and rule.kind is None:
            column, parent_name = rule.parent
            if parent_name in own:
                parent = tables[parent_name]
                condition = table.c[column].in_(select(parent.c.id).where(own[parent_name]))
        if condition is not None:
            own[name] = condition
    scope: dict[str, ColumnElement[bool]] = {}
    for spec in reversed(ENTITIES):  # children first: a parent is needed when a carried child points at it
        table = spec.table
        needed = [
            table.c.id.in_(select(child.table.c[column]).where(scope[child.name]))
            for child in ENTITIES
            if child.name in scope
            for column, target in references(child.table).items()
            if target == spec.name and child.name != spec.name
        ]
        parts = ([own[spec.name]] if spec.name in own else []) + needed
        if parts:
            scope[spec.name] = or_(false(), *parts) if len(parts) > 1 else parts[0]
    return scope


def upward_partner_code(session_factory: sessionmaker[Session]) -> str:
    """The one trusted office above this one (periods are submitted to it).

    Raises:
        PeriodError: none, or several (then ``--to`` must name one).
    """
    with reading(session_factory) as session:
        office = _own_office(session)
        region = office.region_code
        partners = session.scalars(select(ExchangePartner).where(ExchangePartner.revoked_at.is_(None))).all()
        above = [p.office_code for p in partners if region.startswith(p.region_code + ".")]
    if len(above) != 1:
        raise PeriodError(
            _("Sebutkan kantor tujuan dengan --to; kantor di atas yang dikenal: {codes}.").format(
                codes=", ".join(above) or "-"
            )
        )
    return above[0]


def submit_period(
    session_factory: sessionmaker[Session],
    data_dir: Path,
    partner_code: str,
    kind: PeriodKind,
    period: str,
    target: Path,
    *,
    clock: datetime | None = None,
) -> ExportResult:
    """Sends the data of one period to the office above as its submission (a full package, flagged and signed).

    Raises:
        PeriodError: a bad period, a partner that is not above this office, or a period waiting or approved.
        ExchangeError: the package cannot be made.
    """
    period = normalize_period(kind, period)
    # One unit of work: the package (its sequence number) and the period's new state are committed together.
    with unit_of_work(session_factory, permission=Permission.EXCHANGE) as session:
        office = _own_office(session)
        partner = _upward_partner(session, office, partner_code)
        lock = _find(session, office.code, kind, period)
        state = PeriodState(lock.state) if lock is not None else PeriodState.NOT_SENT
        if not can_submit(state):
            raise PeriodError(
                _("Periode {kind} {period} sudah {state}; tidak dapat dikirim lagi sebelum ada keputusan.").format(
                    kind=kind.label, period=period, state=state.label
                )
            )
        own_code, own_name, region = office.code, office.name, office.region_code
        partner_name = partner.name
        header = {SUBMISSION: {"kind": kind.value, "period": period, "office": own_code, "region": region}}
        result = export_package_in(
            session,
            data_dir,
            partner_code,
            target,
            full=True,
            clock=clock,
            header=header,
            only=period_scope(kind, period),
        )
        if lock is None:
            lock = PeriodLock(office_code=own_code, kind=kind.value, period=period)
            session.add(lock)
        lock.office_name, lock.region_code = own_name, region
        lock.approver_code, lock.approver_name = partner_code, partner_name
        lock.state = PeriodState.SUBMITTED.value
        lock.submission_package = result.package_id
        lock.submitted_at = utc_now()
        session.flush()
        _audit(session, own_code, lock, "submit", "")
    return result


def decide_period(
    session_factory: sessionmaker[Session],
    data_dir: Path,
    sender_code: str,
    kind: PeriodKind,
    period: str,
    decision: Decision,
    note: str,
    target: Path,
    *,
    clock: datetime | None = None,
) -> PeriodRow:
    """Approves, returns or unlocks a partner's period and writes the signed decision package for it.

    Args:
        session_factory: the session factory.
        data_dir: the data folder (keys).
        sender_code: the submitting office.
        kind: the kind of data.
        period: the period.
        decision: approve, return (a note is required) or unlock (a reason is required).
        note: the note or reason, sent along and audited.
        target: the decision package to write.
        clock: the time written in the manifest.

    Raises:
        PeriodError: no such submission, a step out of order, or a missing note.
    """
    period = normalize_period(kind, period)
    note = note.strip()
    if decision is not Decision.APPROVE and not note:
        raise PeriodError(_("Tulis alasannya (--note): kantor pengirim perlu tahu mengapa."))
    keys = ensure_keys(data_dir)
    with unit_of_work(session_factory) as session:
        office = _own_office(session)
        partner = find_partner(session, sender_code)
        lock = _find(session, sender_code, kind, period)
        state = PeriodState(lock.state) if lock is not None else PeriodState.NOT_SENT
        if lock is None or lock.approver_code != office.code or not can_decide(state, decision):
            raise PeriodError(
                _("Periode {kind} {period} dari {code} berstatus {state}; keputusan itu tidak dapat diambil.").format(
                    kind=kind.label, period=period, code=sender_code, state=state.label
                )
            )
        now = clock or datetime.now(UTC)
        decided_by = f"{office.name} ({office.code})"
        partner.last_sent_sequence = (partner.last_sent_sequence or 0) + 1
        package_id = new_uuid()
        connection = session.connection()
        manifest = {
            **manifest_head(connection, office, partner, keys, package_id, now),
            "scope": {"kind": "period-decision", "region": lock.region_code, "with_names": False},
            "counts": {},
            "audit_entries": 0,
            DECISION: {
                "kind": kind.value,
                "period": period,
                "office": sender_code,
                "decision": decision.value,
                "note": note,
                "decided_by": decided_by,
                "decided_at": now.isoformat(),
                "submission_package": lock.submission_package,
            },
        }
        write_package(target, manifest, [Member(AUDIT_MEMBER, encode_lines([]))], keys, partner.encryption_key)
        session.add(
            ExchangePackage(
                package_id=package_id,
                direction="sent",
                partner_code=partner.office_code,
                sequence=partner.last_sent_sequence,
                created_at=manifest["created_at"],
                scope="period-decision",
                counts="{}",
                file_name=target.name,
            )
        )
        _set_decision(lock, decision, note, decided_by, now)
        _audit(session, office.code, lock, decision.value, note)
        session.flush()
        return _row(lock)


def _set_decision(lock: PeriodLock, decision: Decision, note: str, decided_by: str, when: datetime) -> None:
    lock.state = DECISION_STATES[decision].value
    lock.note = note
    lock.decided_by = decided_by
    lock.decided_at = when.astimezone(UTC)


def apply_period_header(session: Session, manifest: dict[str, Any], own: Office, sender: ExchangePartner) -> None:
    """Records what a received package says about a period (called inside the import's transaction).

    A submission opens (or refreshes) the sender's period as ``dikirim``; a decision sets this office's period,
    and only the office the period was submitted to may decide it.

    Raises:
        ExchangeError: a decision from an office that does not approve this period, or out of the cycle's order.
    """
    submission = manifest.get(SUBMISSION)
    if isinstance(submission, dict):
        _receive_submission(session, submission, own, sender, str(manifest.get("package_id", "")))
    decision = manifest.get(DECISION)
    if isinstance(decision, dict):
        _receive_decision(session, decision, own, sender)


def _header_period(data: dict[str, Any]) -> tuple[PeriodKind, str]:
    try:
        kind = PeriodKind(str(data.get("kind")))
        return kind, normalize_period(kind, str(data.get("period", "")))
    except (ValueError, PeriodError):
        raise ExchangeError(_("Paket ini menyebut periode yang tidak sah; minta paket baru.")) from None


def _receive_submission(
    session: Session, data: dict[str, Any], own: Office, sender: ExchangePartner, package_id: str
) -> None:
    kind, period = _header_period(data)
    lock = _find(session, sender.office_code, kind, period)
    if lock is not None and lock.state == PeriodState.APPROVED.value:
        return  # the approved version stays the reference (a package changing it was refused as a whole)
    if lock is None:
        lock = PeriodLock(office_code=sender.office_code, kind=kind.value, period=period)
        session.add(lock)
    lock.office_name, lock.region_code = sender.name, sender.region_code
    lock.approver_code, lock.approver_name = own.code, own.name
    lock.state = PeriodState.SUBMITTED.value
    lock.note = ""
    lock.submission_package = package_id
    lock.submitted_at = utc_now()
    session.flush()
    _audit(session, sender.office_code, lock, "submit", "")


def _receive_decision(session: Session, data: dict[str, Any], own: Office, sender: ExchangePartner) -> None:
    kind, period = _header_period(data)
    try:
        decision = Decision(str(data.get("decision")))
        when = datetime.fromisoformat(str(data.get("decided_at")))
    except ValueError:
        raise ExchangeError(_("Paket keputusan ini tidak lengkap; minta paket baru.")) from None
    lock = _find(session, own.code, kind, period)
    if lock is None or lock.approver_code != sender.office_code or str(data.get("office")) != own.code:
        raise ExchangeError(
            _(
                "Keputusan periode {kind} {period} ini dari kantor {code}, yang tidak menerima kiriman periode itu "
                "dari kantor ini; paket ditolak."
            ).format(kind=kind.label, period=period, code=sender.office_code)
        )
    state = PeriodState(lock.state)
    if state == DECISION_STATES[decision]:
        return  # the same decision imported again
    if not can_decide(state, decision):
        raise ExchangeError(
            _("Periode {kind} {period} berstatus {state}; keputusan dalam paket ini tidak berlaku.").format(
                kind=kind.label, period=period, state=state.label
            )
        )
    note = str(data.get("note", ""))
    _set_decision(lock, decision, note, str(data.get("decided_by", sender.name)), when)
    _audit(session, own.code, lock, decision.value, note)


def _due(kind: PeriodKind, today: date, krs_round: str) -> str:
    if kind in (PeriodKind.MINLOK, PeriodKind.CHECKLIST):
        first = today.replace(day=1)
        previous = date(first.year - 1, 12, 1) if first.month == 1 else first.replace(month=first.month - 1)
        return month_period(previous)
    if kind is PeriodKind.CASES:
        return semester_period(date(today.year, 1, 1) if today.month > 6 else date(today.year - 1, 12, 1))
    if kind is PeriodKind.AKSI:
        return str(today.year - 1)
    return krs_round


def period_status(
    session_factory: sessionmaker[Session], *, partner_code: str | None = None, today: date | None = None
) -> list[PeriodRow]:
    """The periods of this office (or of one partner, or of every office below), with the periods now due.

    Args:
        session_factory: the session factory.
        partner_code: one submitting partner (``--from``); None: this office and every office below it.
        today: the date deciding which periods are due (the last full month, semester, year; the KRS round).

    Returns:
        Rows ordered by office, kind and period; a due period without a row shows ``belum dikirim``.
    """
    today = today or date.today()
    with reading(session_factory) as session:
        office = _own_office(session)
        offices = [(office.code, office.name)]
        below = session.scalars(select(ExchangePartner).where(ExchangePartner.revoked_at.is_(None))).all()
        offices += [(p.office_code, p.name) for p in below if p.region_code.startswith(office.region_code + ".")]
        if partner_code is not None:
            partner = find_partner(session, partner_code)
            offices = [(partner.office_code, partner.name)]
        rows: dict[tuple[str, str, str], PeriodRow] = {}
        for code, name in offices:
            for kind in PeriodKind:
                due = _due(kind, today, office.krs_round)
                rows[(code, kind.value, due)] = PeriodRow(
                    code, name, kind.value, due, PeriodState.NOT_SENT.value, "", "", "", "", ""
                )
        codes = [code for code, _name in offices]
        for lock in session.scalars(select(PeriodLock).where(PeriodLock.office_code.in_(codes))):
            rows[(lock.office_code, lock.kind, lock.period)] = _row(lock)
        order = {kind.value: index for index, kind in enumerate(PeriodKind)}
        return sorted(
            rows.values(), key=lambda r: (r.office_code != office.code, r.office_code, order[r.kind], r.period)
        )


def record_lock(session_factory: sessionmaker[Session], table: str, row_id: int) -> LockInfo | None:
    """The approved period covering a stored record (e.g. ``("meeting", 12)``), or None: for the screens' banners."""
    with reading(session_factory) as session:
        return PeriodGuard(session.connection()).lock_for_row(table, row_id)


def row_locks(session_factory: sessionmaker[Session], table: str, row_ids: list[int]) -> dict[int, LockInfo]:
    """The approved periods covering stored records of ``table``, by id (the records not locked are left out)."""
    with reading(session_factory) as session:
        guard = PeriodGuard(session.connection())
        if not guard.locks:
            return {}
        found = {row_id: guard.lock_for_row(table, row_id) for row_id in row_ids}
        return {row_id: lock for row_id, lock in found.items() if lock is not None}


def records_lock(session_factory: sessionmaker[Session], table: str, row_ids: list[int]) -> LockInfo | None:
    """The first approved period covering any of the stored records (the selected families...), or None."""
    with reading(session_factory) as session:
        guard = PeriodGuard(session.connection())
        if not guard.locks:
            return None
        for row_id in row_ids:
            lock = guard.lock_for_row(table, row_id)
            if lock is not None:
                return lock
        return None


def period_lock_at(
    session_factory: sessionmaker[Session], kind: PeriodKind, period: str, region: str | None
) -> LockInfo | None:
    """The approved period of ``kind`` covering ``period`` in ``region`` (None: this office's own), or None.

    For a screen about to write a new record (a measurement on a date, a checklist month), before the save.
    """
    with reading(session_factory) as session:
        locks = approved_locks(session)
        if not locks:
            return None
        return matching_lock(locks, (kind, period, region), own_region(session))
