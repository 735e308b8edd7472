"""Version vectors: which office made how many changes to a record, compared without any clock.

A vector ``{"3602-a1b2c3": 2, "360218-d4e5f6": 1}`` says the record's content results from two changes made at the
first office and one at the second. Vector A dominates B when A has seen every change B has; when neither
dominates, both offices changed the record since they last agreed: a conflict.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.engine import Connection

from db.base import Base
from db.models.exchange import ExchangePartnerRecord, ExchangeRecordState
from desktop.services.exchange.records import bulk_insert

Vector = dict[str, int]
_STATE: Table = Base.metadata.tables[ExchangeRecordState.__tablename__]
_KNOWN: Table = Base.metadata.tables[ExchangePartnerRecord.__tablename__]


_PARSED: dict[str, tuple[tuple[str, int], ...]] = {}
_TEXTS: dict[tuple[tuple[str, int], ...], str] = {}
_MEMO_LIMIT = 100_000
"""Distinct vectors remembered: a package's records share a handful of them, so parsing and writing are lookups."""


def parse_vector(text: str | None) -> Vector:
    """A vector from its stored JSON text (empty for None); a new dict each time."""
    if not text:
        return {}
    items = _PARSED.get(text)
    if items is None:
        data = json.loads(text)
        items = tuple((str(key), int(value)) for key, value in data.items())
        if len(_PARSED) < _MEMO_LIMIT:
            _PARSED[text] = items
    return dict(items)


def vector_text(vector: Vector) -> str:
    """The canonical JSON text of a vector."""
    key = tuple(sorted(vector.items()))
    text = _TEXTS.get(key)
    if text is None:
        text = json.dumps(vector, sort_keys=True, separators=(",", ":"))
        if len(_TEXTS) < _MEMO_LIMIT:
            _TEXTS[key] = text
    return text


def dominates(a: Vector, b: Vector) -> bool:
    """True when ``a`` has seen every change ``b`` has (equal vectors dominate each other)."""
    return all(a.get(office, 0) >= count for office, count in b.items())


def merged(a: Vector, b: Vector) -> Vector:
    """The least vector that dominates both."""
    result = dict(a)
    for office, count in b.items():
        result[office] = max(result.get(office, 0), count)
    return result


def valid_vector(data: Any) -> Vector | None:
    """A vector from package data, or None when it is not one (office codes to positive counts)."""
    if not isinstance(data, dict) or not data:
        return None
    vector: Vector = {}
    for office, count in data.items():
        if not isinstance(office, str) or not isinstance(count, int) or isinstance(count, bool) or count < 1:
            return None
        vector[office] = count
    return vector


class StateTable:
    """The exchange versions of one entity's records, read once and written back in bulk."""

    def __init__(self, connection: Connection, entity: str) -> None:
        self.entity = entity
        self._connection = connection
        table = _STATE
        rows = connection.execute(
            select(table.c.record_uuid, table.c.vector, table.c.content_hash, table.c.row_version).where(
                table.c.entity == entity
            )
        ).all()
        self.states: dict[str, tuple[Vector, str, int]] = {
            row[0]: (parse_vector(row[1]), row[2], row[3] or 0) for row in rows
        }
        self._new: dict[str, tuple[Vector, str, int]] = {}
        self._changed: dict[str, tuple[Vector, str, int]] = {}

    def fresh(self, record_uuid: str, row_version: int) -> tuple[Vector, str] | None:
        """The recorded ``(vector, hash)`` when the row has not changed since (same row version), else None."""
        state = self.states.get(record_uuid)
        if state is None or not row_version or state[2] != row_version:
            return None
        return state[0], state[1]

    def current(
        self, record_uuid: str, record_hash: str, own_office: str, row_version: int = 0, seeded: bool = False
    ) -> Vector:
        """The record's vector, counting a change made here since the last recorded version.

        Args:
            record_uuid: the record.
            record_hash: the hash of its current content here.
            own_office: this office's code.
            row_version: the row's local version counter (remembered, to skip hashing while it stays the same).
            seeded: the row is an untouched seeded entry (the same at every office): a first version has no change.
        """
        state = self.states.get(record_uuid)
        if state is None:
            vector = {} if seeded else {own_office: 1}
            self.set(record_uuid, vector, record_hash, row_version)
            return vector
        vector, stored_hash, stored_version = state
        if stored_hash != record_hash:
            vector = dict(vector)
            vector[own_office] = vector.get(own_office, 0) + 1
            self.set(record_uuid, vector, record_hash, row_version)
        elif stored_version != row_version:
            self.set(record_uuid, vector, record_hash, row_version)
        return vector

    def set(self, record_uuid: str, vector: Vector, record_hash: str, row_version: int = 0) -> None:
        """Records a new version of a record (written by :meth:`flush`)."""
        entry = (vector, record_hash, row_version)
        if record_uuid in self.states and record_uuid not in self._new:
            self._changed[record_uuid] = entry
        else:
            self._new[record_uuid] = entry
        self.states[record_uuid] = entry

    def flush(self) -> None:
        """Writes the new and changed versions."""
        table = _STATE
        if self._new:
            bulk_insert(
                self._connection,
                table,
                [
                    {
                        "entity": self.entity,
                        "record_uuid": key,
                        "vector": vector_text(vector),
                        "content_hash": digest,
                        "row_version": version,
                    }
                    for key, (vector, digest, version) in self._new.items()
                ],
            )
        for key, (vector, digest, version) in self._changed.items():
            self._connection.execute(
                update(table)
                .where(table.c.entity == self.entity, table.c.record_uuid == key)
                .values(vector=vector_text(vector), content_hash=digest, row_version=version)
            )
        self._new.clear()
        self._changed.clear()


def known_vectors(connection: Connection, partner: str, entity: str) -> dict[str, Vector]:
    """The versions of an entity's records the partner is known to hold."""
    table = _KNOWN
    rows = connection.execute(
        select(table.c.record_uuid, table.c.vector).where(table.c.partner_code == partner, table.c.entity == entity)
    ).all()
    return {row[0]: parse_vector(row[1]) for row in rows}


def remember_known(connection: Connection, partner: str, entity: str, seen: Iterable[tuple[str, Vector]]) -> None:
    """Records that the partner holds (at least) these versions."""
    table = _KNOWN
    known = known_vectors(connection, partner, entity)
    new_rows: list[dict[str, str]] = []
    for record_uuid, vector in seen:
        before = known.get(record_uuid)
        if before is None:
            new_rows.append(
                {"partner_code": partner, "entity": entity, "record_uuid": record_uuid, "vector": vector_text(vector)}
            )
            known[record_uuid] = vector
        elif not dominates(before, vector):
            combined = merged(before, vector)
            known[record_uuid] = combined
            connection.execute(
                update(table)
                .where(table.c.partner_code == partner, table.c.entity == entity, table.c.record_uuid == record_uuid)
                .values(vector=vector_text(combined))
            )
    bulk_insert(connection, table, new_rows)
