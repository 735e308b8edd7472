"""The fast paths of the import: a settled package imported again, the search index, record lines as written."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text, update

from db.base import utc_now
from db.models.krs import KrsFamily
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.exchange.acks import write_ack
from desktop.services.exchange.keys import load_keys
from desktop.services.exchange.offices import own_card
from desktop.services.exchange.package_file import MANIFEST, Member, encode_lines, open_package, write_package
from desktop.services.krs.import_service import run_import
from desktop.services.unit_of_work import reading, unit_of_work
from tests.desktop.services.exchange.conftest import Offices
from tests.desktop.services.exchange.test_season import CIBADAK_FAMILIES, cibadak_family, families, receive, send
from tests.desktop.services.krs.conftest import write_csv


def test_a_reimport_decides_again_what_was_rejected_the_first_time(offices: Offices, tmp_path: Path) -> None:
    # The kecamatan imported the same KRS list itself: the kabupaten's Cibadak families collide on (round, NIK).
    rows = [list(row) for row in krs_rows(60)]
    assert run_import(offices.kecamatan.session_factory, write_csv(tmp_path / "krs.csv", rows), dry_run=False).new
    package = tmp_path / "down.konv"
    send(offices.kabupaten, offices.kec, package, full=True)
    first = receive(offices.kecamatan, package)
    assert first.by_entity["krs_family"].counts["rejected"] == CIBADAK_FAMILIES
    with unit_of_work(offices.kecamatan.session_factory) as session:  # the local copies are withdrawn
        session.execute(
            update(KrsFamily)
            .where(KrsFamily.kecamatan_code == "36.02.18")
            .values(deleted_at=utc_now(), identity_key=KrsFamily.identity_key + "x")
        )
    again = receive(offices.kecamatan, package)
    assert again.already_imported
    assert again.by_entity["krs_family"].counts["new"] == CIBADAK_FAMILIES  # not taken as "all unchanged"


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_settled_package_again_lists_every_record_and_the_search_index_holds_the_new_families(
    offices: Offices, tmp_path: Path
) -> None:
    package = tmp_path / "down.konv"
    sent = send(offices.kabupaten, offices.kec, package, full=True)
    first = receive(offices.kecamatan, package)
    assert first.total("new") == sent.total
    with reading(offices.kecamatan.session_factory) as session:
        name, family_id = session.execute(select(KrsFamily.head_name, KrsFamily.id).limit(1)).one()
        found = session.execute(
            text("SELECT rowid FROM krs_family_fts WHERE krs_family_fts MATCH :term"), {"term": f'"{name}"'}
        ).scalars()
        assert family_id in set(found)  # indexed in one statement while the trigger was suspended
        trigger = session.execute(text("SELECT name FROM sqlite_master WHERE name = 'krs_family_fts_ai'")).scalar()
        assert trigger == "krs_family_fts_ai"  # and the trigger is back for the next insert
    here = families(offices.kecamatan)
    local = next(iter(here))
    with unit_of_work(offices.kecamatan.session_factory) as session:  # a change here after the first import
        session.execute(update(KrsFamily).where(KrsFamily.uuid == local).values(address="Jl. Baru 1"))
    again = receive(offices.kecamatan, package)
    assert again.already_imported and again.changed_nothing
    assert again.total("unchanged") == sent.total and again.total("rejected") == 0
    assert families(offices.kecamatan)[local][0] == "Jl. Baru 1"
    receipts = {entity: len(outcome.receipts) for entity, outcome in again.by_entity.items()}
    assert receipts == {entity: count for entity, count in sent.counts.items() if count}
    receipt = tmp_path / "again.konvack"
    write_ack(offices.kecamatan.session_factory, offices.kecamatan.data_dir, again, receipt)
    payload = json.loads(json.loads(receipt.read_text(encoding="utf-8"))["payload"])
    assert len(payload["results"]["krs_family"]) == CIBADAK_FAMILIES


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_records_written_by_another_program_and_line_separators_inside_values(offices: Offices, tmp_path: Path) -> None:
    family = cibadak_family(offices, 2)
    with unit_of_work(offices.kabupaten.session_factory) as session:  # U+2028 is no line break in JSON lines
        session.execute(update(KrsFamily).where(KrsFamily.uuid == family).values(address="Jl. A\u2028Blok B"))
    package = tmp_path / "down.konv"
    send(offices.kabupaten, offices.kec, package, full=True)
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read(MANIFEST))
    keys = load_keys(offices.kecamatan.data_dir)
    opened_lines = _lines(offices, package)
    # Another program: data first, keys unsorted, spaces; one record's content no longer matches its hash.
    rewritten = [
        json.dumps({"data": line["data"], "hash": line["hash"], "vector": line["vector"], "uuid": line["uuid"]})
        for line in opened_lines
    ]
    damaged = dict(opened_lines[0], data=dict(opened_lines[0]["data"], address="diubah"))
    rewritten[0] = json.dumps(damaged, separators=(",", ":"))  # data last, as written here, but altered
    del manifest["members"]
    other = tmp_path / "other.konv"
    write_package(
        other,
        manifest | {"package_id": "another-program-1"},
        [Member("data/krs_family.jsonl.gz", encode_lines(rewritten)), Member("data/audit.jsonl.gz", encode_lines([]))],
        load_keys(offices.kabupaten.data_dir),
        keys.encryption_public,
    )
    result = receive(offices.kecamatan, other)
    counts = result.by_entity["krs_family"].counts
    assert (counts["new"], counts["rejected"]) == (CIBADAK_FAMILIES - 1, 1)
    assert "hash" in result.by_entity["krs_family"].reasons[0]["reason"]
    assert families(offices.kecamatan)[family][0] == "Jl. A\u2028Blok B"


def _lines(offices: Offices, package: Path) -> list[dict[str, Any]]:
    """The krs_family records of a package addressed to the kecamatan, decoded."""
    opened = open_package(
        package, offices.kec, load_keys(offices.kecamatan.data_dir), lambda _code: _signing_key(offices)
    )
    return list(opened.iter_lines("data/krs_family.jsonl.gz"))


def _signing_key(offices: Offices) -> str:
    return own_card(offices.kabupaten.session_factory, offices.kabupaten.data_dir).signing_key
