"""Receiving a package: verify everything, decide each record by its version history, write it in one transaction.

The decision for a record never looks at a clock. With ``L`` the local version vector and ``I`` the incoming one:
equal content or ``L`` dominating ``I`` changes nothing (unchanged, or stale: this office already has a later
version); ``I`` dominating ``L`` applies the incoming record; neither dominating is a conflict: the local record is
kept and both versions are stored for a person to resolve.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Table, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from db.base import Base, utc_now
from db.models.audit import AuditEntry
from db.models.exchange import ExchangeConflict, ExchangePackage, ExchangePartner
from db.period_guard import PeriodGuard
from db.text_limits import too_long
from desktop.domain.i18n import N_, _
from desktop.domain.users import Permission
from desktop.services.exchange.entities import (
    ENTITIES,
    EntitySpec,
    MissingReference,
    UuidMap,
    content_hash,
    references,
    row_values,
    untouched_seed,
)
from desktop.services.exchange.export import AUDIT_MEMBER, _own_office, member_name
from desktop.services.exchange.files import FileSupply, incoming_files
from desktop.services.exchange.keys import ensure_keys
from desktop.services.exchange.offices import ExchangeError
from desktop.services.exchange.package_file import OpenedPackage, open_package, unreadable
from desktop.services.exchange.periods import DECISION, SUBMISSION, apply_period_header
from desktop.services.exchange.records import bulk_writes, delete_row, insert_rows, local_rows, update_row
from desktop.services.exchange.tombstones import PURGED, is_tombstone, purged_here
from desktop.services.exchange.versions import StateTable, Vector, dominates, merged, remember_known, valid_vector
from desktop.services.job_lock import exclusive
from desktop.services.permissions import require
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import one_session

_CONFLICT: Table = Base.metadata.tables[ExchangeConflict.__tablename__]
_AUDIT: Table = Base.metadata.tables[AuditEntry.__tablename__]
_T = TypeVar("_T")
OUTCOMES = ("new", "updated", "unchanged", "conflicts", "deleted", "rejected")


@dataclass(slots=True)
class EntityOutcome:
    """Counts of one entity, the rejection reasons, and what the acknowledgement lists."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys((*OUTCOMES, "stale"), 0))
    reasons: list[dict[str, str]] = field(default_factory=list)
    receipts: list[tuple[str, str, Vector]] = field(default_factory=list)

    def add(self, outcome: str, record_uuid: str, vector: Vector | None, reason: str = "") -> None:
        """Counts one record."""
        self.counts[outcome] += 1
        if outcome == "stale":
            self.counts["unchanged"] += 1
        if outcome == "rejected":
            self.reasons.append({"uuid": record_uuid, "reason": reason})
        elif vector is not None:
            self.receipts.append((record_uuid, outcome, vector))


@dataclass(slots=True)
class ExchangeImportResult:
    """The summary of an import (or of a dry run)."""

    package: dict[str, Any]
    by_entity: dict[str, EntityOutcome]
    dry_run: bool
    already_imported: bool
    older_than_last: bool
    audit_entries: int = 0
    safety_backup: Path | None = None
    files: int = 0

    def total(self, outcome: str) -> int:
        """The total of one outcome over every entity."""
        return sum(entity.counts[outcome] for entity in self.by_entity.values())

    @property
    def changed_nothing(self) -> bool:
        """True when nothing would be (or was) written."""
        return not self.changes

    @property
    def changes(self) -> int:
        """Records added, updated, deleted or put in conflict."""
        return sum(self.total(outcome) for outcome in ("new", "updated", "conflicts", "deleted"))

    def as_dict(self) -> dict[str, Any]:
        """The ``--json`` form: the totals, ``by_entity`` and ``package``."""
        data: dict[str, Any] = {outcome: self.total(outcome) for outcome in OUTCOMES}
        data["stale"] = self.total("stale")
        data["by_entity"] = {
            name: {**outcome.counts, "reasons": outcome.reasons} for name, outcome in self.by_entity.items()
        }
        data["package"] = self.package
        data["dry_run"] = self.dry_run
        data["already_imported"] = self.already_imported
        data["older_than_last"] = self.older_than_last
        data["audit_entries"] = self.audit_entries
        data["files"] = self.files
        data["safety_backup"] = str(self.safety_backup) if self.safety_backup else None
        return data


