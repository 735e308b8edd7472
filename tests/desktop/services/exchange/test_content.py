"""What the packages carry besides families and meetings: finalised minutes' versions and attached files by hash."""

from __future__ import annotations

import gzip
import hashlib
import json
import zipfile
from datetime import date
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import func, select

from db.models.audit import AuditEntry
from db.models.krs import KrsCode, KrsFamily
from db.models.meeting import MeetingAttachment, MeetingVersion
from desktop.context import AppContext
from desktop.domain.meetings.records import ParticipantData
from desktop.services.exchange.conflicts import list_conflicts, resolve_conflict
from desktop.services.exchange.entities import content_hash
from desktop.services.exchange.keys import ensure_keys
from desktop.services.exchange.offices import ExchangeError
from desktop.services.exchange.package_file import MANIFEST, SIGNATURE, Member, encode_lines, write_package
from desktop.services.krs.verification_service import save_code
from desktop.services.meetings.attachments import attach_file, list_attachments
from desktop.services.meetings.content_service import save_participants
from desktop.services.meetings.meeting_service import create_meeting
from desktop.services.meetings.versions import finalise_meeting
from desktop.services.stored_files import stored_file_path, stored_file_problem
from desktop.services.unit_of_work import reading, unit_of_work
from tests.desktop.services.exchange.conftest import Offices
from tests.desktop.services.exchange.test_season import (
    CIBADAK_FAMILIES,
    acknowledge,
    cibadak_family,
    families,
    receive,
    send,
    set_address,
)
from tests.desktop.services.meetings.conftest import minlok_data

PDF = b"%PDF-1.4\n% the scanned signed minutes\n" + bytes(range(256)) * 40
PNG = b"\x89PNG\r\n\x1a\n" + b"photo of the Minlok" * 100


def minlok_with_files(context: AppContext, folder: Path) -> tuple[int, int]:
    """Two finalised Cibadak Minlok meetings; both carry the same signed scan, the first also a photo."""
    folder.mkdir(exist_ok=True)
    scan, photo = folder / "notulen-ttd.pdf", folder / "foto.png"
    scan.write_bytes(PDF)
    photo.write_bytes(PNG)
    ids = []
    for day in (date(2026, 10, 8), date(2026, 11, 12)):
        meeting_id = create_meeting(context.session_factory, minlok_data(None, day, f"Minlok {day:%B}")).id
        participant = ParticipantData(name="Rina Marlina, S.Gz.", position="Tenaga Gizi", attendance="hadir")
        save_participants(context.session_factory, meeting_id, [participant])
        finalise_meeting(context.session_factory, meeting_id)
        attach_file(context.session_factory, context.files_dir, meeting_id, scan, "Notulen bertanda tangan")
        ids.append(meeting_id)
    attach_file(context.session_factory, context.files_dir, ids[0], photo, "Dokumentasi")
    return ids[0], ids[1]


def attachments(context: AppContext) -> dict[str, tuple[str, str, int]]:
    """uuid -> (file name, sha256, size) of every attachment of an office."""
    with reading(context.session_factory) as session:
        table = MeetingAttachment
        rows = session.execute(select(table.uuid, table.file_name, table.sha256, table.size)).all()
        return {row[0]: (row[1], row[2], row[3]) for row in rows}


def file_members(package: Path) -> list[str]:
    """The file members of a package."""
    with zipfile.ZipFile(package) as archive:
        return sorted(name for name in archive.namelist() if name.startswith("files/"))


