"""A season of exchange between three real offices: down, up, conflict, deletion, re-import, out of order, clocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, update

from db.models.audit import AuditEntry
from db.models.krs import KrsFamily, KrsVerification
from desktop.context import AppContext
from desktop.services.exchange.acks import record_ack, write_ack
from desktop.services.exchange.conflicts import list_conflicts, resolve_conflict
from desktop.services.exchange.export import ExportResult, export_package
from desktop.services.exchange.importer import ExchangeImportResult, import_package
from desktop.services.krs.verification_service import VerificationInput, record_verification
from desktop.services.unit_of_work import reading, unit_of_work
from tests.desktop.services.exchange.conftest import Offices

CIBADAK_FAMILIES = 20  # krs_rows(60) spreads the families evenly over 9 desa, 3 of them in Cibadak (36.02.18)


def send(source: AppContext, partner: str, target: Path, **options: object) -> ExportResult:
    """Exports a package from ``source`` for ``partner``."""
    return export_package(source.session_factory, source.data_dir, partner, target, **options)  # type: ignore[arg-type]


def receive(target: AppContext, package: Path, *, dry_run: bool = False) -> ExchangeImportResult:
    """Imports a package at ``target``."""
    return import_package(target.session_factory, target.data_dir, package, dry_run=dry_run)


def acknowledge(receiver: AppContext, sender: AppContext, result: ExchangeImportResult, folder: Path) -> None:
    """The receiver writes the receipt; the sender records it."""
    receipt = folder / f"ack-{result.package['sequence']}-{result.package['sender']['code']}.konvack"
    write_ack(receiver.session_factory, receiver.data_dir, result, receipt)
    record_ack(sender.session_factory, receipt)


def families(context: AppContext) -> dict[str, tuple[str, datetime | None]]:
    """uuid -> (address, deleted_at) of every family."""
    with reading(context.session_factory) as session:
        rows = session.execute(select(KrsFamily.uuid, KrsFamily.address, KrsFamily.deleted_at)).all()
        return {row[0]: (row[1], row[2]) for row in rows}


def set_address(context: AppContext, family_uuid: str, address: str) -> None:
    """Edits a family's address the way the application does (ORM, audited)."""
    with unit_of_work(context.session_factory) as session:
        family = session.scalar(select(KrsFamily).where(KrsFamily.uuid == family_uuid))
        assert family is not None
        family.address = address


def cibadak_family(offices: Offices, index: int = 0) -> str:
    """The uuid of one Cibadak family of the kabupaten."""
    with reading(offices.kabupaten.session_factory) as session:
        uuids = session.scalars(
            select(KrsFamily.uuid).where(KrsFamily.kecamatan_code == "36.02.18").order_by(KrsFamily.id)
        ).all()
        return uuids[index]


def test_first_full_package_carries_only_the_kecamatan_and_a_reimport_changes_nothing(
    offices: Offices, tmp_path: Path
) -> None:
    edited = cibadak_family(offices, 1)
    set_address(offices.kabupaten, edited, "Jl. Multatuli 2")  # an audited change, whose entry travels along
    package = tmp_path / "down-1.konv"
    sent = send(offices.kabupaten, offices.kec, package, full=True)
    assert sent.counts["krs_family"] == CIBADAK_FAMILIES and sent.region == "36.02.18"
    dry = receive(offices.kecamatan, package, dry_run=True)
    assert (dry.total("new"), dry.total("rejected")) == (CIBADAK_FAMILIES, 0)
    assert families(offices.kecamatan) == {}  # the dry run wrote nothing
    applied = receive(offices.kecamatan, package)
    assert applied.as_dict()["by_entity"]["krs_family"]["new"] == CIBADAK_FAMILIES
    here = families(offices.kecamatan)
    assert set(here) <= set(families(offices.kabupaten)) and len(here) == CIBADAK_FAMILIES
    with reading(offices.kecamatan.session_factory) as session:
        codes = set(session.scalars(select(KrsFamily.kecamatan_code)))
        arrived = session.scalars(select(AuditEntry).where(AuditEntry.office_code == offices.kab)).all()
        history = [(entry.entity_uuid, entry.field, entry.new_value) for entry in arrived]
    assert codes == {"36.02.18"}
    assert (edited, "address", "Jl. Multatuli 2") in history  # kept with its office of origin
    assert here[edited][0] == "Jl. Multatuli 2"
    again = receive(offices.kecamatan, package)
    assert again.already_imported and again.changed_nothing
    assert again.total("unchanged") == CIBADAK_FAMILIES and families(offices.kecamatan) == here


