"""Bulk writing of imported families: Core executemany in batches, many rows per INSERT on SQLite."""

from __future__ import annotations

import random
import sqlite3
import time
from itertools import chain
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from db.base import utc_now
from db.models.krs import KRS_FTS_INSERT_TRIGGER, KRS_FTS_TABLE
from desktop.services.krs.table import INSERTED as _INSERTED
from desktop.services.krs.table import TABLE as _TABLE
from desktop.services.krs.table import UPDATED as _UPDATED


def time_ordered_uuid() -> str:
    """A version 7 UUID (millisecond timestamp first, then random bits): rows inserted together get neighbouring
    keys, so the unique index on ``uuid`` grows at its end instead of at random places."""
    bits = _random.getrandbits(74)
    value = (time.time_ns() // 1_000_000) << 80 | 0x7 << 76 | (bits >> 62) << 64 | 0b10 << 62 | bits & _LOW_62
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


_random = random.Random()
# FTS5's buffer of pending terms for the bulk indexing, and its default (FTS5_DEFAULT_HASHSIZE).
_BULK_FTS_HASHSIZE = 64 << 20
_FTS_DEFAULT_HASHSIZE = 1 << 20
_LOW_62 = (1 << 62) - 1
# New rows per INSERT statement on SQLite (fewer when the variable limit is lower).
_ROWS_PER_INSERT = 500
# A new row's values: the imported ones, then the ones the writer fills in (the end of INSERTED).
_FILLED = ("uuid", "origin_office", "created_at", "updated_at", "row_version")
_IMPORTED = _INSERTED[: -len(_FILLED)]
if _INSERTED[-len(_FILLED) :] != _FILLED:
    raise RuntimeError("unexpected column order of krs_family")


def _rows_per_statement(connection: Connection, columns: int) -> int:
    limit = 999  # SQLite before 3.32
    raw = connection.connection.dbapi_connection
    if isinstance(raw, sqlite3.Connection) and hasattr(raw, "getlimit"):
        limit = raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return max(1, min(_ROWS_PER_INSERT, limit // columns))


class BulkWriter:
    """Batches inserts and updates and writes them with Core executemany."""

    def __init__(self, connection: Connection, office_code: str, expected_rows: int = 0) -> None:
        self.connection = connection
        self.office_code = office_code
        self.max_id_before: int | None = None
        self.expected_rows = expected_rows
        self._dropped_indexes: list[tuple[str, str]] = []
        self._search_indexed_upto = 0
        # New rows are tuples in _INSERTED order, written by the driver's executemany with the SQL of a Core
        # insert() compiled once: no per-row parameter processing (DESIGN.md section 6: Core or raw driver).
        self.new: list[tuple[Any, ...]] = []
        inserted = [_TABLE.c[name] for name in _INSERTED]
        compiled = insert(_TABLE).compile(dialect=connection.dialect, column_keys=[c.key for c in inserted])
        if list(compiled.positiontup or _INSERTED) != list(_INSERTED):
            raise RuntimeError("unexpected parameter order of the compiled INSERT")
        self._insert_sql = str(compiled)
        # On SQLite, new rows go in by 500 per statement: measured 12.5 s instead of 15-20 s for 1,000,000 rows
        # (less work per row in SQLite's VM, and sqlite3 hands the GIL to the reading thread once per statement
        # instead of once per row).
        self._rows_per_insert = _rows_per_statement(connection, len(_INSERTED))
        values_at = self._insert_sql.index(" VALUES ") + len(" VALUES ")
        group = self._insert_sql[values_at:]
        self._multi_insert_sql = self._insert_sql[:values_at] + ", ".join([group] * self._rows_per_insert)
        processor = _TABLE.c.created_at.type._cached_bind_processor(connection.dialect)
        now = utc_now()
        self._now = processor(now) if processor and connection.dialect.name == "sqlite" else now
        self.changed: list[dict[str, Any]] = []
        self._update = (
            update(_TABLE)
            .where(_TABLE.c.id == bindparam("_id"))
            .values(
                {
                    **{name: bindparam(f"p_{name}") for name in _UPDATED},
                    "row_version": _TABLE.c.row_version + 1,
                    "updated_at": bindparam("_now"),
                    "deleted_at": None,
                }
            )
        )

    def add(self, kind: str, values: dict[str, Any]) -> None:
        """Queues a new row (kind ``new``) or an update of a stored one (``updated``/``restore``)."""
        if kind == "new":
            now = self._now
            self.new.append((*map(values.get, _IMPORTED), time_ordered_uuid(), self.office_code, now, now, 1))
        else:
            row = {f"p_{name}": values.get(name) for name in _UPDATED}
            row.update(_id=values["id"], _now=utc_now())
            self.changed.append(row)

    def _suspend_search_index(self) -> None:
        # SQLite: index new rows for search in bulk at the end (see KRS_FTS_INSERT_TRIGGER); DDL is transactional,
        # so a rollback or a crash restores the trigger with everything else.
        if self.connection.dialect.name != "sqlite" or self.max_id_before is not None:
            return
        self.max_id_before = int(self.connection.scalar(select(func.coalesce(func.max(_TABLE.c.id), 0))) or 0)
        self._search_indexed_upto = self.max_id_before
        self.connection.exec_driver_sql("PRAGMA cache_size=-262144")
        self.connection.exec_driver_sql("DROP TRIGGER IF EXISTS krs_family_fts_ai")
        if self.max_id_before < self.expected_rows:
            # A load larger than the table: building the secondary indexes once at the end (a sort) is much
            # faster than keeping them up to date row by row. Their exact SQL is kept to create them again.
            self._dropped_indexes = [
                (str(name), str(sql))
                for name, sql in self.connection.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'krs_family' "
                    "AND sql IS NOT NULL"
                )
            ]
            for name, _sql in self._dropped_indexes:
                self.connection.exec_driver_sql(f'DROP INDEX "{name}"')

    def _index_for_search(self) -> None:
        # Every row inserted by this import, in one INSERT ... SELECT: measured faster than indexing batch by
        # batch. FTS5 writes its pending terms out
        # as a new segment each time they pass 'hashsize' (1 MB by default), then merges segments: a 64 MB
        # buffer halves the time for 1,000,000 rows (13 s -> 6.5 s). The setting is stored in the FTS5 table,
        # so the default is put back afterwards (inside the same transaction).
        self.connection.exec_driver_sql(
            f"INSERT INTO {KRS_FTS_TABLE}({KRS_FTS_TABLE}, rank) VALUES ('hashsize', ?)", (_BULK_FTS_HASHSIZE,)
        )
        self.connection.exec_driver_sql(
            f"INSERT INTO {KRS_FTS_TABLE}(rowid, head_name, wife_name, nik, no_kk, address) "
            "SELECT id, head_name, wife_name, nik, no_kk, address FROM krs_family WHERE id > ?",
            (self._search_indexed_upto,),
        )
        self.connection.exec_driver_sql(
            f"INSERT INTO {KRS_FTS_TABLE}({KRS_FTS_TABLE}, rank) VALUES ('hashsize', ?)", (_FTS_DEFAULT_HASHSIZE,)
        )
        self._search_indexed_upto = int(self.connection.scalar(select(func.max(_TABLE.c.id))) or 0)

    def finish(self) -> None:
        """Writes what is left and, on SQLite, indexes the new rows for search and restores the trigger."""
        self.flush()
        if self.max_id_before is None:
            return
        self._index_for_search()
        self.connection.exec_driver_sql(KRS_FTS_INSERT_TRIGGER)
        for _name, sql in self._dropped_indexes:
            self.connection.exec_driver_sql(sql)
        self.connection.exec_driver_sql("PRAGMA cache_size=-2000")

    def flush(self) -> None:
        """Writes the batch and starts a new one.

        On the importing thread: a writer thread was measured slower (43 s against 53 s for 1,000,000 rows),
        since the parsing, the reading of the file and the writing then all compete for the GIL.
        """
        if self.new or self.changed:
            new, changed = self.new, self.changed
            self.new, self.changed = [], []
            self._write(new, changed)

    def wait(self) -> None:
        """Kept for callers: writes are synchronous."""

    def close(self) -> None:
        """Kept for callers: there is nothing to stop."""

    def _write(self, new: list[tuple[Any, ...]], changed: list[dict[str, Any]]) -> None:
        if new:
            self._suspend_search_index()
            if self.connection.dialect.name == "sqlite":
                step = self._rows_per_insert
                whole = len(new) // step * step
                if whole:
                    grouped = [tuple(chain.from_iterable(new[at : at + step])) for at in range(0, whole, step)]
                    self.connection.exec_driver_sql(self._multi_insert_sql, grouped)
                if whole < len(new):
                    self.connection.exec_driver_sql(self._insert_sql, new[whole:])
            else:
                self.connection.execute(insert(_TABLE), [dict(zip(_INSERTED, row, strict=True)) for row in new])
        if changed:
            self.connection.execute(self._update, changed)