def test_minutes_versions_and_attachments_go_up_each_file_once(offices: Offices, tmp_path: Path) -> None:
    first, _second = minlok_with_files(offices.kecamatan, tmp_path / "source")
    up = tmp_path / "up-1.konv"
    sent = send(offices.kecamatan, offices.kab, up)
    assert (sent.counts["meeting_version"], sent.counts["meeting_attachment"]) == (2, 3)
    pdf_sha, png_sha = hashlib.sha256(PDF).hexdigest(), hashlib.sha256(PNG).hexdigest()
    # Three attachments, two distinct contents: the scan attached to both meetings travels once.
    assert file_members(up) == sorted([f"files/{pdf_sha}.age", f"files/{png_sha}.age"])
    dry = receive(offices.kabupaten, up, dry_run=True)
    assert dry.by_entity["meeting_attachment"].counts["new"] == 3 and dry.files == 0
    assert not (offices.kabupaten.files_dir / "meetings").exists()  # the dry run stored no file
    result = receive(offices.kabupaten, up)
    assert result.by_entity["meeting_version"].counts["new"] == 2
    assert result.by_entity["meeting_attachment"].counts["new"] == 3 and result.files == 2
    assert attachments(offices.kabupaten) == attachments(offices.kecamatan)
    with reading(offices.kabupaten.session_factory) as session:
        stored = session.scalars(select(MeetingAttachment)).all()
        versions = session.scalars(select(MeetingVersion.snapshot_json)).all()
        photo_of = select(MeetingAttachment.meeting_id).where(MeetingAttachment.file_name == "foto.png")
        meeting_id = session.scalar(photo_of)
    assert len(versions) == 2 and all("Rina Marlina" in snapshot for snapshot in versions)
    for row in stored:  # each file is where its record says, with the content its hash names
        assert stored_file_problem(offices.kabupaten.files_dir, row.stored_path, row.sha256, row.file_name) is None
    assert meeting_id is not None
    assert {a.file_name for a in list_attachments(offices.kabupaten.session_factory, meeting_id)} == {
        "notulen-ttd.pdf",
        "foto.png",
    }
    photo = next(row for row in stored if row.file_name == "foto.png")
    assert stored_file_path(offices.kabupaten.files_dir, photo.stored_path).read_bytes() == PNG
    again = receive(offices.kabupaten, up)
    assert again.changed_nothing and again.files == 0
    acknowledge(offices.kabupaten, offices.kecamatan, result, tmp_path)
    # A new attachment of content the kabupaten already holds: the record travels, the file does not.
    attach_file(offices.kecamatan.session_factory, offices.kecamatan.files_dir, first, tmp_path / "source" / "foto.png")
    up_2 = tmp_path / "up-2.konv"
    assert send(offices.kecamatan, offices.kab, up_2).counts["meeting_attachment"] == 1
    assert file_members(up_2) == []
    assert receive(offices.kabupaten, up_2).by_entity["meeting_attachment"].counts["new"] == 1
    assert attachments(offices.kabupaten) == attachments(offices.kecamatan)


def test_the_attachments_and_versions_come_down_to_the_kecamatan(offices: Offices, tmp_path: Path) -> None:
    minlok_with_files(offices.kabupaten, tmp_path / "source")
    down = tmp_path / "down.konv"
    sent = send(offices.kabupaten, offices.kec, down, full=True)
    assert (sent.counts["meeting_version"], sent.counts["meeting_attachment"]) == (2, 3)
    result = receive(offices.kecamatan, down)
    assert result.total("rejected") == 0 and result.files == 2
    assert attachments(offices.kecamatan) == attachments(offices.kabupaten)
    # The province gets no minutes' versions without names (the snapshot lists the participants).
    plain = send(offices.kabupaten, offices.prov, tmp_path / "prov.konv", full=True)
    assert "meeting_version" not in plain.counts and plain.counts["meeting_attachment"] == 3


def _resealed(offices: Offices, original: Path, target: Path, replace: dict[str, bytes | None]) -> Path:
    """The kecamatan's package re-made with some members replaced (None: left out), signed by the kecamatan."""
    keys = ensure_keys(offices.kecamatan.data_dir)
    kab_keys = ensure_keys(offices.kabupaten.data_dir)
    with zipfile.ZipFile(original) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        members = [
            Member(name.removesuffix(".age"), pyrage.decrypt(archive.read(name), [kab_keys.encryption]))
            for name in archive.namelist()
            if name not in (MANIFEST, SIGNATURE)
        ]
    manifest.pop("members")
    kept = [m for m in members if replace.get(m.name, m.content) is not None]
    changed = [Member(m.name, replace.get(m.name) or m.content) for m in kept]
    write_package(target, manifest, changed, keys, kab_keys.encryption_public)
    return target


def test_a_file_that_does_not_match_its_hash_refuses_the_package(offices: Offices, tmp_path: Path) -> None:
    minlok_with_files(offices.kecamatan, tmp_path / "source")
    up = tmp_path / "up.konv"
    send(offices.kecamatan, offices.kab, up)
    png_member = f"files/{hashlib.sha256(PNG).hexdigest()}"
    forged = _resealed(offices, up, tmp_path / "forged.konv", {png_member: PNG + b"changed"})
    with pytest.raises(ExchangeError, match="tidak cocok dengan hash"):
        receive(offices.kabupaten, forged)
    with reading(offices.kabupaten.session_factory) as session:
        assert session.scalar(select(func.count()).select_from(MeetingAttachment)) == 0
    assert not (offices.kabupaten.files_dir / "meetings").exists()


