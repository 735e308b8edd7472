"""Making a package for one partner: the scope its level needs, only what it does not hold yet, signed and sealed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

import desktop
from db.base import Base, new_uuid
from db.models.audit import AuditEntry
from db.models.exchange import ExchangePackage, ExchangePartner
from db.models.office import Office
from desktop.domain.i18n import _
from desktop.domain.regions import RegionLevel
from desktop.domain.users import Permission
from desktop.services.audit_trail import record_access_in
from desktop.services.exchange.entities import (
    ENTITIES,
    EntitySpec,
    UuidMap,
    canonical_json,
    codec,
    content_hash,
    scoped_rows,
    untouched_seed,
)
from desktop.services.exchange.files import outgoing_files
from desktop.services.exchange.keys import OfficeKeys, ensure_keys, fingerprint
from desktop.services.exchange.offices import ExchangeError, find_partner
from desktop.services.exchange.package_file import (
    FORMAT_VERSION,
    PACKAGE_FORMAT,
    LinesEncoder,
    Member,
    encode_lines,
    write_package,
)
from desktop.services.exchange.records import bulk_writes
from desktop.services.exchange.tombstones import tombstone_lines
from desktop.services.exchange.versions import StateTable, dominates, known_vectors, vector_text
from desktop.services.tasks import TaskControl
from desktop.services.unit_of_work import unit_of_work

AUDIT_MEMBER = "data/audit.jsonl.gz"


def member_name(entity: str) -> str:
    """The package member of an entity's records (before the ``.age`` suffix)."""
    return f"data/{entity}.jsonl.gz"


