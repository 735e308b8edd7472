"""Three real offices for the exchange tests: the kabupaten (Lebak), its kecamatan (Cibadak), the province (Banten).

Each office is its own data folder with its own SQLite database (migrated by Alembic), keys and office row. With
``KONVERGENSI_TEST_POSTGRES_URL`` set, the kabupaten's database is a fresh PostgreSQL database instead, so the same
season runs against PostgreSQL (CI starts one).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.context import AppContext, open_context
from desktop.domain.office import OfficeSettings
from desktop.paths import DATABASE_FILE
from desktop.services.demo.krs_demo import krs_rows
from desktop.services.exchange.offices import add_partner, own_card, setup_office
from desktop.services.krs.import_service import run_import
from tests.desktop.services.krs.conftest import write_csv
from tests.postgres import (
    building_template_database,
    copy_server_database,
    finish_template_database,
    regions_server_database,  # noqa: F401  (a fixture, asked for by name)
    run_template_name,
)
from tests.templates import checkpoint_and_close, shared_folder

POSTGRES_SERVER = os.environ.get("KONVERGENSI_TEST_POSTGRES_URL", "")


@dataclass
class Offices:
    """The three offices and their contexts."""

    kabupaten: AppContext
    kecamatan: AppContext
    provinsi: AppContext
    folder: Path

    @property
    def kab(self) -> str:
        """The kabupaten's office code."""
        return own_card(self.kabupaten.session_factory, self.kabupaten.data_dir).code

    @property
    def kec(self) -> str:
        """The kecamatan's office code."""
        return own_card(self.kecamatan.session_factory, self.kecamatan.data_dir).code

    @property
    def prov(self) -> str:
        """The province's office code."""
        return own_card(self.provinsi.session_factory, self.provinsi.data_dir).code


def _office(regions_template: Path, folder: Path, level: int, region: str, name: str) -> AppContext:
    folder.mkdir(parents=True)
    shutil.copy(regions_template, folder / DATABASE_FILE)
    context = open_context(folder)
    setup_office(context.session_factory, folder, OfficeSettings(region_code=region, name=name), level)
    return context


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str | None]:
    """None for SQLite; for PostgreSQL a fresh database URL, migrated and holding the regions (skipped without a
    server): a copy of the run's template database (``tests/postgres.regions_server_database``)."""
    if request.param == "sqlite":
        yield None
        return
    if not POSTGRES_SERVER:
        pytest.skip("KONVERGENSI_TEST_POSTGRES_URL not set (CI sets it)")
    yield request.getfixturevalue("regions_server_database")


OFFICE_FOLDERS = ("kabupaten", "kecamatan", "provinsi")


def _build_offices(folder: Path, regions_template: Path, kabupaten_url: str | None) -> None:
    """The three offices in ``folder``: set up, trusting each other, the kabupaten holding 60 KRS families."""
    kab_dir = folder / "kabupaten"
    if kabupaten_url is None:
        kabupaten = _office(regions_template, kab_dir, 2, "36.02", "Bapelitbangda Lebak")
    else:
        kab_dir.mkdir(parents=True)
        kabupaten = open_context(kab_dir, kabupaten_url)
        setup_office(kabupaten.session_factory, kab_dir, OfficeSettings(region_code="36.02", name="Bappeda"), 2)
    kecamatan = _office(regions_template, folder / "kecamatan", 3, "36.02.18", "TPPS Kecamatan Cibadak")
    provinsi = _office(regions_template, folder / "provinsi", 1, "36", "TPPS Provinsi Banten")
    contexts = (kabupaten, kecamatan, provinsi)
    try:
        cards = [own_card(c.session_factory, c.data_dir) for c in contexts]
        for context, card in zip(contexts, cards, strict=True):
            for other in cards:
                if other.code != card.code:
                    add_partner(context.session_factory, other)
        rows = [list(row) for row in krs_rows(60)]
        summary = run_import(kabupaten.session_factory, write_csv(folder / "krs.csv", rows), dry_run=False)
        assert summary.new == 60
    finally:
        for context in contexts:
            context.dispose()
    for name in ("kecamatan", "provinsi") if kabupaten_url else OFFICE_FOLDERS:
        checkpoint_and_close(folder / name / DATABASE_FILE)


@pytest.fixture(scope="session")
def offices_template(tmp_path_factory: pytest.TempPathFactory, regions_template: Path) -> Path:
    """The three offices with SQLite databases, built once per run (``tests/templates.shared_folder``)."""
    return shared_folder(
        tmp_path_factory, "template-three-offices", lambda f: _build_offices(f, regions_template, None)
    )


@pytest.fixture
def offices(request: pytest.FixtureRequest, tmp_path: Path, backend: str | None) -> Iterator[Offices]:
    """Three offices that trust each other, the kabupaten holding 60 KRS families (20 of them in Cibadak).

    Each test gets its own copy of the offices built once per run: the data folders (keys, databases) and, on
    PostgreSQL, the kabupaten's database copied from a server template built with them.
    """
    if backend is None:
        template = request.getfixturevalue("offices_template")
    else:
        template, database = request.getfixturevalue("postgres_offices_template")
        copy_server_database(database, backend)
    for name in OFFICE_FOLDERS:
        shutil.copytree(template / name, tmp_path / name)
    contexts = [open_context(tmp_path / name, backend if name == "kabupaten" else None) for name in OFFICE_FOLDERS]
    yield Offices(*contexts, tmp_path)
    for context in contexts:
        context.dispose()


@pytest.fixture(scope="session")
def postgres_offices_template(tmp_path_factory: pytest.TempPathFactory, regions_template: Path) -> tuple[Path, str]:
    """The three offices with the kabupaten on PostgreSQL: their folders and the server template database's name."""
    database = f"{run_template_name(tmp_path_factory)}_offices"

    def build(folder: Path) -> None:
        url = building_template_database(tmp_path_factory, database)
        _build_offices(folder, regions_template, url)
        finish_template_database(database)

    return shared_folder(tmp_path_factory, "template-three-offices-postgresql", build), database