def test_a_record_whose_file_did_not_come_is_rejected_with_the_reason(offices: Offices, tmp_path: Path) -> None:
    minlok_with_files(offices.kecamatan, tmp_path / "source")
    up = tmp_path / "up.konv"
    send(offices.kecamatan, offices.kab, up)
    png_member = f"files/{hashlib.sha256(PNG).hexdigest()}"
    partial = _resealed(offices, up, tmp_path / "partial.konv", {png_member: None})
    result = receive(offices.kabupaten, partial)
    outcome = result.by_entity["meeting_attachment"]
    assert (outcome.counts["new"], outcome.counts["rejected"]) == (2, 1)
    assert "tidak ada dalam paket" in outcome.reasons[0]["reason"]
    assert {name for name, _sha, _size in attachments(offices.kabupaten).values()} == {"notulen-ttd.pdf"}


def purge_family(context: AppContext, family_uuid: str) -> None:
    """Removes a family from its table (a hard deletion, audited as ``purge``)."""
    with unit_of_work(context.session_factory) as session:
        family = session.scalar(select(KrsFamily).where(KrsFamily.uuid == family_uuid))
        assert family is not None
        session.delete(family)


def test_a_hard_deletion_travels_as_a_tombstone_and_converges_at_three_offices(
    offices: Offices, tmp_path: Path
) -> None:
    first = tmp_path / "down-1.konv"
    send(offices.kabupaten, offices.kec, first, full=True)
    acknowledge(offices.kecamatan, offices.kabupaten, receive(offices.kecamatan, first), tmp_path)
    to_province = tmp_path / "prov-1.konv"
    send(offices.kabupaten, offices.prov, to_province, full=True, with_names=True)
    acknowledge(offices.provinsi, offices.kabupaten, receive(offices.provinsi, to_province), tmp_path)
    family = cibadak_family(offices, 4)
    purge_family(offices.kabupaten, family)
    down = tmp_path / "down-2.konv"
    assert send(offices.kabupaten, offices.kec, down).counts["krs_family"] == 1  # the tombstone only
    dry = receive(offices.kecamatan, down, dry_run=True)
    assert dry.by_entity["krs_family"].counts["deleted"] == 1 and family in families(offices.kecamatan)
    result = receive(offices.kecamatan, down)
    assert (result.total("deleted"), result.total("new"), result.total("updated")) == (1, 0, 0)
    assert family not in families(offices.kecamatan) and len(families(offices.kecamatan)) == CIBADAK_FAMILIES - 1
    with reading(offices.kecamatan.session_factory) as session:
        trail = session.scalars(select(AuditEntry.action).where(AuditEntry.entity_uuid == family)).all()
    assert "purge" in trail  # the deleting office's trail came along
    again = receive(offices.kecamatan, down)
    assert again.changed_nothing and again.by_entity["krs_family"].counts["unchanged"] == 1
    # An older package naming the family does not bring it back. It was imported here before without a rejection
    # or conflict, so it is not decided again: every record is listed unchanged (importer._settled).
    older = receive(offices.kecamatan, first)
    assert older.changed_nothing and older.already_imported and older.older_than_last
    assert older.by_entity["krs_family"].counts["unchanged"] == CIBADAK_FAMILIES
    assert family not in families(offices.kecamatan)
    acknowledge(offices.kecamatan, offices.kabupaten, result, tmp_path)
    assert send(offices.kabupaten, offices.kec, tmp_path / "down-3.konv").total == 0
    # The province, which holds the family by name, gets the same deletion with its next by-name package.
    province = tmp_path / "prov-2.konv"
    assert "krs_family" not in send(offices.kabupaten, offices.prov, tmp_path / "prov-plain.konv").counts
    assert send(offices.kabupaten, offices.prov, province, with_names=True).counts["krs_family"] == 1
    assert receive(offices.provinsi, province).total("deleted") == 1
    assert set(families(offices.provinsi)) == set(families(offices.kabupaten))
    # The kecamatan never echoes the tombstone back up.
    assert send(offices.kecamatan, offices.kab, tmp_path / "up-1.konv").counts.get("krs_family", 0) == 0