def _sender_key(session: Session) -> Any:
    def lookup(code: str) -> str:
        partner = session.scalar(select(ExchangePartner).where(ExchangePartner.office_code == code))
        if partner is None:
            raise ExchangeError(
                _(
                    "Paket ini dari kantor {code} yang bukan mitra kantor ini; tambahkan dulu kartu kantornya "
                    "(konvergensi partner add) setelah sidik jarinya dicocokkan."
                ).format(code=code or "?")
            )
        if partner.revoked_at is not None:
            raise ExchangeError(
                _("Paket ini dari mitra {code} yang sudah dicabut; paket tidak diimpor.").format(code=code)
            )
        return partner.signing_key

    return lookup


@exclusive(N_("impor paket"))
def import_package(
    session_factory: sessionmaker[Session],
    data_dir: Path,
    path: Path,
    *,
    dry_run: bool = False,
    control: TaskControl | None = None,
    before_commit: Callable[[int, TaskControl], Path | None] | None = None,
) -> ExchangeImportResult:
    """Verifies and imports a package in one transaction (rolled back for a dry run).

    Args:
        session_factory: the session factory.
        data_dir: the data folder (this office's keys).
        path: the ``.konv`` file.
        dry_run: decide every record and count, write nothing.
        control: progress and cancellation (a cancel leaves the database as it was).
        before_commit: called with the number of changed records before the import commits (not for a dry run);
            :func:`desktop.services.backup.automatic.backup_before_large_import` makes the backup then. What it
            returns is the result's ``safety_backup``; what it raises rolls the import back.

    Returns:
        The summary.

    Raises:
        ExchangeError: the package is refused (nothing written).
    """
    control = control or TaskControl()
    keys = ensure_keys(data_dir)
    with one_session(session_factory) as session:
        require(session, Permission.EXCHANGE)
        own = _own_office(session).code
        opened = open_package(path, own, keys, _sender_key(session))
        supply = FileSupply(data_dir / "files", incoming_files(opened.members))
        session.rollback()
        with session.begin():
            result = _apply(session, opened, own, control, supply)
            result.dry_run = dry_run
            if dry_run:
                session.rollback()
            else:
                result.files = supply.write()  # before the commit: a failure rolls the import back
                if before_commit is not None:
                    result.safety_backup = before_commit(result.changes, control)
        return result