def test_verification_results_go_up_and_nothing_echoes_back(offices: Offices, tmp_path: Path) -> None:
    down = receive(offices.kecamatan, _full_down(offices, tmp_path))
    acknowledge(offices.kecamatan, offices.kabupaten, down, tmp_path)
    with reading(offices.kecamatan.session_factory) as session:
        family_id = session.scalar(select(KrsFamily.id).order_by(KrsFamily.id).limit(1))
        family_uuid = session.scalar(select(KrsFamily.uuid).where(KrsFamily.id == family_id))
    assert family_id is not None
    visit = VerificationInput(
        existence_code="ditemukan",
        result_code="tidak_berisiko_lagi",
        verifier_name="Bidan Siti",
        verifier_role="bidan",
        verified_on=date(2026, 11, 20),
        notes="",
        flags={},
    )
    record_verification(offices.kecamatan.session_factory, [family_id], visit)
    up = tmp_path / "up-1.konv"
    sent = send(offices.kecamatan, offices.kab, up)
    assert sent.counts["krs_verification"] == 1 and sent.counts["krs_family"] == 1  # the family's result columns
    result = receive(offices.kabupaten, up)
    assert result.by_entity["krs_verification"].counts["new"] == 1
    assert result.by_entity["krs_family"].counts["updated"] == 1
    with reading(offices.kabupaten.session_factory) as session:
        stored = session.scalar(select(KrsFamily).where(KrsFamily.uuid == family_uuid))
        assert stored is not None and stored.result_code == "tidak_berisiko_lagi"
        assert session.scalar(select(func.count()).select_from(KrsVerification)) == 1
    acknowledge(offices.kabupaten, offices.kecamatan, result, tmp_path)
    # The kabupaten knows the kecamatan holds what it sent; the kecamatan knows its changes arrived.
    assert send(offices.kabupaten, offices.kec, tmp_path / "down-2.konv").total == 0
    assert send(offices.kecamatan, offices.kab, tmp_path / "up-2.konv").total == 0


def _full_down(offices: Offices, folder: Path) -> Path:
    package = folder / "down-full.konv"
    send(offices.kabupaten, offices.kec, package, full=True)
    return package


def test_a_conflict_is_kept_resolved_at_one_end_and_converges_at_both(offices: Offices, tmp_path: Path) -> None:
    down = receive(offices.kecamatan, _full_down(offices, tmp_path))
    acknowledge(offices.kecamatan, offices.kabupaten, down, tmp_path)
    family = cibadak_family(offices)
    set_address(offices.kabupaten, family, "Jl. Kabupaten 1")
    set_address(offices.kecamatan, family, "Kp. Kecamatan RT 02")
    down_2 = tmp_path / "down-2.konv"
    assert send(offices.kabupaten, offices.kec, down_2).counts["krs_family"] == 1
    result = receive(offices.kecamatan, down_2)
    assert result.total("conflicts") == 1
    assert families(offices.kecamatan)[family][0] == "Kp. Kecamatan RT 02"  # the local record is kept
    assert receive(offices.kecamatan, down_2).total("conflicts") == 1
    conflicts = list_conflicts(offices.kecamatan.session_factory)
    assert len(conflicts) == 1  # importing the same package again stores it once
    conflict = conflicts[0]
    assert (conflict.entity, conflict.record, conflict.differences) == ("krs_family", family, ("address",))
    assert (conflict.local["address"], conflict.incoming["address"]) == ("Kp. Kecamatan RT 02", "Jl. Kabupaten 1")
    # Meanwhile the kecamatan's own change reaches the kabupaten: a conflict there too.
    up_1 = tmp_path / "up-1.konv"
    send(offices.kecamatan, offices.kab, up_1)
    assert receive(offices.kabupaten, up_1).total("conflicts") == 1
    resolved = resolve_conflict(offices.kecamatan.session_factory, conflict.id, "local")
    assert resolved.resolution == "local"
    assert families(offices.kecamatan)[family][0] == "Kp. Kecamatan RT 02"
    with reading(offices.kecamatan.session_factory) as session:
        audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "resolve"))
        assert audit is not None and (audit.entity_uuid, audit.office_code) == (family, offices.kec)
    up_2 = tmp_path / "up-2.konv"
    assert send(offices.kecamatan, offices.kab, up_2).counts["krs_family"] == 1  # the decision travels back
    applied = receive(offices.kabupaten, up_2)
    assert applied.by_entity["krs_family"].counts["updated"] == 1
    assert families(offices.kabupaten)[family][0] == families(offices.kecamatan)[family][0] == "Kp. Kecamatan RT 02"
    assert list_conflicts(offices.kabupaten.session_factory) == []  # superseded by the decision
    acknowledge(offices.kabupaten, offices.kecamatan, applied, tmp_path)
    down_3 = tmp_path / "down-3.konv"
    send(offices.kabupaten, offices.kec, down_3)
    assert receive(offices.kecamatan, down_3).changed_nothing


