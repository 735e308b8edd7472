"""Control characters in a list get the same answer on SQLite and PostgreSQL (issue #17): the row is rejected at
its column and the rest stored. PostgreSQL refuses a NUL in text outright, so without the check there the whole
import aborted without a row or column; SQLite kept it and exports dropped it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.krs import KrsFamily
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.krs.import_service import run_import
from tests.desktop.hardening.test_concurrent_nik import _postgres_factory, _sqlite_factory
from tests.desktop.services.krs.conftest import write_csv

NAME = 9


@pytest.fixture(params=["sqlite", "postgresql"])
def factory(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    if request.param == "sqlite":
        yield from _sqlite_factory(tmp_path, request.getfixturevalue("office_template"))
    else:
        yield from _postgres_factory()


def test_a_nul_or_escape_rejects_its_row_at_its_column_on_both_backends(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    rows = [list(row) for row in krs_rows(5, seed=13)]
    rows[1][NAME] = "Ahmad\x00Yani"
    rows[3][NAME] = "Dedi\x1bSaputra"
    summary = run_import(factory, write_csv(tmp_path / "daftar.csv", rows), dry_run=False)
    assert (summary.new, summary.rejected) == (3, 2)
    assert [(error.row, error.column) for error in summary.errors] == [(3, "J"), (5, "J")]
    assert "U+0000" in summary.errors[0].reason and "U+001B" in summary.errors[1].reason
    with factory() as session:
        names = list(session.scalars(select(KrsFamily.head_name)))
    assert len(names) == 3 and not any("\x00" in name or "\x1b" in name for name in names)
