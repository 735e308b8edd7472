"""A database with the whole demo (office, meetings, Aksi, KRS, cases), built once per session and copied per
test; shared by the report tests of the services, workbooks, PDF, CLI and UI."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.context import AppContext, open_context
from desktop.paths import DATABASE_FILE
from desktop.services.demo import DemoContext, run_demo
from desktop.services.tasks import TaskControl
from tests.templates import shared_template


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, office_template: Path) -> Path:
    """A database file with every demo step run once."""

    def build(path: Path) -> None:
        shutil.copy(office_template, path)
        context = open_context(path.parent)
        run_demo(DemoContext(context.session_factory, context.files_dir, TaskControl()))
        context.dispose()

    return shared_template(tmp_path_factory, "template-demo", build)


@pytest.fixture
def demo_context(tmp_path: Path, demo_template: Path) -> Iterator[AppContext]:
    """A context on a copy of the demo database."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(demo_template, data_dir / DATABASE_FILE)
    context = open_context(data_dir)
    yield context
    context.dispose()


def add_many_families(context: AppContext, count: int, desa_code: str = "36.02.18.2004") -> None:
    """Inserts ``count`` KRS families of round PK24 in one desa with Core (fast; for streaming tests)."""
    from sqlalchemy import insert

    from db.models.krs import KrsFamily

    rows = [
        {
            "source_round": "PK24",
            "identity_key": f"KK:99{index:014d}",
            "kecamatan_code": desa_code.rsplit(".", 1)[0],
            "desa_code": desa_code,
            "rw": "001",
            "rt": "002",
            "address": f"Kp. Uji No. {index}",
            "head_name": f"Kepala Keluarga {index}",
            "nik": f"3602181{index % 9 + 1}01{index % 80 + 1900:04d}{index % 9999 + 1:04d}"[:16],
            "no_kk": f"36021899{index:08d}",
            "wife_name": f"Istri {index}",
            "pus": True,
            "air_minum_tidak_layak": index % 2 == 0,
        }
        for index in range(count)
    ]
    with context.engine.begin() as connection:
        for start in range(0, count, 10_000):
            connection.execute(insert(KrsFamily), rows[start : start + 10_000])
