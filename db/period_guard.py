"""The period lock in the data layer: no write reaches a record of an approved period.

Every session of the application carries a ``before_flush`` hook (installed by :func:`db.engine.make_session_factory`
next to the audit hook) that works out the kind, period and region of each new, changed or deleted row of a guarded
table, before and after the change, and refuses the flush with :class:`desktop.domain.periods.PeriodLocked` when an
approved period covers it. Core statements bypass the ORM: the exchange import and the bulk KRS writer ask
:class:`PeriodGuard` explicitly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from db.base import Base
from db.models.office import Office
from db.models.period import PeriodLock
from desktop.domain.periods import (
    LockInfo,
    PeriodKind,
    PeriodState,
    month_period,
    region_covers,
    semester_period,
)

Key = tuple[PeriodKind, str, str | None]
"""A record's kind, period and region (None: the whole office)."""


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: PeriodKind | None = None
    period: Callable[[Mapping[str, Any]], str | None] | None = None
    region: str | None = None
    parent: tuple[str, str] | None = None
    free: frozenset[str] = frozenset()
    """Columns whose change alone is not a change of the period's data (an RTL's status, reported later)."""


def _month(column: str) -> Callable[[Mapping[str, Any]], str | None]:
    return lambda values: month_period(values[column]) if values.get(column) is not None else None


def _semester(column: str) -> Callable[[Mapping[str, Any]], str | None]:
    return lambda values: semester_period(values[column]) if values.get(column) is not None else None


def _checklist_month(values: Mapping[str, Any]) -> str | None:
    if values.get("year") is None or values.get("month") is None:
        return None
    return f"{int(values['year']):04d}-{int(values['month']):02d}"


RULES: dict[str, _Rule] = {
    "meeting": _Rule(PeriodKind.MINLOK, _month("meeting_date"), "region_code"),
    "meeting_participant": _Rule(parent=("meeting_id", "meeting")),
    "agenda_item": _Rule(parent=("meeting_id", "meeting")),
    "discussion_point": _Rule(parent=("meeting_id", "meeting")),
    "meeting_decision": _Rule(parent=("meeting_id", "meeting")),
    "meeting_version": _Rule(parent=("meeting_id", "meeting")),
    "meeting_attachment": _Rule(parent=("meeting_id", "meeting")),
    "action_review": _Rule(parent=("meeting_id", "meeting")),
    # An RTL is decided in its meeting: locked with that meeting's month, except its status, which later meetings
    # review (each status change is locked with the meeting it was recorded at, when there is one).
    "action_item": _Rule(parent=("origin_meeting_id", "meeting"), free=frozenset({"status"})),
    "action_status_change": _Rule(parent=("meeting_id", "meeting")),
    "checklist_value": _Rule(PeriodKind.CHECKLIST, _checklist_month, "region_code"),
    "krs_family": _Rule(PeriodKind.KRS, lambda values: values.get("source_round"), "desa_code"),
    "krs_verification": _Rule(parent=("family_id", "krs_family")),
    "case_measurement": _Rule(PeriodKind.CASES, _semester("measured_on"), parent=("child_id", "case_child")),
    "case_status_change": _Rule(PeriodKind.CASES, _semester("changed_on"), parent=("child_id", "case_child")),
    "case_child": _Rule(region="desa_code"),  # only a region: the parent of measurements and status changes
    "aksi_progress": _Rule(PeriodKind.AKSI, lambda values: str(values["year"]) if values.get("year") else None),
    "aksi_output": _Rule(parent=("progress_id", "aksi_progress")),
    "aksi_evidence": _Rule(parent=("progress_id", "aksi_progress")),
}
"""How each guarded table's rows find their period: their own columns, or their parent's (meeting, family...)."""

GUARDED = frozenset(name for name, rule in RULES.items() if rule.kind is not None or rule.parent is not None)


def approved_locks(connection: Connection | Session) -> list[LockInfo]:
    """Every approved period known here (this office's own and its partners')."""
    table = Base.metadata.tables[PeriodLock.__tablename__]
    rows = connection.execute(select(table).where(table.c.state == PeriodState.APPROVED.value)).mappings()
    return [
        LockInfo(
            kind=PeriodKind(row["kind"]),
            period=row["period"],
            office=f"{row['office_name']} ({row['office_code']})" if row["office_name"] else row["office_code"],
            region=row["region_code"],
            approved_by=row["decided_by"] or row["approver_code"],
            approved_at=row["decided_at"].strftime("%Y-%m-%d %H:%M UTC") if row["decided_at"] else "?",
        )
        for row in rows
    ]


def own_region(connection: Connection | Session) -> str | None:
    """This office's region code (the region of office-wide records such as Aksi progress), or None."""
    table = Base.metadata.tables[Office.__tablename__]
    return connection.execute(select(table.c.region_code).order_by(table.c.id).limit(1)).scalar()


def matching_lock(locks: list[LockInfo], key: Key | None, office_region: str | None = None) -> LockInfo | None:
    """The approved lock covering a record's key, or None.

    Args:
        locks: the approved periods.
        key: the record's kind, period and region.
        office_region: the region of a record without one (an office's own Aksi progress): only a lock of this
            office's region (or above it) covers it, never a lock of an office below.
    """
    if key is None:
        return None
    kind, period, region = key
    region = region if region is not None else office_region
    for lock in locks:
        if lock.kind is kind and lock.period == period and region_covers(lock.region, region):
            return lock
    return None