def test_a_deletion_of_a_record_changed_meanwhile_is_a_conflict(offices: Offices, tmp_path: Path) -> None:
    first = tmp_path / "down-1.konv"
    send(offices.kabupaten, offices.kec, first, full=True)
    acknowledge(offices.kecamatan, offices.kabupaten, receive(offices.kecamatan, first), tmp_path)
    kept, dropped = cibadak_family(offices, 6), cibadak_family(offices, 7)
    purge_family(offices.kabupaten, kept)
    purge_family(offices.kabupaten, dropped)
    set_address(offices.kecamatan, kept, "Kp. Baru RT 03")  # the kecamatan edits both before the deletion arrives
    set_address(offices.kecamatan, dropped, "Kp. Lama RT 04")
    down = tmp_path / "down-2.konv"
    send(offices.kabupaten, offices.kec, down)
    result = receive(offices.kecamatan, down)
    assert (result.total("conflicts"), result.total("deleted")) == (2, 0)
    assert {kept, dropped} <= set(families(offices.kecamatan))  # the local records are kept
    conflicts = {c.record: c for c in list_conflicts(offices.kecamatan.session_factory)}
    assert conflicts[kept].deletion and conflicts[kept].incoming == {}
    resolve_conflict(offices.kecamatan.session_factory, conflicts[kept].id, "local")
    resolve_conflict(offices.kecamatan.session_factory, conflicts[dropped].id, "incoming")
    assert kept in families(offices.kecamatan) and dropped not in families(offices.kecamatan)
    up = tmp_path / "up-1.konv"
    sent = send(offices.kecamatan, offices.kab, up)
    assert sent.counts["krs_family"] == 2  # the kept record and the agreed deletion
    back = receive(offices.kabupaten, up)
    assert back.by_entity["krs_family"].counts["new"] == 1  # the kecamatan's choice restores the record
    assert families(offices.kabupaten)[kept][0] == "Kp. Baru RT 03" and dropped not in families(offices.kabupaten)
    assert set(families(offices.kecamatan)) <= set(families(offices.kabupaten))  # the same Cibadak families
    acknowledge(offices.kabupaten, offices.kecamatan, back, tmp_path)
    final = tmp_path / "down-3.konv"
    send(offices.kabupaten, offices.kec, final)
    assert receive(offices.kecamatan, final).changed_nothing


def codes(context: AppContext) -> dict[tuple[str, str], tuple[str, bool]]:
    """(list, code) -> (label, active) of an office's KRS code lists."""
    with reading(context.session_factory) as session:
        rows = session.execute(select(KrsCode.list_name, KrsCode.code, KrsCode.label, KrsCode.active)).all()
        return {(row[0], row[1]): (row[2], row[3]) for row in rows}


def test_the_kabupaten_code_lists_come_down_and_a_seeded_entry_is_one_record(offices: Offices, tmp_path: Path) -> None:
    first = tmp_path / "down-1.konv"
    sent = send(offices.kabupaten, offices.kec, first, full=True)
    # Every office has the seeded entries, under the same uuid and with the same content: none travels.
    assert sent.counts["krs_code"] == 0
    result = receive(offices.kecamatan, first)
    acknowledge(offices.kecamatan, offices.kabupaten, result, tmp_path)
    save_code(offices.kabupaten.session_factory, "verifier_role", "plkb", "PLKB")
    save_code(offices.kabupaten.session_factory, "result", "bukan_sasaran", "Bukan sasaran (keluar)")
    save_code(offices.kabupaten.session_factory, "existence", "ganda", "Ganda (duplikat)", active=False)
    down = tmp_path / "down-2.konv"
    assert send(offices.kabupaten, offices.kec, down).counts["krs_code"] == 3
    applied = receive(offices.kecamatan, down)
    assert (applied.by_entity["krs_code"].counts["new"], applied.by_entity["krs_code"].counts["updated"]) == (1, 2)
    assert codes(offices.kecamatan) == codes(offices.kabupaten)
    assert codes(offices.kecamatan)[("result", "bukan_sasaran")] == ("Bukan sasaran (keluar)", True)
    assert codes(offices.kecamatan)[("existence", "ganda")] == ("Ganda (duplikat)", False)
    assert receive(offices.kecamatan, down).changed_nothing
    # The same code added at the kecamatan too is the same record: a different label there is one conflict.
    save_code(offices.kecamatan.session_factory, "verifier_role", "kader_posyandu", "Kader Posyandu")
    save_code(offices.kabupaten.session_factory, "verifier_role", "kader_posyandu", "Kader posyandu desa")
    acknowledge(offices.kecamatan, offices.kabupaten, applied, tmp_path)
    down_3 = tmp_path / "down-3.konv"
    send(offices.kabupaten, offices.kec, down_3)
    again = receive(offices.kecamatan, down_3)
    assert (again.total("conflicts"), again.total("rejected")) == (1, 0)
    (conflict,) = list_conflicts(offices.kecamatan.session_factory)
    assert (conflict.entity, conflict.local["label"], conflict.incoming["label"]) == (
        "krs_code",
        "Kader Posyandu",
        "Kader posyandu desa",
    )