def test_choosing_the_incoming_version_converges_too(offices: Offices, tmp_path: Path) -> None:
    down = receive(offices.kecamatan, _full_down(offices, tmp_path))
    acknowledge(offices.kecamatan, offices.kabupaten, down, tmp_path)
    family = cibadak_family(offices, 2)
    set_address(offices.kabupaten, family, "Versi kabupaten")
    set_address(offices.kecamatan, family, "Versi kecamatan")
    down_2 = tmp_path / "down-2.konv"
    send(offices.kabupaten, offices.kec, down_2)
    up_1 = tmp_path / "up-1.konv"
    send(offices.kecamatan, offices.kab, up_1)
    receive(offices.kecamatan, down_2)
    assert receive(offices.kabupaten, up_1).total("conflicts") == 1
    (conflict,) = list_conflicts(offices.kecamatan.session_factory)
    resolve_conflict(offices.kecamatan.session_factory, conflict.id, "incoming")
    up_2 = tmp_path / "up-2.konv"
    send(offices.kecamatan, offices.kab, up_2)
    assert receive(offices.kabupaten, up_2).total("unchanged") >= 1
    assert families(offices.kabupaten)[family][0] == families(offices.kecamatan)[family][0] == "Versi kabupaten"
    assert list_conflicts(offices.kabupaten.session_factory) == []


def test_a_deletion_travels_as_a_tombstone(offices: Offices, tmp_path: Path) -> None:
    down = receive(offices.kecamatan, _full_down(offices, tmp_path))
    acknowledge(offices.kecamatan, offices.kabupaten, down, tmp_path)
    family = cibadak_family(offices, 3)
    with unit_of_work(offices.kabupaten.session_factory) as session:
        row = session.scalar(select(KrsFamily).where(KrsFamily.uuid == family))
        assert row is not None
        row.deleted_at = datetime.now(UTC)
    package = tmp_path / "down-2.konv"
    send(offices.kabupaten, offices.kec, package)
    result = receive(offices.kecamatan, package)
    assert (result.total("deleted"), result.total("updated")) == (1, 0)
    assert families(offices.kecamatan)[family][1] is not None


def test_an_older_package_after_a_newer_one_changes_nothing_whatever_the_clocks(
    offices: Offices, tmp_path: Path
) -> None:
    down = receive(offices.kecamatan, _full_down(offices, tmp_path))
    acknowledge(offices.kecamatan, offices.kabupaten, down, tmp_path)
    family = cibadak_family(offices, 5)
    set_address(offices.kabupaten, family, "Alamat pertama")
    first = tmp_path / "down-2.konv"
    # The kabupaten PC's clock is two years behind when it writes the newer package, two years ahead for the older.
    send(offices.kabupaten, offices.kec, first, clock=datetime.now(UTC) + timedelta(days=730))
    set_address(offices.kabupaten, family, "Alamat kedua")
    with unit_of_work(offices.kabupaten.session_factory) as session:  # the row's own timestamp is wrong, too
        session.execute(
            update(KrsFamily).where(KrsFamily.uuid == family).values(updated_at=datetime(2024, 1, 1, tzinfo=UTC))
        )
    second = tmp_path / "down-3.konv"
    send(offices.kabupaten, offices.kec, second, clock=datetime.now(UTC) - timedelta(days=730))
    newer = receive(offices.kecamatan, second)
    assert newer.by_entity["krs_family"].counts["updated"] == 1
    older = receive(offices.kecamatan, first)
    assert older.older_than_last and older.changed_nothing
    assert older.by_entity["krs_family"].counts["stale"] == 1
    assert families(offices.kecamatan)[family][0] == "Alamat kedua"


def test_the_province_gets_no_names_unless_chosen(offices: Offices, tmp_path: Path) -> None:
    package = tmp_path / "prov.konv"
    plain = send(offices.kabupaten, offices.prov, package, full=True)
    assert "krs_family" not in plain.counts and plain.region == "36.02"
    named = send(offices.kabupaten, offices.prov, tmp_path / "prov-names.konv", full=True, with_names=True)
    assert named.counts["krs_family"] == 60
    result = receive(offices.provinsi, tmp_path / "prov-names.konv")
    assert result.total("new") == 60 and len(families(offices.provinsi)) == 60