def derive_key(
    table: str, values: Mapping[str, Any], parent: Callable[[str, Any], Mapping[str, Any] | None]
) -> Key | None:
    """The kind, period and region of a row of ``table`` with ``values`` (None: not period data).

    Args:
        table: the table name.
        values: the row's column values.
        parent: gives the column values of a parent row (table name, local id), or None when it is not known.
    """
    rule = RULES.get(table)
    if rule is None:
        return None
    inherited: Key | None = None
    region = values.get(rule.region) if rule.region else None
    if rule.parent is not None:
        column, parent_table = rule.parent
        parent_values = parent(parent_table, values.get(column))
        if parent_values is not None:
            if RULES[parent_table].kind is None:  # the parent gives only the region (a case child)
                region = RULES[parent_table].region and parent_values.get(str(RULES[parent_table].region))
            else:
                inherited = derive_key(parent_table, parent_values, parent)
    if rule.kind is None or rule.period is None:
        return inherited
    period = rule.period(values)
    return None if period is None else (rule.kind, period, region)


class PeriodGuard:
    """Checks Core writes against the approved periods, reading parents through a connection (cached)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self.locks = approved_locks(connection)
        self.office_region = own_region(connection) if self.locks else None
        self._parents: dict[tuple[str, Any], Mapping[str, Any] | None] = {}

    def parent(self, table: str, row_id: Any) -> Mapping[str, Any] | None:
        """The column values of row ``row_id`` of ``table`` (cached)."""
        if row_id is None:
            return None
        found = self._parents.get((table, row_id), ...)
        if found is ...:
            target = Base.metadata.tables[table]
            row = self._connection.execute(select(target).where(target.c.id == row_id)).mappings().first()
            found = self._parents[(table, row_id)] = None if row is None else dict(row)
        return found

    def lock_for(self, table: str, values: Mapping[str, Any]) -> LockInfo | None:
        """The approved lock covering a row with these values, or None."""
        if not self.locks or table not in GUARDED:
            return None
        return matching_lock(self.locks, derive_key(table, values, self.parent), self.office_region)

    def lock_for_row(self, table: str, row_id: int) -> LockInfo | None:
        """The approved lock covering the stored row ``row_id`` of ``table``, or None."""
        if not self.locks or table not in GUARDED:
            return None
        values = self.parent(table, row_id)
        return None if values is None else self.lock_for(table, values)

    def lock_for_update(self, table: str, row_id: int, values: Mapping[str, Any]) -> LockInfo | None:
        """The approved lock refusing to change stored row ``row_id`` of ``table`` into ``values``, or None.

        A change of only the rule's free columns (an RTL's status) is not refused.
        """
        lock = self.lock_for_row(table, row_id) or self.lock_for(table, values)
        free = RULES[table].free if table in RULES else frozenset()
        if lock is None or not free:
            return lock
        stored = self.parent(table, row_id) or {}
        changed = {name for name, value in values.items() if name not in free and stored.get(name) != value}
        return lock if changed - {"id", "row_version", "updated_at"} else None


def _orm_values(obj: Any, original: bool) -> dict[str, Any]:
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        if original:
            history = state.attrs[attr.key].history
            if history.deleted:
                values[column.name] = history.deleted[0]
                continue
            if history.added and state.key is not None:
                values[column.name] = None  # changed from an unloaded value; the stored row decides below
                continue
        values[column.name] = state.dict.get(attr.key)
    return values


def _changed_only(obj: Any, free: frozenset[str]) -> bool:
    """True when every changed column of a loaded row is one of ``free`` (its period data is untouched)."""
    state = inspect(obj)
    changed = {
        attr.columns[0].name for attr in state.mapper.column_attrs if state.attrs[attr.key].history.has_changes()
    }
    return changed <= free | {"row_version", "updated_at"}


def _orm_parent(session: Session, obj: Any) -> Callable[[str, Any], Mapping[str, Any] | None]:
    def lookup(table: str, row_id: Any) -> Mapping[str, Any] | None:
        related = None
        if row_id is not None:
            mapper = next(m for m in Base.registry.mappers if getattr(m.local_table, "name", None) == table)
            with session.no_autoflush:
                related = session.get(mapper.class_, row_id)
        else:
            for relationship in inspect(obj).mapper.relationships:
                if relationship.target.name == table and not relationship.uselist:
                    related = getattr(obj, relationship.key, None)
                    break
        return None if related is None else _orm_values(related, original=False)

    return lookup


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    touched = [
        (obj, kind)
        for kind, objects in (("new", session.new), ("dirty", session.dirty), ("deleted", session.deleted))
        for obj in list(objects)
        if getattr(obj, "__tablename__", None) in GUARDED
    ]
    if not touched:
        return
    with session.no_autoflush:
        locks = approved_locks(session)
    if not locks:
        return
    with session.no_autoflush:
        office_region = own_region(session)
    for obj, kind in touched:
        if kind == "dirty" and not session.is_modified(obj, include_collections=False):
            continue
        table = obj.__tablename__
        if kind == "dirty" and RULES[table].free and _changed_only(obj, RULES[table].free):
            continue
        parent = _orm_parent(session, obj)
        candidates = []
        if kind != "deleted":
            candidates.append(_orm_values(obj, original=False))
        if kind != "new":
            candidates.append(_orm_values(obj, original=True))
        for values in candidates:
            lock = matching_lock(locks, derive_key(table, values, parent), office_region)
            if lock is not None:
                raise lock.refusal()


def install_period_guard(factory: sessionmaker[Session]) -> None:
    """Attaches the period lock hook to every session the factory makes."""
    if not event.contains(factory, "before_flush", _before_flush):
        event.listen(factory, "before_flush", _before_flush)