@dataclass(slots=True)
class ExportResult:
    """What a package holds."""

    package_id: str
    sequence: int
    file: Path
    sha256: str
    scope: str
    region: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Records in the package."""
        return sum(self.counts.values())

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "package_id": self.package_id,
            "sequence": self.sequence,
            "file": str(self.file),
            "sha256": self.sha256,
            "scope": self.scope,
            "region": self.region,
            "counts": self.counts,
            "total": self.total,
        }


def scope_region(own_region: str, partner_region: str) -> str:
    """The region a package between two offices covers: the narrower of the two, which lies in the other.

    Raises:
        ExchangeError: neither region contains the other (offices of unrelated regions exchange nothing).
    """
    for narrow, wide in ((own_region, partner_region), (partner_region, own_region)):
        if narrow == wide or narrow.startswith(wide + "."):
            return narrow
    raise ExchangeError(
        _(
            "Wilayah mitra ({partner}) dan wilayah kantor ini ({own}) tidak saling mencakup; tidak ada data untuknya."
        ).format(partner=partner_region, own=own_region)
    )


def entities_for(partner_level: int, with_names: bool) -> tuple[EntitySpec, ...]:
    """The entities a partner of that level receives: a province gets no by-name data unless chosen."""
    if partner_level == RegionLevel.PROVINSI and not with_names:
        return tuple(spec for spec in ENTITIES if not spec.personal)
    return ENTITIES


def _own_office(session: Session) -> Office:
    office = session.scalar(select(Office).where(Office.deleted_at.is_(None)).order_by(Office.id).limit(1))
    if office is None:
        raise ExchangeError(_("Kantor belum diatur; jalankan: konvergensi office setup."))
    return office


CHECK_EVERY = 500
"""Records read between two cancellation checks."""


def _collect(
    connection: Connection,
    spec: EntitySpec,
    prefix: str,
    own: str,
    partner: str,
    full: bool,
    control: TaskControl,
    only: ColumnElement[bool] | None = None,
) -> tuple[LinesEncoder, set[str]]:
    uuids = UuidMap(connection)
    states = StateTable(connection, spec.name)
    known = {} if full else known_vectors(connection, partner, spec.name)
    rows = codec(spec)
    lines = LinesEncoder()
    chosen: set[str] = set()
    statement = scoped_rows(spec, prefix) if only is None else scoped_rows(spec, prefix).where(only)
    for number, row in enumerate(connection.execute(statement).mappings(), start=1):
        if number % CHECK_EVERY == 0:
            control.check()  # Cancel / Ctrl+C: the transaction (sequence, record states) is rolled back
        record_uuid, version = str(row["uuid"]), int(row["row_version"] or 0)
        seen = known.get(record_uuid)
        state = states.fresh(record_uuid, version)
        if state is not None and seen is not None and dominates(seen, state[0]):
            continue  # unchanged here since the partner acknowledged it: not even serialised
        data = rows.data(row, uuids)
        text = canonical_json(data)
        digest = content_hash(data, text)
        seeded = record_uuid not in states.states and untouched_seed(row["created_at"], row["origin_office"], version)
        vector = states.current(record_uuid, digest, own, version, seeded)
        if not vector or (seen is not None and dominates(seen, vector)):
            continue  # an untouched seeded entry is at every office already
        # The data's canonical text is reused as is: the line is the record object of docs/exchange-format.md.
        lines.add(
            f'{{"uuid":{json.dumps(record_uuid)},"vector":{vector_text(vector)},"hash":"{digest}","data":{text}}}'
        )
        chosen.add(record_uuid)
    states.flush()
    return lines, chosen


def _audit_rows(connection: Connection, entity: str, uuids: set[str]) -> list[dict[str, Any]]:
    table = Base.metadata.tables[AuditEntry.__tablename__]
    rows: list[dict[str, Any]] = []
    for row in connection.execute(select(table).where(table.c.entity == entity).order_by(table.c.id)).mappings():
        if row["entity_uuid"] in uuids:
            entry = {key: value for key, value in row.items() if key != "id"}
            entry["at"] = row["at"].isoformat() if row["at"] else None
            rows.append(entry)
    return rows


def export_package(
    session_factory: sessionmaker[Session],
    data_dir: Path,
    partner_code: str,
    target: Path,
    *,
    full: bool = False,
    with_names: bool = False,
    control: TaskControl | None = None,
    clock: datetime | None = None,
    header: dict[str, Any] | None = None,
) -> ExportResult:
    """Writes a package for a partner: what changed since its last acknowledgement (everything with ``full``).

    Args:
        session_factory: the session factory.
        data_dir: the data folder (keys).
        partner_code: the recipient's office code.
        target: the package file to write.
        full: the whole scope instead of the changes.
        with_names: for a province, include by-name (personal) records.
        control: progress and cancellation.
        clock: the time written in the manifest (shown to the recipient, never used to decide).
        header: more manifest entries (signed with it), e.g. the ``period_submission`` of a period submission.

    Returns:
        What was written.

    Raises:
        ExchangeError: no such partner, a revoked one, or unrelated regions.
    """
    with unit_of_work(session_factory, permission=Permission.EXCHANGE) as session:
        return export_package_in(
            session, data_dir, partner_code, target, full=full, with_names=with_names, control=control, clock=clock,
            header=header,
        )  # fmt: skip


def export_package_in(
    session: Session,
    data_dir: Path,
    partner_code: str,
    target: Path,
    *,
    full: bool = False,
    with_names: bool = False,
    control: TaskControl | None = None,
    clock: datetime | None = None,
    header: dict[str, Any] | None = None,
    only: dict[str, ColumnElement[bool]] | None = None,
) -> ExportResult:
    """:func:`export_package` inside the caller's unit of work (a period submission records its state in it).

    ``only`` narrows the package to those records of each entity (an entity not named carries nothing): a period
    submission carries its period's records (:func:`desktop.services.exchange.periods.period_scope`).
    """
    control = control or TaskControl()
    keys = ensure_keys(data_dir)
    office = _own_office(session)
    partner: ExchangePartner = find_partner(session, partner_code)
    if partner.revoked_at is not None:
        raise ExchangeError(
            _("Mitra {code} sudah dicabut; tambahkan lagi kartu kantornya bila memang dipercaya.").format(
                code=partner_code
            )
        )
    prefix = scope_region(office.region_code, partner.region_code)
    connection = session.connection()
    members: list[Member] = []
    counts: dict[str, int] = {}
    audit: list[dict[str, Any]] = []
    specs = entities_for(partner.level, with_names)
    if only is not None:
        specs = tuple(spec for spec in specs if spec.name in only)
    files: set[str] = set()
    with bulk_writes(connection, search=False):
        for index, spec in enumerate(specs):
            control.report(index, len(specs) + 1, _("Menyiapkan {entity}").format(entity=spec.name))
            control.check()
            condition = None if only is None else only[spec.name]
            lines, chosen = _collect(
                connection, spec, prefix, office.code, partner.office_code, full, control, condition
            )
            if only is None:  # a period submission carries the period's records only, no deletions of other records
                purged, gone = tombstone_lines(connection, spec, office.code, partner.office_code)
                for line in purged:
                    lines.add(line)
                chosen |= gone
            counts[spec.name] = lines.count
            if lines.count:
                members.append(Member(member_name(spec.name), lines.finish()))
                audit.extend(_audit_rows(connection, spec.name, chosen))
                if spec.file_columns is not None:  # the files those records name, each once
                    held = set() if full else set(known_vectors(connection, partner.office_code, spec.name))
                    members.extend(outgoing_files(connection, spec, chosen, held, data_dir / "files", files))
    members.append(Member(AUDIT_MEMBER, encode_lines(audit)))
    partner.last_sent_sequence = (partner.last_sent_sequence or 0) + 1
    package_id = new_uuid()
    scope = "full" if full else "incremental"
    manifest = {
        **manifest_head(connection, office, partner, keys, package_id, clock or datetime.now(UTC)),
        "scope": {"kind": scope, "region": prefix, "with_names": with_names or partner.level != 1},
        "counts": counts,
        "audit_entries": len(audit),
        "files": len(files),
    } | (header or {})
    control.check()  # the last safe point: once the package is written, the export is committed
    control.report(len(specs), len(specs) + 1, _("Menulis paket"))
    digest = write_package(target, manifest, members, keys, partner.encryption_key)
    named = counts.get("krs_family", 0) + counts.get("case_child", 0)
    if named:  # by-name records leave the office: audited with the partner and how many
        record_access_in(session, "export", "exchange_package", partner.office_code, named, record=package_id)
    session.add(
        ExchangePackage(
            package_id=package_id,
            direction="sent",
            partner_code=partner.office_code,
            sequence=partner.last_sent_sequence,
            created_at=manifest["created_at"],
            scope=scope,
            counts=_json(counts),
            file_name=target.name,
        )
    )
    return ExportResult(package_id, partner.last_sent_sequence, target, digest, scope, prefix, counts)


def manifest_head(
    connection: Connection,
    office: Office,
    partner: ExchangePartner,
    keys: OfficeKeys,
    package_id: str,
    created_at: datetime,
) -> dict[str, Any]:
    """The manifest entries every package starts with: format, versions, the package, its sender and recipient.

    Args:
        connection: the open transaction's connection (the schema revision is read from it).
        office: this office, the sender.
        partner: the recipient, whose ``last_sent_sequence`` is this package's number.
        keys: this office's keys (the sender's fingerprint).
        package_id: the package's id.
        created_at: when it is made (shown to the recipient, never used to decide).
    """
    return {
        "format": PACKAGE_FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_revision": ",".join(connection.execute(text("SELECT version_num FROM alembic_version")).scalars()),
        "app_version": desktop.__version__,
        "package_id": package_id,
        "sequence": partner.last_sent_sequence,
        "sender": {
            "code": office.code,
            "name": office.name,
            "level": office.region.level,
            "region_code": office.region_code,
            "fingerprint": fingerprint(office.code, keys.signing_public, keys.encryption_public),
        },
        "recipient": {"code": partner.office_code, "name": partner.name, "fingerprint": partner.fingerprint},
        "created_at": created_at.isoformat(),
    }


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
