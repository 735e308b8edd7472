"""Database files built once per test run and copied by the tests that need them, shared by pytest-xdist's workers."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import make_engine, sqlite_url
from desktop.paths import DATABASE_FILE


def checkpoint_and_close(path: Path) -> None:
    """Folds the WAL into the file and closes it, so that a plain copy of the file is whole."""
    engine = make_engine(sqlite_url(str(path)))
    with engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    engine.dispose()


def shared_template(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """The database file ``name``, built once per test run by ``build(path)`` (see ``shared_folder``)."""

    def build_file(folder: Path) -> None:
        build(folder / DATABASE_FILE)
        checkpoint_and_close(folder / DATABASE_FILE)

    return shared_folder(factory, name, build_file) / DATABASE_FILE


def shared_folder(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """The folder ``name``, filled once per test run by ``build(folder)`` (databases closed when it returns).

    Under pytest-xdist the workers share it: the first one to need it builds it under a file lock in the run's
    common temporary folder (the parent of each worker's own), the others wait and reuse it. Without xdist it is
    built in the session's temporary folder (callers keep it in a session-scoped fixture).
    """
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        root = factory.getbasetemp()
        folder = root / name
        if not folder.exists():
            building = root / f"{name}.building"
            shutil.rmtree(building, ignore_errors=True)
            building.mkdir()
            build(building)
            building.rename(folder)
        return folder
    from filelock import FileLock  # only with xdist (a test dependency the Windows test run does not need)

    root = factory.getbasetemp().parent
    folder = root / name
    with FileLock(str(root / f"{name}.lock")):
        if not folder.exists():
            building = root / f"{name}.building"
            shutil.rmtree(building, ignore_errors=True)
            building.mkdir()
            build(building)
            building.rename(folder)
    return folder
