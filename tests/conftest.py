"""Shared fixtures: a real migrated SQLite database per test (copied from a template migrated once per session),
offscreen Qt, and automatic ``gui`` marking of tests that use ``qtbot``."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the developer's real credential store ("Ingat di komputer ini", issue #16); the
# child processes they start inherit this. tests/desktop/services/test_key_store.py sets its own backend.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


from db import migrate
from db.engine import make_engine, sqlite_url
from desktop.context import AppContext, open_context
from desktop.paths import DATABASE_FILE
from desktop.services.demo.office_demo import demo_office_settings
from desktop.services.office import save_office
from desktop.services.regions import load_regions
from tests.session_counter import SessionCounter
from tests.templates import shared_template


def pytest_sessionfinish(session: pytest.Session) -> None:
    """The controller (not a pytest-xdist worker) drops the run's PostgreSQL template databases."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None and hasattr(session.config, "_tmp_path_factory"):
        from tests.postgres import drop_run_templates

        drop_run_templates(session.config._tmp_path_factory)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Marks every test that uses ``qtbot`` as ``gui``, so ``pytest -m "not gui"`` is the fast suite."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


def _migrate(path: Path) -> None:
    engine = make_engine(sqlite_url(str(path)))
    migrate.upgrade(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file migrated to head, with no data: copied for each test that needs an empty database."""
    return shared_template(tmp_path_factory, "template-empty", _migrate)


@pytest.fixture(scope="session")
def regions_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A migrated database with the full region reference data loaded once per session."""

    def build(path: Path) -> None:
        shutil.copy(migrated_template, path)
        context = open_context(path.parent)
        load_regions(context.session_factory)
        context.dispose()

    return shared_template(tmp_path_factory, "template-regions", build)


@pytest.fixture(scope="session")
def office_template(tmp_path_factory: pytest.TempPathFactory, regions_template: Path) -> Path:
    """A migrated database with regions and the demo office (Bapelitbangda Kabupaten Lebak)."""

    def build(path: Path) -> None:
        shutil.copy(regions_template, path)
        context = open_context(path.parent)
        save_office(context.session_factory, demo_office_settings())
        context.dispose()

    return shared_template(tmp_path_factory, "template-office", build)


def _context_from(template: Path, data_dir: Path) -> AppContext:
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, data_dir / DATABASE_FILE)
    return open_context(data_dir)


@pytest.fixture
def empty_context(tmp_path: Path, migrated_template: Path) -> Iterator[AppContext]:
    """A context on a fresh migrated database with no data at all."""
    context = _context_from(migrated_template, tmp_path / "data")
    yield context
    context.dispose()


@pytest.fixture
def region_context(tmp_path: Path, regions_template: Path) -> Iterator[AppContext]:
    """A context whose database has the region reference data but no office yet (first start after loading)."""
    context = _context_from(regions_template, tmp_path / "data")
    yield context
    context.dispose()


@pytest.fixture
def office_context(tmp_path: Path, office_template: Path) -> Iterator[AppContext]:
    """A context whose database has regions and the demo office: the usual starting point of module tests."""
    context = _context_from(office_template, tmp_path / "data")
    yield context
    context.dispose()


@pytest.fixture
def session_counter(office_context: AppContext) -> Iterator[SessionCounter]:
    """Counts sessions opened and transactions committed on ``office_context``'s real factory and engine."""
    counter = SessionCounter(office_context.session_factory)
    yield counter
    counter.close()
