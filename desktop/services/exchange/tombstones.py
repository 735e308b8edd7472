"""Hard deletions as tombstones: a record removed from its table (not only marked ``deleted_at``) still travels.

A record that was exchanged has an :class:`db.models.exchange.ExchangeRecordState`; when its row is gone, the
deletion is a change made here like any other: the record's vector counts one more change of this office and its
content hash becomes :data:`PURGED` (recorded once, so every later package carries the same tombstone). The
tombstone goes to a partner known to hold the record (an acknowledged or received version) until it acknowledges
the deletion; an office that never had the record does not need it, and its region can no longer be read.

A tombstone line is ``{"uuid": ..., "vector": {...}, "hash": "", "data": null, "purged": true}``. The receiver
deletes its row when it still holds the version the deletion was based on (the tombstone's vector dominates its
own), ignores it when it holds a later version of the same history, and otherwise keeps its row and stores a
conflict whose incoming side is the deletion.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.engine import Connection

from db.base import Base
from db.models.exchange import ExchangeRecordState
from desktop.services.exchange.entities import EntitySpec
from desktop.services.exchange.versions import Vector, dominates, known_vectors, parse_vector, vector_text

PURGED = ""
"""The content hash of a record removed from its table."""

_STATE: Table = Base.metadata.tables[ExchangeRecordState.__tablename__]


def is_tombstone(line: dict[str, Any]) -> bool:
    """Whether a package line is the tombstone of a hard deletion."""
    return line.get("purged") is True


def tombstone_lines(connection: Connection, spec: EntitySpec, own: str, partner: str) -> tuple[list[str], set[str]]:
    """The tombstones of the records of ``spec`` removed here that the partner may still hold.

    Args:
        connection: the export's connection (the state of each deletion is recorded on it).
        spec: the entity.
        own: this office's code.
        partner: the recipient's code.

    Returns:
        The package lines and the uuids they name.
    """
    table = spec.table
    state = _STATE
    gone = connection.execute(
        select(state.c.record_uuid, state.c.vector, state.c.content_hash).where(
            state.c.entity == spec.name, state.c.record_uuid.not_in(select(table.c.uuid))
        )
    ).all()
    if not gone:
        return [], set()
    known = known_vectors(connection, partner, spec.name)
    lines: list[str] = []
    chosen: set[str] = set()
    for record_uuid, text, digest in gone:
        vector = parse_vector(text)
        if digest != PURGED:  # the deletion, counted once as a change of this office
            vector[own] = vector.get(own, 0) + 1
            connection.execute(
                update(state)
                .where(state.c.entity == spec.name, state.c.record_uuid == record_uuid)
                .values(vector=vector_text(vector), content_hash=PURGED, row_version=0)
            )
        seen = known.get(record_uuid)
        if seen is None or dominates(seen, vector):
            continue
        lines.append(
            f'{{"uuid":{json.dumps(record_uuid)},"vector":{vector_text(vector)},"hash":"","data":null,"purged":true}}'
        )
        chosen.add(record_uuid)
    return lines, chosen


def purged_here(connection: Connection, spec: EntitySpec) -> dict[str, Vector]:
    """The records of ``spec`` deleted here (their row gone, their state marked), with the deletion's vector."""
    state = _STATE
    rows = connection.execute(
        select(state.c.record_uuid, state.c.vector).where(
            state.c.entity == spec.name,
            state.c.content_hash == PURGED,
            state.c.record_uuid.not_in(select(spec.table.c.uuid)),
        )
    ).all()
    return {str(row[0]): parse_vector(row[1]) for row in rows}
