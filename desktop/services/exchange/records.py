"""Writing exchanged records into this office's tables, shared by the import and the conflict resolver."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from db.base import utc_now
from db.models.krs import KRS_FTS_INSERT_TRIGGER, KRS_FTS_TABLE
from desktop.services.exchange.entities import EntitySpec, UuidMap, serialize_row

BULK_CACHE_KIB = 262_144
"""SQLite page cache during a bulk write (KiB): the uuid indexes of 100,000-row tables stay in memory."""

# SQLite search indexes kept by an insert trigger: ``table -> (trigger name, its CREATE statement, the columns)``.
# A bulk write drops the trigger and indexes each batch of new rows in one statement instead.
_SEARCH_TRIGGERS: dict[str, tuple[str, str, str]] = {
    "krs_family": ("krs_family_fts_ai", KRS_FTS_INSERT_TRIGGER, "head_name, wife_name, nik, no_kk, address")
}
_SUSPENDED = "konvergensi_suspended_search_triggers"
"""Key in the connection's ``info`` of the tables whose search trigger a bulk write has dropped."""


@contextmanager
def bulk_writes(connection: Connection, *, search: bool = True) -> Iterator[None]:
    """Settings for a bulk write inside the caller's transaction, put back at its end.

    Args:
        connection: the transaction's connection.
        search: also suspend the search-index triggers (for a write that inserts records).

    On SQLite: a large page cache (with random uuids every index insert otherwise reads a page from disk and the
    time grows faster than the rows), and the search-index triggers dropped so that :func:`insert_rows` indexes
    each batch in one statement. DDL is transactional: a rollback restores the triggers.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    suspended: set[str] = set()
    connection.info[_SUSPENDED] = suspended
    try:
        for table, (trigger, _create, _columns) in _SEARCH_TRIGGERS.items() if search else ():
            found = connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
            ).first()
            if found is not None:
                connection.exec_driver_sql(f'DROP TRIGGER "{trigger}"')
                suspended.add(table)
        yield
        for table in sorted(suspended):
            connection.exec_driver_sql(_SEARCH_TRIGGERS[table][1])
    finally:
        connection.info.pop(_SUSPENDED, None)
        connection.exec_driver_sql(f"PRAGMA cache_size={int(cache or -2000)}")


def _index_for_search(connection: Connection, table: str, after_id: int) -> None:
    """Indexes the rows of ``table`` above ``after_id`` for search, when a bulk write suspended its trigger."""
    if table not in connection.info.get(_SUSPENDED, ()):
        return
    columns = _SEARCH_TRIGGERS[table][2]
    connection.exec_driver_sql(
        f"INSERT INTO {KRS_FTS_TABLE}(rowid, {columns}) SELECT id, {columns} FROM {table} WHERE id > ?", (after_id,)
    )


def _max_id(connection: Connection, spec: EntitySpec) -> int:
    return int(connection.execute(select(func.coalesce(func.max(spec.table.c.id), 0))).scalar() or 0)


def local_rows(connection: Connection, spec: EntitySpec, uuids: list[str], names: UuidMap) -> dict[str, Any]:
    """The rows of ``spec`` with those uuids, as ``uuid -> (local id, package data)``."""
    table = spec.table
    found: dict[str, Any] = {}
    for start in range(0, len(uuids), 500):
        batch = uuids[start : start + 500]
        for row in connection.execute(select(table).where(table.c.uuid.in_(batch))).mappings():
            found[str(row["uuid"])] = (int(row["id"]), serialize_row(row, spec, names))
    return found


def bulk_insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Inserts rows that all name the same columns, in one ``executemany``.

    On SQLite the statement goes to the driver as it is, with each column's own bind conversion applied here:
    SQLAlchemy's per-row parameter handling was a third of an import's time. Elsewhere (or when a column left out
    has a Python-side default) it is a Core insert.
    """
    if not rows:
        return
    names = list(rows[0])
    left_out = [column for column in table.columns if column.name not in rows[0] and not column.primary_key]
    if connection.dialect.name != "sqlite" or any(column.default is not None for column in left_out):
        connection.execute(insert(table), rows)
        return
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    # The dialect's own type (SQLite's DATE, TIME, DATETIME as text), as SQLAlchemy would bind it.
    processors = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names]
    columns = ", ".join(quote(name) for name in names)
    marks = ", ".join("?" for _name in names)
    keys = rows[0].keys()
    if any(row.keys() != keys for row in rows):
        connection.execute(insert(table), rows)  # the rows do not all name the same columns
        return
    statement = f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({marks})"
    for start in range(0, len(rows), BULK_BATCH):  # the converted copy of the values stays small
        parameters = [
            tuple(
                value if process is None else process(value)
                for process, value in zip(processors, (row[name] for name in names), strict=True)
            )
            for row in rows[start : start + BULK_BATCH]
        ]
        connection.exec_driver_sql(statement, parameters)


BULK_BATCH = 10_000
"""Rows converted and sent to the driver at a time by :func:`bulk_insert`."""


def insert_rows(connection: Connection, spec: EntitySpec, rows: list[dict[str, Any]]) -> list[bool]:
    """Inserts rows in one statement, falling back to one savepoint per row when a constraint refuses one.

    Returns:
        For each row, whether it was stored.
    """
    if not rows:
        return []
    now = utc_now()
    prepared = [{**row, "updated_at": now, "row_version": 1} for row in rows]
    # New rows get ids above the largest one (this transaction holds the write lock): a suspended search trigger's
    # work is done for them in one statement.
    after_id = _max_id(connection, spec) if spec.name in connection.info.get(_SUSPENDED, ()) else 0
    try:
        with connection.begin_nested():
            bulk_insert(connection, spec.table, prepared)
        _index_for_search(connection, spec.name, after_id)
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
    _index_for_search(connection, spec.name, after_id)
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