def _apply(
    session: Session, opened: OpenedPackage, own: str, control: TaskControl, supply: FileSupply
) -> ExchangeImportResult:
    manifest = opened.manifest
    sender = str(manifest["sender"]["code"])
    partner = session.scalar(select(ExchangePartner).where(ExchangePartner.office_code == sender))
    assert partner is not None  # checked by open_package through the sender lookup
    package_id = str(manifest.get("package_id", ""))
    sequence = int(manifest.get("sequence", 0))
    previous = session.execute(
        select(ExchangePackage.id, ExchangePackage.counts).where(
            ExchangePackage.package_id == package_id, ExchangePackage.direction == "received"
        )
    ).first()
    seen_before = None if previous is None else previous[0]
    result = ExchangeImportResult(
        package=_package_info(manifest),
        by_entity={},
        dry_run=False,
        already_imported=seen_before is not None,
        older_than_last=sequence < (partner.last_received_sequence or 0),
    )
    connection = session.connection()
    uuids = UuidMap(connection)
    guard = PeriodGuard(connection)
    tombstones: dict[str, list[dict[str, Any]]] = {}
    if previous is not None and _settled(previous[1]):
        result.by_entity = _known_records(opened, control)
    else:
        with bulk_writes(connection):
            for index, spec in enumerate(ENTITIES):
                control.check()
                control.report(index, len(ENTITIES), _("Memeriksa {entity}").format(entity=spec.name))
                if member_name(spec.name) in opened.members:
                    lines = _checked(_records(opened.iter_texts(member_name(spec.name))), control)
                    refused: list[tuple[str, str]] = []
                    later: list[tuple[str, Vector]] = []
                    lines = _without_tombstones(
                        lines, purged_here(connection, spec), tombstones.setdefault(spec.name, []), later
                    )
                    if spec.file_columns is not None:
                        lines = _with_files(lines, spec, supply, refused)
                    outcome = _entity(connection, spec, lines, uuids, own, sender, package_id, guard)
                    for record_uuid, reason in refused:
                        outcome.add("rejected", record_uuid, None, reason)
                    for record_uuid, vector in later:
                        outcome.add("stale", record_uuid, vector)
                    result.by_entity[spec.name] = outcome
                    receipts = ((key, vector) for key, _o, vector in outcome.receipts)
                    remember_known(connection, sender, spec.name, receipts)
            for spec in reversed(ENTITIES):  # children first: a deleted parent's children were deleted with it
                if tombstones.get(spec.name):
                    outcome = result.by_entity.setdefault(spec.name, EntityOutcome())
                    start = len(outcome.receipts)
                    _tombstones(connection, spec, tombstones[spec.name], outcome, uuids, own, sender, package_id, guard)
                    receipts = ((key, v) for key, _o, v in outcome.receipts[start:])
                    remember_known(connection, sender, spec.name, receipts)
            result.audit_entries = _audit(connection, opened.lines(AUDIT_MEMBER))
    apply_period_header(session, manifest, _own_office(session), partner)
    partner.last_received_sequence = max(partner.last_received_sequence or 0, sequence)
    if seen_before is None:
        session.add(
            ExchangePackage(
                package_id=package_id,
                direction="received",
                partner_code=sender,
                sequence=sequence,
                created_at=str(manifest.get("created_at", "")),
                scope=str(manifest.get("scope", {}).get("kind", "")),
                counts=json.dumps({name: o.counts for name, o in result.by_entity.items()}, sort_keys=True),
            )
        )
    session.flush()
    return result


def _settled(counts: str | None) -> bool:
    """True when the earlier import of a package left nothing to decide again: no record rejected, none in conflict.

    Every record of such a package was then new, applied or already held here, and the versions here only grow
    since (a local change, a newer package, a resolution all dominate what was held): importing it again leaves
    each record unchanged, whatever came in between. A rejected record (whose parent or period may have changed)
    or a conflict is decided again.
    """
    try:
        by_entity = json.loads(counts or "")
    except ValueError:
        return False
    return isinstance(by_entity, dict) and all(
        isinstance(entity, dict) and not entity.get("rejected") and not entity.get("conflicts")
        for entity in by_entity.values()
    )


def _known_records(opened: OpenedPackage, control: TaskControl) -> dict[str, EntityOutcome]:
    """The records of a :func:`_settled` package, each unchanged, listed for the receipt without deciding them.

    Only each line's uuid and vector are decoded (the signature and every member's hash were checked already).
    """
    by_entity: dict[str, EntityOutcome] = {}
    for index, spec in enumerate(ENTITIES):
        name = member_name(spec.name)
        if name not in opened.members:
            continue
        control.report(index, len(ENTITIES), _("Memeriksa {entity}").format(entity=spec.name))
        outcome = by_entity[spec.name] = EntityOutcome()
        for fields in _checked(_heads(opened.iter_texts(name)), control):
            record_uuid, vector = str(fields.get("uuid", "")), valid_vector(fields.get("vector"))
            if vector is None or not record_uuid:
                outcome.add("rejected", record_uuid, None, _("rekaman tidak lengkap"))
            else:
                outcome.add("unchanged", record_uuid, vector)
    return by_entity


