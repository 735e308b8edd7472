"""A package record whose text is longer than its column: refused by its field, the rest of the package applied.

The importer writes with Core inserts and updates, which skip the ORM's length check (db/text_limits.py). SQLite
would keep a 300-character name in a ``VARCHAR(120)`` and PostgreSQL would abort the whole package; on both the
record is now refused with the entity, the field and the reason, and the other records are stored.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from db.models.krs import KrsFamily
from desktop.services.demo.krs_demo import DEMO_DESA, krs_rows
from desktop.services.exchange.export import export_package
from desktop.services.exchange.importer import import_package
from desktop.services.krs.import_service import run_import
from desktop.services.unit_of_work import reading, unit_of_work
from tests.desktop.services.exchange.conftest import Offices
from tests.desktop.services.krs.conftest import write_csv

LONG_NAME = "Nama " + "sangat panjang " * 20  # 305 characters; head_name is String(120)


def test_a_too_long_text_rejects_its_record_by_field_and_the_rest_is_stored(offices: Offices, tmp_path: Path) -> None:
    kecamatan = offices.kecamatan
    cibadak = [desa for desa in DEMO_DESA if desa[2] == "Cibadak"]
    # Families the kabupaten does not hold yet (its 60 have the identifiers of the first 60 demo rows).
    rows = [list(row) for row in krs_rows(506, seed=77, desa=cibadak)][-6:]
    summary = run_import(kecamatan.session_factory, write_csv(tmp_path / "kec.csv", rows), dry_run=False)
    assert summary.new == 6
    with unit_of_work(kecamatan.session_factory) as session:
        # SQLite keeps what the ORM check would refuse: the sender's copy holds the too-long text, as a package
        # from an older or damaged office could.
        target = session.scalars(select(KrsFamily).order_by(KrsFamily.id).limit(1)).one()
        long_uuid, long_nik = target.uuid, target.nik
        session.execute(update(KrsFamily).where(KrsFamily.id == target.id).values(head_name=LONG_NAME))
    package = tmp_path / "up.konv"
    export_package(kecamatan.session_factory, kecamatan.data_dir, offices.kab, package, full=True)

    result = import_package(offices.kabupaten.session_factory, offices.kabupaten.data_dir, package)

    families = result.by_entity["krs_family"]
    assert families.counts["rejected"] == 1
    assert families.counts["new"] == 5
    (reason,) = [entry for entry in families.reasons if entry["uuid"] == long_uuid]
    assert "head_name" in reason["reason"] and "terlalu panjang" in reason["reason"]
    assert "120" in reason["reason"] and str(len(LONG_NAME)) in reason["reason"]
    assert result.as_dict()["by_entity"]["krs_family"]["reasons"][0]["uuid"] == long_uuid
    with reading(offices.kabupaten.session_factory) as session:
        stored = {family.nik: family.head_name for family in session.scalars(select(KrsFamily))}
    assert long_nik not in stored
    assert all(len(name) <= 120 for name in stored.values())
    assert len(stored) == 60 + 5
