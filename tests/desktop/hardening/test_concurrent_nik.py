"""Two writers storing the same NIK at the same time (issue #17): the database itself keeps one family per NIK and
round, on SQLite and on PostgreSQL, and the second import gets one sentence with nothing stored.

The first writer is a real second session holding an uncommitted family; the import runs in a thread on its own
session and meets it in the database (PostgreSQL: blocked on the unique index until the first commits; SQLite: it
waits for the write lock, then reads what was committed).
"""

from __future__ import annotations

import os
import secrets
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from db import migrate
from db.engine import make_engine, make_session_factory, sqlite_url
from db.models.krs import KrsFamily
from db.models.region import Region
from desktop.domain.tabular import ImportSummary
from desktop.paths import DATABASE_FILE
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.demo.office_demo import demo_office_settings
from desktop.services.krs.import_service import ConcurrentImportError, run_import
from desktop.services.office import save_office
from tests.desktop.services.krs.conftest import write_xlsx

SERVER_URL = os.environ.get("KONVERGENSI_TEST_POSTGRES_URL", "")
ROWS = [list(row) for row in krs_rows(5, seed=5)]
NIK = str(ROWS[0][8])  # the first family's head, on another No. KK in the first writer's list


def _sqlite_factory(tmp_path: Path, office_template: Path) -> Iterator[sessionmaker[Session]]:
    path = tmp_path / DATABASE_FILE
    shutil.copy(office_template, path)
    engine = make_engine(sqlite_url(str(path)))
    yield make_session_factory(engine)
    engine.dispose()


def _postgres_factory() -> Iterator[sessionmaker[Session]]:
    if not SERVER_URL:
        pytest.skip("KONVERGENSI_TEST_POSTGRES_URL not set (CI sets it)")
    from desktop.services.regions import _lokal_rows

    name = f"konvergensi_test_{secrets.token_hex(4)}"
    admin = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False))
    try:
        migrate.upgrade(engine)
        province = {"code": "36", "name": "Banten", "level": 1, "kind": "provinsi", "parent_code": None}
        with engine.begin() as connection:  # Banten's regions only: enough for the demo office and list
            connection.execute(insert(Region), [{**province, "postal_code": None}, *_lokal_rows("36")])
        factory = make_session_factory(engine)
        save_office(factory, demo_office_settings())
        yield factory
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def factory(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    if request.param == "sqlite":
        yield from _sqlite_factory(tmp_path, request.getfixturevalue("office_template"))
    else:
        yield from _postgres_factory()


def _first_writer(session: Session) -> None:
    """Stores (uncommitted) a family with the list's first NIK under another No. KK, as another import would."""
    first = ROWS[0]
    session.add(
        KrsFamily(
            source_round="PK24",
            identity_key="KK:3602180101009999",
            kecamatan_code=".".join(str(first[1]).split(".")[:3]),
            desa_code=str(first[1]),
            head_name="Ujang Rohmat",
            nik=NIK,
            no_kk="3602180101009999",
        )
    )
    session.flush()


def test_two_imports_of_the_same_nik_at_once_store_it_once(factory: sessionmaker[Session], tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "daftar.xlsx", ROWS)
    outcome: list[ImportSummary | BaseException] = []

    def second_import() -> None:
        try:
            outcome.append(run_import(factory, source, dry_run=False))
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    with factory() as first:
        first.begin()
        _first_writer(first)
        thread = threading.Thread(target=second_import)
        thread.start()
        time.sleep(2)  # the import has read the database as it was and now meets the first writer's NIK
        first.commit()
    thread.join(60)
    assert outcome, "the import did not finish"
    result = outcome[0]
    if isinstance(result, ImportSummary):
        # It waited for the first writer and read its family: the row is refused, the other four are stored.
        assert (result.new, result.rejected) == (4, 1)
        assert result.errors[0].row == 4 and "NIK sudah terdaftar" in result.errors[0].reason
    else:
        # It had read before the first writer committed: the database refused the second NIK, nothing stored.
        assert isinstance(result, ConcurrentImportError), result
        assert "impor lain yang berjalan bersamaan" in str(result)
    with factory() as session:
        holders = session.scalar(select(func.count()).where(KrsFamily.nik == NIK, KrsFamily.source_round == "PK24"))
        assert holders == 1
        stored = session.scalar(select(func.count()).select_from(KrsFamily))
        assert stored == (5 if isinstance(result, ImportSummary) else 1)


def test_an_upgrade_over_families_sharing_a_nik_stops_with_their_nik_and_changes_nothing(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(str(tmp_path / DATABASE_FILE)))
    try:
        migrate.upgrade(engine, "0008")  # before the index: what the race left behind in an older version
        province = {"code": "36", "name": "Banten", "level": 1, "kind": "provinsi", "parent_code": None}
        with engine.begin() as connection:
            connection.execute(insert(Region), [{**province, "postal_code": None}])
        # Core, as the old version's bulk importer wrote them (the session's period guard needs migration 0009).
        with engine.begin() as connection:
            for kk in ("3602180101009998", "3602180101009999"):
                connection.execute(
                    insert(KrsFamily),
                    [{
                        "source_round": "PK24", "identity_key": f"KK:{kk}", "kecamatan_code": "36", "desa_code": "36",
                        "head_name": "Ujang Rohmat", "nik": NIK, "no_kk": kk,
                    }],
                )  # fmt: skip
        with pytest.raises(RuntimeError, match=f"lebih dari satu keluarga.*{NIK} \\(PK24\\)"):
            migrate.upgrade(engine)
        # Every migration before the index is applied; the index's own (0014) is not.
        before_index = ScriptDirectory.from_config(migrate.alembic_config(engine)).get_revision("0014").down_revision
        assert migrate.current_revisions(engine) == (before_index,)
        with engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(KrsFamily.__table__)) == 2
    finally:
        engine.dispose()