def _heads(texts: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The fields of each record line but its ``data`` (decoded only when the line is not split as written here)."""
    for text in texts:
        split = text.find(_DATA_KEY)
        try:
            head = json.loads(text[:split] + "}") if split > 1 else None
        except json.JSONDecodeError:
            head = None
        if not isinstance(head, dict) or not head:
            try:
                head = json.loads(text)
            except json.JSONDecodeError:
                raise ExchangeError(unreadable()) from None
        if isinstance(head, dict):
            yield head


CHECK_EVERY = 500
"""Records read between two cancellation checks: Cancel / Ctrl+C stops within a chunk, not after the entity."""


def _checked(lines: Iterable[_T], control: TaskControl) -> Iterator[_T]:
    """The package's records of one entity, with a cancellation check every :data:`CHECK_EVERY` records."""
    for number, line in enumerate(lines, start=1):
        if number % CHECK_EVERY == 0:
            control.check()
        yield line


_Line = tuple[dict[str, Any], str | None]
"""A decoded record line and the SHA-256 of its ``data`` text when the line was split (else None)."""
_DATA_KEY = ',"data":'


def _records(texts: Iterable[str]) -> Iterator[_Line]:
    """Decodes record lines; a line laid out as this program writes it (``data`` last) is split in two.

    Its ``data`` is then decoded from exactly the text that is hashed, so a record written canonically has its hash
    checked without encoding its data again; any other line is decoded whole (and hashed canonically later).

    Raises:
        ExchangeError: a line is not JSON.
    """
    for text in texts:
        split = text.find(_DATA_KEY)
        if split > 1 and text.endswith("}"):
            data_text = text[split + len(_DATA_KEY) : -1]
            try:
                head = json.loads(text[:split] + "}")
                data = json.loads(data_text)
            except json.JSONDecodeError:
                head = data = None
            if isinstance(head, dict) and head and "data" not in head and isinstance(data, dict):
                head["data"] = data
                yield head, hashlib.sha256(data_text.encode("utf-8")).hexdigest()
                continue
        try:
            line = json.loads(text)
        except json.JSONDecodeError:
            raise ExchangeError(unreadable()) from None
        if isinstance(line, dict):
            yield line, None


def _with_files(
    lines: Iterable[_Line], spec: EntitySpec, supply: FileSupply, refused: list[tuple[str, str]]
) -> Iterator[_Line]:
    """The records whose file came in the package or is here already; the others go to ``refused`` with why."""
    for line in lines:
        data = line[0].get("data")
        reason = supply.refusal(spec, data) if isinstance(data, dict) else None
        if reason is None:
            yield line
        else:
            refused.append((str(line[0].get("uuid", "")), reason))


def _without_tombstones(
    lines: Iterable[_Line],
    purged: dict[str, Vector],
    tombstones: list[dict[str, Any]],
    stale: list[tuple[str, Vector]],
) -> Iterator[_Line]:
    """The records to decide now: tombstones wait for the end (children first), and a version older than a
    deletion made here is stale (a version the deleting office had not seen comes back: nothing is lost)."""
    for line in lines:
        fields = line[0]
        if is_tombstone(fields):
            tombstones.append(fields)
            continue
        record_uuid = str(fields.get("uuid", ""))
        vector = valid_vector(fields.get("vector"))
        if record_uuid in purged and vector is not None and dominates(purged[record_uuid], vector):
            stale.append((record_uuid, vector))
            continue
        yield line


def _package_info(manifest: dict[str, Any]) -> dict[str, Any]:
    keys = ("package_id", "sequence", "sender", "recipient", "created_at", "scope", "counts", "format_version")
    info = {key: manifest.get(key) for key in keys} | {"schema_revision": manifest.get("schema_revision")}
    return info | {key: manifest[key] for key in (SUBMISSION, DECISION) if key in manifest}


@dataclass(slots=True)
class _Incoming:
    uuid: str
    vector: Vector
    hash: str
    data: dict[str, Any]
    data_hash: str | None = None


def _parse(line: _Line, outcome: EntityOutcome) -> _Incoming | None:
    fields, data_hash = line
    record_uuid = str(fields.get("uuid", ""))
    vector = valid_vector(fields.get("vector"))
    data = fields.get("data")
    if vector is None or not isinstance(data, dict) or data.get("uuid") != record_uuid or not record_uuid:
        outcome.add("rejected", record_uuid, None, _("rekaman tidak lengkap"))
        return None
    return _Incoming(record_uuid, vector, str(fields.get("hash", "")), data, data_hash)


def _intact(record: _Incoming, outcome: EntityOutcome) -> bool:
    """Checks a record's hash before it is written (unchanged records are compared by hash only)."""
    if record.data_hash == record.hash or content_hash(record.data) == record.hash:
        return True
    outcome.add("rejected", record.uuid, None, _("isi rekaman tidak cocok dengan hash-nya"))
    return False


def _values(spec: EntitySpec, record: _Incoming, uuids: UuidMap, outcome: EntityOutcome) -> dict[str, Any] | None:
    try:
        values = row_values(spec, record.data, uuids)
        # Core writes skip the ORM's length check (db/text_limits.py); SQLite would keep the text, PostgreSQL
        # would abort the whole package: the record is refused by its field, the rest goes on.
        if (long := too_long(spec.table, values)) is not None:
            outcome.add(
                "rejected",
                record.uuid,
                None,
                _("isian '{field}' terlalu panjang: {count} karakter, paling banyak {limit}").format(
                    field=long[0], count=long[1], limit=long[2]
                ),
            )
            return None
        return values
    except MissingReference as missing:
        outcome.add(
            "rejected",
            record.uuid,
            None,
            _("rekaman induknya ({entity} {uuid}) tidak ada di kantor ini").format(
                entity=missing.entity, uuid=missing.record_uuid
            ),
        )
    except (ValueError, TypeError):
        outcome.add("rejected", record.uuid, None, _("nilai rekaman tidak sah"))
    return None


def _new_values(
    spec: EntitySpec, record: _Incoming, uuids: UuidMap, outcome: EntityOutcome, guard: PeriodGuard
) -> dict[str, Any] | None:
    """The column values of a new record, or None when it is refused (damaged, orphaned, or in a locked period)."""
    values = _values(spec, record, uuids, outcome) if _intact(record, outcome) else None
    if values is not None and _locked(guard, spec, record, guard.lock_for(spec.name, values), outcome):
        return None
    return values


def _locked(guard: PeriodGuard, spec: EntitySpec, record: _Incoming, lock: Any, outcome: EntityOutcome) -> bool:
    """Refuses the whole package when a record would change an approved period (the approved version stays).

    Raises:
        ExchangeError: naming the period, who approved it and when; the import's transaction is rolled back.
    """
    if lock is None:
        return False
    raise ExchangeError(
        _(
            "Paket ini mengubah data periode {kind} {period} kantor {office} yang sudah disetujui oleh {approver} "
            "pada {when}; seluruh paket ditolak dan tidak ada yang diterapkan."
        ).format(
            kind=lock.kind.label,
            period=lock.period,
            office=lock.office,
            approver=lock.approved_by,
            when=lock.approved_at,
        )
    )


CHUNK = 5_000
"""Records decided and written together: bounds memory on a 100,000-family package."""


def _entity(
    connection: Connection,
    spec: EntitySpec,
    lines: Iterable[_Line],
    uuids: UuidMap,
    own: str,
    sender: str,
    package_id: str,
    guard: PeriodGuard,
) -> EntityOutcome:
    outcome = EntityOutcome()
    states = StateTable(connection, spec.name)
    table = spec.table
    meta = {
        str(row[0]): (int(row[1]), int(row[2] or 0), row[3] is not None)
        for row in connection.execute(select(table.c.uuid, table.c.id, table.c.row_version, table.c.deleted_at))
    }
    chunk: list[_Incoming] = []
    for line in lines:
        record = _parse(line, outcome)
        if record is not None:
            chunk.append(record)
        if len(chunk) >= CHUNK:
            _decide(connection, spec, chunk, meta, states, outcome, uuids, own, sender, package_id, guard)
            chunk = []
    _decide(connection, spec, chunk, meta, states, outcome, uuids, own, sender, package_id, guard)
    states.flush()
    return outcome


def _decide(
    connection: Connection,
    spec: EntitySpec,
    records: list[_Incoming],
    meta: dict[str, tuple[int, int, bool]],
    states: StateTable,
    outcome: EntityOutcome,
    uuids: UuidMap,
    own: str,
    sender: str,
    package_id: str,
    guard: PeriodGuard,
) -> None:
    # Only rows changed here since their recorded version are read in full and hashed again.
    stale_state = [r.uuid for r in records if r.uuid in meta and states.fresh(r.uuid, meta[r.uuid][1]) is None]
    full = local_rows(connection, spec, stale_state, uuids)
    self_referencing = spec.name in references(spec.table).values()
    pending: list[tuple[_Incoming, dict[str, Any]]] = []
    for record in records:
        found = meta.get(record.uuid)
        if found is None:
            values = _new_values(spec, record, uuids, outcome, guard)
            if values is not None:
                pending.append((record, values))
                if self_referencing:  # a later row of the same table may point at this one
                    _insert(connection, spec, pending, states, outcome, uuids, meta)
                    pending = []
            continue
        row_id, version, deleted = found
        exchanged = record.uuid in states.states
        local_vector, local_hash = _local_version(record.uuid, version, states, full, own)
        if local_hash == record.hash:
            _same_content(connection, spec, record, states, local_vector, version, exchanged)
            outcome.add("unchanged", record.uuid, record.vector)
        elif dominates(local_vector, record.vector):
            outcome.add("stale", record.uuid, record.vector)
        elif not _intact(record, outcome):
            continue
        elif dominates(record.vector, local_vector):
            if _update(connection, spec, row_id, deleted, record, states, outcome, uuids, version, guard):
                meta[record.uuid] = (row_id, version + 1, bool(record.data.get("deleted_at")))
        else:
            _conflict_unless_locked(
                connection, spec, record, row_id, full, uuids, local_vector, sender, package_id, outcome, guard
            )
    _insert(connection, spec, pending, states, outcome, uuids, meta)


def _same_content(
    connection: Connection,
    spec: EntitySpec,
    record: _Incoming,
    states: StateTable,
    local_vector: Vector,
    version: int,
    exchanged: bool,
) -> None:
    """Records the history of a record whose content this office already has (nothing to write)."""
    if not exchanged:  # the same content made here on its own (a seeded code list entry): one history
        states.set(record.uuid, record.vector, record.hash, version)
    elif not dominates(local_vector, record.vector):
        states.set(record.uuid, merged(local_vector, record.vector), record.hash, version)
        if dominates(record.vector, local_vector):  # a decision taken there, agreeing with this office
            close_conflicts(connection, spec.name, record.uuid, "superseded", "")


def _conflict_unless_locked(
    connection: Connection,
    spec: EntitySpec,
    record: _Incoming,
    row_id: int,
    full: dict[str, Any],
    uuids: UuidMap,
    local_vector: Vector,
    sender: str,
    package_id: str,
    outcome: EntityOutcome,
    guard: PeriodGuard,
) -> None:
    """Stores a conflict, unless the local record is in an approved period (then the incoming one is refused)."""
    if _locked(guard, spec, record, guard.lock_for_row(spec.name, row_id), outcome):
        return
    local = full.get(record.uuid) or local_rows(connection, spec, [record.uuid], uuids)[record.uuid]
    _conflict(connection, spec, record, local[1], local_vector, sender, package_id)
    outcome.add("conflicts", record.uuid, record.vector)


def _local_version(
    record_uuid: str, version: int, states: StateTable, full: dict[str, Any], own: str
) -> tuple[Vector, str]:
    """The local record's vector and hash: recorded when the row did not change since, else hashed again."""
    state = states.fresh(record_uuid, version)
    if state is not None:
        return state
    data = full[record_uuid][1]
    local_hash = content_hash(data)
    seeded = record_uuid not in states.states and untouched_seed(
        data.get("created_at"), data.get("origin_office"), version
    )
    return states.current(record_uuid, local_hash, own, version, seeded), local_hash


def _insert(
    connection: Connection,
    spec: EntitySpec,
    pending: list[tuple[_Incoming, dict[str, Any]]],
    states: StateTable,
    outcome: EntityOutcome,
    uuids: UuidMap,
    meta: dict[str, tuple[int, int, bool]],
) -> None:
    stored = insert_rows(connection, spec, [values for _record, values in pending])
    for (record, _unused), ok in zip(pending, stored, strict=True):
        if ok:
            states.set(record.uuid, record.vector, record.hash, 1)
            outcome.add("deleted" if record.data.get("deleted_at") else "new", record.uuid, record.vector)
        else:
            outcome.add("rejected", record.uuid, None, _("bentrok dengan rekaman lain di kantor ini (data kembar)"))
    if pending:
        uuids.forget(spec.name)
        table = spec.table
        keys = [record.uuid for (record, _unused), ok in zip(pending, stored, strict=True) if ok]
        for start in range(0, len(keys), 500):
            rows = connection.execute(
                select(table.c.uuid, table.c.id).where(table.c.uuid.in_(keys[start : start + 500]))
            )
            for key, row_id in rows:
                meta[str(key)] = (int(row_id), 1, False)


def _update(
    connection: Connection,
    spec: EntitySpec,
    row_id: int,
    deleted: bool,
    record: _Incoming,
    states: StateTable,
    outcome: EntityOutcome,
    uuids: UuidMap,
    version: int,
    guard: PeriodGuard,
) -> bool:
    values = _values(spec, record, uuids, outcome)
    if values is None:
        return False
    lock = guard.lock_for_update(spec.name, row_id, values)
    if _locked(guard, spec, record, lock, outcome):
        return False
    if not update_row(connection, spec, row_id, values):
        outcome.add("rejected", record.uuid, None, _("bentrok dengan rekaman lain di kantor ini (data kembar)"))
        return False
    states.set(record.uuid, record.vector, record.hash, version + 1)
    close_conflicts(connection, spec.name, record.uuid, "superseded", "")
    deleting = record.data.get("deleted_at") and not deleted
    outcome.add("deleted" if deleting else "updated", record.uuid, record.vector)
    return True


def close_conflicts(connection: Connection, entity: str, record_uuid: str, resolution: str, actor: str) -> None:
    """Marks the open conflicts of a record resolved."""
    table = _CONFLICT
    connection.execute(
        update(table)
        .where(table.c.entity == entity, table.c.record_uuid == record_uuid, table.c.resolved_at.is_(None))
        .values(resolved_at=utc_now(), resolution=resolution, resolved_by=actor)
    )


def _conflict(
    connection: Connection,
    spec: EntitySpec,
    record: _Incoming,
    local: dict[str, Any],
    local_vector: Vector,
    sender: str,
    package_id: str,
) -> None:
    table = _CONFLICT
    known = connection.execute(
        select(table.c.id).where(
            table.c.entity == spec.name,
            table.c.record_uuid == record.uuid,
            table.c.incoming_hash == record.hash,
            table.c.resolved_at.is_(None),
        )
    ).first()
    if known is not None:  # the same package (or the same change) again: one conflict, not two
        return
    connection.execute(
        insert(table).values(
            entity=spec.name,
            record_uuid=record.uuid,
            partner_code=sender,
            package_id=package_id,
            local=json.dumps(local, ensure_ascii=False, sort_keys=True),
            local_vector=json.dumps(local_vector, sort_keys=True),
            incoming=json.dumps(record.data, ensure_ascii=False, sort_keys=True),
            incoming_vector=json.dumps(record.vector, sort_keys=True),
            incoming_hash=record.hash,
            detected_at=utc_now(),
            resolved_by="",
        )
    )


def _audit(connection: Connection, lines: list[dict[str, Any]]) -> int:
    """Keeps the audit entries that arrived (with their office of origin), each once."""
    table = _AUDIT
    wanted = [line for line in lines if isinstance(line.get("uuid"), str)]
    present: set[str] = set()
    keys = [line["uuid"] for line in wanted]
    for start in range(0, len(keys), 500):
        present.update(
            connection.execute(select(table.c.uuid).where(table.c.uuid.in_(keys[start : start + 500]))).scalars()
        )
    rows: list[dict[str, Any]] = []
    for line in wanted:
        if line["uuid"] in present:
            continue
        present.add(line["uuid"])
        try:
            at = datetime.fromisoformat(str(line.get("at")))
        except ValueError:
            continue
        rows.append(
            {
                "uuid": line["uuid"],
                "at": at,
                "office_code": str(line.get("office_code", "")),
                "actor": str(line.get("actor", "")),
                "entity": str(line.get("entity", "")),
                "entity_uuid": str(line.get("entity_uuid", "")),
                "action": str(line.get("action", ""))[:10],
                "field": line.get("field"),
                "old_value": line.get("old_value"),
                "new_value": line.get("new_value"),
            }
        )
    if rows:
        connection.execute(insert(table), rows)
    return len(rows)


def _tombstones(
    connection: Connection,
    spec: EntitySpec,
    lines: list[dict[str, Any]],
    outcome: EntityOutcome,
    uuids: UuidMap,
    own: str,
    sender: str,
    package_id: str,
    guard: PeriodGuard,
) -> None:
    """Applies the hard deletions of one entity: deleted when this office holds the version the deletion was based
    on, stale when it holds a later one, otherwise a conflict (the local record is kept)."""
    states = StateTable(connection, spec.name)
    table = spec.table
    for line in lines:
        record_uuid, vector = str(line.get("uuid", "")), valid_vector(line.get("vector"))
        if not record_uuid or vector is None:
            outcome.add("rejected", record_uuid, None, _("rekaman tidak lengkap"))
            continue
        found = local_rows(connection, spec, [record_uuid], uuids).get(record_uuid)
        if found is None:  # deleted here already, or never held: nothing to do
            state = states.states.get(record_uuid)
            if state is not None and state[1] == PURGED and not dominates(state[0], vector):
                states.set(record_uuid, merged(state[0], vector), PURGED)
            outcome.add("unchanged", record_uuid, vector)
            continue
        row_id, data = found
        version = connection.execute(select(table.c.row_version).where(table.c.id == row_id)).scalar() or 0
        local = states.current(record_uuid, content_hash(data), own, version)
        lock = guard.lock_for_row(spec.name, row_id)
        if dominates(local, vector):
            outcome.add("stale", record_uuid, vector)
        elif lock is not None:
            outcome.add("rejected", record_uuid, None, lock.refusal().message)
        elif not dominates(vector, local):
            _conflict(connection, spec, _Incoming(record_uuid, vector, PURGED, {}), data, local, sender, package_id)
            outcome.add("conflicts", record_uuid, vector)
        elif delete_row(connection, spec, row_id):
            states.set(record_uuid, vector, PURGED)
            close_conflicts(connection, spec.name, record_uuid, "superseded", "")
            uuids.forget(spec.name)
            outcome.add("deleted", record_uuid, vector)
        else:
            outcome.add("rejected", record_uuid, None, _("rekaman ini masih dipakai rekaman lain di kantor ini"))
    states.flush()
