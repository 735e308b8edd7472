"""Which records travel between offices, in which order, within which region, and how a row becomes data.

Every exchanged table has the :class:`db.base.ExchangeMixin` columns; rows are identified by ``uuid`` across
offices (integer ids are local). A foreign key to another exchanged table travels as the referenced row's uuid,
a foreign key to ``region`` as the region code every office shares.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Column, ColumnElement, Select, Table, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.types import Date, LargeBinary, Time

import db.models  # noqa: F401 - registers every table on the metadata
from db.base import Base, UTCDateTime
from db.models.krs import SEEDED_AT

# Columns kept per office and never carried: the local key, the local change counter and the local write time.
LOCAL_COLUMNS = frozenset({"id", "row_version", "updated_at"})


@dataclass(frozen=True, slots=True)
class EntitySpec:
    """One exchanged table.

    Attributes:
        name: the table name, also the entity's name in packages.
        personal: holds names or identity numbers (left out for a province unless by-name data is chosen).
        region_column: the column naming the record's region, or None.
        parent: ``(foreign key column, parent entity)`` whose region the record follows, or None (then the record
            is in every scope, as the contact list ``person`` is).
        file_columns: ``(SHA-256 column, stored path column)`` of a record that names a file of the data folder's
            ``files`` folder (a meeting attachment): the file travels with the record, stored by its hash.
    """

    name: str
    personal: bool = False
    region_column: str | None = None
    parent: tuple[str, str] | None = None
    file_columns: tuple[str, str] | None = None

    @property
    def table(self) -> Table:
        """The table."""
        return Base.metadata.tables[self.name]


ENTITIES: tuple[EntitySpec, ...] = (
    EntitySpec("krs_code"),  # the office's code lists (status keberadaan, hasil verval, peran TPK): every scope
    EntitySpec("krs_family", personal=True, region_column="desa_code"),
    EntitySpec("krs_verification", personal=True, parent=("family_id", "krs_family")),
    EntitySpec("case_child", personal=True, region_column="desa_code"),
    EntitySpec("case_measurement", personal=True, parent=("child_id", "case_child")),
    EntitySpec("case_status_change", personal=True, parent=("child_id", "case_child")),
    EntitySpec("person", personal=True),
    EntitySpec("meeting_series", region_column="region_code"),
    EntitySpec("meeting", region_column="region_code"),
    EntitySpec("meeting_participant", personal=True, parent=("meeting_id", "meeting")),
    EntitySpec("agenda_item", parent=("meeting_id", "meeting")),
    EntitySpec("discussion_point", parent=("meeting_id", "meeting")),
    EntitySpec("meeting_decision", parent=("meeting_id", "meeting")),
    EntitySpec("action_item", parent=("origin_meeting_id", "meeting")),
    EntitySpec("action_review", parent=("action_id", "action_item")),
    EntitySpec("action_status_change", parent=("action_id", "action_item")),
    EntitySpec("meeting_version", personal=True, parent=("meeting_id", "meeting")),  # the snapshot names people
    EntitySpec("meeting_attachment", parent=("meeting_id", "meeting"), file_columns=("sha256", "stored_path")),
    EntitySpec("checklist_value", region_column="region_code"),
    EntitySpec("prevalence_figure", region_column="region_code"),
)
"""Exchanged entities, parents before children (the order of import)."""

BY_NAME = {spec.name: spec for spec in ENTITIES}


def references(table: Table) -> dict[str, str]:
    """The columns of ``table`` that point at another exchanged table, to that table's name."""
    found: dict[str, str] = {}
    for column in table.columns:
        for key in column.foreign_keys:
            target = key.column.table.name
            if target in BY_NAME:
                found[column.name] = target
    return found


def carried_columns(table: Table) -> list[Column[Any]]:
    """The columns a package carries for ``table``."""
    return [column for column in table.columns if column.name not in LOCAL_COLUMNS]


def untouched_seed(created_at: Any, origin_office: Any, row_version: int) -> bool:
    """Whether a row is a seeded code list entry as migration 0015 left it: the same uuid and content at every office,
    so its history is empty (no office changed it) and no package needs to carry it."""
    if isinstance(created_at, str):
        try:
            created_at = datetime.fromisoformat(created_at)
        except ValueError:
            return False
    return created_at == SEEDED_AT and not origin_office and row_version == 1


def in_region(column: ColumnElement[Any], prefix: str) -> ColumnElement[bool]:
    """True for a region code equal to ``prefix`` or below it (``36.02.18`` holds ``36.02.18.2004``)."""
    return or_(column == prefix, column.like(prefix + ".%"))


def scope_filter(spec: EntitySpec, prefix: str | None) -> ColumnElement[bool] | None:
    """The condition that keeps the rows of ``spec`` in the region ``prefix`` (None: every row)."""
    if prefix is None:
        return None
    table = spec.table
    if spec.region_column is not None:
        return in_region(table.c[spec.region_column], prefix)
    if spec.parent is not None:
        column, parent_name = spec.parent
        parent = BY_NAME[parent_name]
        inner = select(parent.table.c.id)
        condition = scope_filter(parent, prefix)
        if condition is not None:
            inner = inner.where(condition)
        return table.c[column].in_(inner)
    return None


def scoped_rows(spec: EntitySpec, prefix: str | None) -> Select[Any]:
    """The rows of ``spec`` within ``prefix``, in local id order."""
    statement = select(spec.table).order_by(spec.table.c.id)
    condition = scope_filter(spec, prefix)
    return statement if condition is None else statement.where(condition)


