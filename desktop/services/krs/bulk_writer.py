"""Bulk writing of imported families: Core executemany in batches, overlapped with parsing in a writer thread."""

from __future__ import annotations

import random
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
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
    value = (time.time_ns() // 1_000_000) << 80 | 0x7 << 76 | _random.getrandbits(12) << 64
    value |= 0b10 << 62 | _random.getrandbits(62)
    return str(uuid.UUID(int=value))


_random = random.Random()


class BulkWriter:
    """Batches inserts and updates and writes them with Core executemany."""

    def __init__(self, connection: Connection, office_code: str, expected_rows: int = 0) -> None:
        self.connection = connection
        self.office_code = office_code
        self.max_id_before: int | None = None
        self.expected_rows = expected_rows
        self._dropped_indexes: list[tuple[str, str]] = []
        self._search_indexed_upto = 0
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="krs-import-writer")
        self._pending: Future[None] | None = None
        # New rows are tuples in _INSERTED order, written by the driver's executemany with the SQL of a Core
        # insert() compiled once: no per-row parameter processing (DESIGN.md section 6: Core or raw driver).
        self.new: list[tuple[Any, ...]] = []
        inserted = [_TABLE.c[name] for name in _INSERTED]
        compiled = insert(_TABLE).compile(dialect=connection.dialect, column_keys=[c.key for c in inserted])
        if list(compiled.positiontup or _INSERTED) != list(_INSERTED):
            raise RuntimeError("unexpected parameter order of the compiled INSERT")
        self._insert_sql = str(compiled)
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
        if kind == "new":
            values.update(
                uuid=time_ordered_uuid(),
                origin_office=self.office_code,
                created_at=self._now,
                updated_at=self._now,
                row_version=1,
            )
            self.new.append(tuple(map(values.get, _INSERTED)))
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
        # batch on the writer thread (which then holds up the parsing thread).
        self.connection.exec_driver_sql(
            f"INSERT INTO {KRS_FTS_TABLE}(rowid, head_name, wife_name, nik, no_kk, address) "
            "SELECT id, head_name, wife_name, nik, no_kk, address FROM krs_family WHERE id > ?",
            (self._search_indexed_upto,),
        )
        self._search_indexed_upto = int(self.connection.scalar(select(func.max(_TABLE.c.id))) or 0)

    def finish(self) -> None:
        """Writes what is left and, on SQLite, indexes the new rows for search and restores the trigger."""
        self.flush()
        self.wait()
        if self.max_id_before is None:
            return
        self._index_for_search()
        self.connection.exec_driver_sql(KRS_FTS_INSERT_TRIGGER)
        for _name, sql in self._dropped_indexes:
            self.connection.exec_driver_sql(sql)
        self.connection.exec_driver_sql("PRAGMA cache_size=-2000")

    def flush(self) -> None:
        """Hands the batch to the writer thread (waiting for the previous batch first) and starts a new one.

        The database work of one batch overlaps the parsing of the next: SQLite releases the GIL while it
        writes. Only one thread uses the connection at a time.
        """
        self.wait()
        if self.new or self.changed:
            new, changed = self.new, self.changed
            self.new, self.changed = [], []
            self._pending = self._pool.submit(self._write, new, changed)

    def wait(self) -> None:
        """Waits for the batch being written; re-raises its error."""
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()

    def close(self) -> None:
        """Stops the writer thread (after the batch in progress)."""
        try:
            self.wait()
        finally:
            self._pool.shutdown(wait=True)

    def _write(self, new: list[tuple[Any, ...]], changed: list[dict[str, Any]]) -> None:
        if new:
            self._suspend_search_index()
            if self.connection.dialect.name == "sqlite":
                self.connection.exec_driver_sql(self._insert_sql, new)
            else:
                self.connection.execute(insert(_TABLE), [dict(zip(_INSERTED, row, strict=True)) for row in new])
        if changed:
            self.connection.execute(self._update, changed)
