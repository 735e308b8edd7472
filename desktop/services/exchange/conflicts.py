"""Conflicts between offices: listing them and resolving one by keeping the local or the incoming version.

A resolution creates a new version that contains both histories (so it wins at both offices), is audited with who,
when and which office, and travels in the next package.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from db.models.audit import AuditEntry
from db.models.exchange import ExchangeConflict
from db.period_guard import PeriodGuard
from desktop.domain.i18n import _
from desktop.services.exchange.entities import BY_NAME, EntitySpec, MissingReference, UuidMap, content_hash, row_values
from desktop.services.exchange.export import _own_office
from desktop.services.exchange.importer import close_conflicts
from desktop.services.exchange.offices import ExchangeError
from desktop.services.exchange.records import delete_row, local_rows, update_row
from desktop.services.exchange.tombstones import PURGED
from desktop.services.exchange.versions import StateTable, merged, parse_vector
from desktop.services.unit_of_work import reading, unit_of_work

KEEP_CHOICES = ("local", "incoming")


@dataclass(frozen=True, slots=True)
class ConflictInfo:
    """A conflict as the list and the resolver show it."""

    id: int
    entity: str
    record: str
    partner: str
    local: dict[str, Any]
    incoming: dict[str, Any]
    differences: tuple[str, ...]
    resolution: str | None
    deletion: bool = False

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "id": self.id,
            "entity": self.entity,
            "record": self.record,
            "partner": self.partner,
            "local": self.local,
            "incoming": self.incoming,
            "differences": list(self.differences),
            "resolution": self.resolution,
            "deletion": self.deletion,
        }


def _info(row: ExchangeConflict) -> ConflictInfo:
    local = json.loads(row.local)
    incoming = json.loads(row.incoming)
    differences = tuple(sorted(key for key in set(local) | set(incoming) if local.get(key) != incoming.get(key)))
    return ConflictInfo(
        row.id,
        row.entity,
        row.record_uuid,
        row.partner_code,
        local,
        incoming,
        differences,
        row.resolution,
        deletion=row.incoming_hash == PURGED,
    )


def list_conflicts(session_factory: sessionmaker[Session], *, include_resolved: bool = False) -> list[ConflictInfo]:
    """The conflicts waiting for a decision (all of them with ``include_resolved``), oldest first."""
    with reading(session_factory) as session:
        statement = select(ExchangeConflict).order_by(ExchangeConflict.id)
        if not include_resolved:
            statement = statement.where(ExchangeConflict.resolved_at.is_(None))
        return [_info(row) for row in session.scalars(statement)]


def resolve_conflict(session_factory: sessionmaker[Session], conflict_id: int, keep: str) -> ConflictInfo:
    """Resolves a conflict: ``keep`` is ``local`` or ``incoming``.

    Raises:
        ExchangeError: no open conflict has that id, or the incoming version no longer fits here.
    """
    if keep not in KEEP_CHOICES:
        raise ValueError(keep)
    with unit_of_work(session_factory) as session:
        row = session.get(ExchangeConflict, conflict_id)
        if row is None or row.resolved_at is not None:
            raise ExchangeError(
                _("Tidak ada konflik terbuka bernomor {id}; lihat daftarnya: konvergensi exchange conflicts.").format(
                    id=conflict_id
                )
            )
        own = _own_office(session).code
        actor = str(session.info.get("actor", ""))
        spec = BY_NAME[row.entity]
        connection = session.connection()
        uuids = UuidMap(connection)
        found = local_rows(connection, spec, [row.record_uuid], uuids).get(row.record_uuid)
        if found is None:
            raise ExchangeError(_("Rekaman konflik {id} tidak ada lagi di kantor ini.").format(id=conflict_id))
        row_id, local = found
        states = StateTable(connection, spec.name)
        vector = merged(states.current(row.record_uuid, content_hash(local), own), parse_vector(row.incoming_vector))
        vector[own] = vector.get(own, 0) + 1
        kept = local
        kept_hash = content_hash(local)
        if keep == "incoming" and row.incoming_hash == PURGED:  # the other office deleted the record: delete here
            _delete_for_resolution(connection, spec, row_id, conflict_id)
            kept_hash = PURGED
        elif keep == "incoming":
            kept = json.loads(row.incoming)
            try:
                values = row_values(spec, kept, uuids)
            except (MissingReference, ValueError, TypeError) as error:
                raise ExchangeError(
                    _("Versi masuk konflik {id} tidak dapat dipakai di kantor ini ({reason}).").format(
                        id=conflict_id, reason=type(error).__name__
                    )
                ) from None
            guard = PeriodGuard(connection)
            lock = guard.lock_for_row(spec.name, row_id) or guard.lock_for(spec.name, values)
            if lock is not None:
                raise lock.refusal()
            if not update_row(connection, spec, row_id, values):
                raise ExchangeError(
                    _("Versi masuk konflik {id} bentrok dengan rekaman lain di kantor ini.").format(id=conflict_id)
                )
            kept_hash = content_hash(kept)
        states.set(row.record_uuid, vector, kept_hash)
        states.flush()
        close_conflicts(connection, spec.name, row.record_uuid, keep, actor)
        session.add(
            AuditEntry(
                office_code=own,
                actor=actor,
                entity=spec.name,
                entity_uuid=row.record_uuid,
                action="resolve",
                field=keep,
                old_value=None,
                new_value=_("konflik {id} dengan {partner}: dipakai versi {keep}").format(
                    id=conflict_id, partner=row.partner_code, keep=keep
                ),
            )
        )
        session.flush()
        session.refresh(row)
        return _info(row)


def _delete_for_resolution(connection: Connection, spec: EntitySpec, row_id: int, conflict_id: int) -> None:
    """Deletes the local record, keeping the other office's deletion (refused in an approved period or while another
    record still refers to it)."""
    lock = PeriodGuard(connection).lock_for_row(spec.name, row_id)
    if lock is not None:
        raise lock.refusal()
    if not delete_row(connection, spec, row_id):
        raise ExchangeError(
            _(
                "Rekaman konflik {id} tidak dapat dihapus karena masih dipakai rekaman lain di kantor ini; hapus atau "
                "pindahkan dulu rekaman yang memakainya."
            ).format(id=conflict_id)
        )