def to_json_value(value: Any) -> Any:
    """A column value as JSON data (dates and times as ISO text, bytes as base64)."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def from_json_value(column: Column[Any], value: Any) -> Any:
    """The inverse of :func:`to_json_value` for ``column``.

    Raises:
        ValueError: the value does not fit the column's type.
    """
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Time):
        return time.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value, validate=True)
    return value


def canonical_json(data: dict[str, Any]) -> str:
    """A record's data as canonical JSON (keys sorted, no spaces, UTF-8 text)."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(data: dict[str, Any], text: str | None = None) -> str:
    """The SHA-256 of a record's carried data in canonical JSON: equal content, equal hash, on every office.

    Args:
        data: the data.
        text: its :func:`canonical_json`, when already made.
    """
    return hashlib.sha256((text if text is not None else canonical_json(data)).encode("utf-8")).hexdigest()


class UuidMap:
    """Local id to uuid and back for the exchanged tables, loaded on first use per table."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._to_uuid: dict[str, dict[int, str]] = {}
        self._to_id: dict[str, dict[str, int]] = {}

    def _load(self, name: str) -> None:
        if name not in self._to_uuid:
            table = BY_NAME[name].table
            rows = self._connection.execute(select(table.c.id, table.c.uuid)).all()
            self._to_uuid[name] = {row_id: row_uuid for row_id, row_uuid in rows}
            self._to_id[name] = {row_uuid: row_id for row_id, row_uuid in rows}

    def uuid(self, name: str, row_id: int | None) -> str | None:
        """The uuid of row ``row_id`` of table ``name``."""
        if row_id is None:
            return None
        self._load(name)
        return self._to_uuid[name].get(row_id)

    def id(self, name: str, row_uuid: str | None) -> int | None:
        """The local id of the row with ``row_uuid`` in table ``name``, or None."""
        if row_uuid is None:
            return None
        self._load(name)
        return self._to_id[name].get(row_uuid)

    def forget(self, name: str) -> None:
        """Drops the cached map of a table (rows were inserted), read again on next use."""
        self._to_uuid.pop(name, None)
        self._to_id.pop(name, None)


def _encoder(column: Column[Any]) -> Any:
    kind = column.type
    if isinstance(kind, UTCDateTime | Date | Time):
        return lambda value: None if value is None else value.isoformat()
    if isinstance(kind, LargeBinary):
        return lambda value: None if value is None else base64.b64encode(value).decode("ascii")
    return None


def _decoder(column: Column[Any]) -> Any:
    kind = column.type
    if isinstance(kind, UTCDateTime | Date | Time | LargeBinary):
        return lambda value: from_json_value(column, value)
    return None


class RowCodec:
    """Turns the rows of one table into package data and back, with the per-column work decided once."""

    def __init__(self, spec: EntitySpec) -> None:
        refs = references(spec.table)
        carried = carried_columns(spec.table)
        self._columns = [(column.name, refs.get(column.name), _encoder(column)) for column in carried]
        self._decoders = [(column.name, refs.get(column.name), _decoder(column)) for column in carried]

    def values(self, data: dict[str, Any], uuids: UuidMap) -> dict[str, Any]:
        """Package data as column values of this office (see :func:`row_values`)."""
        values: dict[str, Any] = {}
        for name, target, decode in self._decoders:
            if name not in data:
                raise ValueError(name)
            value = data[name]
            if value is not None:
                if target is not None:
                    local = uuids.id(target, value)
                    if local is None:
                        raise MissingReference(target, str(value))
                    value = local
                elif decode is not None:
                    value = decode(value)
            values[name] = value
        return values

    def data(self, row: Any, uuids: UuidMap) -> dict[str, Any]:
        """One row (a mapping of column values) as package data, references as uuids."""
        data: dict[str, Any] = {}
        for name, target, encode in self._columns:
            value = row[name]
            if target is not None:
                value = uuids.uuid(target, value)
            elif encode is not None:
                value = encode(value)
            data[name] = value
        return data


_CODECS: dict[str, RowCodec] = {}


def codec(spec: EntitySpec) -> RowCodec:
    """The (cached) codec of an entity."""
    found = _CODECS.get(spec.name)
    if found is None:
        found = _CODECS[spec.name] = RowCodec(spec)
    return found


def serialize_row(row: Any, spec: EntitySpec, uuids: UuidMap) -> dict[str, Any]:
    """One row (a mapping of column values) as package data, references as uuids."""
    return codec(spec).data(row, uuids)


def serialize_rows(
    connection: Connection, spec: EntitySpec, uuids: UuidMap, prefix: str | None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yields ``(uuid, data)`` for every row of ``spec`` within ``prefix``, references as uuids."""
    rows = codec(spec)
    for row in connection.execute(scoped_rows(spec, prefix)).mappings():
        yield str(row["uuid"]), rows.data(row, uuids)


class MissingReference(Exception):  # noqa: N818 - names the situation, caught right away
    """A record points at a row this office does not hold."""

    def __init__(self, entity: str, record_uuid: str) -> None:
        super().__init__(entity, record_uuid)
        self.entity = entity
        self.record_uuid = record_uuid


def row_values(spec: EntitySpec, data: dict[str, Any], uuids: UuidMap) -> dict[str, Any]:
    """Package data as column values of this office (uuids back to local ids).

    Raises:
        MissingReference: a referenced row is not here.
        ValueError: a value does not fit its column, or a column is missing.
    """
    return codec(spec).values(data, uuids)
