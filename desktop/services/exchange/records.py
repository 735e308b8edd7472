"""Writing exchanged records into this office's tables, shared by the import and the conflict resolver."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from db.base import utc_now
from desktop.services.exchange.entities import EntitySpec, UuidMap, serialize_row


def local_rows(connection: Connection, spec: EntitySpec, uuids: list[str], names: UuidMap) -> dict[str, Any]:
    """The rows of ``spec`` with those uuids, as ``uuid -> (local id, package data)``."""
    table = spec.table
    found: dict[str, Any] = {}
    for start in range(0, len(uuids), 500):
        batch = uuids[start : start + 500]
        for row in connection.execute(select(table).where(table.c.uuid.in_(batch))).mappings():
            found[str(row["uuid"])] = (int(row["id"]), serialize_row(row, spec, names))
    return found


def insert_rows(connection: Connection, spec: EntitySpec, rows: list[dict[str, Any]]) -> list[bool]:
    """Inserts rows in one statement, falling back to one savepoint per row when a constraint refuses one.

    Returns:
        For each row, whether it was stored.
    """
    if not rows:
        return []
    now = utc_now()
    prepared = [{**row, "updated_at": now, "row_version": 1} for row in rows]
    try:
        with connection.begin_nested():
            connection.execute(insert(spec.table), prepared)
        return [True] * len(rows)
    except IntegrityError:
        pass
    stored: list[bool] = []
    for row in prepared:
        try:
            with connection.begin_nested():
                connection.execute(insert(spec.table), [row])
            stored.append(True)
        except IntegrityError:
            stored.append(False)
    return stored


def update_row(connection: Connection, spec: EntitySpec, row_id: int, values: dict[str, Any]) -> bool:
    """Replaces a row's carried values (its local version counter moves on); False when a constraint refuses."""
    table = spec.table
    changes = {key: value for key, value in values.items() if key != "uuid"}
    try:
        with connection.begin_nested():
            connection.execute(
                update(table)
                .where(table.c.id == row_id)
                .values(**changes, updated_at=utc_now(), row_version=table.c.row_version + 1)
            )
    except IntegrityError:
        return False
    return True


def delete_row(connection: Connection, spec: EntitySpec, row_id: int) -> bool:
    """Removes a row (a deletion that arrived as a tombstone); False when another row still refers to it."""
    try:
        with connection.begin_nested():
            connection.execute(delete(spec.table).where(spec.table.c.id == row_id))
    except IntegrityError:
        return False
    return True