def test_an_attachment_path_outside_its_hash_name_is_rejected(offices: Offices, tmp_path: Path) -> None:
    minlok_with_files(offices.kecamatan, tmp_path / "source")
    up = tmp_path / "up.konv"
    send(offices.kecamatan, offices.kab, up)
    kab_keys = ensure_keys(offices.kabupaten.data_dir)
    with zipfile.ZipFile(up) as archive:
        sealed = archive.read("data/meeting_attachment.jsonl.gz.age")
    lines = [json.loads(line) for line in gzip.decompress(pyrage.decrypt(sealed, [kab_keys.encryption])).splitlines()]
    paths = ["../../kunci.txt", "meetings/notulen-lain.pdf", lines[2]["data"]["stored_path"]]
    for line, path in zip(lines, paths, strict=True):  # re-hashed: a sender that writes such paths on purpose
        line["data"]["stored_path"] = path
        line["hash"] = content_hash(line["data"])
    forged = _resealed(offices, up, tmp_path / "paths.konv", {"data/meeting_attachment.jsonl.gz": encode_lines(lines)})
    outcome = receive(offices.kabupaten, forged).by_entity["meeting_attachment"]
    assert (outcome.counts["new"], outcome.counts["rejected"]) == (1, 2)
    assert {reason["reason"] for reason in outcome.reasons} == {"lokasi berkas lampirannya tidak sah"}
    assert not (offices.kabupaten.data_dir / "kunci.txt").exists()
    assert not (offices.kabupaten.files_dir / "meetings" / "notulen-lain.pdf").exists()


def _encrypted(context: AppContext) -> AppContext:
    """The office's database (and so its stored files) encrypted, opened again with its passphrase (issue #16)."""
    from desktop.context import open_context
    from desktop.services.encryption import encrypt_database

    encrypt_database(context.engine, context.data_dir, "frasa sandi kantor ini")
    context.dispose()
    return open_context(context.data_dir, secret="frasa sandi kantor ini")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_files_of_an_encrypted_office_travel_as_their_content_and_are_stored_encrypted(
    offices: Offices, tmp_path: Path
) -> None:
    from desktop.services import file_cipher
    from desktop.services.stored_files import read_stored_bytes

    kec_code = offices.kec
    kecamatan = _encrypted(offices.kecamatan)
    kabupaten = offices.kabupaten
    try:
        minlok_with_files(kecamatan, tmp_path / "source")
        relative = {name: path for _u, name, path in _stored(kecamatan)}
        assert file_cipher.is_sealed(stored_file_path(kecamatan.files_dir, relative["notulen-ttd.pdf"]))
        up = tmp_path / "up.konv"
        send(kecamatan, offices.kab, up)
        assert receive(kabupaten, up).files == 2
        # The plain kabupaten holds the content itself (the kecamatan's sealed bytes would not match the hash).
        for _uuid, name, path in _stored(kabupaten):
            expected = PDF if name == "notulen-ttd.pdf" else PNG
            assert stored_file_path(kabupaten.files_dir, path).read_bytes() == expected
        # A file coming down to the encrypted kecamatan is stored encrypted there and opens with its key.
        (tmp_path / "baru").mkdir()
        (tmp_path / "baru" / "daftar-hadir.pdf").write_bytes(b"%PDF-1.4\n% daftar hadir\n" + bytes(300))
        meeting = _kabupaten_meeting(kabupaten)
        attach_file(kabupaten.session_factory, kabupaten.files_dir, meeting, tmp_path / "baru" / "daftar-hadir.pdf")
        down = tmp_path / "down.konv"
        send(kabupaten, kec_code, down)
        assert receive(kecamatan, down).files == 1
        (path,) = [path for _u, name, path in _stored(kecamatan) if name == "daftar-hadir.pdf"]
        on_disk = stored_file_path(kecamatan.files_dir, path)
        assert file_cipher.is_sealed(on_disk) and b"daftar hadir" not in on_disk.read_bytes()
        assert read_stored_bytes(kecamatan.files_dir, path).startswith(b"%PDF-1.4\n% daftar hadir\n")
    finally:
        kecamatan.dispose()
        file_cipher.use_database_key(kecamatan.files_dir, None)


def _stored(context: AppContext) -> list[tuple[str, str, str]]:
    with reading(context.session_factory) as session:
        rows = session.execute(
            select(MeetingAttachment.uuid, MeetingAttachment.file_name, MeetingAttachment.stored_path)
        ).all()
    return [(row[0], row[1], row[2]) for row in rows]


def _kabupaten_meeting(context: AppContext) -> int:
    with reading(context.session_factory) as session:
        meeting_id = session.scalar(select(MeetingAttachment.meeting_id).limit(1))
    assert meeting_id is not None
    return int(meeting_id)
